"""A government named by its tier is that tier's donor, its row labelled by it: "The state government
pledged ₦2 billion" is "money pledged (the state government)" beside "money pledged (the county
government)" (t13ahr S6: "money pledged (the government): state", a tier's word after a colon). A
government of no tier stays the coarse donor, and one value of both is still one row."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    ("texts", "labels"),
    [
        # reported (t13ahr variants/N8/b)
        (
            (
                "The county government pledged KSh 50 million to rebuild the market, the governor said.",
                "The state government pledged ₦2 billion to rebuild the market, the governor said.",
            ),
            {"money pledged (the county government)", "money pledged (the state government)"},
        ),
        # variants of my own: other tiers and currencies
        (
            (
                "The provincial government pledged 20 million pesos to rebuild the pier.",
                "The federal government pledged $5 million to rebuild the pier.",
            ),
            {"money pledged (the provincial government)", "money pledged (the federal government)"},
        ),
        (
            (
                "The regional government pledged €3 million in aid.",
                "The municipal government pledged £1 million in aid.",
            ),
            {"money pledged (the regional government)", "money pledged (the municipal government)"},
        ),
    ],
)
def test_a_tier_of_government_names_its_row(texts: tuple[str, str], labels: set[str]) -> None:
    assert {f.label for f in sheet(*texts)} == labels


def test_one_value_of_a_tier_and_the_government_is_one_row() -> None:
    [row] = sheet("The state government pledged $2 million for the victims.", "The government pledged $2 million.")
    assert row.status == "agree"
