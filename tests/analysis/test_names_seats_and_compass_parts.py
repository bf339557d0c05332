"""Issue #16 (round s34-c): a legislator's seat after a lower-case "member for" ("Mohamed Shiyam,
member for Hulhumalé Central", "its member for Villimalé": heldout27's seats were no name or a
PERSON) or after a party's letters in brackets ("Mariyam Shazna Ali (MDP, Maafannu West)") is a
place (GPE); a place's name with a compass word after it is one ("the Chanmari West branch")."""

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
    ("text", "seat"),
    [
        (
            "Presenting the bill, Ahmed Nazim, member for Thinadhoo Central and chairman of the committee, said it was fair.",
            "Thinadhoo Central",
        ),
        (
            "The vote was led by Aishath Shifa, member for Kulhudhuffushi North, who said her constituents were angry.",
            "Kulhudhuffushi North",
        ),
        ("The party's member for Hanimaadhoo, Hassan Zameel, abstained.", "Hanimaadhoo"),
        ("An amendment by Mariyam Ali (MDP, Galolhu South) was ruled out of order.", "Galolhu South"),
        ("Questions from Rhodri Price (Plaid, Arfon) went unanswered.", "Arfon"),
    ],
)
def test_a_seat_is_a_place(rec: Recognizer, text: str, seat: str) -> None:
    got = _found(rec, text)
    assert (seat, "GPE") in got, got
    assert not any(t == seat and label != "GPE" for t, label in got), got


@pytest.mark.parametrize(
    "text",
    [
        "She was the board member for Finance until May.",
    ],
)
def test_no_seat_where_the_words_are_common(rec: Recognizer, text: str) -> None:
    got = _found(rec, text)
    assert not any(label == "GPE" for _, label in got), got


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("But Lalnun of the Aizawl North branch said the group would not help.", "Aizawl North"),
        ("Staff at the Lunglei South office were told on Monday.", "Lunglei South"),
        ("The Mombasa Central ward voted against the plan.", "Mombasa Central"),
        # (the kind's variants read already: after a place's preposition)
        ("Shops in Aizawl North were shut on Sunday.", "Aizawl North"),
    ],
)
def test_a_place_and_a_compass_word_after_it(rec: Recognizer, text: str, place: str) -> None:
    got = _found(rec, text)
    assert (place, "GPE") in got, got


def test_a_given_name_place_and_a_compass_word_stays_a_person(rec: Recognizer) -> None:
    got = _found(rec, "The actor Jordan West said the film was finished.")
    assert ("Jordan West", "GPE") not in got, got
