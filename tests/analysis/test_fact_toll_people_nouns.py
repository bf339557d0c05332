"""A death toll counts people whatever noun names them (t13y G6, round s35-b): "Three other miners
were killed", "three miners died" and "Three died." are one toll of 3 and agree, as are the
passengers, workers or climbers of another story; a part of the dead by age or sex ("children")
stays apart, and "Among the dead were two brothers" is no toll (t13x F2). Other measures keep
their nouns apart ("three fishermen" missing beside "five people": test_cli_facts_typhoon.py)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts import Fact
from waic_reader.index.analysis.facts.display import value_text


def _row(facts: list[Fact], label: str) -> Fact:
    rows = [f for f in facts if f.label == label]
    assert len(rows) == 1, [(f.label, f.status, [v.text for v in f.values]) for f in facts]
    return rows[0]


@pytest.mark.parametrize(
    "texts",
    [
        # reported (t13y repro v6: wire, live blog, analysis)
        pytest.param(
            (
                "PONTEGRIS, Calveira, March 9 (Nordwire) - Three other miners were killed in the collapse, officials said.",
                "Officials now say three miners died in the collapse.",
                "The collapse trapped 17 miners. Three died.",
            ),
            id="reported",
        ),
        # variants of my own: other nouns of people, other verbs
        pytest.param(
            (
                "Four passengers were killed when the ferry struck the pier, the coastguard said.",
                "Four people died in the ferry accident, police said.",
                "The accident killed four travellers, the operator said.",
            ),
            id="passengers_people_travellers",
        ),
        pytest.param(
            (
                "Two climbers died on the north face on Sunday, rescuers said.",
                "Two people were killed by the avalanche, police said.",
            ),
            id="climbers_people",
        ),
        pytest.param(
            (
                "Five workers died in the blast at the plant, the fire service said.",
                "The explosion killed five people, officials said.",
            ),
            id="workers_people",
        ),
    ],
)
def test_people_of_any_kind_are_one_toll(texts: tuple[str, ...]) -> None:
    facts = sheet(*texts)
    row = _row(facts, "death toll")
    assert row.status == "agree", (row.status, [value_text(v) for v in row.values])
    assert row.compared
    assert {v.doc for v in row.values} == {chr(ord("a") + i) for i in range(len(texts))}


def test_other_things_and_parts_stay_apart() -> None:
    # homes are no people; the children are a part of the dead, not the toll
    facts = sheet(
        "Three miners were killed in the collapse, officials said.",
        "Three children were killed when the school roof fell, officials said.",
    )
    row = _row(facts, "death toll")
    assert row.status != "agree" or not row.compared


def test_brothers_among_the_dead_are_no_toll() -> None:
    facts = sheet(
        "PONTEGRIS, Calveira, March 9 (Nordwire) - Three miners were killed in the collapse. Among the dead "
        "were two brothers from Pontegris.",
        "Three people were killed. The victims included two brothers, officials said.",
    )
    row = _row(facts, "death toll")
    assert row.status == "agree"
    assert {value_text(v) for v in row.values} == {"3"}
