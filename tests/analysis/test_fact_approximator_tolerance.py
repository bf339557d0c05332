"""How far an approximator ("some", "about", "around", "roughly") stretches a value: two units of
its last significant digit (after Ferson et al. 2015, "Natural language of uncertainty: numeric
hedge words", as pyuncertainnumber's ``hedge_interpret`` reads "about 7" as [5, 9]), never more
than a tenth of it. "some 65 per cent" and "70 per cent" disagree (t13z H4: shown as agreeing,
"their bounds are compatible"); "about 290" and "300" still agree (README's example)."""

from __future__ import annotations

from fact_helpers import sheet

from waic_reader.index.analysis.facts import Fact


def _row(facts: list[Fact], *displays: str) -> Fact:
    want = {d.lower() for d in displays}
    return next(f for f in facts if {v.display.lower() for v in f.values} >= want)


def test_some_65_and_70_per_cent_disagree() -> None:
    facts = sheet(
        "Some 65 per cent of clinical systems were down at Velmont General Hospital on Thursday after a cyber-attack, the trust said.",
        "The hospital says 70 per cent of clinical systems were down after the cyber-attack on Thursday, the trust said.",
    )
    row = _row(facts, "some 65 per cent", "70 per cent")
    assert row.status == "disagree", row.grounds


def test_around_480_and_520_homes_disagree() -> None:
    facts = sheet(
        "Around 480 homes were flooded in Marlow after the river burst its banks on Sunday, the council said.",
        "The council said 520 homes were flooded in Marlow after the river burst its banks on Sunday.",
    )
    row = _row(facts, "Around 480", "520")
    assert row.status == "disagree", row.grounds


def test_some_46_and_50_schools_closed_disagree() -> None:
    facts = sheet(
        "Some 46 schools were closed across the county on Monday because of the snow, officials said.",
        "Officials said 50 schools were closed across the county on Monday because of the snow.",
    )
    row = _row(facts, "some 46", "50")
    assert row.status == "disagree", row.grounds


def test_about_290_and_300_do_not_conflict() -> None:
    """No conflict, but no plain agreement either: 300 is no rounding of "about 290" (285 to 295),
    so the row is "near" (t13aq N7, round s49-f2)."""
    facts = sheet(
        "About 290 people were evacuated from the valley on Sunday, the council said.",
        "The council said 300 people were evacuated from the valley on Sunday.",
    )
    row = _row(facts, "About 290", "300")
    assert row.agree and row.status == "near", row.grounds


def test_stated_range_covers_the_other_value() -> None:
    facts = sheet(
        "Between 65 and 70 per cent of clinical systems were down at the hospital on Thursday, the trust said.",
        "The trust said 70 per cent of clinical systems were down at the hospital on Thursday.",
    )
    row = _row(facts, "70 per cent")
    assert row.status == "agree", row.grounds
