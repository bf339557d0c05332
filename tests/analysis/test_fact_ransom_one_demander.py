"""A ransom is demanded by those who hold the hostage or the data, however an article names them,
and its worth in another unit is no cost (issue #16, tester t13ar N4, N5). "the attackers",
"BlackTarn", "the gang", no one, and "the ransom note, which demanded $4.5 million" (read as the
victim's) were four rows "ransom demanded (…)" of one demand; they are one row, its disagreement
shown (``extract``: a ransom's owner is ``owners.ATTACKERS``). "worth about $4.9 million at
Tuesday's prices" after an amount is that amount's worth (``money_roles._WORTH_OF_BEFORE``), and a
possessive never names what a cost is of (``roles._cost_word``: a row "tuesday' cost"). The first
case of each holds the reported wording; the others are invented variants."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def rows(*texts: str) -> list[tuple[str, list[str]]]:
    return [(f.label, [value_text(v) for v in f.values]) for f in sheet(*texts)]


@pytest.mark.parametrize(
    ("texts", "shown"),
    [
        pytest.param(
            (
                "The attackers demanded a ransom of $4.5 million.",
                "BlackTarn demanded a $4.5 million ransom from KVH.",
                "Staff at KVH found the ransom note, which demanded $4.5 million.",
                "A ransom of $4.5 million was demanded.",
                "The gang demanded a $5 million ransom.",
            ),
            ["$4.5 million", "$4.5 million", "$4.5 million", "$4.5 million", "$5 million"],
            id="reported_four_demanders",
        ),
        pytest.param(
            (
                "The kidnappers have demanded a ransom of €2 million for the engineer.",
                "Red Lynx, the group holding the engineer, wants a €2 million ransom.",
                "Acme Drilling received a ransom demand of €2.5 million.",
            ),
            ["€2 million", "€2 million", "€2.5 million"],
            id="variant_kidnappers_and_named_group",
        ),
        pytest.param(
            (
                "Pirates demanded a £3 million ransom for the tanker's crew.",
                "The shipping line said the ransom demanded was £3 million.",
                "A £3.5 million ransom was sought by the hijackers, the owners said.",
            ),
            ["£3 million", "£3 million", "£3.5 million"],
            id="variant_pirates_and_no_one",
        ),
    ],
)
def test_a_ransom_is_one_row_whoever_is_named(texts: tuple[str, ...], shown: list[str]) -> None:
    got = rows(*texts)
    ransom = [(label, values) for label, values in got if "ransom" in label]
    assert ransom == [("ransom demanded", shown)], got


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "The gang, which calls itself Black Tarn, is demanding 75 bitcoin, worth about $4.9 million "
            "at Tuesday's prices, according to screenshots.",
            id="reported_tuesdays_prices",
        ),
        pytest.param(
            "The hackers asked for 40 ether, worth roughly $120,000 at today's prices.",
            id="variant_todays_prices",
        ),
        pytest.param(
            "The thieves took 12 kilograms of gold, worth about $900,000 at Friday's prices.",
            id="variant_gold_at_fridays_prices",
        ),
        pytest.param(
            "Police recovered 2,000 bottles of wine, worth over £1 million at auction prices.",
            id="variant_wine_at_auction_prices",
        ),
    ],
)
def test_a_worth_is_no_cost_and_no_stem_labels_it(text: str) -> None:
    got = rows(text)
    labels = [label for label, _ in got]
    assert not any("cost" in label or "'" in label or "’" in label for label in labels), got
