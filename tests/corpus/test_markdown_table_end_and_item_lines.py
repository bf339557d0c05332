"""Markdown shown as rendered: a pipe table's last row is a row, not a heading run into the
paragraph under it; a line break inside a block is one space, the next line's indentation and
the line's trailing spaces not shown.

Reported (tester t13ah N16): the table of misc/analysis-road-safety.md ended with a row of a few
words over a long paragraph, which the block kinds read as a section heading: a heading has no
blank line under it, so the row ran into "Regional governor Marisol Quispe has promised …".
Reported (t13agr R4): "- Deaths: at least 15, according to\\n  the institute" was shown "• Deaths:
at least 15, according to   the institute". The texts are written for this test after theirs."""

from __future__ import annotations

import pytest

from waic_reader.index.corpus.blocks import split_blocks
from waic_reader.index.corpus.markdown import shown_text
from waic_reader.tui.widgets.article_view import ShownBlock

PARAGRAPH = (
    'Regional governor Marisol Quispe has promised "an independent audit of every operator on the route". '
    "Sutran, the land transport regulator, said the company's buses failed inspections in 2025."
)


@pytest.mark.parametrize(
    ("table", "last"),
    [
        # reported: rows between outer bars, the last a few words over a long paragraph
        (
            "| Measure | Figure | Source |\n|---|---|---|\n| Dead | 19 | Health Ministry |\n"
            "| Inspections failed by the operator, 2025 | 38 percent | Sutran |\n",
            "| Inspections failed by the operator, 2025 | 38 percent | Sutran |",
        ),
        # rows without outer bars (a row only beside its table)
        ("Measure | Figure\n--- | ---\nDead | 19\nPassengers on board | 52\n", "Passengers on board | 52"),
        # rows between outer bars without a separator row, opening the article
        ("| Dead | 19 |\n| Injured | 24 |\n", "| Injured | 24 |"),
    ],
)
def test_a_table_row_is_never_a_heading(table: str, last: str) -> None:
    blocks = split_blocks(f"{table}\n{PARAGRAPH}\n", markdown=True)
    row = next(b for b in blocks if b.text == last)
    assert row.kind == "paragraph"
    # As the reader draws it: a blank line between the row and the paragraph under it.
    assert ShownBlock(row, 0, markdown=True).margin_bottom == 1


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        # reported: a list item's second line indented under its text
        ("- Deaths: at least 15, according to\n  the institute", "• Deaths: at least 15, according to the institute"),
        # an ordered item's, indented under its text after "1. "
        (
            "1. Homes destroyed: about 4,000, said\n   the institute",
            "1. Homes destroyed: about 4,000, said the institute",
        ),
        # a paragraph's line with trailing spaces (one: no hard break) over an indented line
        ("Power was cut across *the city* \n    after the storm.", "Power was cut across the city after the storm."),
    ],
)
def test_a_line_break_is_one_space(written: str, shown: str) -> None:
    assert shown_text(written) == shown
