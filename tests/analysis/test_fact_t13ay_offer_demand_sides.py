"""A dispute's two sides are two facts (t13ay N2-N4, round s53-f3): an offer and a demand are
different measures with their parties, never one bare "amount (EUR)" row in false disagreement; a
demand worded as a clause the demander puts to the payer ("demanded that Halvard Grid pay €150",
"urged the council to pay £200") is money demanded, never the payer's pledge; "rather than the €120
the company has offered" is the company's offer, no earlier report of the article ("first said");
a sum called "the minimum acceptable" is demanded; "the compensation on offer is 100 euros" is the
money given, so it disagrees with another outlet's €120. The reported inputs first, then variants
of my own (other currencies, verbs, parties)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _rows(*texts: str) -> list[tuple[str, str, list[tuple[str, str]], list[str]]]:
    return [
        (
            f.label,
            f.status,
            sorted((v.doc, value_text(v)) for v in f.values),
            [value_text(e) for v in f.values for e in v.earlier],
        )
        for f in sheet(*texts)
    ]


# (an article giving the offer and the demand as reported speech, another giving the demand as a
# clause put to the payer with the offer "rather than" it; the offer, the demand)
DISPUTES = [
    (
        "The company said it would pay 120 euros per household from a 45 million euro compensation fund. "
        'The regulator said payments of 150 euros would be "the minimum acceptable".',
        "The Energy Oversight Authority on Wednesday demanded that Halvard Grid pay €150 to each household hit "
        "by the Valmora blackout, rather than the €120 the company has offered.",
        "€120",
        "€150",
    ),
    (
        "The landlord said it would pay £200 per tenant. The tenants' association said payments of £350 "
        "would be the minimum acceptable.",
        "The tenants' association urged Brookfield Homes to pay £350 to each tenant, rather than the £200 "
        "the landlord has offered.",
        "£200",
        "£350",
    ),
    (
        "The airline said it would pay $400 per passenger. The consumer group said $900 was the lowest "
        "it would accept.",
        "The consumer group demanded that Skyreach Airways give $900 to each passenger instead of the $400 "
        "the airline has offered.",
        "$400",
        "$900",
    ),
]


@pytest.mark.parametrize(("a", "b", "offer", "demand"), DISPUTES)
def test_an_offer_and_a_demand_never_disagree_as_one_row(a: str, b: str, offer: str, demand: str) -> None:
    rows = _rows(a, b)
    for label, status, values, _ in rows:
        texts = {t for _, t in values}
        assert not (offer in texts and demand in texts), rows  # never one row of both sides' sums
    assert not [r for r in rows if r[0].startswith("amount")], rows


@pytest.mark.parametrize(("a", "b", "offer", "demand"), DISPUTES)
def test_a_demand_is_never_money_pledged(a: str, b: str, offer: str, demand: str) -> None:
    rows = _rows(a, b)
    assert not [r for r in rows if r[0].startswith("money pledged") and ("b", demand) in r[2]], rows
    assert [r for r in rows if r[0].startswith("money demanded") and ("b", demand) in r[2]], rows
    assert [r for r in rows if r[0].startswith("money demanded") and ("a", demand) in r[2]], rows


@pytest.mark.parametrize(("a", "b", "offer", "demand"), DISPUTES)
def test_the_offer_set_against_a_demand_is_no_first_report(a: str, b: str, offer: str, demand: str) -> None:
    rows = _rows(a, b)
    assert not [r for r in rows if offer in r[3]], rows  # no "first said €120"
    offered = [r for r in rows if r[0].startswith("money offered") and ("b", offer) in r[2]]
    assert offered, rows


@pytest.mark.parametrize(
    ("a", "b", "low", "high"),
    [
        (
            "Meanwhile the compensation on offer is 100 euros per household, a figure that would not pay for "
            "three nights in a Valmora hotel.",
            "Halvard Grid said households would receive €120 each in compensation from a €45 million fund.",
            "€100",
            "€120",
        ),
        (
            "The payout on offer is £500 per family, which campaigners call an insult.",
            "The insurer will pay £650 per family, its chief executive said.",
            "£500",
            "£650",
        ),
        (
            "Passengers were told the refund on offer was $250 per ticket.",
            "Skyreach Airways said it would give $300 per ticket to every stranded passenger.",
            "$250",
            "$300",
        ),
    ],
)
def test_money_on_offer_joins_the_money_given(a: str, b: str, low: str, high: str) -> None:
    rows = _rows(a, b)
    joined = [r for r in rows if ("a", low) in r[2] and ("b", high) in r[2]]
    assert joined and joined[0][1] == "disagree", rows
