"""An article page's byline with its date and time, shaped as a commenter's stamp ("Jane Roe ·
March 4, 2026 at 10:15 am", "Jane Roe says: March 4, 2026 at 10:15 am"), above the article's body
or in an aside beside the headline, with no comments header around it, is the article's byline and
date stamp, not comment furniture (issue #14, the re-tester of session 45, t13am-r S7: the byline
was shown as a comment). The reported byline and variants of its own (names, separators, layout);
a commenter's stamp under the comments header after the article stays comments."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Council approves river flood barrier | Valley Herald</title></head>
<body>
<header><a href="/">Valley Herald</a><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
<main><article>
<h1>Council approves river flood barrier</h1>
{byline}
<p>The county council voted on Tuesday to build a flood barrier along the lower river, after three winters of flooding in the old town.</p>
<p>The barrier will cost £14 million and take two years to build, the council's engineer told the meeting, which ran late into the evening.</p>
<p>Residents of Mill Street, where water reached the first floor in January, cheered as the vote was read out.</p>
</article>
{comments}
</main>
<footer><p>© 2026 Valley Herald. All rights reserved.</p></footer>
</body></html>
"""

CASES = {
    "reported": ('<div class="byline">By Jane Roe · 4 March 2026, 10:15</div>', "By Jane Roe · 4 March 2026, 10:15"),
    "posted-by": (
        '<p class="post-meta">Posted by Tom Okafor on March 4, 2026 at 10:15 am</p>',
        "Posted by Tom Okafor on March 4, 2026 at 10:15 am",
    ),
    "dot-stamp": ('<p class="meta">Jane Roe · March 4, 2026 at 10:15 am</p>', "Jane Roe · March 4, 2026 at 10:15 am"),
    "bullet-time": (
        '<div class="post-info"><span>Ana Lima</span> • <span>Mar 12, 2025 08:40</span></div>',
        "Ana Lima • Mar 12, 2025 08:40",
    ),
    "says": ("<p>Mark Ellis says: 9 June 2024 at 17:05</p>", "Mark Ellis says: 9 June 2024 at 17:05"),
    "aside": (
        "<aside><p>Ruth Adeyemi | 21 October 2025 09:30</p></aside>",
        "Ruth Adeyemi | 21 October 2025 09:30",
    ),
}


def _split(tmp_path: Path, byline: str, comments: str = "") -> tuple[str, dict[str, str]]:
    (tmp_path / "page.html").write_text(PAGE.format(byline=byline, comments=comments), encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    split = split_noise(art)
    return " ".join(s.text for s in split.content), {s.text.strip(): s.kind for s in split.noise}


@pytest.mark.parametrize("case", list(CASES))
def test_byline_with_date_over_the_body_is_a_byline(tmp_path: Path, case: str) -> None:
    html, line = CASES[case]
    content, noise = _split(tmp_path, html)
    assert noise.get(line) == "byline", noise
    assert "The county council voted on Tuesday" in content and "Residents of Mill Street" in content


def test_commenter_stamp_under_comments_stays_comments(tmp_path: Path) -> None:
    comments = (
        '<section class="comments"><h2>3 Comments</h2>'
        "<p>Rarst · March 10, 2026 at 1:26 AM</p><p>About time they did something about the river.</p></section>"
    )
    content, noise = _split(tmp_path, CASES["reported"][0], comments)
    assert noise.get("Rarst · March 10, 2026 at 1:26 AM") == "comments", noise
    assert "The county council voted on Tuesday" in content
