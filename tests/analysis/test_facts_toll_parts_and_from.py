"""An article's toll is its latest value (t13w F1, round s33-j): "raising/lifting the toll from
X", "up from X earlier", "from X earlier" name the value the article said first, never its latest;
a count of people who died in one event of the story ("after two badly burned workers died in
hospital", "as three more passengers died", "of whom two died") is a part of the toll the article
states, no value of it; a toll said far after its noun ("The death toll from … has risen to seven")
is the toll."""

from __future__ import annotations

import pytest
from fact_helpers import Art, sheet

from waic_reader.index.analysis.facts import fact_sheet
from waic_reader.index.analysis.facts.display import value_text

CASES = [
    # reported (t13w repro v1: herald.txt, coastal.txt, wire.txt)
    pytest.param(
        "Five people were killed and 42 injured when an explosion tore through the Veltmark Chemicals plant "
        "in Kalvik on Saturday morning, officials said, raising the toll from three earlier in the day.",
        [("5", ["3"])],
        id="reported_raising_from",
    ),
    pytest.param(
        "The death toll from Saturday's explosion at the Veltmark Chemicals plant in Kalvik has risen to "
        "seven, the regional health authority said on Saturday evening, after two badly burned workers "
        "died in hospital.",
        [("7", [])],
        id="reported_risen_after_died",
    ),
    pytest.param(
        "Seven people were killed in an explosion at a chemical plant in Kalvik on Saturday, officials "
        "said. The toll rose through the day as two badly burned workers died in hospital. Earlier, "
        "officials had given a figure of five dead.",
        [("7", ["5"])],
        id="reported_as_died",
    ),
    # variants of my own: other wordings and names
    pytest.param(
        "Nine miners died in the collapse at the Borvik pit, lifting the toll from six, the mine's owner said.",
        [("9", ["6"])],
        id="lifting_from",
    ),
    pytest.param(
        "The ministry said 23 people had died in the floods, up from 17 earlier in the week.",
        [("23", ["17"])],
        id="up_from_earlier",
    ),
    pytest.param(
        "Eleven people were killed when the bus overturned, police said, pushing the toll from eight.",
        [("11", ["8"])],
        id="pushing_from",
    ),
    pytest.param(
        "The number of dead in the ferry sinking off Marlow Point has climbed to twelve, the coast guard "
        "said late on Tuesday, after three more passengers died overnight.",
        [("12", [])],
        id="climbed_after_more_died",
    ),
    pytest.param(
        "Eleven people were killed in the hotel fire. Forty guests were injured, of whom two died in hospital.",
        [("11", [])],
        id="of_whom_died",
    ),
    pytest.param(
        "Six people died in the landslide in Quebrada Honda. Two workers died in hospital on Monday, "
        "the governor said.",
        [("6", [])],
        id="died_in_hospital_later_sentence",
    ),
    pytest.param(
        "At least 40 people died when the ferry capsized off Marlow Point, while five died in hospital.",
        [("at least 40", [])],
        id="while_died_in_hospital",
    ),
    # "with" states the toll, never a part of it
    pytest.param(
        "The storm hit the coast on Monday, with 12 people killed and 40 injured. Two more died in hospital.",
        [("12", [])],
        id="with_states_toll",
    ),
    # a count of those who died in hospital is the toll where the article states no other
    pytest.param("Two workers died in hospital, police said.", [("2", [])], id="only_count_kept"),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_toll_is_latest_value(text: str, want: list[tuple[str, list[str]]]) -> None:
    facts = sheet(text)
    got = [
        (value_text(v), [value_text(e) for e in v.earlier]) for f in facts if f.label == "death toll" for v in f.values
    ]
    assert got == want, [(f.label, [value_text(v) for v in f.values]) for f in facts]


def test_headline_is_no_toll_a_part_is_of() -> None:
    """A headline's toll is written once, before the body's ("Crash kills 14" over "when 12 people
    were killed"): the body's count is the article's value, never a part of the headline's."""
    art = Art(
        "a", "Bus crash kills 14\n\nTragedy struck on Monday when 12 people were killed in a bus crash near Varde."
    )
    facts = fact_sheet([(art, [])])
    got = [
        (value_text(v), [value_text(e) for e in v.earlier]) for f in facts if f.label == "death toll" for v in f.values
    ]
    assert got == [("12", ["14"])], got


def test_from_a_count_earlier_says_when() -> None:
    """ "from 12 villages earlier on Tuesday" counts villages and says when: no earlier value."""
    facts = sheet("Residents were evacuated from 12 villages earlier on Tuesday, police said.")
    assert [(f.label, [value_text(v) for v in f.values]) for f in facts] == [("villages evacuated", ["12"])]
