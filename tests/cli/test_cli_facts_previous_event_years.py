"""``facts --json``: the year of the story's previous event of a kind, worded by its noun ("The
previous eruption was in 2015") or by its verb after "last" ("the volcano last erupted in 2015"), is
one row (issue #16, s39-x1 item 3).

Before: "previous" was read as the thing the eruption was of (owner "previou"), so the row split from
the volcano's, "year of eruption (previou)" beside "year of eruption (volcano)"; "The town last flooded
in 1999" was "year of flooding", apart from "year of the previous flood". A word saying which event is
meant (previous, prior, latest, …) names no thing, and "last" before a verb naming its event's kind is
that kind's previous event. Different years of it still disagree."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from facts_cli import facts_json as _facts

pytestmark = pytest.mark.usefixtures("utc")


def _art(outlet: str, body: str) -> str:
    return f"Story\n\nPORTMERE, March 3, 2025 ({outlet}) - {body}\n"


def _year_rows(facts: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [f for f in facts if f["label"].startswith("year")]


CASES = {
    # the brief's input
    "eruption": (
        "Mount Keld erupted on Monday. The previous eruption was in 2015.",
        "Mount Keld erupted on Monday. The volcano last erupted in 2015.",
        "year of eruption",
    ),
    # variants: "its prior eruption" against "the mountain"; a town's flood by its noun and by its verb
    "prior-eruption": (
        "Mount Keld erupted on Monday. Its prior eruption was in 2015.",
        "Mount Keld erupted on Monday. The mountain last erupted in 2015.",
        "year of eruption",
    ),
    "flood": (
        "Floods hit Portmere on Sunday. The previous flood was in 1999.",
        "Floods hit Portmere on Sunday. The town last flooded in 1999.",
        "year of the previous flood",
    ),
    "collapse": (
        "A mine collapsed near Portmere. The previous collapse was in 2011.",
        "A mine collapsed near Portmere. The mine last collapsed in 2011.",
        "year of the previous collapse",
    ),
    # words of place between the verb and its year
    "derailment": (
        "A train derailed near Portmere. The previous derailment on the line was in 2004.",
        "A train derailed near Portmere. A train last derailed on the line in 2004.",
        "year of the previous derailment",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_one_previous_events_year_is_one_row(tmp_path: Path, capsys: pytest.CaptureFixture[str], case: str) -> None:
    a, b, label = CASES[case]
    facts = _facts(tmp_path, capsys, {"a.txt": _art("Nordwire", a), "b.txt": _art("Eastpress", b)})
    [row] = _year_rows(facts)
    assert row["label"] == label
    assert row["status"] == "agree"
    assert sorted(v["doc"] for v in row["values"]) == ["a", "b"]


def test_two_years_of_the_previous_event_disagree(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    files = {
        "a.txt": _art("Nordwire", "Floods hit Portmere on Sunday. The previous flood was in 1999."),
        "b.txt": _art("Eastpress", "Floods hit Portmere on Sunday. The town last flooded in 2002."),
    }
    [row] = _year_rows(_facts(tmp_path, capsys, files))
    assert row["status"] == "disagree"
    assert sorted(v["value"] for v in row["values"]) == [1999, 2002]


def test_another_verbs_year_after_last_is_not_the_previous_events(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # "last flooded before the dam was built in 1961": the dam's year, no previous flood's
    files = {
        "a.txt": _art(
            "Nordwire", "Floods hit Portmere on Sunday. The valley last flooded before the dam was built in 1961."
        ),
        "b.txt": _art("Eastpress", "Floods hit Portmere on Sunday. The previous flood was in 1999."),
    }
    facts = _facts(tmp_path, capsys, files)
    [previous] = [f for f in facts if f["label"] == "year of the previous flood"]
    assert [v["value"] for v in previous["values"]] == [1999]
