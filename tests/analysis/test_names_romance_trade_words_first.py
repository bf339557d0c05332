"""Firms named in Spanish or Portuguese by a trade word first (a distiller's, a brewer's, a
glassworks', a bottler's: "Destilería Yucunama", "Vidriera del Bajío") are ORGs, and their last word
alone their short form, never PERSONs (issue #16, round s43-e: held-out 36's distiller was a PERSON
at six mentions)."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "firm", "short"),
    [
        # held-out 36's wire story, shortened
        (
            "Grupo Tecolote would buy 45% of Destilería Yucunama, a family-owned mezcal distiller. "
            "Yucunama said it uses rainwater ponds.",
            "Destilería Yucunama",
            "Yucunama",
        ),
        # an invented brewery and its short form
        ("Cervecería Tlaloc said sales rose. Tlaloc will hire 200 workers.", "Cervecería Tlaloc", "Tlaloc"),
        # an invented bottler with a region's name
        ("Embotelladora del Valle cut prices on Monday.", "Embotelladora del Valle", None),
    ],
)
def test_trade_word_first_firms(rec: Recognizer, text: str, firm: str, short: str | None) -> None:
    got = names(rec, text)
    assert (firm, "ORG") in got
    if short is not None:
        assert (short, "ORG") in got
    assert not any(label == "PERSON" for _, label in got)
