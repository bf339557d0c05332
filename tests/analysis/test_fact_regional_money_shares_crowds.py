"""Regional currencies, compensation per family, shares of a workforce by group, crowds at other
events and an industry's workforce (issue #16, t13ag N2-N6): the tester's sentences and variants of
my own, other currencies and other stories."""

from __future__ import annotations

import re

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts import Fact
from waic_reader.index.analysis.figures import find_figures


def _rows(*texts: str) -> dict[str, Fact]:
    return {f.label: f for f in sheet(*texts)}


def _vals(f: Fact) -> list[tuple[str, float]]:
    return sorted((v.doc, float(v.value)) for v in f.values)


@pytest.mark.parametrize(
    ("written", "value", "unit"),
    [
        ("The government will pay 200,000 taka.", 200000, "BDT"),
        ("It paid 300,000 naira.", 300000, "NGN"),
        ("They gave 5 lakh rupees.", 500000, "INR"),
        ("NAIROBI - The county gave 2 million shillings.", 2e6, "KES"),
        ("KAMPALA - The county gave 2 million shillings.", 2e6, "UGX"),
        ("The council gave 2 million shillings.", 2e6, "shillings"),
    ],
)
def test_currency_words_are_money(written: str, value: float, unit: str) -> None:
    money = [f for f in find_figures(written) if f.kind == "money"]
    assert [(f.value, f.unit) for f in money] == [(value, unit)]


# (the tester's sentences; a variant in shillings; a variant in rupees)
PER_FAMILY = [
    (
        "Labour Minister Farida Chowdhury said the government would pay 200,000 taka ($1,640) to the family of "
        "each worker killed.",
        "Farida Chowdhury announced compensation of 200,000 taka for each victim's family.",
        "Families will receive 100,000 taka each from the government, officials said, far less than the "
        "200,000 taka unions had demanded.",
    ),
    (
        "NAIROBI - The county government will pay 2 million shillings to the family of each victim.",
        "NAIROBI - Governor Amos Kibet promised 2 million shillings in compensation for each family.",
        "NAIROBI - Families will get 1.5 million shillings each from the government, officials said.",
    ),
    (
        "The state government will pay 5 lakh rupees to each victim's family.",
        "The state government announced 5 lakh rupees in compensation for each family.",
        "The state government will pay 4 lakh rupees per family, officials said.",
    ),
]


@pytest.mark.parametrize("texts", PER_FAMILY)
def test_compensation_per_family_one_row(texts: tuple[str, str, str]) -> None:
    rows = _rows(*texts)
    per = [f for f in rows.values() if "per family" in f.label and f.label.startswith("money pledged")]
    assert len(per) == 1, list(rows)
    assert {v.doc for v in per[0].values} == {"a", "b", "c"}
    assert per[0].status == "disagree"
    assert not [label for label in rows if label.startswith("amount")], list(rows)


def test_conversion_one_figure_and_payer_apart() -> None:
    rows = _rows(
        "The minister said the government would pay 200,000 taka (about $1,640) to each family.",
        "Orvane Group will pay 500,000 taka to the family of each deceased worker, in addition to the "
        "government's compensation.",
        "Officials said the government would pay 200,000 taka per family.",
    )
    assert not [f for f in rows.values() for v in f.values if float(v.value) == 1640], list(rows)
    per = [f for f in rows.values() if "per family" in f.label]
    assert len(per) == 2, list(rows)
    by_value = {frozenset(float(v.value) for v in f.values) for f in per}
    assert by_value == {frozenset({200000.0}), frozenset({500000.0})}


@pytest.mark.parametrize(
    ("texts", "label"),
    [
        (
            (
                "About 60% of the 3,200 workers are women, according to the union.",
                "About 80% of its workers are women.",
                "Shirin Begum said about 60 percent of the factory's workers were women.",
            ),
            "share of workers (women)",
        ),
        (
            (
                "Women made up about 80 percent of the workforce at the plant.",
                "Some 60 per cent of staff are women.",
                "Women account for nearly 70% of its employees.",
            ),
            "share of workers (women)",
        ),
        (
            (
                "About 30% of the passengers were children.",
                "Some 35 per cent of the passengers were children, the airline said.",
                "Children made up 30% of the passengers.",
            ),
            "share of passengers (children)",
        ),
    ],
)
def test_share_of_a_group_one_row(texts: tuple[str, str, str], label: str) -> None:
    rows = _rows(*texts)
    assert label in rows, list(rows)
    assert {v.doc for v in rows[label].values} == {"a", "b", "c"}
    assert rows[label].status == "disagree"
    assert not [x for x in rows if any(c.isdigit() for c in x)], list(rows)


@pytest.mark.parametrize(
    ("texts", "crowd", "staff"),
    [
        (
            (
                "The factory employs 3,200 workers.",
                "The fire broke out on the third floor, where more than 3,200 workers produce knitwear.",
                "Shirin Begum spoke at a rally of about 5,000 workers in Dhaka.",
            ),
            "workers at the rally",
            "staff",
        ),
        (
            (
                "The hospital employs 1,200 nurses.",
                "The hospital, which employs 1,200 nurses, was closed.",
                "Ms Lund addressed a march by 300 nurses in the capital.",
            ),
            "nurses at the march",
            "staff (nurses)",  # a job's headcount is keyed by its job (s41-rv finding 2)
        ),
        (
            (
                "The mine employs 800 miners.",
                "About 800 miners work there.",
                "Police watched a protest of some 2,000 miners outside the ministry.",
            ),
            "miners at the protest",
            "staff (miners)",
        ),
    ],
)
def test_crowd_at_another_event_apart(texts: tuple[str, str, str], crowd: str, staff: str) -> None:
    rows = _rows(*texts)
    assert rows[staff].status == "agree" and {v.doc for v in rows[staff].values} == {"a", "b"}, list(rows)
    assert [v.doc for v in rows[crowd].values] == ["c"], list(rows)
    assert not [f.label for f in rows.values() if f.status == "disagree"]


@pytest.mark.parametrize(
    ("texts", "whole"),
    [
        (
            (
                "The factory employs 3,200 staff.",
                "Bangladesh's garment industry, worth $47 billion a year, employs about four million people.",
                "About 60% of the 3,200 workers are women.",
            ),
            "industry",
        ),
        (
            (
                "The mill employs 900 people.",
                "The sector employs 600,000 people, the ministry says.",
                "The mill, which employs 900 people, is shut.",
            ),
            "sector",
        ),
        (
            (
                "The mine employs 1,100 workers.",
                "The country employs 40,000 people in mining.",
                "The mine employs 1,100 workers, the company said.",
            ),
            "country",
        ),
    ],
)
def test_industry_workforce_apart(texts: tuple[str, str, str], whole: str) -> None:
    rows = _rows(*texts)
    assert rows["staff"].status == "agree", list(rows)
    assert {v.doc for v in rows["staff"].values} == {"a", "c"}
    assert [v.doc for v in rows[f"people employed in the {whole}"].values] == ["b"]
    staff_value = rows["staff"].values[0].value
    assert [f.label for f in rows.values() if any(v.value == staff_value for v in f.values)] == ["staff"]


@pytest.mark.parametrize(
    "lost",
    [
        "Our thoughts are with the families of the 17 colleagues we have lost.",
        "The union mourned the 17 workers it lost in the fire.",
        "We grieve for the 17 co-workers we have lost.",
    ],
)
def test_people_lost_are_the_dead(lost: str) -> None:
    rows = _rows("The fire killed 17 people.", lost)
    assert {v.doc for v in rows["death toll"].values} == {"a", "b"}, list(rows)
    assert rows["death toll"].status == "agree"


def test_lost_contact_is_no_toll() -> None:
    rows = _rows("The fire killed 17 people.", "Rescuers said the 12 miners they lost contact with were found.")
    assert [v.doc for v in rows["death toll"].values] == ["a"], list(rows)


@pytest.mark.parametrize(
    "texts",
    [
        (
            "The blaze was the worst disaster in the country's $47 billion garment sector in years.",
            "Bangladesh's garment industry, worth $47 billion a year, employs about four million people.",
        ),
        ("The $2 billion fishing industry is shrinking.", "The fishing sector, worth about $2 billion, is shrinking."),
        ("Its $9 billion tourism industry was hit.", "The tourism industry, worth $9 billion a year, was hit."),
    ],
)
def test_industry_value_one_row(texts: tuple[str, str]) -> None:
    rows = [f for f in sheet(*texts) if f.values[0].kind == "money"]
    assert len(rows) == 1 and rows[0].status == "agree", [f.label for f in rows]
    assert rows[0].label.startswith("value of the ") and rows[0].label.endswith(" industry")


def test_industries_kept_apart() -> None:
    rows = _rows("The $40 billion textile industry is growing.", "The $47 billion garment sector is growing.")
    assert {"value of the textile industry", "value of the garment industry"} <= set(rows), list(rows)
    assert not [f for f in rows.values() if f.status == "disagree"]


@pytest.mark.parametrize(
    "audit",
    [
        "The facility passed its most recent fire-safety audit in November 2025.",
        "The plant's last fire inspection was in 2024.",
        "The mine held its previous flood drill in 2023.",
    ],
)
def test_safety_audit_no_previous_event(audit: str) -> None:
    # no previous event of the story ("year of the previous flood" is keyed "year|previous flood");
    # the drill's own words may label it, "year of the previous flood drill" (issue #16, s40-x1)
    assert not [f.label for f in sheet(audit) if any(v.measure.startswith("year|previous") for v in f.values)]


@pytest.mark.parametrize(
    "shares",
    [
        "Shares of Orvane Group's listed unit <ORVN.DH> fell 8.5% in Dhaka on Wednesday.",
        "Shares in Nordvik <NORD.OL> fell 3%.",
        "Shares of Kelda Mining <KLD.L> rose 4% in London.",
    ],
)
def test_ticker_no_label_words(shares: str) -> None:
    labels = [f.label for f in sheet(shares)]
    # the ticker's letters are in no label ("change in unit ORVN dh" before)
    assert labels and not [x for x in labels if re.search(r"\b(?:ORVN|NORD|KLD)\b|\b(?:dh|ol|l)$", x, re.I)], labels
