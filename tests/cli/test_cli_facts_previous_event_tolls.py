"""``facts --json``: a count of the story's previous event that its sentence names by no year ("A
previous landslide killed 31 people") is a row of that event, never a value of the story's toll
(issue #16, s39-x1 item 4). Before, such a count was dropped: only an earlier event dated by its year
("A 1987 landslide killed 31": ``death toll (1987 landslide)``) had a row."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from facts_cli import facts_json as _facts

pytestmark = pytest.mark.usefixtures("utc")


def _art(outlet: str, body: str) -> str:
    return f"Story\n\nPORTMERE, March 3, 2025 ({outlet}) - {body}\n"


def _row(facts: list[dict[str, Any]], label: str) -> dict[str, Any]:
    [row] = [f for f in facts if f["label"] == label]
    return row


CASES = {
    # the brief's input, in two outlets
    "previous-landslide": (
        "A landslide killed 12 people in Portmere. A previous landslide killed 31 people.",
        "A landslide killed 12 people in Portmere. A previous landslide in the valley killed 31 people.",
        "death toll",
        "death toll (previous landslide)",
        "agree",
    ),
    # variants: "the prior slide" worded two ways, disagreeing; an earlier blast's injured
    "prior-slide": (
        "A landslide killed 12 people in Portmere. The prior landslide killed 31 people.",
        "A landslide killed 12 people in Portmere. The previous slide in the valley killed 29.",
        "death toll",
        "death toll (previous landslide)",
        "disagree",
    ),
    "earlier-blast": (
        "An explosion at the Portmere plant injured 9 workers. An earlier blast at the plant injured 4 workers.",
        "An explosion at the Portmere plant injured 9 workers. An earlier explosion there injured 4 workers.",
        "people injured",
        "people injured (previous explosion)",  # "earlier" names it as "previous" does (s39-rv 13)
        "agree",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_previous_events_count_is_a_row_of_that_event(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    a, b, story_label, earlier_label, status = CASES[case]
    facts = _facts(tmp_path, capsys, {"a.txt": _art("Nordwire", a), "b.txt": _art("Eastpress", b)})
    story = _row(facts, story_label)
    assert story["status"] == "agree"  # the story's own count, never merged with the earlier one
    assert {v["value"] for v in story["values"]} == {12 if "landslide" in case or "slide" in case else 9}
    earlier = _row(facts, earlier_label)
    assert earlier["status"] == status
    assert sorted(v["doc"] for v in earlier["values"]) == ["a", "b"]


def test_several_previous_events_name_no_one_event(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # "previous floods" are several: their count is no row of one event, nor the story's toll
    files = {
        "a.txt": _art("Nordwire", "Floods killed 12 people in Portmere. Previous floods killed 31 people."),
        "b.txt": _art("Eastpress", "Floods killed 12 people in Portmere."),
    }
    facts = _facts(tmp_path, capsys, files)
    assert {v["value"] for v in _row(facts, "death toll")["values"]} == {12}
    assert not [f for f in facts if "previous" in f["label"]]
