"""A crew counted as the people of one event, whatever noun the story names its event by (issue
#16, s40-x1 item 2). Before: the crew-and-people rule knew events by a fixed list of nouns ("fire",
"crash", …), so a crew "injured in the blaze" was never the people "injured in the fire": the row
said *not compared* where two outlets agree."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    ("crew", "people"),
    [
        # the reported kind: "the blaze"
        ("Five crew members were injured in the blaze.", "Five people were injured in the fire."),
        # variants of my own: nouns of other events, and one the crew's and people's sentences share
        ("Three crew members went missing after the capsizing.", "Three people went missing after the capsizing."),
        ("Four crew members were hurt during the inferno on Sunday.", "Four people were hurt during the inferno."),
    ],
)
def test_a_crew_in_the_storys_event_is_its_people(crew: str, people: str) -> None:
    rows = [(f.status, sorted(v.doc for v in f.values)) for f in sheet(crew, people)]
    assert rows == [("agree", ["a", "b"])], rows


def test_a_crew_named_in_no_event_stays_apart() -> None:
    # (the typhoon's fishermen who left port are no value of its people missing)
    rows = [
        f.status
        for f in sheet("Three fishermen who left port are missing.", "Five people are missing after the typhoon.")
    ]
    assert rows == ["not compared"], rows
