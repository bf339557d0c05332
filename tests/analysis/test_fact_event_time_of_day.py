"""The time of day the story's event happened is a fact (t13az N6, round s53-f2): the wire's "The
derailment happened at around 3:15 a.m. local time" against the Courier's "left the tracks at
about 2:40 a.m." and CBV's "the train derailed at 2:40 a.m." was in no row. A clock time after the
event's own verb, or after its noun and a verb of happening, is a value of *time of the <event>*;
clock times of anything else, and a live blog's entry stamps, are no facts."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts import Fact


def _times(facts: list[Fact]) -> list[Fact]:
    return [f for f in facts if f.values and f.values[0].kind == "time"]


@pytest.mark.parametrize(
    ("texts", "label", "values"),
    [
        # reported (t13az: wire/northwire-1117, web/harlowbend-courier, broadcast/cbv-news)
        pytest.param(
            (
                "The derailment happened at around 3:15 a.m. local time (0815 GMT), police said.",
                "Twenty-two cars left the tracks at about 2:40 a.m. near the river.",
                "The company says the train derailed at 2:40 a.m.",
            ),
            "time of the derailment",
            ["02:40", "02:40", "03:15"],
            id="reported_derailment",
        ),
        # variants of my own: other events, verbs, clocks
        pytest.param(
            (
                "The blast occurred at 11:05 p.m., the fire service said.",
                "The factory exploded at about 10:50 pm on Saturday.",
            ),
            "time of the blast",  # (the shorter of two labels said as often)
            ["22:50", "23:05"],
            id="explosion_pm",
        ),
        pytest.param(
            (
                "The bridge collapsed at 17:20 as traffic crossed it.",
                "The collapse happened shortly after 17:45, witnesses said.",
            ),
            "time of the collapse",
            ["17:20", "17:45"],
            id="collapse_24_hour",
        ),
    ],
)
def test_event_time_is_a_fact(texts: tuple[str, ...], label: str, values: list[str]) -> None:
    [row] = _times(sheet(*texts))
    assert row.label == label
    assert sorted(str(v.value) for v in row.values) == values
    assert row.status == "disagree"


def test_other_clock_times_are_no_facts() -> None:
    """Entry stamps, a briefing's time and "it happened at" of no named event are no facts."""
    blog = (
        "Derailment: live updates\nValley Herald · Live\n\nTuesday 17 November 2026\n\n"
        "04:10 EST\nReports of a loud bang near the rail bridge.\n\n"
        "05:02 EST\nThe mayor will speak at 10:30 a.m. It happened at 4 p.m., one reader writes.\n\n"
        "08:50 EST\nThe first train left the station at 6:15 a.m. as normal.\n"
    )
    assert _times(sheet(blog, "The council meets at 7 p.m. on Thursday.")) == []
