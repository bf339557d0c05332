"""People who left their homes are counted as evacuated, and a count is the subject of its own
clause's verb (tester, issue #13, s17 t13c F2: in "Four people died and 2,100 fled their homes"
the 2,100 was counted into the death toll, because "died" is in the sentence; "forced 2,100
residents from their homes" was a fact *residents* of its own, "2,300 people spent a second
night away from home" one *people*). Two equal values read "values differ but their bounds are
compatible" (31 and 31): they are the same value.

Each first case is the reported input; the others are invented (other verbs, nouns, phrases)."""

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
    return fact_sheet([(Art(chr(ord("a") + i), f"Story\n\n{t}"), []) for i, t in enumerate(texts)])


def labelled(text: str) -> list[tuple[str, float | str]]:
    return [(f.label, v.value) for f in sheet(text) for v in f.values]


@pytest.mark.parametrize(
    ("text", "dead", "other"),
    [
        ("Four people died and 2,100 fled their homes after the fire, officials said.", 4, 2100),
        ("Three people were killed and 400 spent the night in shelters, police said.", 3, 400),
        ("Two workers died, and 90 were still in hospital on Friday.", 2, 90),
    ],
)
def test_a_count_with_its_own_verb_is_not_the_death_toll(text: str, dead: float, other: float) -> None:
    got = labelled(text)
    assert ("death toll", dead) in got
    assert ("death toll", other) not in got


@pytest.mark.parametrize(
    "text",
    [
        "Four people died and 2,100 fled their homes after the fire, officials said.",
        "A fire killed four workers on Tuesday and forced 2,100 residents from their homes, the chief said.",
        "Six people died in the fire. About 2,100 people spent a second night away from home.",
        "The flood killed two men, and 2,100 villagers were ordered to leave their homes.",
        "Police said 2,100 residents had been driven out of their homes by the smoke.",
        "Two people died as 2,100 fled the advancing flames.",
    ],
)
def test_people_who_left_their_homes_are_evacuated(text: str) -> None:
    assert ("people evacuated", 2100) in labelled(text)


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("The blaze killed one man and 60 families lost their homes.", "families displaced"),
        ("Officials said 60 residents had lost their homes in the fire.", "people displaced"),
        ("Police rescued 60 people from their homes on Monday.", "people rescued"),
        ("Police arrested 60 people at their homes on Monday.", "people arrested"),
        ("The suspect fled the scene after 60 shots were fired.", "shots fired"),
    ],
)
def test_other_home_phrases_keep_their_measure(text: str, label: str) -> None:
    assert (label, 60) in labelled(text)
    assert ("people evacuated", 60) not in labelled(text)


def test_the_reported_three_articles_give_one_evacuation_row() -> None:
    facts = sheet(
        "Four people died and 2,100 fled their homes after the fire, officials said.",
        "A fire killed four workers on Tuesday and forced 2,100 residents from their homes, the fire chief said.",
        "Six people died in the fire. About 2,300 people spent a second night away from home.",
    )
    by_label = {f.label: f for f in facts}
    toll = by_label["death toll"]
    assert sorted(v.value for v in toll.values) == [4, 4, 6]
    evacuated = by_label["people evacuated"]
    assert [(v.doc, v.value) for v in evacuated.values] == [("a", 2100), ("b", 2100), ("c", 2300)]
    assert "residents" not in by_label and "people" not in by_label


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Officials said 31 people were injured in the blast.", "The blast injured 31, police said."),
        ("A total of 31 injured were taken to hospital.", "Police said 31 people were injured."),
        ("Officials said 12 people were injured.", "Police said twelve people were injured."),
    ],
)
def test_equal_values_are_said_to_be_the_same(a: str, b: str) -> None:
    fact = next(f for f in sheet(a, b) if f.label == "people injured")
    assert fact.agree and fact.sources == 2
    assert "values differ" not in fact.grounds
    assert "same value" in fact.grounds


def test_different_values_still_differ() -> None:
    fact = next(
        f
        for f in sheet("Officials said about 30 people were injured.", "Police said 31 people were injured.")
        if f.label == "people injured"
    )
    assert fact.agree and "values differ but their bounds are compatible" in fact.grounds


# Session 24 (a hand-written quake corpus): a count without a noun whose verb forced its people
# from their homes was no fact at all ("nearly 3,000 were forced from their homes" was dropped
# while "About 3,000 people were forced from their homes" is people evacuated).
@pytest.mark.parametrize(
    "sentence",
    [
        "More than 150 people were hurt and nearly 3,000 were forced from their homes.",
        "Nearly 3,000 were forced from their homes.",
        "Police said 3,000 had been ordered out of their homes.",
    ],
)
def test_a_count_without_a_noun_forced_from_home_is_people_evacuated(sentence: str) -> None:
    facts = fact_sheet(
        [(Art("a", f"Quake\n\n{sentence}"), []), (Art("b", "Quake 2\n\nAbout 3,000 people were evacuated."), [])]
    )
    [row] = [f for f in facts if f.label == "people evacuated"]
    assert sorted(v.doc for v in row.values) == ["a", "b"]
