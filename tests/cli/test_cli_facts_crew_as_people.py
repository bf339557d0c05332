"""``facts --json``: one count of one event's people, named "crew members" in one outlet and
"people" (or no noun) in another, is one count compared (issue #16, s39-x1 item 1).

Before, "Five crew members were injured in the fire" beside "Five people were injured in the fire" was
a row "not compared": a crew is counted apart from people as such (t13af N4: a typhoon's "three
fishermen" may be some of its "five missing"). Where the articles each count one of them only and
every crew count's sentence names an event a people count's sentence names, they count one thing:
compared, agreeing or not. A passenger count stays apart from a crew count, and so does an article
counting both."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from facts_cli import facts_json as _facts

pytestmark = pytest.mark.usefixtures("utc")

FIRE = "A fire broke out on the ferry Aster off Portmere on Sunday."


def _art(outlet: str, body: str) -> str:
    return f"Story\n\nPORTMERE, March 3, 2025 ({outlet}) - {FIRE} {body}\n"


def _row(facts: list[dict[str, Any]], label: str) -> dict[str, Any]:
    [row] = [f for f in facts if f["label"] == label]
    return row


CASES = {
    # the brief's inputs: crew against people, against no noun; and a crew against fewer people (a
    # crew against more people is no disagreement, a crew being part of the people: review s39-rv
    # finding 3, round s39-z1; tests/cli/test_cli_facts_votes_owners_tolls.py)
    "people": ("Five crew members were injured in the fire.", "Five people were injured in the fire.", "agree"),
    "no-noun": ("Five crew members were injured in the fire.", "Five were injured in the fire.", "agree"),
    "disagree": ("Seven crew members were injured in the fire.", "Five people were injured in the fire.", "disagree"),
    # variant: "crew" alone, rescued after the fire
    "rescued": ("Fourteen crew were rescued after the fire.", "Twelve people were rescued after the fire.", "disagree"),
}


@pytest.mark.parametrize("case", list(CASES))
def test_one_events_crew_and_people_are_compared(tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str) -> None:
    a, b, status = CASES[case]
    facts = _facts(tmp_path, capsys, {"a.txt": _art("Nordwire", a), "b.txt": _art("Eastpress", b)})
    label = "people rescued" if case == "rescued" else "people injured"
    row = _row(facts, label)
    assert row["status"] == status, row
    assert sorted(v["doc"] for v in row["values"]) == ["a", "b"]


def test_crew_and_passengers_stay_apart(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = {
        "a.txt": _art("Nordwire", "Five crew members were injured in the fire."),
        "b.txt": _art("Eastpress", "Seven passengers were injured in the fire."),
    }
    assert _row(_facts(tmp_path, capsys, files), "people injured")["status"] == "not compared"


def test_crew_of_no_named_event_stays_apart(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # the crew's sentence names no event the people's does: some of them, perhaps
    files = {
        "a.txt": _art("Nordwire", "Three crew members who left port on Monday were missing."),
        "b.txt": _art("Eastpress", "Five people were missing after the storm."),
    }
    assert _row(_facts(tmp_path, capsys, files), "people missing")["status"] == "not compared"
