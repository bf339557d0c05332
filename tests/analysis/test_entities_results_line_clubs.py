"""A club named on a results line, its last word a plural nickname ("Mzilikazi Stars 3 Nketa
Rovers 1"), is one organisation there and at its other mentions, not a place and a lone nickname
(issue #16, round s44-e: held-out 37 read "Mzilikazi" a GPE and "Stars" an ORG four times). The
reported shape and two invented clubs."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("line", "club"),
    [
        ("Mzilikazi Stars 3 Nketa Rovers 1", "Mzilikazi Stars"),  # reported
        ("Kotu Eagles 2 Bakau United 0", "Kotu Eagles"),
        ("Dunvale Hawks 24 Zabbar Rovers 12", "Dunvale Hawks"),
    ],
)
def test_a_club_on_a_results_line_is_one_organisation(rec: Recognizer, line: str, club: str) -> None:
    text = f"Cup final report\n\n{line}\n\nThe final was close until {club} came from behind to win the cup.\n"
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    got = [(m.text, m.label) for m in rec.recognize(article) if m.label in ("ORG", "GPE", "LOC", "PERSON")]
    assert got.count((club, "ORG")) == 2, got
    first = club.split(maxsplit=1)[0]
    assert not any(name in (first, club.split()[1]) for name, _ in got), got
