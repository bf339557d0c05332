"""An HTML page's date says where it was found (issue 17, acceptance tester: a "Posted:" line in
the body was reported as `html`): `html` only for the page's markup (meta tags, JSON-LD,
<time datetime>), `text` for a date written in the page's text, however it was found."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus

PROSE = "<p>The ferry ran aground off the coast and the coast guard said dozens of passengers were rescued by nightfall.</p>"


def page(head: str = "", body: str = "") -> str:
    return f"<html><head><title>Ferry page</title>{head}</head><body><article><h1>Ferry page</h1>{body}{PROSE}</article></body></html>"


def dated(tmp_path: Path, html: str) -> tuple[str | None, str | None]:
    (tmp_path / "p.html").write_text(html, "utf-8")
    article = Corpus.scan(tmp_path).article("p")
    return article.date, article.date_source


@pytest.mark.parametrize(
    ("body", "iso"),
    [
        ("<p>Posted: Mar 14, 2025</p>", "2025-03-14"),  # the reported page: a labelled line
        ('<div class="byline">Mar 14, 2025</div>', "2025-03-14"),  # an element classed as a date
        # a date line all in numbers, read with its time by the text's own rules (s15-c; htmldate read the day)
        ("<p>Stand: 14.03.2025, 10:00 Uhr</p>", "2025-03-14T10:00"),
        ("<p>Archived on 2025/03/14 by the desk.</p>", "2025-03-14"),  # htmldate's text search
    ],
)
def test_a_date_in_the_pages_text_is_the_texts(tmp_path: Path, body: str, iso: str) -> None:
    assert dated(tmp_path, page(body=body)) == (iso, "text")


@pytest.mark.parametrize(
    ("head", "body", "iso"),
    [
        (
            '<meta property="article:published_time" content="2025-03-14T10:00:00+01:00">',
            "",
            "2025-03-14T10:00:00+01:00",
        ),
        ("", '<p><time datetime="2025-03-16T14:00:00-05:00">Sunday</time></p>', "2025-03-16T14:00:00-05:00"),
        (
            '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
            '"datePublished": "2025-03-12T08:00:00Z"}</script>',
            "<p>Posted: Mar 14, 2025</p>",  # the metadata wins over the text
            "2025-03-12T08:00:00+00:00",
        ),
    ],
)
def test_a_date_in_the_pages_markup_is_the_pages(tmp_path: Path, head: str, body: str, iso: str) -> None:
    assert dated(tmp_path, page(head, body)) == (iso, "html")


def test_a_page_without_a_date(tmp_path: Path) -> None:
    assert dated(tmp_path, page()) == (None, None)
