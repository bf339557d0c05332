"""A tabloid's shouted lede word ("TERROR as flames tore through …", "CHAOS after the storm") is
emphasis, no organisation's initials (t13t F2, round s31-j: an ORG "TERROR"); an unknown acronym
opening a sentence before its verb or in apposition ("KIPIC as a lender") stays an ORG. The
reported sentence and two invented variants."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("TERROR as flames tore through the ferry this morning, leaving five people dead.", "TERROR"),  # reported
        ("Dozens were hurt. CHAOS after the storm hit the town.", "CHAOS"),
        ("Dozens were hurt. FURY over plans to close the port.", "FURY"),
    ],
)
def test_a_shouted_lede_word_is_no_name(rec: Recognizer, text: str, word: str) -> None:
    found = names(rec, text)
    assert not any(name == word for name, _ in found), found


@pytest.mark.parametrize(
    "text", ["KIPIC said on Monday it would cut jobs.", "Shares fell. KIPIC as a lender has said little."]
)
def test_an_acronym_opening_a_sentence_stays_an_organisation(rec: Recognizer, text: str) -> None:
    assert ("KIPIC", "ORG") in names(rec, text)
