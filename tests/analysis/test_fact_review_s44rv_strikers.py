"""Strikers counted as one measure however their trade or their strike is worded (review s44-rv
findings 3 and 9; facts/roles.py). One trade named two ways ("lorry"/"truck", "rail"/"train") is
one row, two trades ("bus"/"tram") two; people at work who "walked out" or "downed tools" are
strikers in an article that never says "strike", as those "on strike" are. Each kind: the reported
input, then two of my own; and what truly differs stays apart."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _rows(*texts: str) -> dict[str, tuple[str, list[tuple[str, str]]]]:
    """label → (status, [(doc, value as shown)])"""
    return {f.label: (f.status, [(v.doc, value_text(v)) for v in f.values]) for f in sheet(*texts)}


@pytest.mark.parametrize(
    "texts",
    [
        ("About 900 lorry drivers are on strike.", "Some 1,200 truck drivers are on strike."),  # reported (p3.py)
        ("1,100 rail drivers are on strike.", "1,300 train drivers are on strike."),
        ("Some 400 railway workers went on strike.", "About 650 rail workers are on strike."),
    ],
)
def test_one_trade_named_two_ways_is_one_row(texts: tuple[str, str]) -> None:
    rows = _rows(*texts)
    strikers = [row for label, row in rows.items() if label.endswith("on strike")]
    assert len(strikers) == 1 and strikers[0][0] == "disagree" and len(strikers[0][1]) == 2, rows


def test_two_trades_stay_two_rows() -> None:
    rows = _rows(
        "900 bus drivers and 300 tram drivers are on strike.",
        "1,200 tram drivers are on strike.",
        "900 bus drivers walked out.",
    )
    assert rows["bus drivers on strike"] == ("agree", [("a", "900"), ("c", "900")]), rows
    assert rows["tram drivers on strike"] == ("disagree", [("a", "300"), ("b", "1,200")]), rows


@pytest.mark.parametrize(
    "texts",
    [
        # reported (p2.py trade_bare_vs_firm), approximations left out (their tolerance is another matter)
        (
            "2,400 drivers at Westmark Buses walked out.",
            "2,400 bus drivers are on strike.",
            "2,900 bus drivers walked out.",
        ),
        ("3,000 nurses are on strike.", "3,500 nurses downed tools on Monday."),
        ("About 600 workers at the plant walked off the job.", "700 workers are on strike at the plant."),
    ],
)
def test_walking_out_is_being_on_strike(texts: tuple[str, ...]) -> None:
    rows = _rows(*texts)
    strikers = [(label, row) for label, row in rows.items() if any(v in label for v in ("strike", "walk", "down"))]
    assert len(strikers) == 1 and strikers[0][0].endswith(" on strike"), rows
    assert strikers[0][1][0] == "disagree" and len({d for d, _ in strikers[0][1][1]}) == len(texts), rows


def test_walking_out_of_a_place_is_no_strike() -> None:
    rows = _rows("300 delegates walked out of the conference.", "Some 2,000 fans walked out at half-time.")
    assert not any("strike" in label for label in rows), rows


@pytest.mark.parametrize(
    "texts",
    [
        (  # the reported corpus's sentences (s44-rv corpus "transit", docs 0 and 1)
            "1,100 train drivers at Westmark Rail joined the strike.",
            "Some 2,600 bus drivers remain on strike tonight, the TWU said, and about 1,400 rail drivers are also out.",
        ),
        ("900 nurses are on strike.", "The strike goes on: 1,000 nurses were out again on Tuesday."),
        ("About 300 dockers went on strike.", "In the strike's second week 350 dockers are still out."),
    ],
)
def test_being_out_in_a_strikes_story_is_being_on_strike(texts: tuple[str, str]) -> None:
    rows = _rows(*texts)
    both = [row for label, row in rows.items() if label.endswith(" on strike") and len(row[1]) == 2]
    assert len(both) == 1 and both[0][0] == "disagree", rows
