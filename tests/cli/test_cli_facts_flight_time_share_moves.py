"""``facts --json`` on one flight's time before it turned back and on one firm's share move, each
worded otherwise by three outlets (issue #16, round s37-x2; t13ad N9, the repro folder v7 as
written, and variants of my own).

N9: "turned back 22 minutes into the flight", "brought the plane down 25 minutes after take-off"
and "had been in the air for about half an hour when the pilot turned back" were three
single-source ``duration`` rows ("about half an hour" no figure at all), and "Nordair's shares fell
4.5%", "Nordair shares closed 4 per cent lower", "Nordair shares ended the day 4.5% lower" were
``change in Nordair shares``, ``percentage`` and ``day``: one row each, in disagreement. A time
into a journey that no return or landing ends ("the warning came on five minutes into the flight")
stays out of that row, and a rise is no value of a fall."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from facts_cli import facts_json


def _corpus(sentences: list[str]) -> dict[str, str]:
    return {
        f"{'abcdef'[k]}.txt": f"Title {k}\n\nSTAVENHOLM, March 3, 2026 (Outlet{k}) - {s}\n"
        for k, s in enumerate(sentences)
    }


def _rows_of(facts: list[dict[str, Any]], doc: str, text: str) -> list[dict[str, Any]]:
    return [f for f in facts if any(v["doc"] == doc and text in v["text"] for v in f["values"])]


@pytest.mark.parametrize(
    ("sentences", "figures", "values"),
    [
        # reported (t13ad repro v7)
        (
            [
                "Flight NR418 turned back 22 minutes into the flight.",
                "The pilot brought the plane down 25 minutes after take-off.",
                "The plane had been in the air for about half an hour when the pilot turned back.",
            ],
            ["22 minutes", "25 minutes", "half an hour"],
            {"a": (22, "minute"), "b": (25, "minute"), "c": (0.5, "hour")},
        ),
        # variant: other verbs of the return, "airborne", "about an hour", "departure"
        (
            [
                "The Boeing returned to Halvik 40 minutes after departure. The fire warning came on five minutes into the flight.",
                "The crew diverted to Oskby 35 minutes into the flight.",
                "The jet had been airborne for about an hour when the captain turned around.",
            ],
            ["40 minutes", "35 minutes", "an hour"],
            {"a": (40, "minute"), "b": (35, "minute"), "c": (1, "hour")},
        ),
        # variant: a ferry's voyage
        (
            [
                "The ferry turned back three hours into the voyage.",
                "The ship returned to port four hours after setting sail.",
                "The vessel had been at sea for about half a day when the master turned back.",
            ],
            ["three hours", "four hours", "half a day"],
            {"a": (3, "hour"), "b": (4, "hour"), "c": (0.5, "day")},
        ),
    ],
)
def test_time_into_a_journey_is_one_row(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    sentences: list[str],
    figures: list[str],
    values: dict[str, tuple[float, str]],
) -> None:
    facts = facts_json(tmp_path, capsys, _corpus(sentences))
    rows = [_rows_of(facts, doc, text) for doc, text in zip("abc", figures, strict=True)]
    assert all(len(r) == 1 for r in rows), facts
    row = rows[0][0]
    assert all(r[0] is row for r in rows), [r[0]["label"] for r in rows]
    assert row["status"] == "disagree", row
    assert row["label"] != "duration"
    got = {v["doc"]: (v["value"], v["unit"]) for v in row["values"]}
    assert got == values
    # a time into the journey no return ends is no value of it
    assert not any("five minutes" in v["text"] for v in row["values"])


@pytest.mark.parametrize(
    ("sentences", "figures", "values", "status"),
    [
        # reported (t13ad repro v7)
        (
            [
                "Nordair's shares fell 4.5% in Stavenholm trading.",
                "Nordair shares closed 4 per cent lower.",
                "Nordair shares ended the day 4.5% lower.",
            ],
            ["4.5%", "4 per cent", "4.5%"],
            {"a": 4.5, "b": 4, "c": 4.5},
            # "4 per cent" is a rounding of 4.5% by the one symmetric rule (review s43-rv finding 11;
            # it was "disagree" while a whole percent was the value rounded half up only)
            "agree",
        ),
        # variant: "lost", "finished the session … down", "the stock"
        (
            [
                "Shares in Halvik Rail lost 2.8 per cent on Monday.",
                "Halvik Rail shares finished the session 3.1% down.",
                "Halvik Rail's stock dropped 2.8%.",
            ],
            ["2.8 per cent", "3.1%", "2.8%"],
            {"a": 2.8, "b": 3.1, "c": 2.8},
            "disagree",
        ),
        # variant: a rise worded three ways, each the same: one row that agrees
        (
            [
                "Oskar Mining's shares rose 6% after the find.",
                "Oskar Mining shares closed 6 per cent higher.",
                "Oskar Mining shares gained 6% by the close.",
            ],
            ["6%", "6 per cent", "6%"],
            {"a": 6, "b": 6, "c": 6},
            "agree",
        ),
    ],
)
def test_a_share_move_is_one_row_whatever_its_verb(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    sentences: list[str],
    figures: list[str],
    values: dict[str, float],
    status: str,
) -> None:
    facts = facts_json(tmp_path, capsys, _corpus(sentences))
    rows = [_rows_of(facts, doc, text) for doc, text in zip("abc", figures, strict=True)]
    assert all(len(r) == 1 for r in rows), facts
    row = rows[0][0]
    assert all(r[0] is row for r in rows), [r[0]["label"] for r in rows]
    assert row["status"] == status, row
    assert (row["label"].startswith("change in ") and "shares" in row["label"]) or "stock" in row["label"], row["label"]
    assert {v["doc"]: v["value"] for v in row["values"]} == values


def test_a_rise_is_no_value_of_a_fall(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    facts = facts_json(
        tmp_path,
        capsys,
        _corpus(["Nordair shares fell 4% in Stavenholm trading.", "Nordair shares closed 4 per cent higher."]),
    )
    rows = [f for f in facts if any(v["kind"] == "percent" for v in f["values"])]
    # never one row that agrees: a fall of 4% and a rise of 4% contradict each other
    assert not any(r["status"] == "agree" for r in rows), rows
