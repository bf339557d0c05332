"""Junk rows and a left-out value (t13az N7, round s53-f2).

* A multiplier or a frequency counts no things: "almost three times the rail company's figure" was
  a row "times: almost 3".
* A count of what is said or thought, before what it is about, counts an outlet's discourse, no
  thing of the story: "had heard two stories about the water" was a row "stories: 2" (a building's
  "two stories of the tower" are floors, kept).
* Another party's value of the measure the clause before named, its words left out: "The rail
  company estimates its cleanup bill at C$12 million; the agency says C$30 million" left the C$30
  million in a row "amount (CAD)" of its own, out of the cleanup cost."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts import Fact


def _rows(facts: list[Fact]) -> dict[str, list[float]]:
    return {f.label: sorted(float(v.value) for v in f.values) for f in facts}


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # reported (t13az: broadcast/cbv-news, opinion/op-ed)
        pytest.param(
            "The environment agency says the spill was 110,000 litres, almost three times the rail "
            "company's figure of 40,000 litres.",
            "times",
            id="reported_multiplier",
        ),
        pytest.param(
            "By Tuesday afternoon, the people of Harlow Bend had heard two stories about the water they drink.",
            "stories",
            id="reported_two_stories",
        ),
        # variants of my own: a frequency, other discourse nouns
        pytest.param("The river has flooded four times since 2010, residents say.", "times", id="frequency"),
        pytest.param("The mayor gave three reasons why the dam failed.", "reasons", id="three_reasons_why"),
        pytest.param("Witnesses offered two versions of events on Friday.", "versions", id="versions_of_events"),
    ],
)
def test_counts_of_no_things_are_no_facts(text: str, noun: str) -> None:
    rows = _rows(sheet(text))
    assert not any(noun in label for label in rows), rows


def test_storeys_of_a_building_stay() -> None:
    assert "stories" in _rows(sheet("Fire gutted the top two stories of the tower."))


@pytest.mark.parametrize(
    ("text", "label", "values"),
    [
        # reported (t13az: opinion/op-ed)
        pytest.param(
            "The rail company estimates its cleanup bill at C$12 million; the agency says C$30 million.",
            "cleanup cost",
            [12e6, 30e6],
            id="reported_cleanup",
        ),
        # variants of my own: other measures, parties, verbs and currencies
        pytest.param(
            "The insurer puts the flood damage at €80 million, but the regional government says €120 million.",
            "damage",
            [80e6, 120e6],
            id="damage_but_says",
        ),
        pytest.param(
            "The operator estimates the cleanup cost at $4 million, while the state reckons $9 million.",
            "cleanup cost",
            [4e6, 9e6],
            id="cleanup_while_reckons",
        ),
    ],
)
def test_counter_claim_joins_the_measure(text: str, label: str, values: list[float]) -> None:
    rows = _rows(sheet(text))
    assert rows.get(label) == values, rows
    assert not any(k.startswith("amount") for k in rows), rows
