"""The crew rule kept to one event, and labels from a figure's clause a reader can use (issue #16,
review s40-rv findings 5 and 7-10, round s40-z1). Each test: the reviewer's input first, then two
variants of my own.

Before: a crew was compared with the people of any event its sentence named ("the trawler's
fishermen" with "the ferry's missing"); a year's label was its verb's object alone ("year of the
banks"); a clause cut at an apposition was its verb alone ("days lasted") or kept its "and"; one
value's clause labelled a row whose other values said something else; a name opening a clause was
lower-cased ("years roe has led the company")."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    ("people", "crew"),
    [
        (
            "A ferry collided with a fishing trawler in the Meghna river on Sunday. Six people were missing from "
            "the ferry, the coast guard said.",
            "A ferry collided with a fishing trawler in the Meghna river on Sunday. Eight fishermen from the "
            "trawler were missing, the coast guard said.",
        ),
        ("Five people were injured in the capsizing.", "Seven crew members were injured during the rescue."),
        (
            "Five people were injured in the collision.",
            "Eight crew members of the rescue boat were injured during the operation.",
        ),
    ],
)
def test_a_crew_of_another_event_or_vessel_is_not_the_people(people: str, crew: str) -> None:
    rows = [(f.label, f.status) for f in sheet(people, crew)]
    assert all(status != "disagree" for _, status in rows), rows


def _labels(text: str, kind: str) -> list[str]:
    return [f.label for f in sheet(text) if f.values[0].kind == kind]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The Surma river last burst its banks in 2004.", "year the Surma river last burst its banks"),
        ("The council sold the old depot in 2016.", "year the council sold the old depot"),
        (
            "Acme makes engines. In 2012 it grew, and Acme bought the Leipzig plant in 2013.",
            "year Acme bought the Leipzig plant",
        ),
    ],
)
def test_a_years_label_keeps_its_verb(text: str, label: str) -> None:
    assert label in _labels(text, "year"), _labels(text, "year")


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The strike, which began on March 3, lasted 12 days.", "days the strike lasted"),
        ("The stoppage, the longest in a decade, lasted 14 days.", "days the stoppage lasted"),
        (
            "Rain fell for 36 hours, and the river stayed above the danger mark for five days.",
            "days the river stayed above the danger mark",
        ),
    ],
)
def test_a_clause_cut_at_an_apposition_or_and_reads_whole(text: str, label: str) -> None:
    assert label in _labels(text, "duration"), _labels(text, "duration")


@pytest.mark.parametrize(
    ("first", "second", "other_label"),
    [
        (
            "Bus drivers in Leeds ended their strike on Friday. The strike lasted 12 days.",
            "Bus drivers in Leeds ended their strike on Friday. Commuters were without buses for 10 days.",
            "days the strike lasted",
        ),
        (
            "The blockade of the port ended on Friday. The blockade lasted 5 days.",
            "The blockade of the port ended on Friday. Drivers were stuck for 4 days.",
            "days the blockade lasted",
        ),
        (
            "The mine flooded on Monday. Rescuers searched for 30 hours.",
            "The mine flooded on Monday. The miners were trapped for 20 hours.",
            "hours rescuers searched",
        ),
    ],
)
def test_one_values_clause_never_labels_another_values_row(first: str, second: str, other_label: str) -> None:
    for f in sheet(first, second):
        if len({v.doc for v in f.values}) == 2:
            assert f.label != other_label and f.label.split()[0] not in ("days", "hours"), f.label


@pytest.mark.parametrize(
    ("text", "label"),
    [
        (
            "Jane Roe was named chief executive in 2019. Roe has led the company for six years.",
            "years Roe has led the company",
        ),
        ("Tom Kerr won again. In Kent, Kerr has held the seat for nine years.", "years Kerr has held the seat"),
        (
            "The council praised Anna Lind. Lind has chaired the board for four years.",
            "years Lind has chaired the board",
        ),
    ],
)
def test_a_name_opening_a_clause_keeps_its_capital(text: str, label: str) -> None:
    assert label in _labels(text, "duration"), _labels(text, "duration")
