"""A word a tabloid shouts in capitals after "is", "are", "was" in a mixed-case sentence is
emphasis, no organisation's initials (t13o F8, round s29-g): "SEVEN men are DEAD and others are
feared lost" gave ORG "DEAD". The reported input and two invented variants; an acronym after
"was" before a comma stays an organisation."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer

CASES = [
    (  # reported (t13o F8, tabloid-blast)
        "MINE OF DEATH\n\nSEVEN men are DEAD and others are feared lost after a mountain of rock crashed down.\n",
        "DEAD",
    ),
    ("Flood horror\n\nTwo miners are SAFE after the rescue, officials said.\n", "SAFE"),
    ("Crash hell\n\nThe pilots were LUCKY to survive, doctors said.\n", "LUCKY"),
]


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(("text", "word"), CASES)
def test_the_shouted_word_is_no_name(rec: Recognizer, text: str, word: str) -> None:
    assert not any(n == word for n, _ in names(rec, text)), names(rec, text)


def test_an_acronym_after_was_stays(rec: Recognizer) -> None:
    assert ("BHP", "ORG") in names(rec, "The buyer was BHP, analysts said.\n")
