"""People brought to shore, pulled from the water or airlifted are rescued (issue #16 "figures
agree", round s48-f): "Coastguards brought 23 survivors to shore" and "Helicopters airlifted 8
residents" were rows "survivors" and "residents" beside another outlet's *people rescued*. A
rescue's landing (the shore, dry land, "ashore": roles._SAFE_PLACES) and airlifting the people
the event struck in a clause of its danger or rescue (round s48-fx1; never the soldiers or staff a
force sends, roles._SENT_PEOPLE, nor to hospital) are rescues; a helicopter's winching and hoisting
out of danger too."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


def _rows(*texts: str) -> dict[str, list[tuple[str, int]]]:
    return {f.label: sorted((v.doc, int(v.value)) for v in f.values) for f in sheet(*texts)}


@pytest.mark.parametrize(
    ("texts", "rescued"),
    [
        # reported (four outlets, three verbs beside "rescued")
        (
            (
                "Coastguards brought 23 survivors to shore, the agency said.",
                "Rescue teams have rescued 23 people from the capsized ferry.",
                "Rescuers pulled 12 people from the water near the harbour.",
                # (round s48-fx1: with a rescue word, "Rescue helicopters"; airlifted people are
                # rescued only in a clause of danger or rescue, review s48-rv finding 5; round s48-f
                # had "Helicopters airlifted 8 residents, police said.")
                "Rescue helicopters airlifted 8 residents, police said.",
            ),
            [("a", 23), ("b", 23), ("c", 12), ("d", 8)],
        ),
        # variants of my own: "ashore" by a lifeboat, winched from the sea, "to dry land"
        (
            (
                "Lifeboat crews brought 40 passengers ashore on Sunday night.",
                "A navy helicopter winched five fishermen from the sea.",
                "Some 40 passengers were rescued, the coastguard said.",
            ),
            [("a", 40), ("b", 5), ("c", 40)],
        ),
        (
            (
                # (round s48-fx1: "the flooded valley", a place of danger; round s48-f had "the valley")
                "Army helicopters airlifted 150 villagers from the flooded valley on Tuesday.",
                "Rescue boats brought 150 villagers to dry land.",
                "In all 150 villagers were rescued, the governor said.",
            ),
            [("a", 150), ("b", 150), ("c", 150)],
        ),
    ],
)
def test_rescue_verbs_join_the_rescued_row(texts: tuple[str, ...], rescued: list[tuple[str, int]]) -> None:
    rows = _rows(*texts)
    assert rows.get("people rescued") == rescued, rows


@pytest.mark.parametrize(
    "text",
    [
        "The air force airlifted 400 soldiers to the capital on Monday.",
        "Helicopters airlifted 6 patients to hospital in Manila.",
        "The ferry brought 300 passengers to shore after a calm crossing.",
    ],
)
def test_no_rescue_without_one(text: str) -> None:
    rows = _rows(text)
    assert "people rescued" not in rows, rows


def test_a_rescuers_own_share_stays_apart() -> None:
    """A rescuer's statement in its own first person gives its part, no value of the whole count
    (t13anr's tug firm: "Our crews brought 23 survivors to shore" beside the story's 151)."""
    rows = _rows(
        "Our crews brought 23 survivors to shore. The tug joined the rescue on Saturday.",
        "The coast guard said 151 people were rescued.",
        '"We rescued 151 people," the coast guard said.',
    )
    assert rows["people rescued"] == [("b", 151), ("c", 151)], rows
    assert rows["people rescued (the writer's own share)"] == [("a", 23)], rows
