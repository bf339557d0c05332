"""Issue #16 (round s34-c): a body's local branch or a church's congregation named by its locality
("Its Dawrpui branch president", "the Mission Veng congregation of the church": heldout27's GPEs
were no name) names that locality, a place, and so does the name where the article repeats it; a
place's name before "Time" is a time zone's, no place ("Times are West Africa Time")."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def _found(rec: Recognizer, text: str) -> list[tuple[str, str]]:
    art = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    return [(m.text, m.label) for m in rec.recognize(art)]


@pytest.mark.parametrize(
    ("text", "name", "mentions"),
    [
        (
            "The plan would clear the pavements of Zarkawt and Khatla. The youth group was split: its Khatla "
            "branch president said the young men would help.",
            "Khatla",
            2,
        ),
        (
            "Rev. Lalduhawma of the Tuikual congregation of the Mizoram Baptist Church said he had prayed.",
            "Tuikual",
            1,
        ),
        ("The union said their Kolasib branch had voted to strike.", "Kolasib", 1),
    ],
)
def test_a_branch_or_congregation_by_its_locality(rec: Recognizer, text: str, name: str, mentions: int) -> None:
    got = [label for t, label in _found(rec, text) if t == name]
    assert got == ["GPE"] * mentions, _found(rec, text)


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("Times are West Africa Time. Newest first.", "West Africa"),
        ("The launch is at 09:00 Central Europe Time on Friday.", "Central Europe"),
    ],
)
def test_a_time_zone_is_no_place(rec: Recognizer, text: str, zone: str) -> None:
    assert not any(t == zone for t, _ in _found(rec, text)), _found(rec, text)
