"""A row's telling phrase is a whole noun phrase, never a compound cut to its first word: "About 250
people are staying overnight in mass care centres" was `people: mass` beside `people: emergency
shelters` (t13as N16, round s50-f2). The possessive stem and the agent read as an object (t13ar N5:
`tuesday' cost`, `hospitals diverted`) are guarded too."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    ("texts", "label"),
    [
        # reported (t13as N16)
        (
            (
                "Between 200 and 300 people remain in emergency shelters.",
                "About 250 people are staying overnight in mass care centres.",
            ),
            "people: mass care centres",
        ),
        # variants of my own: other compounds, another noun, a time word after the compound
        (
            ("Around 120 families live in the valley.", "Some 80 families are sleeping in sports hall annexes."),
            "families: sports hall annexes",
        ),
        (
            ("Roughly 90 children went home.", "Some 75 children are staying in youth hostel dormitories tonight."),
            "children: youth hostel dormitories",
        ),
    ],
)
def test_a_telling_phrase_is_a_whole_compound(texts: tuple[str, ...], label: str) -> None:
    assert label in [f.label for f in sheet(*texts)]


@pytest.mark.parametrize(
    "text",
    [
        # reported (t13ar N5)
        "The gang is demanding 75 bitcoin, worth about $4.9 million at Tuesday's prices.",
        "The group's five hospitals have diverted 340 patients, according to the ambulance service.",
        # variants of my own
        "The hackers want 40 BTC, worth about $2.6 million at Monday's rates.",
        "The trust's three hospitals have turned away 120 ambulances since Friday.",
    ],
)
def test_no_stem_or_agent_label(text: str) -> None:
    labels = [f.label for f in sheet(text)]
    assert not [lb for lb in labels if "'" in lb or "’" in lb]
    assert not [lb for lb in labels if lb.startswith("hospitals ") and lb != "hospitals affected"]
