"""Aid in kind two givers hand out is two givers' rows, never one disagreement (issue #16, brief
s49-f fault 5): "The Red Cross handed out 2,000 blankets to evacuees … UNICEF delivered 1,500
blankets to evacuees" was one row "blankets evacuated", 2,000 against 1,500: "handed out" was no
verb of giving, "delivered" gave only in a sentence naming aid, and the recipients' "evacuees" made
the blankets evacuated. Now "hand" and "distribute" give (Levin 13.1, 13.2), relief goods (the Sphere
Handbook's household and shelter items: ``goods_given.RELIEF_GOODS``) delivered are given, and a
casualty word after "to"/"for" is the recipients' (``measures._before_recipients``). The first
pair is the reported wording; the others are invented variants (other goods and verbs, one
article); the guards keep a firm's deliveries and one giver's two figures compared."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def rows(*texts: str) -> list[tuple[str, str, list[tuple[str, str]]]]:
    return [(f.label, f.status, [(v.doc, value_text(v)) for v in f.values]) for f in sheet(*texts)]


@pytest.mark.parametrize(
    ("texts", "givers"),
    [
        pytest.param(
            (
                "The Red Cross handed out 2,000 blankets to evacuees at the fairgrounds shelter.",
                "UNICEF delivered 1,500 blankets to evacuees at the fairgrounds shelter.",
            ),
            ("Red Cross", "UNICEF"),
            id="reported",
        ),
        pytest.param(
            (
                "Caritas distributed 800 hygiene kits to displaced families in the camps.",
                "World Vision gave out 650 hygiene kits to displaced families in the camps.",
            ),
            ("Caritas", "World Vision"),
            id="variant_kits_distributed",
        ),
        pytest.param(
            (
                "Oxfam shipped 3,000 tarpaulins for the homeless on Friday, and the Red Crescent "
                "handed out 2,500 tarpaulins for the homeless on Saturday.",
            ),
            ("Oxfam", "Red Crescent"),
            id="variant_one_article",
        ),
    ],
)
def test_two_givers_goods_are_two_rows(texts: tuple[str, ...], givers: tuple[str, str]) -> None:
    got = rows(*texts)
    given = [r for r in got if " given by " in r[0]]
    assert len(given) == 2, got
    assert {label.split(" given by ")[1] for label, _s, _v in given} == set(givers), got
    assert all(status != "disagree" for _l, status, _v in got), got


def test_a_firms_deliveries_stay_compared() -> None:
    got = rows("Boeing delivered 40 planes to customers in March.", "Boeing delivered 38 planes in March.")
    assert [(label, status) for label, status, _v in got] == [("planes", "disagree")], got


def test_one_givers_two_figures_stay_compared() -> None:
    got = rows(
        "The Red Cross handed out 2,000 blankets at the shelters on Monday.",
        "The Red Cross gave 2,400 blankets to evacuees at the shelters.",
    )
    assert [(label, status) for label, status, _v in got] == [("blankets given by Red Cross", "disagree")], got
