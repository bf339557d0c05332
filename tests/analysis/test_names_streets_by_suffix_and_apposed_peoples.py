"""Issue #16 (round s34-c): a square or a street named in one word by its German, Dutch or Nordic
kind word last ("on the Kornmarkt in Bautzen": heldout27's FAC was no name; "Alexanderplatz",
"Prinsengracht", "Drottninggatan") is a FAC; a name in apposition to "a ... people" or "a ... tribe"
is that people ("The bride's family are Besermyan, a small people of the north": NORP at every
mention)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def _found(rec: Recognizer, text: str) -> set[tuple[str, str]]:
    art = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    return {(m.text, m.label) for m in rec.recognize(art)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("It employs 14 people on the Fischmarkt in Görlitz.", "Fischmarkt"),
        ("The protest gathered on Schillerplatz before noon.", "Schillerplatz"),
        ("Their office on the Keizersgracht was searched.", "Keizersgracht"),
        ("A shop on Storgatan in Umeå closed last week.", "Storgatan"),
        ("Traffic on Vesterbrogade was stopped for the parade.", "Vesterbrogade"),
    ],
)
def test_a_street_or_square_by_its_suffix(rec: Recognizer, text: str, name: str) -> None:
    got = _found(rec, text)
    assert (name, "FAC") in got, got


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Flights to Neumarkt were cancelled.", "Neumarkt"),
        ("He moved to Rotterdam in May.", "Rotterdam"),
    ],
)
def test_a_town_with_such_an_ending_stays_a_town(rec: Recognizer, text: str, name: str) -> None:
    assert (name, "GPE") in _found(rec, text)


@pytest.mark.parametrize(
    ("text", "name", "mentions"),
    [
        (
            "The bride's family are Chulym, a small people of the north with songs of their own. "
            "Anna Ivanova plays the Chulym grandmother.",
            "Chulym",
            2,
        ),
        ("The valley is home to the Kalash, an ancient tribe of about 4,000.", "Kalash", 1),
        ("Most pupils are Vepsian, a Finnic people of the lakes.", "Vepsian", 1),
    ],
)
def test_a_people_by_its_apposition(rec: Recognizer, text: str, name: str, mentions: int) -> None:
    art = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    got = [m.label for m in rec.recognize(art) if m.text == name]
    assert got == ["NORP"] * mentions, got
