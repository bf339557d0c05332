"""A fact box's lines ("- Homes destroyed: 90", "Evacuated: about 9,000 people", "Firefighters:
1,250": a local paper's "what we know" list, a release's key figures) are read as their prose
would say them, the value then its label (a probe of issue #16 on an invented wildfire story,
session 25: the box's 90 homes and 1,250 firefighters were dropped as bare numbers and its
"about 9,000 people" was a row "people" of its own, so the homes destroyed, 86 → 90 → 94 over
three outlets, were never compared)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts import Fact
from waic_reader.index.analysis.facts.display import value_text


def table(facts: list[Fact]) -> dict[str, list[tuple[str, str]]]:
    return {f.label: [(v.doc, value_text(v)) for v in f.values] for f in facts}


BOX = "The fire grew overnight.\n\n- Homes destroyed: 90\n- Evacuated: about 9,000 people\n- Firefighters: 1,250\n"


@pytest.mark.parametrize(
    ("prose", "box", "label", "values"),
    [
        # reported: the probe's box beside two outlets' prose
        (
            "The blaze destroyed at least 86 homes, officials said.",
            BOX,
            "homes destroyed",
            [("a", "at least 86"), ("b", "90")],
        ),
        (
            "The order forced about 8,000 people from their homes.",
            BOX,
            "people evacuated",
            [("a", "about 8,000"), ("b", "about 9,000")],
        ),
        # variants: a death toll box with a star bullet, schools closed without a bullet
        (
            "The flood killed 12 people in the valley, police said.",
            "Key figures\n\n* Death toll: 14\n* Missing: 3\n",
            "death toll",
            [("a", "12"), ("b", "14")],
        ),
        (
            "Officials said 12 schools were closed on Monday.",
            "At a glance\n\nSchools closed: 12\nRoads blocked: 9\n",
            "schools closed",
            [("a", "12"), ("b", "12")],
        ),
    ],
)
def test_a_fact_boxs_line_is_read_as_its_prose(prose: str, box: str, label: str, values: list[tuple[str, str]]) -> None:
    got = table(sheet(prose, box))
    assert got.get(label) == values, got


def test_a_boxs_bare_count_takes_its_label_as_noun() -> None:
    got = table(sheet(BOX))
    # (a box's bare count of responders is the count deployed, one row with "were on the lines":
    # t13ap N5, round s48-f2; was the row "firefighters")
    assert got.get("firefighters deployed") == [("a", "1,250")], got
    fact = next(f for f in sheet(BOX) if f.label == "firefighters deployed")
    # the span is the value's, in the text: the label's words are not part of it
    assert fact.values[0].text == "1,250"


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("Update: 12 people died when the roof fell in on Friday night, police said.", "death toll"),
        ("The mayor told reporters at the town hall on Friday: 40 homes were lost.", "homes lost"),
        ("Police said: 40 homes were lost in the fire.", "homes lost"),
    ],
)
def test_a_sentence_after_a_colon_is_read_as_a_sentence(line: str, label: str) -> None:
    got = table(sheet(line))
    assert label in got, got
