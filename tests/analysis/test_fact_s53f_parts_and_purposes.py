"""Facts grouped by what is counted (issue #16, round s53-f): new users' faults, each a kind.

Fault 1: a count at one place is a part, never the total: "About 150 evacuees spent the night at
Grace Fellowship Church" was a value of *people evacuated*, a false disagreement with "2,300 people
were evacuated". Those staying at one shelter are that place's row, labelled in words."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _rows(*texts: str) -> dict[str, list[tuple[str, str]]]:
    return {f.label: [(v.doc, value_text(v)) for v in f.values] for f in sheet(*texts)}


@pytest.mark.parametrize(
    ("part", "whole", "label", "part_label"),
    [
        # reported
        (
            "About 150 evacuees spent the night at Grace Fellowship Church.",
            "Officials said 2,300 people were evacuated from the town.",
            "people evacuated",
            "evacuees at Grace Fellowship Church",
        ),
        # variants of my own: another measure and verb; a common noun's place
        (
            "Some 80 displaced residents were sheltering in the Riverside Community Centre on Tuesday.",
            "About 1,400 people were displaced by the floods, officials said.",
            "people displaced",
            "displaced residents sheltering in the Riverside Community Centre",
        ),
        (
            "Around 40 evacuees slept in the high school gym overnight.",
            "More than 900 people were evacuated, the sheriff said.",
            "people evacuated",
            "evacuees at the high school gym",
        ),
    ],
)
def test_a_count_at_one_place_is_no_total(part: str, whole: str, label: str, part_label: str) -> None:
    rows = _rows(part, whole)
    assert [doc for doc, _ in rows[label]] == ["b"], rows
    assert [doc for doc, _ in rows[part_label]] == ["a"], rows


def test_a_count_in_every_shelter_is_still_the_measure() -> None:
    rows = _rows("About 400 evacuees spent the night in shelters.", "About 400 people were evacuated.")
    assert rows["people evacuated"] == [("a", "about 400"), ("b", "about 400")]


# Fault 2: one fire force over three rows ("more than 1,150 firefighters", "1,150 personnel",
# "crews totalling 1,150"), and one agency's contingent sent to help ("Cal Fire sent 200
# firefighters") read as the whole force's count, a false disagreement 200 vs 1,150.


@pytest.mark.parametrize(
    ("texts", "force", "contingent"),
    [
        # reported
        (
            (
                "More than 1,150 firefighters are battling the blaze.",
                "The fire service has deployed 1,150 personnel to the fire.",
                "Crews totalling 1,150 were fighting the fire on Tuesday.",
                "Cal Fire sent 200 firefighters to help.",
            ),
            ["a", "b", "c"],
            ("firefighters sent by Cal Fire", ["d"]),
        ),
        # variants of my own: other nouns and verbs, "numbering", another helper's wording
        (
            (
                "About 640 firefighters were on the fire lines on Sunday.",
                "Officials said 650 personnel were assigned to the fire.",
                "The Forest Service dispatched 90 smokejumpers to assist crews on the ridge.",
            ),
            ["a", "b"],
            ("smokejumpers sent by the Forest Service", ["c"]),
        ),
        (
            (
                "Crews numbering about 300 were battling the flames.",
                "Some 320 firefighters were tackling the fire.",
                "Marin County also sent 45 firefighters to help.",
            ),
            ["a", "b"],
            ("firefighters sent by Marin County", ["c"]),
        ),
    ],
)
def test_one_fire_force_one_row_and_a_contingent_apart(
    texts: tuple[str, ...], force: list[str], contingent: tuple[str, list[str]]
) -> None:
    facts = sheet(*texts)
    [whole] = [f for f in facts if f.values[0].measure == "deployed|firefighters"]
    assert [v.doc for v in whole.values] == force and whole.agree, [(f.label, f.values) for f in facts]
    assert {f.label: [v.doc for v in f.values] for f in facts}[contingent[0]] == contingent[1]


# Fault 3: one donor's aid in two rows: a governor's (written "Gov.", or the state named as the
# giver) and "the government" of the same state, the same sum, are one donor's, one row.


@pytest.mark.parametrize(
    "texts",
    [
        # reported (one row on main already: kept as a guard)
        (
            "The governor announced $25 million in state aid for the victims.",
            "The government has pledged $25 million to rebuild the town.",
        ),
        # variants of my own: AP's "Gov." before the name; the state named as the giver
        (
            "Gov. Maura Healey announced $25 million in state aid for the victims.",
            "The government has pledged $25 million to rebuild the town.",
        ),
        (
            "Governor Greg Abbott said Texas would provide $25 million in state aid.",
            "The government has pledged $25 million for flood relief.",
        ),
        (
            "Premier Doug Ford said Ontario would provide C$40 million in aid to the town.",
            "The government has pledged C$40 million to the town.",
        ),
    ],
)
def test_a_states_aid_is_one_donors(texts: tuple[str, ...]) -> None:
    rows = [[v.doc for v in f.values] for f in sheet(*texts) if f.label.startswith("money pledged")]
    assert rows == [["a", "b"]], [(f.label, f.values) for f in sheet(*texts)]


# Fault 5: a label keeps a name as written: "PG&E Corp" was "PG E Corp" (and another article's
# "change in E Corp shares"), its ampersand read as a word's end.


@pytest.mark.parametrize(
    ("texts", "label"),
    [
        # reported
        (("Shares of PG&E Corp fell 12% on Monday.", "PG&E Corp shares fell 9%."), "change in PG&E Corp shares"),
        # variants of my own
        (("Shares of AT&T fell 3% on Monday.", "AT&T shares fell 2.5%."), "change in AT&T shares"),
        (("Shares in H&M rose 4% after the report.", "H&M shares rose 4.2%."), "change in H&M shares"),
    ],
)
def test_a_label_keeps_a_name_as_written(texts: tuple[str, ...], label: str) -> None:
    rows = {f.label: [v.doc for v in f.values] for f in sheet(*texts)}
    assert rows.get(label) == ["a", "b"], rows


# Fault 4: "a refit costing £49 million" (a clause whose verb approves it) was money pledged, a row
# apart from the refurbishment's cost; mending works' nouns are one measure (works_cost.MENDING).
# A budget set aside for one purpose stays apart from another fund (a guard: apart on main too).


@pytest.mark.parametrize(
    "texts",
    [
        # reported
        ("A refit costing £49 million was approved last year.", "The refurbishment will cost £48 million."),
        # variants of my own: another works noun and qualifier; another verb, a singular noun
        ("An overhaul costing about $12 million was approved by the board.", "Repairs will cost $11.5 million."),
        (
            "A repair costing €8 million has been allocated by the ministry.",
            "Repairs will cost €8.5 million, the council said.",
        ),
    ],
)
def test_works_costing_a_sum_is_the_works_cost(texts: tuple[str, ...]) -> None:
    rows = [[v.doc for v in f.values] for f in sheet(*texts) if f.values[0].measure == "cost|works"]
    assert rows == [["a", "b"]], [(f.label, f.values) for f in sheet(*texts)]


def test_a_sum_set_aside_for_a_purpose_is_no_other_fund() -> None:
    facts = sheet("The council set aside £47.5m for the renovation.", "An emergency fund of £2m was created.")
    assert sorted([v.doc for v in f.values] for f in facts) == [["a"], ["b"]]


# Fault 5 (labels in words): people at one shelter beside those in every shelter were one row
# "people in shelters" in disagreement (150 vs 300), or told apart as "people: shelter": the one
# place's row says where they are in words.


@pytest.mark.parametrize(
    ("texts", "label"),
    [
        (
            ("About 150 people spent the night in the shelter.", "About 300 people were in shelters."),
            "people at the shelter",
        ),
        (
            ("Some 60 residents stayed at St Mark's Hall.", "About 400 residents were in emergency shelters."),
            "residents at St Mark's Hall",
        ),
        (
            ("About 90 villagers were sleeping in the town hall.", "Some 700 villagers were in shelters."),
            "villagers sleeping in the town hall",
        ),
    ],
)
def test_people_at_one_shelter_are_labelled_in_words(texts: tuple[str, ...], label: str) -> None:
    rows = {f.label: [v.doc for v in f.values] for f in sheet(*texts)}
    assert rows.get(label) == ["a"] and not any(":" in k for k in rows), rows
