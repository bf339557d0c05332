"""One distance told by several outlets is one row, its label one line (issue #16; t13ai N5): a
place named after a common noun's "of" is the place ("south of the port city of Kaohsiung"); a place
the story happened in, before a distance in apposition ("came ashore near Fangliao in Pingtung
County, about 40 kilometers south of Kaohsiung"), is no end of it; a label or a value read across a
wire's hard-wrapped line holds no line break."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text

LEDGER = "Its eye, some 60 kilometres wide, passed about 40 kilometres south of Kaohsiung before weakening."


@pytest.mark.parametrize(
    "other",
    [
        # reported (t13ai N5: Reuters, then AP hard-wrapped at 72 columns)
        "Its centre passed 40 km (25 miles) south of the port city of Kaohsiung.",
        "The storm came ashore before dawn near Fangliao in Pingtung\nCounty, about 40 kilometers (25 miles) south"
        " of Kaohsiung, and had\nforced the evacuation of thousands of people by midday.",
        # variants of my own
        "The storm's eye passed 40 km west of the harbour town of Kaohsiung.",
        "The typhoon struck land at Fangliao, about 40 km south of Kaohsiung, early on Tuesday.",
    ],
)
def test_one_distance_is_one_row(other: str) -> None:
    rows = [(f.label, f.status, [value_text(v) for v in f.values]) for f in sheet(LEDGER, other)]
    distance = [r for r in rows if r[0].startswith("distance")]
    assert [(label, status, len(values)) for label, status, values in distance] == [
        ("distance to Kaohsiung", "agree", 2)
    ], rows


def test_labels_and_values_hold_no_line_break() -> None:
    facts = sheet(
        "The cabinet pledged NT$1.5\nbillion in relief, Premier Tsai said.",
        "Premier Tsai announced NT$1.5 billion in relief.",
        "Police closed the road 12 km from Little\nHarwood Bridge.",
    )
    for f in facts:
        assert "\n" not in f.label, f.label
        for v in f.values:
            assert "\n" not in value_text(v) and "\n" not in v.measure, (f.label, v)
