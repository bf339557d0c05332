"""False disagreements on the fact sheet found by review s37-rv (issue #16, round s37-y2), each kind
with the reviewer's input and variants of my own.

* Finding 2: a verb of suffering or receiving says its people were hurt only when an injury or
  treatment heads its object ("suffered cuts and bruises"); "suffered cuts to their pay", "pay
  cuts", "budget cuts", "cuts in pay", "needed water treatment plants" are no people injured.
* Finding 3: a share of a whole its sentence does not name ("half of them", "a third of those",
  "30% of them") is listed, never compared: each article's pronoun stands for another whole.
* Finding 4: a bound on a share in words is as imprecise as the share ("More than a third" meets
  "33%", "Nearly two-thirds" meets "67%": shares in words meet percentages within 2.5 points).
* Finding 15: being "in the bus station" or "on the train platform" is being aboard no craft: the
  craft's noun must end its noun phrase, or a live blog's count there becomes the first value of
  the count on board."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


def _rows(*texts: str) -> dict[str, tuple[str, list[str]]]:
    return {f.label: (f.status, [f"{v.doc}:{v.text}" for v in f.values]) for f in sheet(*texts)}


# --- finding 2: the injury must head the object -------------------------------------------------


@pytest.mark.parametrize(
    ("injured", "other"),
    [
        (  # reported (rv-tmp/c2)
            "Twelve workers were injured when a boiler exploded at the Varn paper mill on Tuesday, the company said.",
            "A boiler exploded at the Varn paper mill on Tuesday, the company said. About 200 workers suffered "
            "cuts to their pay at the mill last year.",
        ),
        (  # another payer, "received cuts to their pensions"
            "Five teachers were hurt when a wall fell at the Kerrow school.",
            "A wall fell at the Kerrow school. 40 teachers received cuts to their pensions last year.",
        ),
        (  # "needed water treatment plants": treatment qualifies another noun
            "Nine residents were injured in the blast in Tennvik.",
            "A blast hit Tennvik. About 2,000 residents needed water treatment plants after the flood.",
        ),
        (  # "deep cuts to services"
            "Nine residents were injured in the blast in Tennvik.",
            "A blast hit Tennvik. 300 families suffered deep cuts to services last year.",
        ),
        (  # "cuts in pay"
            "Nine residents were injured in the blast in Tennvik.",
            "A blast hit Tennvik. 300 workers suffered cuts in pay last year.",
        ),
    ],
    ids=["reported-pay", "pensions", "water-treatment-plants", "cuts-to-services", "cuts-in-pay"],
)
def test_cuts_of_pay_or_services_are_no_people_injured(injured: str, other: str) -> None:
    rows = _rows(injured, other)
    hurt = [
        (label, vals) for label, (_, vals) in rows.items() if "injured" in label and any(v[:2] == "b:" for v in vals)
    ]
    assert not hurt, rows


@pytest.mark.parametrize(
    "said",
    [
        "Nine residents suffered cuts and bruises, police said.",
        "Nine residents suffered minor cuts to their faces, police said.",
        "Nine residents needed hospital treatment, police said.",
        "Nine residents received treatment in hospital, police said.",
        "Nine residents suffered burns to their hands, police said.",
        "Nine residents were treated for cuts, police said.",
        "Nine residents suffered serious injuries to both legs, police said.",
    ],
)
def test_injuries_heading_the_object_are_people_injured(said: str) -> None:
    rows = _rows("Nine residents were injured in the blast in Tennvik.", f"A blast hit Tennvik. {said}")
    assert rows.get("people injured") == ("agree", ["a:Nine residents", "b:Nine residents"]), rows


# --- finding 3: a share of a whole named before -------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "shown"),
    [
        (  # reported (rv-tmp/c20)
            "The storm hit Varn on Tuesday. About 300 people were evacuated, and half of them were children, "
            "the council said.",
            "The storm hit Varn on Tuesday. Police said 2,000 homes lost power; a third of them were still dark on "
            "Wednesday, the council said.",
            ["a:half", "b:a third"],
        ),
        (  # a percentage in figures of "them"
            "The storm hit Varn on Tuesday. About 300 people were evacuated, and half of them were children.",
            "The storm hit Varn on Tuesday. Police said 2,000 homes lost power; 30% of them were still dark.",
            ["a:half", "b:30%"],
        ),
        (  # other pronouns, another story
            "The flood reached Oskby on Monday. Some 80 schools were shut, and two-thirds of those were primary "
            "schools.",
            "The flood reached Oskby on Monday. About 400 roads were blocked; a quarter of these were in the old town.",
            ["a:two-thirds", "b:a quarter"],
        ),
    ],
    ids=["reported", "percent-of-them", "those-these"],
)
def test_a_share_of_a_whole_named_before_is_listed_never_compared(a: str, b: str, shown: list[str]) -> None:
    rows = _rows(a, b)
    assert not [k for k, (status, _) in rows.items() if status == "disagree"], rows
    listed = [(status, vals) for status, vals in rows.values() if sorted(vals) == shown]
    assert listed == [("not compared", shown)], rows


def test_a_share_of_a_named_whole_is_still_compared() -> None:
    rows = _rows(
        "The storm hit Varn. Half of the homes in Varn lost power.",
        "The storm hit Varn. 40% of the homes in Varn lost power.",
    )
    assert rows["share of homes without power"] == ("disagree", ["a:Half", "b:40%"]), rows


# --- finding 4: a bounded share in words keeps its margin -----------------------------------------


@pytest.mark.parametrize(
    ("words", "percent", "label", "status"),
    [
        (
            "More than a third of the homes in Varn were damaged",
            "33% of the homes in Varn were damaged",
            "share of homes damaged",
            "agree",
        ),  # reported
        (
            "Nearly two-thirds of the flights from Varn were cancelled",
            "67% of the flights from Varn were cancelled",
            "share of flights cancelled",
            "agree",
        ),  # reported
        (
            "Fewer than half of the schools in Oskby were closed",
            "52% of the schools in Oskby were closed",
            "share of schools closed",
            "agree",
        ),
        (
            "Almost a quarter of the bridges were shut overnight",
            "26% of the bridges were shut overnight",
            "share of bridges closed",
            "agree",
        ),
        (
            "More than half of the trains were cancelled after the flood",
            "49% of the trains were cancelled after the flood",
            "share of trains cancelled",
            "agree",
        ),
        # beyond the margin they still disagree
        (
            "More than a third of the homes in Varn were damaged",
            "30% of the homes in Varn were damaged",
            "share of homes damaged",
            "disagree",
        ),
        (
            "Nearly two-thirds of the flights were cancelled",
            "70% of the flights were cancelled",
            "share of flights cancelled",
            "disagree",
        ),
    ],
    ids=[
        "more-than-third",
        "nearly-two-thirds",
        "fewer-than-half",
        "almost-quarter",
        "more-than-half",
        "third-vs-30",
        "two-thirds-vs-70",
    ],
)
def test_a_bound_on_a_share_in_words_keeps_its_margin(words: str, percent: str, label: str, status: str) -> None:
    rows = _rows(
        f"The storm hit Varn on Tuesday. {words}, the council said.",
        f"The storm hit Varn on Tuesday. {percent}, the council said.",
    )
    assert rows.get(label, ("", []))[0] == status, rows


# --- finding 15: the craft noun ends its noun phrase ----------------------------------------------

_BLOG = """Varn depot fire: live updates

09:10 GMT
A fire has broken out at the Varn {depot}. Twelve passengers were {where} when the fire started, police said.

10:25 GMT
Police said 40 passengers were on board the {craft} that caught fire. All of them got off safely."""


@pytest.mark.parametrize(
    ("depot", "where", "craft"),
    [
        ("bus depot", "in the bus station", "coach"),  # reported (rv-tmp/c17)
        ("railway depot", "on the train platform", "train"),
        ("coach depot", "in the coach park", "coach"),
    ],
    ids=["reported-bus-station", "train-platform", "coach-park"],
)
def test_a_craft_noun_qualifying_a_place_is_no_count_aboard(depot: str, where: str, craft: str) -> None:
    blog = _BLOG.format(depot=depot, where=where, craft=craft)
    values = [v for f in sheet(blog) for v in f.values if v.value == 40]
    assert values and not [e.value for v in values for e in v.earlier], values


def test_a_count_in_the_craft_is_still_aboard() -> None:
    blog = _BLOG.format(depot="bus depot", where="on the coach", craft="coach")
    values = [v for f in sheet(blog) for v in f.values if v.value == 40]
    assert [e.value for v in values for e in v.earlier] == [12], values
