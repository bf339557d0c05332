"""WordPress's feed footer, "The post X appeared first on Y.", is boilerplate (an attribution
line) in a feed's ``content:encoded``, on a page and in a plain text (tester, session 15,
/tmp/t17/c20/wp.rss: "Share this:" was caught, the footer stayed the article's). The first case
is the reported feed; the page and text are invented, and so is the guard: prose that says a
post appeared first somewhere stays the article's."""

from __future__ import annotations

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
