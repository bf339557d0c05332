"""Everyone aboard is one count of people however an outlet words it (t13an N7/N8): "187 people",
"for a total of 187 persons on board" and "187 passengers and crew" were three rows ("people",
"persons", "passengers: waves"), and "151 passengers and crew … rescued" was kept apart from "151
people" rescued as another kind of count. Travellers said with their crew, and persons or people on
board, count the people. The texts are cut down from the tester's corpus or invented."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


def rows(texts: tuple[str, ...]) -> dict[str, list[float]]:
    return {f.label: sorted(float(v.value) for v in f.values) for f in sheet(*texts) if f.values[0].kind == "count"}


@pytest.mark.parametrize(
    ("texts", "aboard"),
    [
        # reported (t13an N7: bayside, starhorse-press-release, meridian-0314-first)
        (
            (
                "The ferry was carrying 187 people when it capsized off Gasan.",
                "According to our records, the vessel carried 172 passengers and 15 crew, for a total of 187"
                " persons on board, in line with its authorised capacity of 250.",
                "The Santa Rosalind was carrying 187 passengers and crew when it overturned at around 6:10 a.m. in"
                " waves of up to 3 metres, coast guard spokesman Rejie Tamayo-Dizon said.",
            ),
            187.0,
        ),
        # variants: "crew and passengers" and "people aboard"; a train's travellers with its crew
        (
            (
                "The plane was carrying 64 people when it crashed.",
                "The plane had 64 crew and passengers on board when it came down.",
                "The aircraft had 64 persons aboard, the airline said.",
            ),
            64.0,
        ),
        (
            (
                "The ferry had 412 travellers and crew on board when it ran aground.",
                "There were 412 people on the ferry when it ran aground.",
            ),
            412.0,
        ),
    ],
)
def test_everyone_aboard_is_one_count_of_people(texts: tuple[str, ...], aboard: float) -> None:
    found = rows(texts)
    assert [label for label, values in found.items() if aboard in values and set(values) == {aboard}] != []
    with_it = [label for label, values in found.items() if aboard in values]
    assert len(with_it) == 1 and len(found[with_it[0]]) == len(texts), found


@pytest.mark.parametrize(
    "texts",
    [
        # reported (t13an N8: bayside's "151 passengers and crew" rescued and others' "151 people")
        (
            "Rescuers have brought 151 passengers and crew to safety; 151 passengers and crew were rescued.",
            "The coast guard said 151 people had been rescued.",
        ),
        # variants
        (
            "Helicopters rescued 38 crew and passengers from the stricken ship.",
            "In all, 38 people were rescued, the navy said.",
        ),
        (
            "A total of 260 commuters and crew were rescued from the train.",
            "Firefighters rescued 260 people from the train.",
        ),
    ],
)
def test_rescued_passengers_and_crew_are_compared_with_people(texts: tuple[str, ...]) -> None:
    [rescued] = [f for f in sheet(*texts) if f.label == "people rescued"]
    assert rescued.status == "agree" and rescued.compared and len({v.doc for v in rescued.values}) == len(texts)
    assert "different counts" not in rescued.grounds
