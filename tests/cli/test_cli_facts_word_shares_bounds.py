"""``facts --json`` on the acceptance tester's corpora of a volcano story (issue #16, t13ac, round
s37-f), each kind with the reported input and variants of my own.

* M19: a share in words ("A third of the homes", "Nearly two-thirds of flights", "One in three
  homes") is a share of what it counts, in one row with the percentages of the same thing. A share
  in words is as precise as a share rounded to the nearest 5%: it meets a percentage within 2.5
  points (two-thirds, 66.7%, and 65% agree; two-thirds and 60% disagree).
* A comparison before a figure ("hotter than 1,200C", "above 40C", "below -20C") is its bound: the
  row shows it, and a bound never disagrees with a value on its side of it.
* A date no thing is counted by is no row (the timeline has dates), and a year whose clause names
  no thing ("It was built in 1987", "which opened in 1987") never joins another thing's year row.
* "N miles away" from no named place is listed but never compared (an agreeing row's one amount in
  two units: tests/analysis/test_fact_agreeing_units_one_entry.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from facts_cli import facts_json as _facts


def _files(texts: tuple[str, ...]) -> dict[str, str]:
    return {f"{chr(ord('a') + i)}.txt": f"Story {i}\n\n{t}\n" for i, t in enumerate(texts)}


def _rows(facts: list[dict[str, Any]]) -> dict[str, tuple[str, list[str]]]:
    return {f["label"]: (f["status"], sorted(v["doc"] for v in f["values"])) for f in facts}


# --- M19: shares in words ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("texts", "want"),
    [
        (  # reported (t13ac repro v17)
            (
                "Nearly two-thirds of flights were cancelled on Thursday.",
                "65% of flights were cancelled on Thursday.",
                "One in three homes in Varnhelm was damaged.",
                "A third of the homes in Varnhelm were damaged.",
            ),
            {"share of flights cancelled": ("agree", ["a", "b"]), "share of homes damaged": ("agree", ["c", "d"])},
        ),
        (  # another story: trains and schools; two-thirds is no 60%, three in four is 73%
            (
                "Two-thirds of the trains were cancelled after the flood.",
                "60% of trains were cancelled after the flood.",
                "Three in four schools were closed on Monday.",
                "73% of schools were closed on Monday, the council said.",
            ),
            {"share of trains cancelled": ("disagree", ["a", "b"]), "share of schools closed": ("agree", ["c", "d"])},
        ),
        (  # and another: "out of", a quarter against 30%
            (
                "Two out of five ferries were delayed by the fog.",
                "Some 40 per cent of ferries were delayed by the fog.",
                "A quarter of the bridges were shut overnight.",
                "30% of bridges were shut overnight.",
            ),
            {"share of ferries delayed": ("agree", ["a", "b"]), "share of bridges closed": ("disagree", ["c", "d"])},
        ),
    ],
    ids=["reported", "trains-schools", "ferries-bridges"],
)
def test_a_share_in_words_is_compared_with_percentages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], texts: tuple[str, ...], want: dict[str, Any]
) -> None:
    rows = _rows(_facts(tmp_path, capsys, _files(texts)))
    assert {k: rows.get(k) for k in want} == want, rows
    assert not [k for k in rows if not k.startswith("share of")], rows  # no count of "three homes"


# --- comparison words: a bound -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("bound", "shown", "agreeing", "disagreeing"),
    [
        (  # reported (t13ac repro v2 d, c)
            "Lava hotter than 1,200C swallowed farms on the slope.",
            "hotter than 1,200 °C",
            "Lava temperatures reached 1,250C on the slope.",
            "Lava temperatures reached 1,150C on the slope.",
        ),
        (  # another story: the air's, "above"
            "Temperatures above 40C were recorded in Seville on Monday.",
            "above 40 °C",
            "Temperatures reached 42C in Seville on Monday.",
            "Temperatures reached 38C in Seville on Monday.",
        ),
        (  # an upper bound: "below"
            "Temperatures fell below -20C in Yakutsk overnight.",
            "below -20 °C",
            "Temperatures fell to -25C in Yakutsk overnight.",
            "Temperatures fell to -15C in Yakutsk overnight.",
        ),
    ],
    ids=["lava", "above", "below"],
)
def test_a_comparison_before_a_figure_bounds_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], bound: str, shown: str, agreeing: str, disagreeing: str
) -> None:
    for other, status in ((agreeing, "agree"), (disagreeing, "disagree")):
        (tmp_path / status).mkdir()
        facts = _facts(tmp_path / status, capsys, _files((bound, other)))
        [row] = [f for f in facts if any(v["doc"] == "a" for v in f["values"])]
        assert (row["status"], sorted(v["doc"] for v in row["values"])) == (status, ["a", "b"]), facts
        [a] = [v for v in row["values"] if v["doc"] == "a"]
        assert a["qualifier"] == shown.rsplit(" ", 2)[0], a


# --- dates and years with no thing ---------------------------------------------------------------


@pytest.mark.parametrize(
    "texts",
    [
        ("The eruption began on 3 March.", "The eruption began on 4 March, scientists said."),  # reported (L2's c)
        ("The strike started on Monday, 14 April.", "Workers walked out on 15 April."),
        ("The summit opens on June 2 in Oslo.", "Leaders will meet in Oslo on June 3."),
    ],
)
def test_a_date_counting_nothing_is_no_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], texts: tuple[str, ...]
) -> None:
    facts = _facts(tmp_path, capsys, _files(texts))
    assert not [f for f in facts if any(v["kind"] == "date" for v in f["values"])], facts


@pytest.mark.parametrize(
    ("named", "thingless"),
    [
        ("The bridge was completed in 1992.", "The museum was evacuated. It was built in 1987."),  # reported
        ("The Halden stadium opened in 2001.", "The museum, which opened in 1987, was closed on Monday."),
        ("The town hall was renovated in 2015, officials said.", "It was last renovated in 2009, its owners said."),
    ],
)
def test_a_year_of_no_thing_joins_no_other_things_row(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], named: str, thingless: str
) -> None:
    facts = _facts(tmp_path, capsys, _files((named, thingless)))
    years = [f for f in facts if any(v["kind"] == "year" for v in f["values"])]
    assert all(f["sources"] == 1 for f in years), [(f["label"], f["status"]) for f in years]


# --- distances from no named place ---------------------------------------------------------------


@pytest.mark.parametrize(
    "texts",
    [
        (
            "The blast was heard 12 miles away, residents said.",
            "Windows shook 40 miles away, residents said.",
        ),  # reported
        ("The ash cloud was visible 30 km away.", "Ash fell on cars 80 km away."),
        (
            "The plume could be seen 20 miles away.",
            "The explosion rattled windows 5 km away.",
            "Smoke was seen 60 km away.",
        ),
    ],
)
def test_a_distance_from_no_named_place_is_never_compared(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], texts: tuple[str, ...]
) -> None:
    facts = _facts(tmp_path, capsys, _files(texts))
    distances = [f for f in facts if f["label"].startswith("distance")]
    assert sorted(v["doc"] for f in distances for v in f["values"]) == [chr(ord("a") + i) for i in range(len(texts))]
    assert not [f for f in distances if f["status"] in ("agree", "disagree")], distances
