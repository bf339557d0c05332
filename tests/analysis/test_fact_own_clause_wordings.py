"""A count's measure is its own clause's (issue #16, round s37-x1; t13ad N3, N14, N16).

N3: "Twelve people were hurt when passengers fled a burning jet" was *people evacuated*: the flight
of the later clause ("when passengers fled") was read as the count's own verb. A count takes the
verb of its own clause, never a subordinate clause's with a subject of its own.

N14: people injured worded otherwise ("received treatment for minor injuries", "suffered minor
injuries", "were treated for smoke inhalation", "needed hospital treatment", "treated for burns")
were rows "passengers received", "people suffered", "passengers treated", "people"; a speed after a
thing's aside dated by a participle ("The aircraft, an Airbus A321 delivered in 2014, was travelling
at about 280 km/h") was dropped as an earlier event's; "The aircraft was 12 years old" was a
*duration*.

N16: "The airline said 182 people were on board, and airport staff said thirteen people were hurt."
beside "saving all 190 people on board": the second clause's words diluted the first's, and the two
counts aboard were never compared."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from fact_helpers import Art, sheet

from waic_reader.index.analysis.facts import extract_figures, fact_sheet


@dataclass
class _Dated(Art):
    date: str = "2026-03-03"


def _read(text: str, dated: bool = False) -> list[tuple[float | str, str]]:
    art = _Dated("a", f"Story\n\n{text}") if dated else Art("a", f"Story\n\n{text}")
    return [(v.value, v.label) for v in extract_figures(art)]


@pytest.mark.parametrize(
    ("text", "value", "label"),
    [
        # found (t13ad N3)
        ("Twelve people were hurt when passengers fled a burning Nordair jet, officials said.", 12, "people injured"),
        # variants of my own: other verbs, other subordinate clauses
        ("Three people died as thousands fled their homes.", 3, "death toll"),
        ("Twelve miners were trapped when colleagues fled the mine.", 12, "miners trapped"),
        ("Nine people were hurt after residents abandoned their homes.", 9, "people injured"),
    ],
)
def test_a_count_takes_the_verb_of_its_own_clause(text: str, value: float, label: str) -> None:
    assert _read(text) == [(value, label)]


@pytest.mark.parametrize(
    "text",
    [
        # a flight said of the count itself still evacuates it
        "About 2,100 residents fled as the fire advanced.",
        "Some 300 people fled their homes when the river burst its banks.",
    ],
)
def test_a_count_that_fled_is_still_evacuated(text: str) -> None:
    assert [label for _v, label in _read(text)][:1] == ["people evacuated"]


@pytest.mark.parametrize(
    "text",
    [
        # found (t13ad N14, repro inj t1-t3, v1 press release; t13ac M31)
        "Eleven passengers received treatment for minor injuries.",
        "Fourteen people suffered minor injuries.",
        "Fourteen passengers were treated for smoke inhalation.",
        "Fourteen people needed hospital treatment.",
        "Six firefighters were treated for burns.",
        # variants of my own
        "Nine workers sustained serious injuries in the blast.",
        "Twenty guests required medical treatment after the fire.",
        "Five climbers suffered burns and cuts.",
    ],
)
def test_injured_counts_in_other_words(text: str) -> None:
    assert [label for _v, label in _read(text)] == ["people injured"]


def test_treatment_of_no_injury_is_no_injured_count() -> None:
    # other objects of the same verbs name no injury
    assert "people injured" not in [label for _v, label in _read("Twelve patients received new beds.")]
    assert "people injured" not in [label for _v, label in _read("Fourteen people needed new passports.")]


@pytest.mark.parametrize(
    "text",
    [
        # found (t13ad N14, v1 nordwire: the speed was dropped as the 2014 delivery's)
        "The aircraft, an Airbus A321 delivered in 2014, was travelling at about 280 km/h when it touched down.",
        # variants of my own: another thing's aside dated by its participle
        "The train, a Class 805 unit introduced in 2019, was travelling at 120 mph when it derailed.",
        "The ferry, a catamaran refitted in 2011, was sailing at 30 knots when it struck the rocks.",
    ],
)
def test_an_asides_year_dates_the_thing_not_the_speed(text: str) -> None:
    # (the article's date makes "in 2014" a year before its own: an earlier event's, were it not the aside's)
    assert [label for _v, label in _read(f"STAVENHOLM, March 3, 2026 (Nordwire) - {text}", dated=True)].count(
        "speed"
    ) == 1


def test_speeds_in_other_words_are_one_row() -> None:
    # found (t13ad N14: the wire's speed beside the Harbour Times' "at a speed of 170 mph", in SI)
    texts = (
        "The aircraft, an Airbus A321 delivered in 2014, was travelling at about 280 km/h when it touched down.",
        "The pilot, Captain Marit Eskeland, brought the plane down 25 minutes after take-off at a speed of 170 mph.",
    )
    facts = fact_sheet([(_Dated(doc, f"Story\n\n{t}"), []) for doc, t in zip("ab", texts, strict=True)])
    rows = [f for f in facts if f.label == "speed"]
    assert [sorted(v.doc for v in f.values) for f in rows] == [["a", "b"]]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # found (t13ad N14)
        ("The aircraft was 12 years old.", "age of the aircraft"),
        # variants of my own
        ("The bridge, which is 60 years old, collapsed on Sunday.", "age of the bridge"),
        ("The ferry is nearly 40 years old, the operator said.", "age of the ferry"),
    ],
)
def test_a_things_years_old_is_its_age(text: str, label: str) -> None:
    assert [lab for _v, lab in _read(text)] == [label]


@pytest.mark.parametrize(
    "text",
    [
        # a person's age is no value of any measure, written so too
        "Lena Fosse was 34 years old.",
        "The girl, 7 years old, was rescued from the river.",
        "The captain, who is 52 years old, landed the jet.",
    ],
)
def test_a_persons_years_old_is_no_value(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # found (t13ad N16, repro p3)
        (
            "STAVENHOLM, March 3, 2026 (Courier) - "
            "Passengers on a Nordair jet described scenes of panic on Tuesday after an engine fire forced the plane "
            "to land at Stavenholm. The airline said 182 people were on board, and airport staff said thirteen "
            "people were hurt.",
            "STAVENHOLM, March 3, 2026 (Daily Flash) - "
            "Hero pilot Marit Eskeland brought a blazing jet down in just 20 minutes yesterday - saving all 190 "
            "people on board.",
        ),
        # variants of my own: another second clause, another vessel
        (
            "The operator said 212 passengers were on board; coastguards said four passengers were missing.",
            "Rescuers brought the stricken ferry to port with all 230 passengers on board.",
        ),
        (
            "The airline said 182 people were on board, while doctors said 40 people were treated in hospital.",
            "The captain brought the jet down safely, saving all 190 people on board.",
        ),
    ],
)
def test_a_second_clause_keeps_the_comparison(first: str, second: str) -> None:
    noun = "passengers" if "passengers were on board" in first else "people"
    rows = [f for f in sheet(first, second) if f.label == noun]
    assert [(f.status, sorted(v.doc for v in f.values)) for f in rows] == [("disagree", ["a", "b"])]
