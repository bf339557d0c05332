"""``firm_homes.one_kind`` with a place of the same folded name as a person and a firm (review
s35-w: ``quotes --json`` over the 368 names-gold texts as one corpus raised ``KeyError: 'GPE'``:
a key of another label than PERSON or ORG was looked up among the person's and the firm's
spellings). The place is left as it is; the person still joins the firm."""

from __future__ import annotations

import pytest

from waic_reader.index.analysis.entities.firm_homes import one_kind


@pytest.mark.parametrize(
    "other",
    ["GPE:Kama Invest", "GPE:KAMA INVEST", "LOC:kama invest", "FAC:Kama  Invest", "NORP:Kama Invest"],
)
def test_a_place_spelled_as_a_person_and_a_firm_stays_a_place(other: str) -> None:
    homes = one_kind(["PERSON:Kama Invest", "ORG:Kama Invest", other])
    assert homes.get("PERSON:Kama Invest") == "ORG:Kama Invest"
    assert other not in homes or homes[other].startswith(other.partition(":")[0])
