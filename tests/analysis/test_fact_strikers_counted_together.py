"""Two groups of strikers counted in one sentence are two counts, each of its own noun (issue #16,
t13ajr S2): "Some 3,000 nurses and 500 junior doctors are on strike" lost both comparisons (the
nurses had no verb, and the other outlet's "joined by 600 junior doctors" none either), so the
true 500 vs 600 disagreement never showed."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


def _strikers(*texts: str) -> dict[str, tuple[str, list[float]]]:
    return {
        f.values[0].measure.split("|", 1)[1]: (f.status, [float(v.value) for v in f.values])
        for f in sheet(*texts)
        if f.values[0].kind == "count" and f.values[0].measure.startswith("strike|")
    }


@pytest.mark.parametrize(
    ("texts", "rows"),
    [
        # reported (t13ajr R-facts/v1)
        (
            (
                "Some 3,000 nurses and 500 junior doctors are on strike at Calder's hospitals, managers said.",
                "About 3,000 nurses are on strike, joined by 600 junior doctors, the federation said.",
            ),
            # (keyed by the grade's current name, "junior" as "resident": s45-y2; labelled as written)
            {"nurses": ("agree", [3000.0, 3000.0]), "resident doctors": ("disagree", [500.0, 600.0])},
        ),
        # variants: other trades, "walked out" and "alongside"
        (
            (
                "About 2,000 dockers and 900 rail workers walked out on Friday in a strike over pay.",
                "Some 2,000 dockers are on strike alongside 700 rail workers, the unions said.",
            ),
            {"dockworkers": ("agree", [2000.0, 2000.0]), "rail workers": ("disagree", [900.0, 700.0])},
        ),
        (
            (
                "Some 5,000 miners and 800 train drivers have joined the strike.",
                "About 4,000 miners are on strike, joined by 800 train drivers.",
            ),
            # (keyed by the trade folded, "train" as "rail": review s44-rv finding 3; labelled as written)
            {"miners": ("disagree", [5000.0, 4000.0]), "rail drivers": ("agree", [800.0, 800.0])},
        ),
    ],
)
def test_each_count_of_strikers_is_its_own_groups(
    texts: tuple[str, ...], rows: dict[str, tuple[str, list[float]]]
) -> None:
    assert _strikers(*texts) == rows
