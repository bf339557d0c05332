"""Three fact-sheet faults of one measles story (#16, t13ak), each a kind:

- N1: counted things as the subject of a change or a reaching are the tally ("Kestrow measles cases
  hit 230" counts cases), never a value of a death word before them ("Third child dies as …" gave
  a death toll of 230);
- N2: an age bound after the people it describes ("both children under five") is no count (a toll
  "under 5" beside the article's 2);
- N3: a verb announcing a count ("has confirmed 198 cases") is no verb of its things, so a live
  blog's later "the number of confirmed cases has risen to 214" supersedes it (two rows, the 198
  never superseded)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    ("text", "value", "noun"),
    [
        (  # reported (KXYZ's headline and lead)
            "Third child dies as Kestrow measles cases hit 230\n\nA third child has died in the measles outbreak, "
            "health officials confirmed, as the number of confirmed cases climbed to 230.",
            230,
            "cases",
        ),
        # variants of my own: another disease and verb, a number in digits with a separator
        ("Two more patients die as cholera cases rise to 1,400.", 1400, "cases"),
        ("Tenth victim dies as Portvale flu infections reach 5,000.", 5000, "infections"),
    ],
    ids=["reported", "cholera", "flu"],
)
def test_things_before_a_tally_verb_are_counted(text: str, value: int, noun: str) -> None:
    facts = sheet(text)
    tolls = [v.value for f in facts if f.label == "death toll" for v in f.values]
    assert value not in tolls, [(f.label, [v.value for v in f.values]) for f in facts]
    [row] = [f for f in facts if any(v.value == value for v in f.values)]
    assert row.values[0].head == noun and not row.values[0].measure


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Two deaths have been confirmed, both children under five.", [2]),  # reported (the live blog)
        # variants of my own: other people, other bounds
        ("Three residents have died, all pensioners over 80, officials said.", [3]),
        ("Officials said 4 people died, pupils younger than 12.", [4]),
    ],
    ids=["reported", "over", "younger-than"],
)
def test_an_age_bound_is_no_count(text: str, want: list[int]) -> None:
    [toll] = [f for f in sheet(text) if f.label == "death toll"]
    assert [v.value for v in toll.values] == want


@pytest.mark.parametrize(
    ("text", "value", "first"),
    [
        (  # reported (the live blog's two entries)
            "09.10 GMT\nThe Norvale Department of Health has confirmed 198 cases of measles in Kestrow, up from 160 "
            "on Thursday.\n\n11.30 GMT\nThe health department has just updated its figures: the number of "
            "confirmed cases has risen to 214.",
            214,
            198,
        ),
        # variants of my own: another disease and place, another announcing verb and noun
        (
            "09.10 GMT\nDelmar officials have confirmed 40 cholera cases.\n\n11.00 GMT\n"
            "The ministry says the number of confirmed cases has risen to 52.",
            52,
            40,
        ),
        (
            "08.00 GMT\nThe agency has reported 12 infections at the school.\n\n10.30 GMT\n"
            "Officials say the number of reported infections has risen to 15.",
            15,
            12,
        ),
    ],
    ids=["reported", "cholera", "infections"],
)
def test_an_announced_count_is_superseded_by_its_update(text: str, value: int, first: int) -> None:
    rows = [f for f in sheet(text) if f.values[0].kind == "count" and f.values[0].head in ("cases", "infections")]
    assert [[v.value for v in f.values] for f in rows] == [[value]]
    assert [e.value for e in rows[0].values[0].earlier] == [first]
