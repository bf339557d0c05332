"""``facts --json`` on the acceptance tester's corpora of a derailment (issue #16, round s36-q;
t13ab L1, L2, L8; the repro folders v1, v2, v9 as written, and variants of my own).

L1: "The overnight low in Harnwick was minus 9 degrees Celsius" was a row ``temperature (°C)``
apart from two outlets' "-12C" (``temperature``, agree): one temperature row, a disagreement.
L8: "10F" against "minus 12 degrees Celsius" was a DISAGREE, the °F shown "-12.2": one value.
L2: a line's limit and a train's speed were one row ``speed (mph)`` (a false DISAGREE), the train's
130 km/h in two articles two single-source rows: a row ``speed`` and a row ``speed limit``."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from facts_cli import facts_json as _facts

from waic_reader.tui.cli.main import main

_NORDWIRE = "HARNWICK, March 3 (Nordwire) - Three people were killed when a Westmarch Rail express derailed near Harnwick early on Tuesday, police said."
_B_HEAD = "Seven dead in Harnwick derailment\n\nBy Priya Okafor, 3 March 2026\n\nSeven people have died after an express train came off the rails near Harnwick on Tuesday morning.\n\n"


def _rows(facts: list[dict[str, Any]], prefix: str) -> list[tuple[str, str, list[tuple[str, str]]]]:
    return [
        (f["label"], f["status"], sorted((v["doc"], v["display"]) for v in f["values"]))
        for f in facts
        if f["label"].startswith(prefix)
    ]


@pytest.mark.parametrize(
    ("low", "others"),
    [
        # reported (t13ab repro v1)
        (
            "The overnight low in Harnwick was minus 9 degrees Celsius.",
            (
                "Temperatures had fallen to -12C overnight, and engineers will examine whether a frozen rail broke.",
                "It was too early to say whether the low temperatures, which fell to -12C, had played a part in the derailment.",
            ),
        ),
        # variants of my own: other places, a bare signed reading, a relative clause of the cold
        (
            "The overnight low at Kerrow was -9C, the coldest night of the winter.",
            (
                "By dawn it was minus 12C in Harnwick.",
                "The freezing temperatures, which reached minus 12 degrees Celsius, cracked a weld.",
            ),
        ),
        (
            "It fell to -9C in Dunmere overnight.",
            (
                "Temperatures in Harnwick had dropped to -12C.",
                "The cold, which engineers blamed, followed temperatures of -12C.",
            ),
        ),
    ],
)
def test_one_temperature_row_whatever_the_wording(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], low: str, others: tuple[str, str]
) -> None:
    facts = _facts(
        tmp_path,
        capsys,
        {
            "a.txt": f"Three killed as express derails near Harnwick\n\n{_NORDWIRE}\n\n{others[0]}\n",
            "b.txt": f"{_B_HEAD}Investigators will look at every possible cause, including the weather. {low}\n",
            "c.txt": f"Harnwick derailment: five dead\n\n3 March 2026 11:52 | By Ellen Brandt\n\nFive people have died.\n\n{others[1]}\n",
        },
    )
    rows = _rows(facts, "temperature")
    assert [(r[0], r[1], len(r[2])) for r in rows] == [("temperature", "disagree", 3)], rows


def _v9(temperature: str, outlet: str) -> str:
    return (
        f"Harnwick derailment\n\nHARNWICK, March 3 ({outlet}) - Seven people were killed when a Westmarch Rail "
        f"express derailed near Harnwick. Temperatures fell to {temperature} overnight.\n"
    )


@pytest.mark.parametrize(
    ("a", "b", "c"),
    [
        ("minus 12 degrees Celsius", "10F", "-4C"),  # reported (t13ab repro v9)
        ("-12C", "10 degrees Fahrenheit", "minus 4 degrees Celsius"),
        ("minus 18C", "0F", "5F"),  # 0F is -17.8 °C; 5F (-15 °C) another reading
    ],
)
def test_one_reading_in_two_scales_agrees_shown_as_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], a: str, b: str, c: str
) -> None:
    facts = _facts(
        tmp_path, capsys, {"a.txt": _v9(a, "Nordwire"), "b.txt": _v9(b, "Eastpress"), "c.txt": _v9(c, "Southline")}
    )
    [row] = [f for f in facts if f["label"] == "temperature"]
    assert row["status"] == "disagree", row
    assert sorted(v["display"] for v in row["values"]) == sorted([a, b, c]), row
    (tmp_path / "c" / "c.txt").unlink()
    capsys.readouterr()
    code = main(["--corpus", str(tmp_path / "c"), "--index-dir", str(tmp_path / "i"), "facts", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    [row] = [f for f in json.loads(out)["facts"] if f["label"] == "temperature"]
    assert row["status"] == "agree", row  # the two scales' readings are one value


@pytest.mark.parametrize(
    ("files", "moving", "limit"),
    [
        # reported (t13ab repro v2)
        (
            {
                "a.txt": f"Three killed as express derails near Harnwick\n\n{_NORDWIRE}\n\nThe train was travelling at "
                "130 km/h (81 mph) on a stretch limited to 60 mph, a person familiar with the investigation said.\n",
                "b.txt": f"{_B_HEAD}The train was travelling at 70 mph when it reached the curve, investigators "
                "believe. The line speed there is 60 mph.\n",
                "c.md": '---\ntitle: "Harnwick: what we know"\ndate: 2026-03-04\noutlet: Rail Notes Weekly\n---\n\n'
                "The express derailed on 3 March near Harnwick. Seven people died.\n\n| Figure | Value |\n|---|---|\n"
                "| Speed at derailment | 130 km/h |\n| Line speed | 97 km/h |\n",
            },
            ("disagree", [("a", "130 km/h"), ("b", "70 mph"), ("c", "130 km/h")]),
            ("agree", [("a", "60 mph"), ("b", "60 mph"), ("c", "97 km/h")]),
        ),
        # variants of my own: a coach on a road, a tram, other wordings and a fact box
        (
            {
                "a.txt": "Coach crash\n\nPolice said the coach was going at 90 km/h where the speed limit is 50 km/h.\n",
                "b.txt": "Coach crash on the A40\n\nThe coach was doing 70 km/h on a road restricted to 50 km/h, witnesses said.\n",
                "c.md": "# What we know\n\nThe coach overturned on the A40.\n\n- Speed: 90 km/h\n- Speed limit: 50 km/h\n",
            },
            ("disagree", [("a", "90 km/h"), ("b", "70 km/h"), ("c", "90 km/h")]),
            ("agree", [("a", "50 km/h"), ("b", "50 km/h"), ("c", "50 km/h")]),
        ),
        (
            {
                "a.txt": "Tram crash\n\nThe tram hit the buffers at a speed of 40 km/h on a section with a 15 km/h limit.\n",
                "b.txt": "Tram crash in Velmont\n\nInvestigators found the tram was travelling at 25 mph when it struck the buffers.\n",
            },
            ("agree", [("a", "40 km/h"), ("b", "25 mph")]),
            ("single source", [("a", "15 km/h")]),
        ),
    ],
)
def test_a_moving_things_speed_and_a_limit_are_two_rows(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    files: dict[str, str],
    moving: tuple[str, list[tuple[str, str]]],
    limit: tuple[str, list[tuple[str, str]]],
) -> None:
    facts = _facts(tmp_path, capsys, files)
    speeds = _rows(facts, "speed")
    assert [r for r in speeds if r[0] == "speed"] == [("speed", *moving)], speeds
    assert [r for r in speeds if r[0] == "speed limit"] == [("speed limit", *limit)], speeds
    assert not [r for r in speeds if r[0].startswith("speed (")], speeds
