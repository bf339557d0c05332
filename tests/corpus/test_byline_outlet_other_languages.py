"""A byline in another language gives its outlet field as an English one does (t13r F18): "Por
Lucía Fernández | El Comercio | 3 de junio de 2026, 18:00" gave no outlet (``bylines.outlet_field``
read only a line opening "By"), and the fact sheet's heading named the doc id. Now a byline opening
with a word of ``bylines.FOREIGN_BY`` and a name gives its middle field. The report's article, and
bylines of my own in French, German, Portuguese and Dutch; a headline opening with such a word is
no byline and names no outlet."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus import bylines
from waic_reader.index.corpus.reader import Corpus

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "languages_t13r"


def _article(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text(text, "utf-8")
    return Corpus.scan(tmp_path).article("a")


def test_the_reported_article_names_its_outlet(tmp_path: Path) -> None:
    article = _article(tmp_path, (FIXTURES / "elcomercio-es.txt").read_text("utf-8"))
    assert article.outlet == "El Comercio"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("Por Lucía Fernández | El Comercio | 3 de junio de 2026, 18:00", "El Comercio"),
        ("Par Claire Dubois | Le Courrier | 3 juin 2026", "Le Courrier"),
        ("Von Jonas Weber · Berliner Blatt · 3. Juni 2026, 20:15 Uhr", "Berliner Blatt"),
        ("Por João Silva | Folha Andina | 3 de junho de 2026, 21h10", "Folha Andina"),
        ("Door Pieter de Vries | Het Dagblad | 4 juni 2026", "Het Dagblad"),
    ],
)
def test_a_foreign_byline_gives_its_outlet_field(line: str, outlet: str) -> None:
    assert bylines.outlet_field(line) == outlet


@pytest.mark.parametrize(
    "line", ["Par for the course | Halvik Open | 2025", "Door to door sales | Halvik | 2025", "Por favor"]
)
def test_a_headline_opening_with_such_a_word_names_no_outlet(line: str) -> None:
    assert bylines.outlet_field(line) is None


def test_an_article_under_a_german_byline_names_its_outlet(tmp_path: Path) -> None:
    text = (
        "Drei Fischer vermisst\n\nVon Anna Berg · Kieler Nachrichten · 14. März 2025\n\n"
        "Drei Fischer werden seit Donnerstag vor der Küste von Husum vermisst.\n"
    )
    assert _article(tmp_path, text).outlet == "Kieler Nachrichten"
