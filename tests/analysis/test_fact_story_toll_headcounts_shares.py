"""A fact sheet that never cries wolf (#16, review s41-rv findings 1, 2, 5 and 8): the story's own
toll is no statistic because a phrase inside its event's noun phrase names a year or the country; a
count a place "has" is its headcount only when nothing is said of it, and a job's headcount is
never compared with another job's; a group's share of one workforce is one row however its whole
or employer is named; the second count of "killed 38 people and affected 400,000" is no death. The
first case of each test is the reviewer's (/work/s41/rv), the others variants of the same kind."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts import Fact
from waic_reader.index.analysis.facts.display import value_text


def _said(facts: list[Fact]) -> dict[str, tuple[str, list[str]]]:
    return {f.label: (f.status, [value_text(v) for v in f.values]) for f in facts}


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        # a possessive period is the event noun's modifier, no scope of the count ("this year's")
        (
            "The death toll from this year's monsoon floods in Sindh has risen to 52, officials said.",
            "The floods in Sindh have killed 47 people, officials said.",
            ["52", "47"],
        ),
        (
            "Heavy rain from this year's cyclone has killed 14 people in Odisha, officials said.",
            "The cyclone has killed 11 people in Odisha, officials said.",
            ["14", "11"],
        ),
        # "nationwide" before a noun is an adjective of it ("the nationwide strike")
        (
            "Two protesters were killed during the nationwide strike on Monday, police said.",
            "Three protesters were killed during the strike on Monday, police said.",
            ["2", "3"],
        ),
        (
            "Four people died in clashes during nationwide protests on Sunday.",
            "Six people died in clashes during the protests on Sunday.",
            ["4", "6"],
        ),
        # a whole after the event noun that is the clause's subject is the event's extent
        (
            "Floods across the country have killed 52 people since Monday, the disaster agency said.",
            "The floods have killed 47 people since Monday, the disaster agency said.",
            ["52", "47"],
        ),
        (
            "Wildfires throughout the country have killed 23 people this week.",
            "The wildfires have killed 20 people this week.",
            ["23", "20"],
        ),
        # an undated article's year alone may be the story's own
        (
            "The fire at the Kolwe mine killed 12 miners, the worst accident since 2019.",
            "Eleven miners died in the fire at the Kolwe mine in 2026.",
            ["12", "11"],
        ),
        (
            "The blast at the Orlin refinery killed nine workers.",
            "Eight workers died in the blast at the Orlin refinery in 2025.",
            ["9", "8"],
        ),
    ],
)
def test_the_story_s_toll_is_no_statistic(first: str, second: str, values: list[str]) -> None:
    said = _said(sheet(first, second))
    assert said["death toll"] == ("disagree", values), said


def test_a_whole_beside_the_article_s_own_toll_stays_a_statistic() -> None:
    # (corpus `flood`, Reuters): the article's toll of its floods is 38, the country's 112 another
    said = _said(
        sheet(
            "Floods in Assam have killed 38 people, authorities said. Floods across the country have "
            "killed 112 people this monsoon season, the ministry said.",
            "The floods in Assam have killed 34 people.",
        )
    )
    assert said["death toll"] == ("disagree", ["38", "34"]), said
    assert said["death toll (in the country)"] == ("single source", ["112"]), said


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # whatever is said of a count a place has makes it no headcount
        ("The mine has 12 miners still trapped underground.", "The Kolwe mine employs 1,800 people."),
        ("The hospital has 30 nurses still on duty.", "The hospital employs 900 nurses."),
        ("The factory has 200 workers sheltering on the roof.", "The factory employs 900 workers."),
        # one job's headcount is never compared with another job's, nor with the whole staff
        ("St Mary's hospital has 900 nurses, the trust said.", "St Mary's hospital has 120 doctors, the trust said."),
        ("The hospital has 300 nurses.", "The hospital has 1,200 staff."),
    ],
)
def test_no_headcount_disagreement_between_other_counts(first: str, second: str) -> None:
    said = _said(sheet(first, second))
    assert not [label for label, (status, _v) in said.items() if status == "disagree"], said


@pytest.mark.parametrize(
    ("first", "second", "rows"),
    [
        (
            "St Mary's hospital has 900 nurses and 120 doctors, the trust said.",
            "St Mary's hospital employs 900 nurses.",
            {"staff (nurses)": ("agree", ["900", "900"])},
        ),
        (
            "The station has 45 firefighters.",
            "The station has 12 paramedics.",
            {"staff (firefighters)": ("single source", ["45"]), "staff (paramedics)": ("single source", ["12"])},
        ),
        (
            "The mine has 400 engineers.",
            "The mine has 1,800 workers.",
            {"staff (engineers)": ("single source", ["400"]), "staff": ("single source", ["1,800"])},
        ),
    ],
)
def test_a_job_s_headcount_is_its_own_row(first: str, second: str, rows: dict[str, tuple[str, list[str]]]) -> None:
    said = _said(sheet(first, second))
    assert {label: said.get(label) for label in rows} == rows, said


@pytest.mark.parametrize(
    ("first", "second", "values"),
    [
        # sector and industry are one whole
        (
            "Women make up 58% of the industry's workforce, the ministry said.",
            "About 65 percent of the sector's workers are women.",
            ["58%", "about 65%"],
        ),
        (
            "Women make up 40% of the mining industry's workforce.",
            "Some 48 per cent of the mining sector's employees are women.",
            ["40%", "some 48%"],
        ),
        # a name's workforce and the story's employer's ("the group's") are one
        (
            "Women make up 31% of the group's workforce, according to its annual report.",
            "Some 36 per cent of Nordvik's employees are women.",
            ["31%", "some 36%"],
        ),
        (
            "Women make up roughly 45% of the hospital's staff, the union said.",
            "Some 65 per cent of Ikeja General Hospital's employees are women, the hospital said.",
            ["roughly 45%", "some 65%"],
        ),
    ],
)
def test_a_group_s_share_of_one_workforce_is_one_row(first: str, second: str, values: list[str]) -> None:
    rows = [f for f in sheet(first, second) if f.values[0].kind == "percent"]
    assert [(f.status, [value_text(v) for v in f.values]) for f in rows] == [("disagree", values)], rows
    assert not [f.label for f in rows if "'s" in f.label or "’s" in f.label], rows


def test_two_employers_shares_stay_apart() -> None:
    rows = [
        f
        for f in sheet("Women make up 31% of Nordvik's workforce.", "Women make up 45% of Halden's workforce.")
        if f.values[0].kind == "percent"
    ]
    assert [f.status for f in rows] == ["single source", "single source"], rows


def test_sector_and_industry_employ_one_workforce() -> None:
    said = _said(sheet("The sector employs 600,000 people.", "The industry employs 650,000 people."))
    assert [status for status, _v in said.values()] == ["disagree"], said


@pytest.mark.parametrize(
    ("first", "row", "value"),
    [
        (
            "Floods have killed 38 people and affected more than 400,000, authorities said.",
            "people affected",
            "more than 400,000",
        ),
        ("The cyclone killed 12 people and hit more than 50,000.", "people hit", "more than 50,000"),
        ("The outbreak has killed 30 people and sickened about 1,200.", "people sickened", "about 1,200"),
    ],
)
def test_a_second_verb_s_count_is_no_death(first: str, row: str, value: str) -> None:
    said = _said(sheet(first, "The toll stood at 34, officials said."))
    assert value not in said["death toll"][1], said
    assert said[row] == ("single source", [value]), said
