"""One share or one headcount worded differently is one row, compared (#16, testers t13ah N2 and
t13ag-r N3, R8, N5). The texts are invented: the first of each kind is the tester's, the others
its variants.

* A group's share of a workforce ("70 per cent of the mine's workers are migrants", "About 90
  percent of the Ritsane mine's workforce are migrants", "65 per cent of employees at Ikeja General
  Hospital are women") is one measure, whatever names the whole; its label is built from whole
  noun phrases, never a cut possessive ("share of ritsane mine's").
* A share of a named whole in a year ("failed 38 percent of roadside inspections in 2025", "40% …
  last year" in an article of 2026) is that year's share, compared, never dropped.
* A place's headcount is one measure however worded ("employs 1,800 people", "has 1,800 workers";
  "has 900 nurses", "employs 900 nurses")."""

from __future__ import annotations

import pytest
from fact_helpers import sheet
from test_facts_undated_and_timeline_agreement import _articles

from waic_reader.index.analysis.facts import Fact, fact_sheet
from waic_reader.index.analysis.facts.display import value_text


def _said(facts: list[Fact]) -> dict[str, tuple[str, list[str]]]:
    return {f.label: (f.status, [value_text(v) for v in f.values]) for f in facts}


@pytest.mark.parametrize(
    ("first", "second", "label"),
    [
        (
            "Around 70 per cent of the mine's workers are migrants from Mozambique, the union said.",
            "About 90 percent of the Ritsane mine's workforce are migrants from Mozambique, according to the company.",
            "share of workers (migrants)",
        ),
        (
            "Women make up roughly 45% of the hospital's staff, the union said.",
            "Some 65 per cent of employees at Ikeja General Hospital are women, the hospital said.",
            "share of workers (women)",
        ),
        (
            "About 60% of the Ravel Textiles factory's employees are women.",
            "Some 75 per cent of the staff at the Ravel Textiles factory are women.",
            "share of workers (women)",
        ),
    ],
)
def test_a_groups_share_of_a_workforce_is_one_row(first: str, second: str, label: str) -> None:
    said = _said(sheet(first, second))
    assert said[label][0] == "disagree", said
    assert len(said[label][1]) == 2, said
    assert not [k for k in said if "'s" in k or "’s" in k], said  # no label from a cut possessive


def test_an_industrys_share_is_no_value_of_the_workplaces() -> None:
    said = _said(
        sheet(
            "About 80% of the garment industry's workers are women, the federation said.",
            "Some 60 per cent of the factory's workers are women, the owner said.",
        )
    )
    assert all(status == "single source" for status, _values in said.values()), said


@pytest.mark.parametrize(
    ("texts", "label", "values"),
    [
        (
            [
                "The company's buses failed 40% of roadside inspections last year, according to the regulator Sutran.",
                "Sutran, the land transport regulator, said the company's buses failed 38 percent of roadside inspections in 2025.",
            ],
            "share of roadside inspections in 2025",
            ["40%", "38%"],
        ),
        (
            [
                "The airline's planes failed 12% of safety audits in 2025, the regulator said.",
                "Its planes failed 15 percent of safety audits last year, according to the ministry.",
            ],
            "share of safety inspections in 2025",  # (audits, checks, inspections: one measure, s41-y1)
            ["12%", "15%"],
        ),
    ],
)
def test_a_share_in_a_year_is_that_years_row(texts: list[str], label: str, values: list[str]) -> None:
    articles = _articles((texts[0], "2026-03-09T12:30:00Z"), (texts[1], "2026-03-10T14:00:00Z"))
    said = _said(fact_sheet([(a, []) for a in articles]))
    assert said[label] == ("disagree", values), said
    assert "year" not in said, said  # the year dates the share: no fact of its own


def test_shares_of_two_years_are_never_compared() -> None:
    articles = _articles(
        ("The company's buses failed 40% of roadside inspections in 2024.", "2026-03-09"),
        ("The company's buses failed 38 percent of roadside inspections in 2025.", "2026-03-10"),
    )
    said = _said(fact_sheet([(a, []) for a in articles]))
    assert said["share of roadside inspections in 2024"] == ("single source", ["40%"]), said
    assert said["share of roadside inspections in 2025"] == ("single source", ["38%"]), said


@pytest.mark.parametrize(
    ("first", "second", "label", "status"),
    [
        (
            "A blast at the Ritsane platinum mine killed 14 miners. The mine employs 1,800 people.",
            "The Ritsane mine, where the blast killed 14 miners, has 1,800 workers.",
            "staff",
            "agree",
        ),
        (
            # a job's headcount is a row of its own (s41-rv finding 2: nurses never compared with doctors)
            "A fire at Ikeja General Hospital killed six patients. The hospital has 900 nurses.",
            "Six patients died in the fire at Ikeja General Hospital. Ikeja General employs 900 nurses.",
            "staff (nurses)",
            "agree",
        ),
        (
            "A fire at the Song Hong textile factory killed 11 workers. The factory has 2,100 employees.",
            "The Song Hong factory, where 11 workers died, employs 2,000 people.",
            "staff",
            "disagree",
        ),
    ],
)
def test_one_headcount_however_worded(first: str, second: str, label: str, status: str) -> None:
    said = _said(sheet(first, second))
    assert said[label][0] == status, said
    assert len(said[label][1]) == 2, said


def test_residents_a_town_has_are_no_staff() -> None:
    said = _said(sheet("The town has 5,000 residents.", "The town has 5,200 residents."))
    assert "staff" not in said, said
