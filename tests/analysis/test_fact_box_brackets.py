"""A fact box's value with a bracketed note after it is read with its label (issue #16, session 26
probe of an invented typhoon). Found: the disaster council's "Evacuated: 52,310 people (14,200
families)" was a row "people" of its own, dropped from the people evacuated that five outlets
reported: the bracket cut the label off the value."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


@pytest.mark.parametrize(
    ("line", "label", "value"),
    [
        # found (the council's situation report)
        ("- Evacuated: 52,310 people (14,200 families)", "people evacuated", "52,310"),
        # variants of my own
        ("- Injured: 47 (12 of them children)", "people injured", "47"),
        ("* Homes destroyed: 412 (up from 380 on Monday)", "homes destroyed", "412"),
    ],
)
def test_a_box_value_with_a_bracket_keeps_its_label(line: str, label: str, value: str) -> None:
    facts = sheet(f"KEY FIGURES\n\n{line}\n- Schools closed: 12\n\nThe council will report again tonight.")
    rows = {f.label: [value_text(v) for v in f.values] for f in facts}
    assert rows.get(label) == [value], rows
