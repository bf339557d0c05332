"""A count after a name in a list of counts by name ("Kisumu 312, Siaya 45, Homa Bay 28") is a Number,
never part of the name (issue #16, review s43-rv finding 10, round s43-z3): a number is a name's
only after a kind word that names things by number (figures.NUMBERED_KINDS: "Terminal 2", "Gate
7") or where the text writes that name with that number again ("Apollo 11"), and never as one of
a list of "Name N" pairs (figures.tally_pair). Before, any capitalised word before a bare number
took it, so results tables and counts by county lost their Number entities. The reported lines
first, then two variants of my own; a list of things named by number stays names."""

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
        (
            "Cases by county: Kisumu 312, Siaya 45, Homa Bay 28.\n\n"
            "The final seat count was Green Alliance 14, Labour 9, Conservatives 7.\n\n"
            "Final result: Souza 118,400, Lima 107,500. Flights from Terminal 2 were cancelled.",
            ["107,500", "118,400", "14", "28", "312", "45", "7", "9"],
        ),
        ("Votes by ward: Northgate 1,204, Eastfield 988 and Old Quay 731.", ["1,204", "731", "988"]),
        ("Medals so far: Norway 12, Kenya 9, New Zealand 4.", ["12", "4", "9"]),
    ],
)
def test_counts_by_name_in_a_list_are_numbers(rec: Recognizer, text: str, numbers: list[str]) -> None:
    found = names(rec, f"Notes.\n\n{text}")
    assert sorted(t for t, label in found if label == "CARDINAL") == numbers, found
    assert not any(label == "FAC" and t.endswith(" 731") for t, label in found), found


@pytest.mark.parametrize(
    ("text", "named", "numbers"),
    [
        (
            "Pickets stood at Terminal 2, Terminal 3 and Gate 7, and 40 were arrested.",
            {"Terminal 2", "Terminal 3"},
            ["40"],
        ),
        ("Apollo 11 landed in 1969, and 3 men flew Apollo 11.", set(), ["3"]),
    ],
)
def test_a_name_known_by_its_number_keeps_it(rec: Recognizer, text: str, named: set[str], numbers: list[str]) -> None:
    found = names(rec, f"Notes.\n\n{text}")
    assert named <= {t for t, _ in found}, found
    assert sorted(t for t, label in found if label == "CARDINAL") == numbers, found
