"""A firm named by a family or given name and its trade written as a common word ("Harland
Transport", "Darussalam Enterprise", "Safiri Rides") is an organisation, not a person whose surname
is the trade word (issue #16, round s34-b: heldout27's "Harland Transport", heldout22's
"Darussalam Enterprise" and heldout13's "Safiri Rides" were PERSONs). The reported shapes with
other names first, then variants invented for the kind; guards: a person whose surname no trade
word is stays a person."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        # the reported shapes, other names
        ("References came from a former employer, Neville Ashby of Ashby Transport.", "Ashby Transport"),
        ("The app is run by Seri Mulia Enterprise, a Bandar firm.", "Seri Mulia Enterprise"),
        ("Drivers for Kasuku Rides said the fees had doubled.", "Kasuku Rides"),
        # invented: other trades, other places in the sentence
        ("He drove for Marlow Trucking for ten years before the crash.", "Marlow Trucking"),
        ("The leak was fixed by Gideon Plumbing on Tuesday.", "Gideon Plumbing"),
        ("Truro Removals said the van had been stolen overnight.", "Truro Removals"),
        # a trade word alone before a known place: the body's arm there, as before
        ("Islanders want a meeting with SeaLink and Transport Wales after the breakdown.", "Transport Wales"),
    ],
)
def test_a_trade_word_last_names_a_firm(rec: Recognizer, text: str, firm: str) -> None:
    found = names(rec, text)
    assert (firm, "ORG") in found, found


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Neville Ashby said the lorries were old.", "Neville Ashby"),
        ("The minister of transport, Gideon Marlow, said so.", "Gideon Marlow"),
    ],
)
def test_a_person_stays_a_person(rec: Recognizer, text: str, person: str) -> None:
    assert (person, "PERSON") in names(rec, text)
