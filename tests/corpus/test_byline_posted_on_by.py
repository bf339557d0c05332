"""A blog's post stamp naming its author inside one sentence, no separator between them
(WordPress's entry-meta "Posted on March 11, 2026 by Gareth Llewellyn-Boateng"), names the author
in HTML and plain text, its fields in either order and in the other languages whose bylines are
read ("Publié le … par …", "Veröffentlicht am … von …"): t13ar N14, the line was byline noise
but named no author. A sentence with a date and "by" is no stamp."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus import bylines
from waic_reader.index.corpus.reader import Corpus

HEADLINE = "Orrin valley flood defences hold for a third night"
PARAS = [
    "Temporary barriers along the Orrin held overnight for a third night running, the regional "
    "environment agency said on Wednesday, as river levels began to fall.",
    "About 1,200 homes in the lower valley remain under an evacuation order and two schools are shut.",
]
CASES = [
    # reported (t13ar web/midland-ledger.htm)
    ("Posted on March 11, 2026 by Gareth Llewellyn-Boateng", "Gareth Llewellyn-Boateng"),
    # variants: the other order, other languages, names and dates
    ("Posted by Ana Soto-Mayor on 3 June 2026", "Ana Soto-Mayor"),
    ("Publié le 11 mars 2026 par Claire Dubois-Hartmann", "Claire Dubois-Hartmann"),
    ("Veröffentlicht am 11. März 2026 von Jörg van der Linde", "Jörg van der Linde"),
]


def _html(meta: str) -> str:
    paras = "".join(f"<p>{p}</p>" for p in PARAS)
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>The Orrin Gazette - {HEADLINE}</title></head><body class='wp-theme'>"
        "<div class='brand'>The Orrin Gazette</div><ul><li>Local</li><li>Courts</li><li>Health</li></ul>"
        f"<div class='entry-header'><div class='entry-title-text'><b>{HEADLINE}</b></div>"
        f"<div class='entry-meta'>{meta}</div></div><div class='entry-content'>{paras}</div>"
        "<footer>Theme: Gazette by Inkwell Themes</footer></body></html>"
    )


def _read(tmp_path: Path, name: str, text: str):  # type: ignore[no-untyped-def]
    (tmp_path / name).write_text(text, "utf-8")
    return Corpus.scan(tmp_path).article(name.rsplit(".", 1)[0])


@pytest.mark.parametrize(("meta", "author"), CASES)
def test_the_author_of_a_post_stamp_in_html(tmp_path: Path, meta: str, author: str) -> None:
    assert _read(tmp_path, "a.html", _html(meta)).author == author


@pytest.mark.parametrize(("meta", "author"), CASES)
def test_the_author_of_a_post_stamp_in_text(tmp_path: Path, meta: str, author: str) -> None:
    article = _read(tmp_path, "a.txt", "\n\n".join([HEADLINE, meta, *PARAS]) + "\n")
    assert article.author == author


@pytest.mark.parametrize(
    "line",
    [
        "The hospital was attacked on March 11, 2026 by BlackTarn",
        "Hospital hit by Gareth Jones",
        "Posted on March 11, 2026 by the river",
    ],
)
def test_a_sentence_with_a_date_and_by_names_no_author(line: str) -> None:
    assert bylines.posted_by(line) is None
