"""Aid in kind names its giver (issue #16 "figures agree", round s48-f): "Japan sent 20 tonnes of
rice and 500 tents" made rows "mass (t)" and "tents" naming neither the goods nor who gave them.
Goods a verb of giving governs, its giver the clause's named subject, are the giver's, "rice
given by Japan" (facts/goods_given.py): one giver's figures from two outlets are compared, two
givers' never merged."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


def _rows(*texts: str) -> dict[str, list[tuple[str, float]]]:
    return {f.label: sorted((v.doc, v.value) for v in f.values) for f in sheet(*texts)}


@pytest.mark.parametrize(
    ("texts", "rows"),
    [
        # reported (three outlets: two on Japan's aid, one on South Korea's)
        (
            (
                "Japan sent 20 tonnes of rice and 500 tents, the foreign ministry said.",
                "Japan has sent 25 tonnes of rice to the flooded province.",
                "South Korea sent 30 tonnes of rice on Tuesday.",
            ),
            {
                "rice given by Japan": [("a", 20.0), ("b", 25.0)],
                "tents given by Japan": [("a", 500.0)],
                "rice given by South Korea": [("c", 30.0)],
            },
        ),
        # variants of my own: donated medical supplies, blankets and tarpaulins in a list
        (
            (
                "Germany donated 40 tonnes of medical supplies and 2,000 blankets.",
                "Germany has donated 2,000 blankets to the camps, Berlin said.",
                "France donated 2,500 blankets.",
            ),
            {
                "medical supplies given by Germany": [("a", 40.0)],
                "blankets given by Germany": [("a", 2000.0), ("b", 2000.0)],
                "blankets given by France": [("c", 2500.0)],
            },
        ),
        (
            (
                "The Red Cross delivered 3,000 hygiene kits as emergency relief.",
                "Canada provided 1,200 tarpaulins and 3,000 hygiene kits.",
                "The Red Cross said it had delivered 3,200 hygiene kits in aid.",
            ),
            {
                "hygiene kits given by Red Cross": [("a", 3000.0), ("c", 3200.0)],
                "tarpaulins given by Canada": [("b", 1200.0)],
                "hygiene kits given by Canada": [("b", 3000.0)],
            },
        ),
    ],
)
def test_goods_given_name_their_giver(texts: tuple[str, ...], rows: dict[str, list[tuple[str, float]]]) -> None:
    got = _rows(*texts)
    assert {label: got.get(label) for label in rows} == rows, got


@pytest.mark.parametrize(
    "text",
    [
        "Japan sent 200 soldiers to the region.",  # people sent: no goods
        "Boeing delivered 40 planes in the quarter.",  # a firm's trade, no aid
        "The storm destroyed 500 tents.",
    ],
)
def test_no_goods_given(text: str) -> None:
    got = _rows(text)
    assert not [label for label in got if " given" in label], got
