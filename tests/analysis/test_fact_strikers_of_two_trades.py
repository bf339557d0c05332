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
