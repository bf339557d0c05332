"""Money an owner holds is a holding (t13l F10): "Nordfjell Pensjon, a Norwegian fund, holds NOK
300 million of the contractor's bonds" was labelled "money pledged", the holder's own noun
("fund") read as the money's role. The verb of holding, nearer the money, names it; a holding
names no measure across holders (two holders' stakes are never one fact by their label)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    "text",
    [
        # the reported sentence
        "Nordfjell Pensjon, a Norwegian fund, holds NOK 300 million of the contractor's bonds, and a "
        "Swedish insurer faces claims of SEK 2bn.",
        # variants: a relief fund's holding in the past tense; an investment firm's stake after the money
        "The regional relief fund held $20 million of the company's shares before the collapse.",
        "The investment firm owns a €45 million stake in the port operator, filings show.",
    ],
)
def test_a_holding_is_labelled_a_holding(text: str) -> None:
    labels = {f.label for f in sheet(text)}
    assert "holding" in labels, labels
    assert not labels & {"money pledged", "investment"}, labels


def test_two_holders_stakes_are_not_one_measure() -> None:
    facts = sheet(
        "Nordfjell Pensjon holds NOK 300 million of the contractor's bonds, filings show.",
        "Vestkyst Capital holds NOK 90 million of the insurer's shares, a spokesman said on Monday.",
    )
    assert not any(f.status == "disagree" for f in facts), [(f.label, f.status) for f in facts]


def test_money_pledged_is_still_pledged() -> None:
    labels = {f.label for f in sheet("The government pledged $5 million for the victims' families on Monday.")}
    assert "money pledged" in labels, labels
