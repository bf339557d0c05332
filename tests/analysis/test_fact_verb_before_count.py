"""A transitive verb in any form right before a count of things names what was done to them, as
the passive after the count does (issue #16, round s35-j; t13z H1): "forced the hospital to divert
40 ambulances" is a value of *ambulances diverted* ("80 ambulances were diverted"), never a row
"ambulances" of its own; "cancel 120 planned operations" is *operations cancelled*: the
participle between the verb and the noun ("planned") describes the things, it is not their verb."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _rows(*texts: str) -> list[tuple[str, str, list[str]]]:
    return [(f.label, f.status, [value_text(v) for v in f.values]) for f in sheet(*texts)]


@pytest.mark.parametrize(
    ("text", "other", "label", "values"),
    [
        # found (t13z repro v1)
        (
            "A cyber-attack forced Velmont General Hospital to divert 40 ambulances on Thursday, officials said.",
            "Velmont General Hospital said 80 ambulances were diverted on Thursday after a cyber-attack.",
            "ambulances diverted",
            ["40", "80"],
        ),
        # variants of my own: other verbs, other forms (present, -ing), other things
        (
            "The storm is forcing the port authority to suspend 12 ferries on Monday.",
            "Officials said 14 ferries were suspended on Monday because of the storm.",
            "ferries suspended",
            ["12", "14"],
        ),
        (
            "The strike at Orly airport cancels 300 flights on Friday, the union said.",
            "At Orly airport 320 flights were cancelled on Friday because of the strike.",
            "flights cancelled",
            ["300", "320"],
        ),
    ],
)
def test_a_verb_in_any_form_before_a_count_is_its_passive(text: str, other: str, label: str, values: list[str]) -> None:
    rows = _rows(text, other)
    got = [r for r in rows if r[0] == label]
    assert len(got) == 1 and sorted(got[0][2]) == sorted(values), rows
    assert len(rows) == 1, rows


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # found (t13z repro v1): "planned" is the operations' adjective, "cancel" their verb
        ("A cyber-attack forced the hospital to cancel 120 planned operations on Thursday.", "operations cancelled"),
        ("The airline had to cancel between 120 and 150 scheduled flights.", "flights cancelled"),
        ("The council will close 12 listed buildings after the quake.", "buildings closed"),
    ],
)
def test_a_participle_after_the_verb_is_no_verb(text: str, label: str) -> None:
    rows = _rows(text)
    assert [r[0] for r in rows] == [label], rows


def test_the_counted_noun_alone_is_the_passive_row() -> None:
    """ "cancel 120 planned operations" and "150 operations were cancelled": one row."""
    rows = _rows(
        "A cyber-attack forced Velmont General Hospital to cancel 120 planned operations on Thursday.",
        "Velmont General Hospital said 150 operations were cancelled on Thursday after a cyber-attack.",
    )
    assert [(r[0], sorted(r[2])) for r in rows] == [("operations cancelled", ["120", "150"])], rows


def test_a_verb_of_another_sense_still_names_nothing() -> None:
    rows = _rows("The fair will attract 800 companies.", "Over 800 companies took part.")
    assert [r[0] for r in rows] == ["companies"], rows


@pytest.mark.parametrize(
    ("text", "other", "label"),
    [
        # the verbs of a count of people, in their other forms
        ("Crews are rescuing 40 villagers on Monday.", "Some 45 villagers were rescued on Monday.", "people rescued"),
        ("The blast was strong enough to injure 12 workers.", "At least 14 workers were injured.", "people injured"),
        (
            "The army evacuates 300 patients from the clinic.",
            "Some 320 patients were evacuated from the clinic.",
            "people evacuated",
        ),
        ("The trust will hire 200 nurses this year.", "Some 250 nurses were hired this year.", "nurses hired"),
    ],
)
def test_a_verb_before_a_count_of_people_in_any_form(text: str, other: str, label: str) -> None:
    rows = _rows(text, other)
    assert [(r[0], len(r[2])) for r in rows] == [(label, 2)], rows
