"""Minor kinds of issue #16 (t13aa K17, K18, round s35-fc).

* A verb carrying a tally, its object, to a new value replaces the article's earlier value of it:
  "Nine people died …, bringing the toll to ten" is a toll of ten (the article sat in the groups of
  9 and of 10): earlier._TALLY_OBJECT_TO.
* "…, among them two cyclists" names a part of the clause's casualty group ("cyclists among the dead"), never
  a row of its own: places._AMONG_THEM_BEFORE.
* "over" as a verb's particle is no bound: "declined to hand over €20 million" is €20 million, never
  "over €20 million" (more than it): figures._PARTICLE_OVER."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text
from waic_reader.index.analysis.figures import find_figures


def _rows(*texts: str) -> dict[str, tuple[str, list[tuple[str, str]]]]:
    return {f.label: (f.status, sorted((v.doc, value_text(v)) for v in f.values)) for f in sheet(*texts)}


@pytest.mark.parametrize(
    ("text", "other", "label", "value"),
    [
        # found (t13aa repro v18 d)
        (
            "Nine people died in the collapse, and one more person died overnight, bringing the toll to ten.",
            "In all, ten people were killed.",
            "death toll",
            "10",
        ),
        # variants of my own: other verbs, other tallies
        (
            "Two workers were killed on Monday. Another died in hospital, taking the death toll to three.",
            "Three workers were killed.",
            "death toll",
            "3",
        ),
        (
            "Four people were injured. A fifth was hurt later, raising the number of injured to five.",
            "Five people were injured.",
            "people injured",
            "5",
        ),
    ],
)
def test_a_tally_carried_to_a_value_replaces_the_earlier_one(text: str, other: str, label: str, value: str) -> None:
    rows = _rows(text, other)
    assert rows[label] == ("agree", [("a", value), ("b", value)]), rows


def test_a_count_taken_somewhere_is_no_tally() -> None:
    rows = _rows("Nine people died. Ambulances were taking 12 people to hospital.")
    assert rows["death toll"][1] == [("a", "9")], rows


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # found (t13aa repro v19 d)
        ("Ostmark Steelworks declined to hand over €20 million.", "€20 million"),
        # variants of my own: other verbs and forms, other figures
        ("The gang handed over $3m to police.", "$3m"),
        ("The rebels are handing over 40 rifles to the army.", "40 rifles"),
    ],
)
def test_over_after_a_verb_of_handing_is_no_bound(text: str, shown: str) -> None:
    [fig] = [f for f in find_figures(text) if f.kind != "year"]
    assert (text[fig.start : fig.end], fig.qualifier) == (shown, ""), fig


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("The firm paid over €20 million.", "over €20 million"),
        ("Over 300 people came.", "Over 300 people"),
    ],
)
def test_over_as_a_bound_stays(text: str, shown: str) -> None:
    [fig] = find_figures(text)
    assert (text[fig.start : fig.end], fig.qualifier) == (shown, "over"), fig


@pytest.mark.parametrize(
    ("text", "label", "part"),
    [
        # found (t13aa repro v18 a): a bare row "cyclists" beside the toll
        ("The collapse killed nine, among them two cyclists.", "cyclists among the dead", "death toll"),
        # variants of my own: another group, "among whom"
        (
            "Twelve people were injured, among them three firefighters.",
            "firefighters among the injured",
            "people injured",
        ),
        ("Seven miners died on Monday, among whom two brothers.", "brothers among the dead", "death toll"),
    ],
)
def test_a_part_named_after_its_group_and_among_them(text: str, label: str, part: str) -> None:
    rows = _rows(text)
    assert label in rows and part in rows, rows
    assert len(rows) == 2, rows
