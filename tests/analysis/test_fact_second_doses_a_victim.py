"""Two counts the figure recogniser misread (issue #16, s44-y1's and s44-y3's leftovers).

"8,000 second doses" was a duration of 8,000 seconds (a row "duration"): "second" after a number
other than one and before a plural noun, or opening a compound ("second-year"), is the ordinal.
"A man was killed" was no figure, while "One person was killed" was a toll of one: "a"/"an"
before a singular noun of one person and a death verb counts one, so a toll rising from one
victim to two shows; in an article stating a larger toll such a victim is one of it."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # reported (s44-y1's planned doses test)
        ("The clinic has given 12,000 first doses and 8,000 second doses since March.", "8,000 second doses"),
        # variants of my own: another plural noun; a compound "second" opens
        ("About 40 second homes were damaged in the village.", "About 40 second homes"),
        ("The college admitted 300 second-year students to the course.", "300 second-year students"),
    ],
)
def test_second_before_a_plural_noun_is_the_ordinal(text: str, count: str) -> None:
    values = [v for f in sheet(text) for v in f.values]
    assert not [v.text for v in values if v.kind == "duration"], [(v.text, v.kind) for v in values]
    assert count in [v.text for v in values if v.kind == "count"], [(v.text, v.kind) for v in values]


def test_seconds_stay_a_duration() -> None:
    assert [v.text for f in sheet("The clip lasted 30 seconds.") for v in f.values if v.kind == "duration"] == [
        "30 seconds"
    ]


def _toll(*texts: str) -> list[tuple[str, float]]:
    return [(v.doc, float(v.value)) for f in sheet(*texts) if f.label == "death toll" for v in f.values]


@pytest.mark.parametrize(
    "first",
    [
        # reported (s44's closing note: "A man was killed" no count of one)
        "A man was killed when the wall collapsed in Haldor on Friday, police said.",
        # variants of my own: an adjective before the noun and an intransitive verb; a worker
        "An elderly woman died when the wall collapsed in Haldor on Friday.",
        "A worker has died after the wall collapsed in Haldor on Friday.",
    ],
)
def test_a_victim_is_a_toll_of_one(first: str) -> None:
    toll = _toll(first, "Two people have died after the wall collapsed in Haldor, police said.")
    assert sorted(toll) == [("a", 1.0), ("b", 2.0)], toll


def test_a_victim_beside_a_larger_toll_is_one_of_it() -> None:
    toll = _toll("Three people died in the blast. A woman was killed when a second wall fell.")
    assert toll == [("a", 3.0)], toll
    # nor does an article's "a" before a thing or a verb of no death count anyone
    assert _toll("A fire killed three people. A man was seen running from the house.") == [("a", 3.0)]
