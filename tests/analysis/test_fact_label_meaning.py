"""Labels that say what a count is (issue #16 "Labels a reader understands", t13n F27).

(a) "all but 40 families have returned": the 40 are those who have not (*families not returned*,
was *families returned*: the opposite).
(b) "Eighteen people remain in hospital": *people in hospital*, a count of its own (was "people").
(c) a rate's owner written first with its possessive keeps its capitals ("Sorvena's shares fell 23
percent" → "change in Sorvena shares", was "change in sorvena shares")."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _rows(text: str) -> dict[str, list[str]]:
    return {f.label: [value_text(v) for v in f.values] for f in sheet(text)}


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        # reported (Reuters)
        (
            "About 1,500 residents were evacuated on Sunday; all but 40 families have returned home.",
            "families not returned",
            "40",
        ),
        # variants of my own
        ("By Friday all but 30 villagers had been evacuated.", "villagers not evacuated", "30"),
        ("Some 1,300 homes were affected; all but 200 homes were reconnected.", "homes not reconnected", "200"),
    ],
)
def test_all_but_counts_those_it_does_not_hold_for(text: str, label: str, value: str) -> None:
    rows = _rows(text)
    assert rows.get(label) == [value], rows


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # reported (Reuters 5 May)
        ("Eighteen people remain in hospital, four of them in intensive care.", "18"),
        # variants of my own
        ("Nine patients are still in the regional hospital.", "9"),
        ("Seven children remained in hospital overnight.", "7"),
    ],
)
def test_those_in_hospital_are_people_in_hospital(text: str, value: str) -> None:
    rows = _rows(text)
    assert rows.get("people in hospital") == [value], rows
    assert "people taken to hospital" not in rows, rows


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # reported (Reuters 5 May)
        ("Sorvena's shares fell 23 percent.", "change in Sorvena shares"),
        # variants of my own
        ("Nordvik’s shares rose 4 percent on Monday.", "change in Nordvik shares"),
        ("Kestrel's shares dropped 9% in early trading.", "change in Kestrel shares"),
    ],
)
def test_an_owner_first_in_its_sentence_keeps_its_capitals(text: str, label: str) -> None:
    assert label in _rows(text), _rows(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # reported (Rádio Alcobrena's late note)
        (
            "Hundreds of people attended a mass for the **six victims** of the Quimibral explosion on Tuesday evening.",
            "6",
        ),
        # variants of my own
        ("The funerals of the 12 victims of the fire will be held on Friday.", "12"),
        ("Four victims were buried in Coimbra on Thursday.", "4"),
    ],
)
def test_victims_mourned_are_the_dead(text: str, value: str) -> None:
    rows = _rows(text)
    assert rows.get("death toll") == [value], rows


def test_victims_of_no_rite_stay_apart() -> None:
    rows = _rows("The 30 victims of the crash were taken to two hospitals.")
    assert "death toll" not in rows, rows
