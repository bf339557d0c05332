"""WordPress's feed footer, "The post X appeared first on Y.", is boilerplate (an attribution
line) in a feed's ``content:encoded``, on a page and in a plain text (tester, session 15,
/tmp/t17/c20/wp.rss: "Share this:" was caught, the footer stayed the article's). The first case
is the reported feed; the page and text are invented, and so is the guard: prose that says a
post appeared first somewhere stays the article's."""

from __future__ import annotations

from html import escape
from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

FOOTER = "The post Ferry strike enters third day appeared first on Halvik Post."
BODY = (
    "The ferry strike in Halvik entered its third day on Sunday, with 520 workers still out, the "
    "Halvik Ferry Union said.",
    "Passengers queued for hours at the harbour as the operator ran a skeleton service, and the union "
    "said talks would resume on Monday.",
)
LINK = '<a href="https://halvikpost.example/2025/03/16/ferry-strike-third-day/">Ferry strike enters third day</a>'
HTML_FOOTER = f'<p>The post {LINK} appeared first on <a href="https://halvikpost.example">Halvik Post</a>.</p>'

RSS = (
    '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
    'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Halvik Post</title>'
    "<item><title>Ferry strike enters third day</title><guid>p4711</guid>"
    "<pubDate>Sun, 16 Mar 2025 07:00:00 +0000</pubDate><content:encoded><![CDATA["
    + "".join(f"<p>{p}</p>" for p in BODY)
    + '<p>Share this:</p><ul><li><a href="#">Twitter</a></li><li><a href="#">Facebook</a></li></ul>'
    + HTML_FOOTER
    + "]]></content:encoded></item></channel></rss>"
)
PAGE = (
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ferry strike enters third day</title>'
    "</head><body><article><h1>Ferry strike enters third day</h1>"
    + "".join(f"<p>{p}</p>" for p in BODY)
    + HTML_FOOTER.replace("appeared first on", "first appeared on")
    + "</article></body></html>"
)
TEXT = "Ferry strike enters third day\n\n" + "\n\n".join(BODY) + f"\n\n{FOOTER}\n"


def verdicts(tmp_path: Path, name: str, data: str) -> dict[str, str]:
    (tmp_path / name).write_text(data, encoding="utf-8")
    [article] = Corpus.scan(tmp_path).articles()
    split = split_noise(article)
    out = {seg.text.strip(): "content" for seg in split.content}
    out.update({seg.text.strip(): seg.kind for seg in split.noise})
    return out


@pytest.mark.parametrize(
    ("name", "data", "footer"),
    [
        ("wp.rss", RSS, FOOTER),  # the reported feed
        ("page.html", PAGE, FOOTER.replace("appeared first on", "first appeared on")),
        ("post.txt", TEXT, FOOTER),
    ],
)
def test_the_feed_footer_is_an_attribution_line(tmp_path: Path, name: str, data: str, footer: str) -> None:
    got = verdicts(tmp_path, name, data)
    assert got[footer] == "attribution"
    assert all(got[p] == "content" for p in BODY)


def test_prose_about_a_post_stays_the_article(tmp_path: Path) -> None:
    said = (
        "The post, which appeared first on a local forum on Friday, was shared thousands of times before "
        "the union confirmed the strike."
    )
    got = verdicts(tmp_path, "t.txt", "Ferry strike\n\n" + "\n\n".join((*BODY, said)) + "\n")
    assert got[said] == "content"


# The footer in the same paragraph as the text, after its last sentence (tester, #17 re-test, session
# 16: a WordPress feed's plain <description>, "… at the harbour. The post X appeared first on Y.",
# kept the footer as article text). The first case is the reported shape; the others are invented.
LAST = "Passengers queued for hours at the harbour."
PLAIN_RSS = (
    '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Halvik Post</title>'
    "<item><title>Ferry strike enters third day</title><guid>p4711</guid>"
    "<pubDate>Sun, 16 Mar 2025 07:00:00 +0000</pubDate><description>{}</description></item></channel></rss>"
)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        # the reported: a plain <description>, text and footer one paragraph
        ("wp.rss", PLAIN_RSS.format(f"{BODY[0]} {LAST} {FOOTER}")),
        # escaped HTML in the description, the footer's links in the paragraph
        (
            "wp.rss",
            PLAIN_RSS.format(escape(f"<p>{BODY[0]} {LAST} {HTML_FOOTER.removeprefix('<p>')}", quote=False)),
        ),
        # a plain text whose last paragraph is hard-wrapped, the footer on its last line after a quote
        ("post.txt", f"Ferry strike enters third day\n\n{BODY[0]}\n\n“{LAST}”\n{FOOTER}\n"),
    ],
)
def test_the_feed_footer_ending_a_paragraph_is_split_off(tmp_path: Path, name: str, data: str) -> None:
    (tmp_path / name).write_text(data, encoding="utf-8")
    [article] = Corpus.scan(tmp_path).articles()
    split = split_noise(article)
    noise = [seg for seg in split.noise if "appeared first on" in seg.text]
    assert [(seg.text.strip(), seg.kind) for seg in noise] == [(FOOTER, "attribution")]
    assert all("appeared first" not in seg.text for seg in split.content)
    assert any(seg.text.rstrip().endswith(LAST) or seg.text.rstrip().endswith(f"{LAST}”") for seg in split.content)
    for b in article.blocks:  # offsets into the one text
        assert article.text[b.start : b.end] == b.text


def test_a_post_office_sentence_before_the_footer_stays_the_article(tmp_path: Path) -> None:
    office = "The post office on Harbour Street closed early, the union said."
    data = PLAIN_RSS.format(f"{BODY[0]} {office} {FOOTER}")
    (tmp_path / "wp.rss").write_text(data, encoding="utf-8")
    [article] = Corpus.scan(tmp_path).articles()
    split = split_noise(article)
    assert [seg.text.strip() for seg in split.noise] == [FOOTER]
    assert any(seg.text.rstrip().endswith(office) for seg in split.content)


def test_a_footer_without_a_sentence_before_it_in_the_paragraph_is_left_whole(tmp_path: Path) -> None:
    # "… said the post … appeared first on …" inside a sentence: no sentence ends before "The post"
    said = f"Officials said The post {BODY[0][4:40]} appeared first on Halvik Post."
    (tmp_path / "t.txt").write_text(f"Ferry strike\n\n{BODY[1]}\n\n{said}\n", encoding="utf-8")
    [article] = Corpus.scan(tmp_path).articles()
    assert any(b.text == said for b in article.blocks)
