"""The cost of works that mend a structure is one row whatever the works' noun or the cost's word
(t13ax N1, round s52-f2: "A £48 million refurbishment", "Repairs had been budgeted at £48m", "a 52
million pound ($66 million) refurbishment", "at a cost of £50 million" after "a refurbishment",
"the repairs would cost £60 million" made five rows, one of them *agree*). The first case is the
reported input; the others are invented (a renovation in euros, an overhaul in dollars). Money a
verb gives for repairs stays money given."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.works_cost import WORKS

CASES = [
    (  # the reported input
        [
            "The bridge had been closed to heavy goods vehicles since October. A £48 million "
            "refurbishment was due to begin in May.",
            "Seven people are now known to have died. Repairs had been budgeted at £48m.",
            "The 1968 steel box-girder bridge had been due for a 52 million pound ($66 million) "
            "refurbishment, according to council documents seen by Reuters.",
            "The council's answer was a weight limit for lorries and a refurbishment pencilled in for "
            "May, at a cost of £50 million.",
            "Café owner Renée Müller said the repairs would cost £60 million.",
        ],
        {48e6, 52e6, 50e6, 60e6},
    ),
    (
        [
            "The stadium roof gave way on Sunday. A €30 million renovation had been approved in March.",
            "Officials said the renovation would cost €35 million.",
            "The city had planned to restore the stands; the restoration was priced at €30 million.",
        ],
        {30e6, 35e6},
    ),
    (
        [
            "The ferry sank off the cape. Its $12 million overhaul was finished last year.",
            "The vessel had a refit last year at a cost of $15 million, the owner said.",
            "The ferry cost $12 million to repair after an earlier grounding.",
        ],
        {12e6, 15e6},
    ),
]


@pytest.mark.parametrize(("texts", "values"), CASES)
def test_the_cost_of_mending_works_is_one_row(texts: list[str], values: set[float]) -> None:
    rows = [f for f in sheet(*texts) if any(v.kind == "money" for v in f.values)]
    assert len(rows) == 1, [(f.label, [v.text for v in f.values]) for f in rows]
    [row] = rows
    assert {float(v.value) for v in row.values} == values
    assert row.status == "disagree", row.status
    assert len({v.doc for v in row.values}) == len(texts)


def test_money_given_for_repairs_stays_given() -> None:
    facts = sheet(
        "The government pledged £5 million for repairs to the bridge.",
        "A £48 million refurbishment of the bridge was due in May.",
    )
    [given] = [f for f in facts if any(v.value == 5e6 for v in f.values)]
    assert all(v.measure != WORKS for v in given.values)
