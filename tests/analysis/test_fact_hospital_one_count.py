"""People taken to hospital and people in hospital are one row when the outlets use them so (t13ax
N2, round s52-f2: the Echo's "31 people were taken to Marrowby General Infirmary", the wire's
"Thirty-one people were being treated in hospital", the council's "31 people are receiving hospital
treatment" and NBC's "33 were treated in hospital" made four rows, NBC's 33 never set against the
31). A named hospital ("… General Infirmary") is a hospital; receiving hospital treatment now is
being in hospital. The first case is the reported input; the others are invented (other names,
numbers and verbs). An article that tells the two counts apart keeps them apart."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

CASES = [
    (  # the reported input
        [
            "Marrowby Fire and Rescue Service said 23 people had been rescued from the river and the "
            "wreckage, and 31 people were taken to Marrowby General Infirmary with injuries.",
            "Rescuers pulled 21 people from the water. Thirty-one people were being treated in hospital, "
            "four of them in a critical condition, a spokesperson for the NHS trust said.",
            "Twenty-three people have been rescued by Marrowby Fire and Rescue Service and partner "
            "agencies, and 31 people are receiving hospital treatment.",
            "Twenty-one people were rescued from the water, and 33 were treated in hospital, Marrowby "
            "General Infirmary said.",
        ],
        {31.0, 33.0},
    ),
    (
        [
            "The ferry capsized at dawn. Fourteen people were rushed to St Brigid's Infirmary, the coastguard said.",
            "Fourteen people are in hospital after the ferry capsized, the port authority said.",
            "Seventeen people were hospitalised after the capsizing, local radio reported.",
        ],
        {14.0, 17.0},
    ),
    (
        [
            "The gas blast injured dozens. Police said 52 people were taken to Kellerton Royal Infirmary.",
            "After the blast, 52 residents are still receiving hospital treatment, the city said.",
            "Some 60 people were admitted to hospital after the explosion, a medic said.",
        ],
        {52.0, 60.0},
    ),
]


@pytest.mark.parametrize(("texts", "values"), CASES)
def test_taken_to_and_in_hospital_are_one_row(texts: list[str], values: set[float]) -> None:
    rows = [f for f in sheet(*texts) if any(v.measure in ("hospital", "hospital|in") for v in f.values)]
    assert len(rows) == 1, [(f.label, [v.text for v in f.values]) for f in rows]
    [row] = rows
    assert {float(v.value) for v in row.values} == values
    assert row.status == "disagree", row.status
    assert len({v.doc for v in row.values}) == len(texts)


def test_an_article_telling_the_counts_apart_keeps_two_rows() -> None:
    facts = sheet(
        "Forty people were taken to hospital after the crash; 12 remain in hospital tonight.",
        "Forty people were taken to hospital, the ambulance service said.",
        "Twelve people are in hospital, the trust said.",
    )
    rows = [f for f in facts if any(v.measure in ("hospital", "hospital|in") for v in f.values)]
    assert len(rows) == 2
