"""``facts`` on the report s21-d (#16, "a fact sheet that never cries wolf") and its variants
(corpora: tests/fact_corpora.py).

(a) "At least 7 people were taken to hospital" and "9 people were taken to hospital" (one story)
were rows apart ("people", or "people rushed" and "people hospitalised" when the verb differed).
A count whose own clause says its people were taken to hospital has one measure, *people taken to
hospital*, whatever the verb; its qualifier never splits it. A lower bound the larger figure meets
("at least 7", "9") is no contradiction: the row agrees, both values shown, its grounds saying the
bounds are compatible; exact figures that conflict (12, about 15) disagree. Those still in hospital
("3 remain in hospital") are another count, *people in hospital*, never a value of the row.

(b) A row whose values agree was printed as a timeline, "300 → about 290 → 300": arrows are only
for a row whose values conflict; an agreeing row lists each amount once with all its sources."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fact_corpora import (
    DISTANCE_UNITS,
    EVACUATED_INTERLEAVED,
    EVACUATED_SAME,
    HOSPITAL_CONFLICT,
    HOSPITAL_REPORTED,
    HOSPITAL_VERBS,
    TOLL_CHANGED,
    write,
)

from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")  # dates printed in UTC (tests/conftest.py)


def run(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str], *extra: str) -> str:
    corpus = write(tmp_path / "c", files)
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", *extra])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


@pytest.mark.parametrize(
    ("files", "values", "status"),
    [
        # reported: one lower bound and one exact figure, one row that agrees
        (HOSPITAL_REPORTED, [("north", 7, "at least"), ("gazette", 9, "")], "agree"),
        # variant: three verbs ("taken to", "rushed to", "hospitalised"), one row; "remain" apart
        (HOSPITAL_VERBS, [("north", 7, "at least"), ("gazette", 9, ""), ("ledger", 9, "")], "agree"),
        # variant: "more than", "about", "treated in", "admitted to"; 12 and about 15 conflict
        (HOSPITAL_CONFLICT, [("a", 12, "more than"), ("b", 12, ""), ("c", 15, "about")], "disagree"),
    ],
)
def test_people_taken_to_hospital_are_one_row(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    files: dict[str, str],
    values: list[tuple[str, int, str]],
    status: str,
) -> None:
    facts = json.loads(run(tmp_path, capsys, files, "--json"))["facts"]
    rows = [f for f in facts if "hospital" in f["label"] and f["label"] != "people in hospital"]
    assert [f["label"] for f in rows] == ["people taken to hospital"], [(f["label"], f["status"]) for f in facts]
    [row] = rows
    assert [(v["doc"], v["value"], v["qualifier"]) for v in row["values"]] == values
    assert row["status"] == status and row["sources"] == len(values)
    if status == "agree":
        assert "bounds are compatible" in row["grounds"], row["grounds"]
    # every other figure of these articles is a row of another count (none of the row's values)
    hospital = {(v["doc"], v["start"]) for v in row["values"]}
    for other in facts:
        if other is not row:
            assert not {(v["doc"], v["start"]) for v in other["values"]} & hospital
            assert other["sources"] == 1, other


def test_those_still_in_hospital_are_no_value_of_the_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    facts = json.loads(run(tmp_path, capsys, HOSPITAL_VERBS, "--json"))["facts"]
    remain = [f for f in facts if any(v["value"] == 3 for v in f["values"])]
    # a count of its own, labelled so (was "people", a label that says nothing: t13n F27)
    assert [(f["label"], f["status"]) for f in remain] == [("people in hospital", "single source")]


def line(out: str, label: str) -> str:
    [hit] = [s for s in out.splitlines() if s.startswith(label + " ")]
    return hit


@pytest.mark.parametrize(
    ("files", "label", "want"),
    [
        # reported kind: agreeing values whose dates interleave with another wording
        (
            EVACUATED_INTERLEAVED,
            "people evacuated",
            "300 (14 Mar 07:10, Northwire; 15 Mar 09:00, The Ledger) · about 290 (14 Mar 12:00, The Gazette)",
        ),
        # variant: every outlet 300 (one of them "some 300", and "All 300 people who were evacuated")
        (
            EVACUATED_SAME,
            "people evacuated",
            "300 (14 Mar 07:10, Northwire; some 300: 14 Mar 12:00, The Gazette; 15 Mar 09:00, The Ledger;"
            " 16 Mar 09:00, The Post)",
        ),
        # variant: one distance in two units
        (
            DISTANCE_UNITS,
            "distance to Oresund City",
            # (one amount in two units, one entry since round s37-f: t13ac M24)
            "40 km (1 May 06:00, Northwire; 25 mi: 1 May 09:00, The Gazette; 2 May 09:00, The Ledger)",
        ),
        # variant: the reported hospital row, a lower bound and the larger figure it meets
        (
            HOSPITAL_REPORTED,
            "people taken to hospital",
            "at least 7 (14 Mar 07:10, Northwire) · 9 (14 Mar 12:00, The Gazette)",
        ),
    ],
)
def test_an_agreeing_row_has_no_arrows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str], label: str, want: str
) -> None:
    row = line(run(tmp_path, capsys, files), label)
    # (a row of near figures, "300" and "about 290", is no conflict either: listed alike, t13aq N7)
    assert (" agree " in row or " near " in row) and "→" not in row, row
    assert row.rstrip().endswith(want), row


def test_a_figure_that_changed_keeps_its_arrow(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    row = line(run(tmp_path, capsys, TOLL_CHANGED), "death toll")
    assert "DISAGREE" in row and row.rstrip().endswith("12 (14 Mar 08:00, Northwire) → 14 (15 Mar 08:00, The Gazette)")


def test_all_who_were_evacuated_join_the_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """ "All 300 people who were evacuated" (a relative clause after the count) is a value of
    *people evacuated*, not a "people" row of its own."""
    facts = json.loads(run(tmp_path, capsys, EVACUATED_SAME, "--json"))["facts"]
    assert [(f["label"], f["status"], f["sources"]) for f in facts] == [("people evacuated", "agree", 4)]
