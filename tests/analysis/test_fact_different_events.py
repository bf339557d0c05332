"""Figures of different events are never one fact, however much background the outlets share
(t13l F9): a figure's context window holds the sentences either side, and wire copy and its
rewrites repeat background paragraphs, so "cables were replaced in 2015" and "was hired in 2019"
were a "year" in disagreement, and people "pulled from the water" against a firm's "employs about
900 people" a "people" one, both at the top of the sheet. Years must name one event (their
clause's verbs); counts of one noun must share a word of their own sentences."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts import Fact
from waic_reader.index.analysis.facts.display import value_text

# Background paragraphs every outlet repeats around its own sentence (as the tester's corpus did).
BEFORE = "The bridge crosses the river on a wide, slow stretch and carries lorries to the border every summer."
AFTER = "Questions about inspection records, maintenance contracts and the cables have grown since the collapse."


def wrapped(*sentences: str) -> list[Fact]:
    return sheet(*(f"{BEFORE} {s} {AFTER}" for s in sentences))


def rows(facts: list[Fact], label: str) -> list[tuple[str, list[str]]]:
    # (years by their kind: a year's row is labelled by its event, "year built", round s35-b)
    return [
        (f.status, [value_text(v) for v in f.values])
        for f in facts
        if (f.values[0].kind == "year" if label == "year" else f.label == label)
    ]


def test_the_reported_years_of_three_events_are_three_facts() -> None:
    got = rows(
        wrapped(
            "Jeklo said the cables were replaced in 2015.",
            "Tiszamost Kft said it had maintained the bridge under a contract with the county since 2019.",
            "A firm that maintains the cables was hired in 2019.",
        ),
        "year",
    )
    # (the bare "since 2019" of one article is no row at all: t13ah N9, round s40-y1)
    assert sorted(got) == [("single source", ["2015"]), ("single source", ["2019"])], got


@pytest.mark.parametrize(
    "sentences",
    [
        # variants: a year before its clause; a year of a purchase against one of an opening
        ("In 2011 the county bought the land for the crossing.", "The crossing was opened to traffic in 2014."),
        ("The old ferry was retired in 1998.", "The council approved the new bridge in 2003, records show."),
    ],
)
def test_years_of_different_events_never_disagree(sentences: tuple[str, str]) -> None:
    got = rows(wrapped(*sentences), "year")
    assert all(status == "single source" for status, _ in got), got


def test_years_of_one_event_still_disagree() -> None:
    got = rows(wrapped("The bridge was built in 1987.", "The bridge was built in 1985, the county said."), "year")
    assert got == [("disagree", ["1987", "1985"])], got


def test_the_reported_people_in_two_roles_are_two_facts() -> None:
    facts = wrapped(
        "Volunteers said they had pulled two people from the water.",
        "The firm runs two yards on the river and employs about 900 people.",
    )
    # the people a firm employs are its staff (round s33-k, t13w F2), a fact apart; people pulled
    # from the water were rescued (t13aa K14)
    got = rows(facts, "people rescued") + rows(facts, "staff")
    assert sorted(got) == [("single source", ["2"]), ("single source", ["about 900"])], got


@pytest.mark.parametrize(
    "sentences",
    [
        # variants: people rescued against residents of a town; people questioned against a crowd
        ("Rescuers carried three people to safety.", "About 4,000 people live in the town, census data show."),
        ("Police questioned 12 people on Friday.", "A crowd of 300 people gathered at the bank at dusk."),
    ],
)
def test_people_in_different_roles_never_disagree(sentences: tuple[str, str]) -> None:
    got = rows(wrapped(*sentences), "people")
    assert all(status == "single source" for status, _ in got), got


def test_counts_both_said_to_be_aboard_still_disagree() -> None:
    # "carrying" and "on board" share no word, but both clauses say where the people were
    got = rows(
        wrapped("The ferry was carrying 312 passengers.", "Officials said 320 passengers were on board."),
        "passengers",
    )
    assert got == [("disagree", ["312", "320"])], got
