"""A left-out line whose own markup names its author or its tags is a byline or a tag list, though it
sits in the page's <header> or <footer> or in no named part (issue #14, round s48-a2: in HTML a byline's
kind came out as navigation or none for about a third of gold bylines, a tag list's as navigation).

Cases: the reported kinds (threatpost-1: "by <span itemprop=author><a rel=author>…</a></span> <time
itemprop=datePublished>…" in the article's <header>; ilikebigbits-1: date and a rel=author link in the
article's <footer>) and variants of our own (a class "entry-author" with no rel; rel="tag" links in a
<footer>, WordPress's rel="category tag"). A <header>'s menu line, with no such markup, stays navigation."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus

BODY = "".join(
    f"<p>{s} The harbour board met on Monday to discuss the new ferry timetable, which starts in May and "
    "adds two sailings a day to the island route.</p>"
    for s in ("First.", "Second.", "Third.", "Fourth.")
)


def _page(header: str, footer: str) -> str:
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Ferry timetable changes</title>"
        "</head><body><header class='site'><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></header>"
        f"<article><header><h1>Ferry timetable changes</h1>{header}</header>"
        f"<div class='entry-content'>{BODY}</div><footer>{footer}</footer></article></body></html>"
    )


CASES = {
    "itemprop author in header": (
        _page(
            "<div class='post-info'><span class='alignleft'>by <span itemprop='author'><a href='/a/mm' "
            "rel='author'>Mara Milne</a></span></span> <span><time itemprop='datePublished' "
            "datetime='2016-05-17'>May 17, 2016, 12:25 pm</time></span></div>",
            "",
        ),
        "Mara Milne",
        "byline",
    ),
    "rel author in footer": (
        _page(
            "",
            "<div class='article-meta'><span class='date'><time datetime='2014-04-21'>April 21, 2014</time>"
            "</span> <span><span>/</span><a href='/?who=5' rel='author'>Emil Tornqvist</a></span></div>",
        ),
        "Emil Tornqvist",
        "byline",
    ),
    "author class in header": (
        _page(
            "<p class='meta'><time datetime='2018-02-19'>Feb 19, 2018</time> <span class='entry-author'>"
            "<a href='/people/rr'>Rhoda Ruiz</a></span></p>",
            "",
        ),
        "Rhoda Ruiz",
        "byline",
    ),
    "rel tag in footer": (
        _page(
            "",
            "<p class='meta'><a href='/t/ferries' rel='tag'>Ferries</a>, <a href='/t/islands' rel='tag'>Islands</a></p>",
        ),
        "Ferries, Islands",
        "tags",
    ),
    "rel category tag in footer": (
        _page(
            "",
            "<div class='links'><a href='/c/transport' rel='category tag'>Transport</a> "
            "<a href='/c/local' rel='category tag'>Local news</a></div>",
        ),
        "Transport Local news",
        "tags",
    ),
}


def _hints(tmp_path: Path, html: str) -> dict[str, str | None]:
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    assert art.discarded is not None
    return {b.text: art.discarded[i][0] for i, b in enumerate(art.blocks) if i in art.discarded}


@pytest.mark.parametrize("name", list(CASES))
def test_a_line_whose_markup_names_its_kind_takes_it(tmp_path: Path, name: str) -> None:
    html, needle, kind = CASES[name]
    hints = _hints(tmp_path, html)
    got = [k for text, k in hints.items() if needle in text]
    assert got == [kind], hints


def test_a_header_menu_without_such_markup_stays_navigation(tmp_path: Path) -> None:
    hints = _hints(tmp_path, CASES["itemprop author in header"][0])
    assert [k for text, k in hints.items() if "Home" in text and "News" in text] == ["navigation"], hints
