"""A price written with its currency's word after it is no time of day (review s52-rv finding 6,
round s52-fx3): ``9:30`` found "9.30 dollars", ``10:45`` "10.45 euros", ``12:50`` "12.50 francs".
The currency's words and codes are the figure recogniser's (``figures.CURRENCY_WORDS``,
``CURRENCY_CODES``), read by ``tokens.dotted_clock``; real times written with a dot are still
found. The reported article and a variant of my own (other currencies, a code, a singular)."""

from __future__ import annotations

import pytest
from search_helpers import indexed_workspace

from waic_reader.index.workspace import Workspace

ARTICLES = {
    # reported (s52-rv cs/c.txt)
    "prices": (
        "Operator shares slide\n\nShares in the operator fell to 10.45 euros, and the bond traded at 9.30 dollars. "
        "Tickets cost 12.50 francs.\n"
    ),
    # variant: other currencies' words and a code
    "market": "Food prices climb in the capital\n\nA kilo of rice sold for 11.20 rupees, a litre of fuel for 8.40 CHF and a loaf for 7.15 pounds.\n",
    # times written with a dot: found
    "liveblog": "Live: dam breach\n\nThe crews returned at 9.30pm and left by 11.20 GMT.\n",
}


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return indexed_workspace(tmp_path_factory.mktemp("price_words"), ARTICLES)


@pytest.mark.parametrize(
    ("query", "docs"),
    [
        ("9:30", {"liveblog"}),  # reported: "9.30 dollars" found
        ("10:45", set()),  # reported: "10.45 euros"
        ("12:50", set()),  # reported: "12.50 francs"
        ("11:20", {"liveblog"}),  # variant: "11.20 rupees"
        ("8:40", set()),  # variant: "8.40 CHF"
        ("7:15", set()),  # variant: "7.15 pounds"
    ],
)
def test_a_price_with_its_currency_word_after_it_is_no_time(workspace: Workspace, query: str, docs: set[str]) -> None:
    assert {hit.doc for hit in workspace.search(query).hits} == docs
