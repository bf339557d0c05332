"""A table of columns is no sentence of its cells (t13aq N4: RailWatch's "| Source | Dead | Injured |
Missing | Passengers |" table, its row "| Police | 11 | 70 | 2 | 320 |" read as "police deployed" 11,
70, 2 and 320). Each of its figures is its column's measure, the row's first cell its source; a
row's first cell labels none of them, so such a row's figures are left out of the facts and the
prose around the table gives the story's own. A two-cell row and a row of one figure with a note
stay a fact box's line. The first case is the tester's (t13aq corpus, blog/railwatch.md); the
others are invented variants (other headings and first cells, a table without outer bars)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text

REPORTED = (
    "| Source | Dead | Injured | Missing | Passengers |\n|---|---|---|---|---|\n| Police | 11 | 70 | 2 | 320 |\n"
    "| AlpenRail | – | – | – | 312 |\n| Regional government | 9 | 64 | 3 | – |\n\nPolice say 11 people were killed."
)
SERVICES = (
    "Losses by service:\n\n| Service | Killed | Hurt |\n| --- | --- | --- |\n| Firefighters | 4 | 23 |\n"
    "| Paramedics | 6 | 19 |\n\nThe fire brigade said four people had died."
)
NO_OUTER_BARS = (
    "Region | Homes destroyed | Families displaced\n--- | --- | ---\nSoldiers | 40 | 120\nVolunteers | 30 | 95\n\n"
    "Officials said 70 homes were destroyed."
)


@pytest.mark.parametrize(
    ("text", "prose"),
    [
        pytest.param(REPORTED, ("death toll", "11"), id="reported"),
        pytest.param(SERVICES, ("death toll", "4"), id="variant_services"),
        pytest.param(NO_OUTER_BARS, ("homes destroyed", "70"), id="variant_no_outer_bars"),
    ],
)
def test_a_table_row_is_no_sentence(text: str, prose: tuple[str, str]) -> None:
    rows = [(f.label, [value_text(v) for v in f.values]) for f in sheet(text)]
    assert rows == [(prose[0], [prose[1]])], rows


def test_two_cell_rows_stay_fact_box_lines() -> None:
    text = "| Depth of the refuge chamber | 420 m |\n|---|---|\n| Homes destroyed | 90 |\n\nPassengers rescued | 212 | coast guard"
    labels = {f.label for f in sheet(text)}
    assert {"homes destroyed", "people rescued"} <= labels, labels
