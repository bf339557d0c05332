"""A number after a word that names things by their number ("Channel 4", "BBC Radio 4", "Channel
9", "Metro TV 2") is part of the name whatever noun follows it: "Channel 4 news reports" count no
reports, "Radio 4 listeners" no listeners (round s43-y1, the kind of t13aj N10 that s42-e2 left:
"Channel 4 news" stayed a count when a noun came after the number). The one figure recogniser's
rule (figures.names_a_thing, figures.NUMBERED_KINDS), which the fact sheet reads too. The
reported name first, then two variants of my own; a real count in each stays a Number."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Notes.\n\nMarta Ilvesco told Channel 4 news reporters on Friday that 300 ships were waiting.", ["300"]),
        ("Notes.\n\nTom Berg told Radio 4 listeners on Friday that 12 people had been hurt.", ["12"]),
        ("Notes.\n\nChannel 9 viewers saw police arrest 23 protesters, and Metro TV 2 crews filmed it.", ["23"]),
    ],
)
def test_a_broadcasters_number_counts_nothing(rec: Recognizer, text: str, numbers: list[str]) -> None:
    found = names(rec, text)
    assert sorted(t for t, label in found if label == "CARDINAL") == numbers, found
