"""Strikers of two trades in one story are two rows, never one disagreeing row (issue #16: a fact
sheet that never cries wolf). Round s42-z3 made every striker of a story one measure (t13aj N1:
"12,000 members" and "15,000 dockworkers" on one strike); found by the lead on a story of a port
strike and a rail strike, which then read "dockworkers on strike DISAGREE 12,000 → 3,000". In a
story of one trade the strikers stay one row (tests/analysis/test_fact_one_count_many_words.py)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


def _struck(texts: tuple[str, ...]) -> list[tuple[str, str, list[float]]]:
    return [
        (f.label, f.status, sorted(float(v.value) for v in f.values))
        for f in sheet(*texts)
        if f.values[0].kind == "count" and f.values[0].measure.split("|", 1)[0] == "strike"
    ]


@pytest.mark.parametrize(
    ("texts", "trades"),
    [
        # found: a port's dockworkers and a railway's rail workers, both outlets telling both
        (
            (
                "About 12,000 dockworkers walked off the job on Monday, halting the port. Separately, 3,000 rail "
                "workers are on strike over pensions, the rail union said.",
                "Some 12,000 dockworkers are on strike at the port, the union said on Monday. A separate stoppage "
                "by 3,000 rail workers has cancelled most trains.",
            ),
            {"dockworkers", "rail workers"},
        ),
        # variants: nurses and junior doctors; miners and train drivers
        (
            (
                "Some 4,000 nurses went on strike on Tuesday. About 1,500 junior doctors joined the strike later.",
                "About 4,000 nurses are on strike, and 1,500 junior doctors walked out in support.",
            ),
            {"nurses", "doctors"},
        ),
        (
            (
                "About 5,000 miners went on strike on Monday. Separately, 800 train drivers are on strike over rosters.",
                "Some 5,000 miners are on strike at the pits. A separate stoppage by 800 train drivers halted services.",
            ),
            {"miners", "drivers"},
        ),
    ],
)
def test_two_trades_on_strike_are_two_rows(texts: tuple[str, ...], trades: set[str]) -> None:
    rows = _struck(texts)
    assert all(status != "disagree" for _label, status, _values in rows), rows
    assert len(rows) == 2, rows
    assert all(any(t in label for label, _s, _v in rows) for t in trades), rows


# Review s43-rv 6: keyed by the noun alone, bus drivers and tram drivers were one trade, "tram drivers on strike
# DISAGREE 1,200 → 800 → 900" (a false disagreement). The word before a trade's noun names which one. The
# reported input and two variants of our own.
@pytest.mark.parametrize(
    ("texts", "rows"),
    [
        (
            (
                "About 1,200 bus drivers went on strike on Monday, and 800 tram drivers joined the strike.",
                "Some 1,200 bus drivers and 900 tram drivers went on strike.",
            ),
            {("bus drivers", "agree"), ("tram drivers", "disagree")},
        ),
        (
            (
                "About 600 lorry drivers went on strike on Monday. Separately, 450 train drivers are on strike.",
                "Some 600 lorry drivers are on strike at the depots. A separate stoppage by 450 train drivers halted "
                "services.",
            ),
            {("lorry drivers", "agree"), ("train drivers", "agree")},
        ),
        (
            (
                "Some 2,000 hospital cleaners went on strike on Tuesday. About 300 school cleaners joined the strike.",
                "About 2,000 hospital cleaners are on strike, and 300 school cleaners walked out in support.",
            ),
            {("hospital cleaners", "agree"), ("school cleaners", "agree")},
        ),
    ],
)
def test_two_trades_of_one_noun_are_two_rows(texts: tuple[str, ...], rows: set[tuple[str, str]]) -> None:
    got = _struck(texts)
    assert len(got) == 2, got
    assert {(trade, status) for trade, status in rows} == {
        (next(t for t, _s in rows if t in label), status) for label, status, _v in got
    }, got


def test_a_trades_bare_noun_is_its_one_trade() -> None:
    # a story of bus drivers alone: "1,300 drivers" is the same count, and the true disagreement shows
    rows = _struck(
        (
            "A total of 1,200 bus drivers went on strike on Monday, halting most routes.",
            "The union said 1,500 drivers are on strike.",
        )
    )
    assert [(status, values) for _label, status, values in rows] == [("disagree", [1200.0, 1500.0])], rows
