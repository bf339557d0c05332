"""A comments section headed by whose comments they are ("Visitor comments", "Readers' comments",
"User comments"), its count in brackets and its prompt beside it ("Visitor comments Add your
comment"), is a comments header: the comments under it are the comments section, not the
article, in a page saved as text and read from HTML (where the extractor kept the comments as
main text and left the header out) (issue #14, round s33-e, unseen28's accountancyage-1: 35
comment lines kept as the article in HTML and text, the comments' "Posted by: Florida CPA, 27
Sep 2011 | 15:22" signatures among them). The reported shape and two variants of our own (other
names and layouts, plain text). ("Comments: 0" is no header: a teaser card's count.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

PARAS = [
    "The harbour board voted on Tuesday to close the old ferry ramp at Pier 4 for a year while "
    "engineers rebuild the hinge that failed in March and left two boats stranded for a night.",
    "Passengers will board from a floating pontoon beside the fish market, which the board said "
    "would add about five minutes to each crossing until the work is finished next spring.",
    "Ferry workers said they had warned about the hinge for two years, and the union asked the "
    "board to publish the inspection reports it had received since the last repair was made.",
    "The board's chair, Marit Holm, said the inspection reports would be published once the engineers "
    "had finished their survey, and that no boat would use the old ramp before then.",
]

COMMENTS = [
    "A year without the ramp is far too long. The board knew about this hinge and did nothing until it broke.",
    "Posted by: Harbour resident, 27 Sep 2024 | 15:22",
    "I take the ferry every day and five extra minutes is nothing compared with the risk of another failure.",
    "Posted by: Kari Holm, 28 Sep 2024 | 08:54",
]


def html_page() -> str:
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    comments = "".join(
        f"<div class='visitors_comment_content'><h3>Comment {n}</h3><p>{c}</p><p class='common_date'>{s}</p></div>"
        for n, (c, s) in enumerate(zip(COMMENTS[::2], COMMENTS[1::2]), 1)
    )
    # (accountancyage-1's layout: the extractor keeps the comments as main text, leaves the header out.)
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Pier 4 ramp to close for a year</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
<div class="main"><div class="article_content"><h1>Pier 4 ramp to close for a year</h1><p class="meta">By Jane Roe</p>
<div class="article_description">{body}</div></div>
<div class="visitors_comment_block"><div class="section_title" id="comments"><p><span>Visitor comments</span>
<a href="#thanks_for_comment" class="add_comment_button">Add your comment</a></p></div>
<div class="common_inner_block">{comments}</div></div></div>
<footer><p>© 2024 Harbour Weekly</p></footer></body></html>
"""


def text_page(header: str) -> str:
    lines = [
        "Home",
        "News",
        "Pier 4 ramp to close for a year",
        "By Jane Roe",
        *PARAS,
        header,
        *COMMENTS,
        "© 2024 Harbour Weekly",
    ]
    return "\n\n".join(lines) + "\n"


def article(tmp_path: Path, name: str, text: str) -> Article:
    (tmp_path / name).write_text(text, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return art


@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("visitor.html", html_page),
        ("readers.txt", lambda: text_page("Readers' comments (2)")),
        ("users.txt", lambda: text_page("User comments Leave a comment")),
    ],
)
def test_comments_under_a_named_comments_header_are_comments(tmp_path: Path, name: str, make) -> None:  # type: ignore[no-untyped-def]
    split = split_noise(article(tmp_path, name, make()))
    content = " ".join(" ".join(seg.text.split()) for seg in split.content)
    for para in PARAS:
        assert para in content, para
    for line in COMMENTS:
        assert line not in content, (line, content)
    kinds = {" ".join(seg.text.split()): seg.kind for seg in split.noise}
    for line in COMMENTS:
        got = next((k for t, k in kinds.items() if line in t), None)
        assert got == "comments", (line, kinds)
