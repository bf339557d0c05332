"""Fact-sheet rules of round s35-fc that the review s35-rv2 found too wide (round s35-p4).

* "over" is a verb's particle only after "hand" or "turn": "Donors gave over $2 million", "signed
  over 200 petitions" mean more than the number (figures._PARTICLE_OVER; rv2 finding 10).
* A fear or a plan carrying a tally to a value is no new value: "… could take the death toll to 20"
  leaves the article's "Nine people died" its toll (earlier._NOT_YET_BEFORE; rv2 finding 12).
* "for" before a year after an event's noun: "Completion is now scheduled for 2027" is the year of
  completion (extract._event_noun; rv2 finding 14).
* An amount "each" is per a recipient only when a noun follows: "for each of the families" is per
  family, "$500 each to the families" names none (extract._PER_RECIPIENT; rv2 finding 9)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text
from waic_reader.index.analysis.figures import find_figures


def _rows(*texts: str) -> dict[str, tuple[str, list[tuple[str, str]]]]:
    return {f.label: (f.status, sorted((v.doc, value_text(v)) for v in f.values)) for f in sheet(*texts)}


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        # found (rv2-tmp/t2 a)
        ("Donors gave over $2 million to the relief fund, officials said.", "over $2 million"),
        ("Volunteers signed over 200 petitions.", "over 200 petitions"),
        # variants of my own: other verbs, other figures
        ("The minister has given over 100 interviews since May.", "over 100 interviews"),
        ("The chamber passed over 30 bills this year.", "over 30 bills"),
        ("Fans forked over €5 million for tickets.", "over €5 million"),
    ],
)
def test_over_after_other_verbs_is_a_bound(text: str, shown: str) -> None:
    [fig] = [f for f in find_figures(text) if f.kind != "year"]
    assert (fig.qualifier, text[fig.start : fig.end]) == ("over", shown), fig


@pytest.mark.parametrize(
    ("text", "other", "label", "a", "b"),
    [
        # found (rv2-tmp/t10)
        (
            "Nine people died when the bridge collapsed on Monday. Officials fear further landslides could"
            " take the death toll to 20.",
            "Nine people died when the bridge collapsed on Monday, officials said.",
            "death toll",
            "9",
            "9",
        ),
        # variants of my own: other modals and fears, other tallies
        (
            "Four workers were killed in the blast. Doctors said the fire might bring the toll to ten.",
            "Four workers were killed in the blast.",
            "death toll",
            "4",
            "4",
        ),
        (
            "Twelve people were injured. The storm is expected to take the number of injured to 30.",
            "Twelve people were injured.",
            "people injured",
            "12",
            "12",
        ),
    ],
)
def test_a_feared_tally_replaces_no_value(text: str, other: str, label: str, a: str, b: str) -> None:
    rows = _rows(text, other)
    # the article's reported value stays its own (the feared one may stand beside it, as before)
    assert ("a", a) in rows[label][1] and ("b", b) in rows[label][1], rows


@pytest.mark.parametrize(
    ("text", "other", "label"),
    [
        # found (rv2-tmp/t5), the docstring's example of extract._NOUN_EVENT_GAP
        (
            "Completion is now scheduled for 2027, officials said.",
            "The terminal will be completed in 2028, officials said.",
            "year built",  # a built thing's completion (round s36-g)
        ),
        # variants of my own
        ("Its replacement is planned for 2031.", "The bridge will be replaced in 2032.", "year of replacement"),
        ("The opening was set for 2029.", "The museum will open in 2030.", "year of opening"),
    ],
)
def test_for_before_a_year_after_an_event_noun(text: str, other: str, label: str) -> None:
    rows = _rows(text, other)
    # each year is its event's (since round s37-f a year whose clause names no thing, "Completion is
    # now scheduled for 2027", joins no named thing's row: "the terminal" may be another thing)
    assert sorted(d for k, (_, vs) in rows.items() if k.startswith(label) for d, _ in vs) == ["a", "b"], rows
    assert "year" not in rows, rows


@pytest.mark.parametrize(
    ("text", "other", "label"),
    [
        # found (rv2-tmp/t4, t9)
        (
            "The union demanded €50,000 for each of the families, officials said.",
            "The union demanded €50,000 for the families, officials said.",
            "per family",
        ),
        (
            "The council paid $500 each to the families on Monday, officials said.",
            "The council paid $500 to the families on Monday, officials said.",
            "",
        ),
        # variants of my own
        (
            "The firm offered $2,000 to each of the victims.",
            "The firm offered $2,000 per victim.",
            "per victim",
        ),
        (
            "Insurers paid £300 each in the first week.",
            "Insurers paid £300 in the first week.",
            "",
        ),
    ],
)
def test_each_names_a_recipient_only_by_a_noun(text: str, other: str, label: str) -> None:
    rows = _rows(text, other)
    bad = [k for k in rows if any(f"per {w}" in k for w in ("of", "to", "in", "the", "on"))]
    assert not bad, rows
    if label:
        assert any(label in k for k in rows), rows
