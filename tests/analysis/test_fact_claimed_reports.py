""" "Claimed" before a sum is a demand of money only when the sum is its object (review s35-rv2
finding 7, round s35-p4): "the families claimed €20 million from the company" demands it, "Police claimed
$3 million had been stolen" reports the sum (a clause follows it: money_roles._CLAIM_VERBS)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _rows(*texts: str) -> dict[str, tuple[str, list[tuple[str, str]]]]:
    return {f.label: (f.status, sorted((v.doc, value_text(v)) for v in f.values)) for f in sheet(*texts)}


@pytest.mark.parametrize(
    ("text", "other"),
    [
        # found (rv2-tmp/t7)
        (
            "Police claimed $3 million had been stolen from the depot, and the owners said they would pay a reward.",
            "Police said $4 million had been stolen from the depot.",
        ),
        # variants of my own: other forms, other clauses after the sum
        ("The ministry claimed €12 million was lost to fraud.", "The ministry said €15 million was lost to fraud."),
        ("Activists are claiming £2 million has been wasted.", "Activists said £3 million has been wasted."),
    ],
)
def test_a_claimed_sum_with_a_clause_after_it_is_reported(text: str, other: str) -> None:
    rows = _rows(text, other)
    assert not any(k.startswith("money demanded") for k in rows), rows
    assert any(status == "disagree" for status, _ in rows.values()), rows


def test_a_claimed_sum_as_the_object_is_demanded() -> None:
    rows = _rows("The families claimed €20 million from the company.")
    assert any(k.startswith("money demanded") for k in rows), rows
