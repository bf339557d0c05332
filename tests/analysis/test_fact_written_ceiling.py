"""A ceiling its words say is a ceiling, never an amount (issue #16, round s46-f, N4): "a maximum
fine of £10 million" beside another article's "fined £2 million" lost its cap and the row read
``£10 million → £2 million`` in disagreement. "maximum … of", "capped at", "a cap of", "limited to"
and "a £10m maximum fine" make the amount the most it may be, as "fines of up to £10m" does: the
row is *within ceiling*, its value shown "at most £10 million". The reported text first, then two
variants; "up to" (already a qualifier) and an actual fine beside a larger one stay as they were."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


@pytest.mark.parametrize(
    ("cap", "fined", "shown"),
    [
        (
            "The regulator can impose a maximum fine of £10 million on the water company.",
            "The water company was fined £2 million by the regulator on Tuesday.",
            "at most £10 million",
        ),
        (
            "Penalties for each breach are capped at €8m, the watchdog said.",
            "The airline was fined €1.5m by the watchdog.",
            "at most €8 million",
        ),
        (
            "Firms in breach face a $5 million maximum fine under the new rules.",
            "The bank was fined $900,000 for the breach.",
            "at most $5 million",
        ),
    ],
    ids=["maximum-fine-of", "capped-at", "maximum-after"],
)
def test_written_cap_is_a_ceiling(cap: str, fined: str, shown: str) -> None:
    rows = [f for f in sheet(cap, fined) if any(v.kind == "money" for v in f.values)]
    assert [f.status for f in rows] == ["within ceiling"], [(f.label, f.status) for f in rows]
    assert shown in [value_text(v) for v in rows[0].values]


def test_up_to_stays_a_ceiling_and_two_fines_disagree() -> None:
    (row,) = sheet("Water firms face fines of up to £10m for sewage spills.", "Southern Water was fined £2 million.")
    assert row.status == "within ceiling"
    (row,) = sheet("The firm was fined £3 million for the spill.", "The firm was fined £2 million for the spill.")
    assert row.status == "disagree"
