"""People a hospital treated or admitted are people taken to hospital, not the storm's injured
(issue #16, session 26 probe of an invented typhoon). Found: the local paper's "The provincial
hospital treated 31 people for injuries" was a value of *people injured*, in disagreement with the
47 injured the council and three outlets reported for the whole storm."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


@pytest.mark.parametrize(
    "text",
    [
        # found (Casilang Courier)
        "The provincial hospital treated 31 people for injuries, most of them cuts from flying debris.",
        # variants of my own
        "Two hospitals in Lund have admitted 31 patients with burns.",
        "The county hospital took in 31 people with smoke injuries.",
    ],
)
def test_people_a_hospital_treated_are_taken_to_hospital(text: str) -> None:
    facts = sheet(text, "At least 47 people were injured, the council said.")
    rows = {f.label: (f.status, [value_text(v) for v in f.values]) for f in facts}
    assert rows.get("people injured") == ("single source", ["at least 47"]), rows
    assert rows.get("people taken to hospital") == ("single source", ["31"]), rows


def test_people_treated_by_no_hospital_stay_injured() -> None:
    rows = {f.label: [value_text(v) for v in f.values] for f in sheet("Medics treated 31 people for injuries.")}
    assert rows == {"people injured": ["31"]}, rows
