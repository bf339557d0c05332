"""Block kinds of a plain text (s30-m, t13q F12): a line ending with ":" that introduces the list
under it is no heading (and the short line over it is the section's heading); a row of a run of
like rows (a stamp of the same shape, then text) has the run's kind, the last row too, whatever
follows it; a wire's slug ("BC-Switzerland-Cable Car,0412") is never the title, the headline under
it may be. Each kind: the tester's file, then two invented texts."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.blocks import split_blocks

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "t13q_s30m"


def kinds(text: str) -> dict[str, str]:
    return {b.text: b.kind for b in split_blocks(text)}


LIST_CASES = [
    ((FIXTURES / "clean-explainer.txt").read_text("utf-8"), "What happens next", "Investigators will examine:"),
    (
        "Ferry service suspended on the Nordby route\n\n"
        "The operator halted all crossings on Friday after a second engine failure in a week, the company said.\n\n"
        "What the inspectors check\n\n"
        "The harbour office listed:\n"
        "- the starboard engine\n"
        "- the fuel lines\n"
        "- the crew's logs\n\n"
        "The ferry is expected to sail again on Monday if the inspection finds no fault.\n",
        "What the inspectors check",
        "The harbour office listed:",
    ),
    (
        "Council approves new quay wall\n\n"
        "Councillors voted nine to two on Tuesday to rebuild the old quay wall before the winter storms.\n\n"
        "Where the money goes\n\n"
        "The budget covers three items:\n"
        "* new steel piles along the north side\n"
        "* a concrete cap for the whole wall\n\n"
        "Work is due to start in April and to end before the autumn.\n",
        "Where the money goes",
        "The budget covers three items:",
    ),
]


@pytest.mark.parametrize(("text", "heading", "intro"), LIST_CASES, ids=["reported", "harbour", "quay"])
def test_a_line_introducing_a_list_is_no_heading(text: str, heading: str, intro: str) -> None:
    got = kinds(text)
    assert (got[heading], got[intro]) == ("heading", "paragraph")


ROW_CASES = [
    (
        (FIXTURES / "clean-timeline.txt").read_text("utf-8"),
        [
            "9.14am Cabin 7 Leaves the Valley Station",
            "9.20am Cabin Falls Near Pylon Four",
            "9.45am First Rega Helicopter Lands",
        ],
    ),
    (
        "How the ferry lost power\n\n"
        "The operator's log, seen by this newspaper, shows the order of events on the crossing.\n\n"
        "07:05 Ferry Leaves Nordby Quay\n"
        "07:21 Engine Alarm Sounds on the Bridge\n"
        "07:40 Coastguard Tug Takes the Ferry in Tow\n\n"
        "The passengers were brought ashore at 08:55, two hours late, and none of them was hurt, the coastguard "
        "said, although several of them complained that nobody on board had told them what was happening.\n",
        ["07:05 Ferry Leaves Nordby Quay", "07:40 Coastguard Tug Takes the Ferry in Tow"],
    ),
    (
        "A year of storms on the coast\n\n"
        "The weather office counted more named storms this year than in any year since records began.\n\n"
        "14/01 Storm Arne Closes the Harbour\n"
        "02/02 Storm Berit Floods the Old Town\n"
        "19/03 Storm Cato Cuts Power to Islands\n\n"
        "Insurers said the claims from the three storms came to more than 40 million kroner, twice last year's "
        "total, and that most of them came from the old town, where the sea wall was too low to stop the water.\n",
        ["14/01 Storm Arne Closes the Harbour", "19/03 Storm Cato Cuts Power to Islands"],
    ),
]


@pytest.mark.parametrize(("text", "rows"), ROW_CASES, ids=["reported", "ferry-log", "storm-dates"])
def test_a_row_of_a_run_has_the_runs_kind(text: str, rows: list[str]) -> None:
    got = kinds(text)
    assert {got[r] for r in rows} == {"paragraph"}


SLUG_CASES = [
    ((FIXTURES / "ap-wire-1987style.txt").read_text("utf-8"), "BC-Switzerland-Cable Car,0412"),
    (
        "AM-Norway-Ferry,0388\n"
        "^Ferry halted after second engine failure<\n"
        "   NORDBY, Norway (AP) _ The operator of the Nordby ferry halted\n"
        "all crossings on Friday after a second engine failure in a week,\n"
        "the company said.\n",
        "AM-Norway-Ferry,0388",
    ),
    (
        "PM-Quay Wall Vote 1st Ld,0210\n\n"
        "Council votes to rebuild the quay wall\n\n"
        "VALDMARK (AP) - The council voted on Tuesday to rebuild the old quay wall, which engineers said could fail.\n",
        "PM-Quay Wall Vote 1st Ld,0210",
    ),
]


@pytest.mark.parametrize(("text", "slug"), SLUG_CASES, ids=["reported", "am-slug", "pm-slug-with-lead"])
def test_a_wire_slug_is_never_the_title(text: str, slug: str) -> None:
    blocks = split_blocks(text)
    got = {b.text: b.kind for b in blocks}
    assert got[slug] != "title"
    assert blocks[1].kind == "title"  # the headline under the slug
