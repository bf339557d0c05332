"""A count's label takes the verb of its own clause, and an area or a length with a verb takes
the verb's measure (tester, issue #16, session 16: "80 families had been displaced" was
*families evacuated*, "12 schools were closed" just *schools*, "3,000 hectares had burned"
*quantity (ha)*). Displaced and evacuated are two facts: an evacuation moves people out ahead
of a danger, the displaced have lost their homes.

Each first case is the reported input; the others are invented (other nouns and verbs)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import pytest

from waic_reader.index.analysis.facts import Fact, fact_sheet
from waic_reader.index.corpus.blocks import Sentence, sentences_of, split_blocks


@dataclass
class Art:
    doc: str
    text: str

    @cached_property
    def sentences(self) -> list[Sentence]:
        return sentences_of(split_blocks(self.text))


def sheet(*texts: str) -> list[Fact]:
    return fact_sheet([(Art(chr(ord("a") + i), t), []) for i, t in enumerate(texts)])


def labelled(text: str) -> list[tuple[str, float | str]]:
    return [(f.label, v.value) for f in sheet(f"Story\n\n{text}") for v in f.values]


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        # displaced, not evacuated
        ("Police said 80 families had been displaced.", "families displaced", 80),
        ("Officials said 2,400 people were displaced by the floods.", "people displaced", 2400),
        ("The storm left 300 residents homeless.", "people displaced", 300),
        # the clause's verb, whatever it is
        ("Officials said 12 schools were closed.", "schools closed", 12),
        # shut is closed (t13aa K14)
        ("Engineers said 9 bridges have been shut since Monday.", "bridges closed", 9),
        ("Ministers said 40 flights had also been cancelled at Halvik.", "flights cancelled", 40),
        # an area or a length with a verb
        ("Firefighters said 3,000 hectares had burned.", "area burned", 3000),
        ("By Friday 7,400 acres burned in the hills.", "area burned", 7400),
        ("Officials said 40 km of coastline had been flooded.", "length flooded", 40),
    ],
)
def test_a_figure_is_labelled_by_its_clauses_verb(text: str, label: str, value: float) -> None:
    assert (label, value) in labelled(text)


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        # a verb that says how the figure is known gives the words after it their say
        ("Rescuers said 12 people were found dead.", "death toll", 12),
        ("Three climbers were reported missing.", "people missing", 3),
        # a casualty verb keeps its measure
        ("Police said 120 homes had been evacuated.", "homes evacuated", 120),
        # no verb of its own: the dimension and unit
        ("The park covers 3,000 hectares.", "area (ha)", 3000),
    ],
)
def test_what_the_verb_does_not_change(text: str, label: str, value: float) -> None:
    assert (label, value) in labelled(text)


@pytest.mark.parametrize(
    ("first", "second", "label", "values"),
    [
        (  # reported kind: two outlets' counts of one verb's things are compared
            "Flood\n\nPolice said 80 families had been displaced.",
            "Flood update\n\nThe council said 95 families had been displaced.",
            "families displaced",
            [80, 95],
        ),
        (
            "Flood\n\nOfficials said 12 schools were closed.",
            "Flood update\n\nThe ministry said 15 schools were closed on Monday.",
            "schools closed",
            [12, 15],
        ),
        (
            "Wildfire\n\nFirefighters said 3,000 hectares had burned.",
            "Wildfire update\n\nOfficials said 8,400 acres had burned by dawn.",
            "area burned",
            [3000, 8400],
        ),
    ],
)
def test_one_verbs_counts_disagree_across_outlets(first: str, second: str, label: str, values: list[float]) -> None:
    [fact] = [f for f in sheet(first, second) if f.label == label]
    assert [v.value for v in fact.values] == values and not fact.agree


def test_displaced_and_evacuated_are_two_facts() -> None:
    facts = sheet(
        "Flood\n\nOfficials said 3,500 people were evacuated.",
        "Flood update\n\nOfficials said 2,000 people had been displaced.",
    )
    by_label = {f.label: [v.value for v in f.values] for f in facts}
    assert by_label["people evacuated"] == [3500] and by_label["people displaced"] == [2000]
    assert all(f.agree for f in facts)


def test_hectares_and_acres_of_one_verb_agree_in_si() -> None:
    [fact] = sheet(
        "Wildfire\n\nFirefighters said 3,000 hectares had burned.",
        "Wildfire update\n\nOfficials said 7,400 acres had burned.",
    )
    assert fact.label == "area burned" and fact.agree and fact.sources == 2
