"""A count of people the clause places below the ground without a "be" of its own, after an
existential "there" + "be" or as the object of a verb of placing with the place as its complement,
is *people underground* (t13r R2 on t13au N1, round s52-f3: "There were 23 workers underground" and
"trapping 23 workers … underground" were a row "workers" beside *people underground*). The reported
sentences and two variants of my own; a workforce stays a headcount."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _rows(*texts: str) -> dict[str, list[tuple[str, str]]]:
    return {f.label: sorted((v.doc, value_text(v)) for v in f.values) for f in sheet(*texts)}


@pytest.mark.parametrize(
    ("texts", "values"),
    [
        # found (t13r v-au2 wire/reuters-brindabella; corpus-au web/goldfields-herald)
        (
            (
                "There were 23 workers underground at the Brindabella Deep mine when a section of tunnel gave way.",
                "Four miners have died after a section of the Brindabella Deep gold mine collapsed early on"
                " Saturday morning, trapping 23 workers about 740 metres underground.",
                "Ostrander Gold said 23 people were underground at the time of the collapse.",
            ),
            [("a", "23"), ("b", "23"), ("c", "23")],
        ),
        # variants of my own: other nouns, places and verbs of placing
        (
            (
                "There were 31 miners in the pit when the roof fell.",
                "The blast left 31 men some 400 metres below ground.",
                "The company said 31 people were underground.",
            ),
            [("a", "31"), ("b", "31"), ("c", "31")],
        ),
        (
            (
                "The shaft flooded with 12 workers underground.",
                "There were 12 miners down the shaft.",
            ),
            [("a", "12"), ("b", "12")],
        ),
    ],
)
def test_a_count_placed_by_its_clause_is_people_underground(
    texts: tuple[str, ...], values: list[tuple[str, str]]
) -> None:
    rows = _rows(*texts)
    assert rows.get("people underground") == values, rows


def test_a_workforce_placed_as_a_rule_stays_a_headcount() -> None:
    rows = _rows("There are about 410 people working underground at the mine across three shifts.")
    assert "people underground" not in rows, rows
