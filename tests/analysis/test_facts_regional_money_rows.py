"""Money on the fact sheet, as kinds (issue #16; testers t13ah N3, N8, N9 and t13ag-r N2, N6, R3).

* A regional currency's sign or abbreviation before an amount is money in that currency, read from
  the figure recogniser's table of signs: Peru's "S/ 10 million" was a count and a place "S", the
  peso's "₱20,000" a bare number.
* One payment to each family, however worded, is one row compared: "will give Rs 1 lakh to each
  bereaved family" was a bare "amount (INR)" beside "will pay Rs 2 lakh to the family of each
  person killed"; "50,000 pesos to the family of each victim of the fire" and "The families of each
  of the eight victims will receive ₱20,000" were a bare amount and a number.
* An industry's or a trade's size is one row, "a year" on it no other measure: "the island's $12
  billion tourism industry in a decade" and "tourism industry is worth $12 billion a year" were
  "amount (USD)" and "amount (USD) per year".
* A table cell's "Emergency fund" names the fund's kind, no payer: its row "(Emergency)" kept the
  Herald's $3 million fund apart from the other outlets' $2.5 million, no disagreement.
* A year no measure names ("in 2018", "the operator, 2025") is no row.

Each: the reported input first, then variants of my own."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts import Fact
from waic_reader.index.analysis.figures import figures_of


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        pytest.param(
            "Delgado said the government would provide S/ 10 million in emergency funds.", 1e7, "PEN", id="sol"
        ),
        pytest.param("Each family will receive ₱20,000 from the city government.", 20_000, "PHP", id="peso_sign"),
        pytest.param("The council paid S/.500 to each household.", 500, "PEN", id="variant_sol_dot"),
        pytest.param("The firm will pay Tk 200,000 to each family.", 200_000, "BDT", id="variant_taka"),
        pytest.param("The state released ₦3 billion for relief.", 3e9, "NGN", id="variant_naira"),
    ],
)
def test_a_regional_currency_sign_is_money(text: str, value: float, unit: str) -> None:
    money = [(f.value, f.unit) for f in figures_of(text) if f.kind == "money"]
    assert money == [(value, unit)], figures_of(text)


def _rows(facts: list[Fact], word: str) -> list[Fact]:
    return [f for f in facts if word in f.label]


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        pytest.param(
            "The Maharashtra government will pay Rs 2 lakh to the family of each person killed in the collapse, "
            "Chief Minister Sunil Rao said.",
            "The state government will give Rs 1 lakh to each bereaved family, officials said.",
            {200_000, 100_000},
            id="reported_rupees",
        ),
        pytest.param(
            "The city government will give 50,000 pesos to the family of each victim of the market fire in Manila.",
            "The families of each of the eight victims will receive ₱20,000 from the city government in Manila.",
            {50_000, 20_000},
            id="reported_pesos",
        ),
        pytest.param(
            "The regional government would provide S/ 20,000 to every family of the dead, the governor said.",
            "The families of each of the victims will get S/ 15,000 from the regional government.",
            {20_000, 15_000},
            id="variant_soles",
        ),
    ],
)
def test_one_payment_per_family_is_one_row_compared(a: str, b: str, values: set[float]) -> None:
    facts = sheet(a, b)
    [row] = _rows(facts, "per family")
    assert {v.value for v in row.values} == values, facts
    assert row.status == "disagree", row


@pytest.mark.parametrize(
    ("a", "b", "label"),
    [
        pytest.param(
            "A fire at the Puri Sari hotel killed seven guests, the worst accident in the island's $12 billion "
            "tourism industry in a decade.",
            "Bali's tourism industry is worth $12 billion a year.",
            "value of the tourism industry",
            id="reported",
        ),
        pytest.param(
            "A fire at the winery killed three workers, a blow to the region's €3.4 billion wine trade.",
            "The Bordeaux wine trade is worth €3.4 billion annually.",
            "value of the wine trade",
            id="reported_trade",
        ),
        pytest.param(
            "The storm hit the country's $3 billion coffee sector in its busiest month.",
            "The coffee sector has been worth $3 billion a year since 2020.",
            "value of the coffee industry",
            id="variant_sector",
        ),
    ],
)
def test_an_industrys_size_is_one_row_with_or_without_a_year(a: str, b: str, label: str) -> None:
    facts = sheet(a, b)
    money = [f for f in facts if any(v.kind == "money" for v in f.values)]
    assert [(f.label, f.status, f.sources) for f in money] == [(label, "agree", 2)], money


@pytest.mark.parametrize(
    "table",
    [
        pytest.param("| Emergency fund | 2.5 million dollars | Junín regional government |", id="reported"),
        pytest.param("| Families fund | 2.5 million dollars | Junín regional government |", id="variant_word"),
        pytest.param("| Aid | Value |\n|---|---|\n| Emergency aid | $2.5 million |", id="variant_aid"),
    ],
)
def test_a_funds_kind_is_no_payer(table: str) -> None:
    facts = sheet(
        "Regional governor Marisol Quispe announced an emergency fund of $2.5 million for victims' families.",
        '"We will not rest," said regional governor Marisol Quispe, who announced a $3 million relief fund '
        "for the victims' families.",
        table,
    )
    [row] = [f for f in facts if any(v.kind == "money" for v in f.values)]
    assert row.status == "disagree", facts
    assert {v.value for v in row.values} == {2.5e6, 3e6}, row
    assert not {"Emergency", "Families"} & set(row.label.replace("(", " ").replace(")", " ").split()), row.label


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "| Measure | Figure | Source |\n|---|---|---|\n| Inspections failed by the operator, 2025 | 38 percent | Sutran |",
            id="reported",
        ),
        pytest.param("Road deaths: 3,100 nationally, 2024.", id="variant_list"),
        pytest.param("In 2025, roadside checks found faults on 40% of buses.", id="variant_opening"),
    ],
)
def test_a_bare_year_is_no_row(text: str) -> None:
    facts = sheet(text, text.replace("20", "19", 1))
    assert not [f for f in facts if f.values[0].kind == "year"], facts


def test_a_years_named_measure_stays() -> None:
    facts = sheet("The company, founded in 1998, runs 64 buses.", "The company was founded in 1999.")
    assert [(f.label, f.status) for f in facts if f.values[0].kind == "year"] == [("year of founding", "disagree")]


@pytest.mark.parametrize(
    ("national", "currency"),
    [
        pytest.param(
            "Prime Minister Rosa Delgado Paz said the government would provide S/ 10 million in emergency funds.",
            "PEN",
            id="reported",
        ),
        pytest.param(
            "The finance minister said the government would give ₱50 million in aid.", "PHP", id="variant_peso"
        ),
        pytest.param(
            "The national government will provide €2 million in aid, a minister said.", "EUR", id="variant_euro"
        ),
    ],
)
def test_the_governments_sum_in_another_currency_is_no_value_of_a_regional_fund(national: str, currency: str) -> None:
    # "the government" is a coarse payer (the governor's, the prime minister's): its sum in another
    # currency is another sum, never the regional fund's value in that currency
    facts = sheet(
        "The regional government has set up a $2.5m fund for relatives of the dead.",
        '"We will not rest," said regional governor Marisol Quispe, who announced a $3 million relief fund '
        "for the victims' families.",
        national,
    )
    [fund] = [f for f in facts if any(v.unit == "USD" for v in f.values)]
    assert {v.unit for v in fund.values} == {"USD"} and fund.status == "disagree", fund
    assert [f.sources for f in facts if any(v.unit == currency for v in f.values)] == [1], facts
