"""A bare count with a verb of its own after "as", "while" or "when" is its own clause's subject: the
casualty word before the subordinator is another count's (issue #16, the hurricane probe after
session 26's typhoon). Found: the headline "Delphine: death toll rises to five as 380,000 remain in
the dark" put 380,000 in the death toll beside five."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


@pytest.mark.parametrize(
    "text",
    [
        # found (the hurricane probe's local paper)
        "Delphine: death toll rises to five as 380,000 remain in the dark",
        # variants of my own
        "Five people were killed when 380,000 lost their jobs, the report said.",
        "The toll climbed to five while 380,000 stayed in shelters.",
    ],
)
def test_a_count_of_another_clause_is_no_death(text: str) -> None:
    rows = {f.label: [value_text(v) for v in f.values] for f in sheet(text)}
    assert rows.get("death toll") == ["5"], rows


def test_a_subordinate_clause_keeps_its_own_cue() -> None:
    rows = {f.label: [value_text(v) for v in f.values] for f in sheet("Two died while 400 fled their homes.")}
    assert rows == {"death toll": ["2"], "people evacuated": ["400"]}, rows
