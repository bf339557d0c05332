"""``facts --json``: an earlier event dated by its year ("A 1987 landslide killed 31") is one row of
that event's count, compared whatever noun its people are named by, and its year is no bare ``year``
of this story (issue #16, s39-x1 item 4).

Before: "In 1987, a landslide killed 31 in the same valley" beside "A 1987 landslide killed 31
villagers" was a row "not compared" (a toll's people of any kind are one count, but only for the
story's own toll, measure "death", not the earlier event's "death|earlier 1987 landslide") and a
row "year" 1987 stood beside it; so did "The 1987 mudslide left 31 dead"."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from facts_cli import facts_json as _facts

pytestmark = pytest.mark.usefixtures("utc")


def _art(outlet: str, body: str) -> str:
    return f"Story\n\nPORTMERE, March 3, 2025 ({outlet}) - {body}\n"


CASES = {
    "landslide-villagers": (
        "A landslide killed 12 people in Portmere. In 1987, a landslide killed 31 in the same valley.",
        "A landslide killed 12 people in Portmere. A 1987 landslide killed 31 villagers.",
        "death toll (1987 landslide)",
        "agree",
    ),
    "mudslide-dead": (
        "A mudslide killed 12 people in Portmere. A 1987 mudslide killed 31.",
        "A mudslide killed 12 people in Portmere. The 1987 mudslide left 31 dead.",
        "death toll (1987 landslide)",
        "agree",
    ),
    "flood-residents": (
        "Floods killed 12 people in Portmere. In 1999 a flood killed 40 residents of the town.",
        "Floods killed 12 people in Portmere. A 1999 flood killed 42 people.",
        "death toll (1999 flood)",
        "disagree",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_dated_earlier_events_toll_is_one_row_and_its_year_no_fact(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str
) -> None:
    a, b, label, status = CASES[case]
    facts: list[dict[str, Any]] = _facts(
        tmp_path, capsys, {"a.txt": _art("Nordwire", a), "b.txt": _art("Eastpress", b)}
    )
    [row] = [f for f in facts if f["label"] == label]
    assert row["status"] == status
    assert sorted(v["doc"] for v in row["values"]) == ["a", "b"]
    [toll] = [f for f in facts if f["label"] == "death toll"]
    assert {v["value"] for v in toll["values"]} == {12}  # the story's own, never merged
    assert not [f for f in facts if f["label"].startswith("year")], facts
