"""An outlet whose name reads as a person's ("Marie Claire", "Jean Paul Gaultier": a given name
first) set as the site's line at the top of a page: settled by where it sits and what follows it
(issue #14, round s38-x3). Over the headline, with the article's own byline ("By Anna Lindqvist")
or author's line ("Anna Lindqvist" beside the date) under the headline, it is the masthead and
names the outlet (it named none: the person test ``bylines.person_name`` vetoed every reading of
it as a site's name). Under the headline, beside the date, the same line is the author's, no
outlet; a person's name over a headline that names them is the story's kicker, no outlet.

An author's line under the headline also keeps the headline the headline: the headline over
"Anna Lindqvist" and the date was taken for the site's tagline under its name, and the page was
titled by its first sentence (any masthead: "Halvik Herald" too).

The reported mastheads, in plain text and HTML, and variants: other names and layouts, German."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus

HEADLINE = "Storm closes Varn harbour for three days"
BODY = (
    "The harbour at Varn will stay closed for three days after a storm damaged its main pier on Tuesday, "
    "the port authority said. Fishing boats were moved to Oskby, and ferry services to the islands were "
    "cancelled until the pier is repaired.\n\n"
    "Engineers said the damage was worse than first thought and that repairs could take weeks.\n"
)
HEADLINE_DE = "Sturm schließt den Hafen von Varn für drei Tage"
BODY_DE = (
    "Der Hafen von Varn bleibt drei Tage geschlossen, nachdem ein Sturm am Dienstag den Hauptpier "
    "beschädigt hat, teilte die Hafenbehörde mit. Fischerboote wurden nach Oskby verlegt.\n\n"
    "Die Ingenieure sagten, der Schaden sei größer als zunächst gedacht.\n"
)


def _read(tmp_path: Path, name: str, text: str) -> tuple[str, str | None, str | None]:
    (tmp_path / name).write_text(text, encoding="utf-8")
    art = Corpus.scan(tmp_path).article(name.rsplit(".", 1)[0])
    return art.title, art.outlet, art.author


MASTHEADS = {
    "reported-over-byline": ("Marie Claire", f"Marie Claire\n\n{HEADLINE}\nBy Anna Lindqvist\n14 March 2025\n\n{BODY}"),
    "reported-three-words": ("Jean Paul Gaultier", f"Jean Paul Gaultier\n\n{HEADLINE}\nBy Anna Lindqvist\n\n{BODY}"),
    "over-dated-byline": ("Clara Voss", f"Clara Voss\n{HEADLINE}\nBy Jonas Eide | 3 June 2026\n\n{BODY}"),
    "over-authors-line": ("Marie Claire", f"Marie Claire\n{HEADLINE}\nAnna Lindqvist\n14 March 2025\n\n{BODY}"),
    "german": ("Laura Berg", f"Laura Berg\n\n{HEADLINE_DE}\nVon Anna Lindqvist\n14. März 2025\n\n{BODY_DE}"),
}


@pytest.mark.parametrize("case", list(MASTHEADS))
def test_a_person_shaped_masthead_over_the_headline_and_its_byline_names_the_outlet(tmp_path: Path, case: str) -> None:
    name, text = MASTHEADS[case]
    title, outlet, author = _read(tmp_path, "page.txt", text)
    assert outlet == name
    assert title == (HEADLINE_DE if case == "german" else HEADLINE)
    assert author != name


def _page(site: str, byline: str = "By Anna Lindqvist") -> str:
    p1 = (
        "The harbour at Varn will stay closed for three days after a storm damaged its main pier on "
        "Tuesday, the port authority said. Fishing boats were moved to Oskby."
    )
    p2 = "Engineers said the damage was worse than first thought and that repairs could take weeks."
    return f"""<html><head><title>{HEADLINE}</title></head><body>
<header><div class="site-logo"><a href="/">{site}</a></div>
<nav><a href="/">Home</a> <a href="/fashion">Fashion</a> <a href="/beauty">Beauty</a></nav></header>
<article><h1>{HEADLINE}</h1><p class="byline">{byline}</p><p>{p1}</p><p>{p2}</p></article>
<footer><p>Contact us</p></footer></body></html>"""


@pytest.mark.parametrize("site", ["Marie Claire", "Jean Paul Gaultier", "Clara Voss"])
def test_a_person_shaped_logo_over_an_html_headline_names_the_outlet(tmp_path: Path, site: str) -> None:
    assert _read(tmp_path, "page.html", _page(site)) == (HEADLINE, site, "Anna Lindqvist")


AUTHORS = {
    # the same line under the headline, beside the date: the author's
    "under-headline": f"{HEADLINE}\nMarie Claire\n14 March 2025\n\n{BODY}",
    "under-headline-over-prose": f"{HEADLINE}\nJean Paul Gaultier\n\n{BODY}",
    # a person's name over a headline that names them: the story's kicker
    "kicker": (
        "Marie Claire\n\nMarie Claire opens her first shop in Varn\nBy Anna Lindqvist\n\n"
        "Marie Claire opened her first shop in Varn on Tuesday, the designer said. The shop sells coats and "
        "hats made on the island.\n"
    ),
}


@pytest.mark.parametrize("case", list(AUTHORS))
def test_a_persons_name_elsewhere_names_no_outlet(tmp_path: Path, case: str) -> None:
    _title, outlet, _author = _read(tmp_path, "page.txt", AUTHORS[case])
    assert outlet is None


@pytest.mark.parametrize("masthead", ["Halvik Herald", "Marie Claire", "Jean Paul Gaultier"])
@pytest.mark.parametrize("author", ["Anna Lindqvist", "Jonas Eide"])
def test_an_authors_line_under_the_headline_keeps_it_the_headline(tmp_path: Path, masthead: str, author: str) -> None:
    title, outlet, _author = _read(tmp_path, "page.txt", f"{masthead}\n{HEADLINE}\n{author}\n14 March 2025\n\n{BODY}")
    assert (title, outlet) == (HEADLINE, masthead)
