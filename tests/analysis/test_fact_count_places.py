"""Counts of one noun said to be in one place are one count, compared whatever else their
articles share (t13l F8): a wire's "sending 14 vehicles into the water" and a live blog's "14
vehicles were in the water" were two single-source rows (the blog's entry shares no context with
the wire's lede), and a fact box's "Vehicles on the bridge: 12" was never compared with prose
saying how many vehicles were on the bridge. Things in different places are never compared by
their place."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts import Fact
from waic_reader.index.analysis.facts.display import value_text


def rows(facts: list[Fact], label: str) -> list[tuple[str, list[str]]]:
    return [(f.status, [value_text(v) for v in f.values]) for f in facts if f.label == label]


WIRE = (
    "KŐVÁRAD, Hungary, Oct 13 (Danubewire) - A road bridge over the Tisza river collapsed at Kővárad on "
    "Monday morning, killing 7 people and sending 14 vehicles into the water, police said. Divers worked "
    "through the night in a strong current."
)
LIVE = (
    "**13:50** The county has opened a helpline for relatives.\n\n"
    "**14:05** Chief Fire Officer Bence Halmi said 14 vehicles were in the water.\n\n"
    "**14:20** Trains to Szeged are running again, the railway says."
)


def test_the_reported_vehicles_in_the_water_are_one_count() -> None:
    assert rows(sheet(WIRE, LIVE), "vehicles in the water") == [("agree", ["14", "14"])]


@pytest.mark.parametrize(
    ("texts", "label", "want"),
    [
        # the reported fact box against prose about the vehicles on the bridge
        (
            (
                "Rescue crews searched the banks until dusk.\n\nWhat we know\n\n- Dead: 8\n"
                "- Vehicles on the bridge: 12\n- Injured: 23\n- Homes evacuated: 40",
                "**10:40** The mayor spoke to reporters at noon.\n\n**10:55** Police said 14 vehicles were on "
                "the bridge.\n\n**11:10** A memorial service is planned for Sunday in the cathedral.",
            ),
            "vehicles on the bridge",
            ("disagree", ["12", "14"]),
        ),
        # variants: boats in a harbour, a box and prose; cars sent into a river against cars in it
        (
            (
                "Key figures\n\n- Boats in the harbour: 11\n- Crew missing: 3",
                "Nine boats were in the harbour when the storm arrived, the coastguard said. Schools will reopen.",
            ),
            "boats in the harbour",
            ("disagree", ["11", "9"]),
        ),
        (
            (
                "The flood swept 30 cars into the river overnight. Power was restored on Tuesday.",
                "Residents queued for water at the town hall. About 25 cars were in the river by dawn.",
            ),
            "cars in the river",
            ("disagree", ["30", "about 25"]),
        ),
    ],
)
def test_counts_in_one_place_are_compared(texts: tuple[str, str], label: str, want: tuple[str, list[str]]) -> None:
    assert rows(sheet(*texts), label) == [want]


def test_counts_in_different_places_are_not_compared_by_place() -> None:
    facts = sheet(
        "Fourteen vehicles were in the water, divers said.",
        "The mayor spoke at noon. Twelve vehicles were on the bridge when it fell.",
    )
    # (each row names its place, as its clause says it: round s42-y1; was "vehicles" and "vehicles:
    # bridge", t13ad N23, round s37-x2)
    got = rows(facts, "vehicles") + rows(facts, "vehicles on the bridge")
    assert sorted(got) == [("single source", ["12"]), ("single source", ["14"])], got
