"""A number of one measure in a headline ("death toll rises to four as missing hiker found") is
never an earlier value of another measure ("One person is still missing" read "1, first said 4"):
the new value of a change is its subject's (the toll's), a clause a subordinator opens after it
("as missing hiker found") another's (t13as N12, round s50-f2)."""

from __future__ import annotations

import pytest
from fact_helpers import Art

from waic_reader.index.analysis.facts import fact_sheet


@pytest.mark.parametrize(
    ("text", "toll", "missing"),
    [
        # reported (t13as N12, rnz-update.txt)
        (
            "Iceland eruption: death toll rises to four as missing hiker found\n\nA fourth person has died in "
            "the eruption, officials said on Thursday. One person is still missing.\n\nFour people were killed "
            "in total, officials said.",
            4,
            1,
        ),
        # variants of my own: another verb, subordinator and count
        (
            "Toll climbs to six as missing climber found\n\nTwo people are still missing on the mountain. "
            "Six climbers have died, the police said.",
            6,
            2,
        ),
        (
            "Mine blast: death toll rises to 11 after missing miners located\n\nThree miners remain missing. "
            "Eleven miners were killed in the blast.",
            11,
            3,
        ),
    ],
)
def test_a_headline_toll_is_no_earlier_missing_count(text: str, toll: int, missing: int) -> None:
    facts = fact_sheet([(Art("a", text), [])])
    [gone] = [f for f in facts if f.label == "people missing"]
    assert {v.value for v in gone.values} == {missing}
    assert not [e for v in gone.values for e in v.earlier]
    [dead] = [f for f in facts if f.label == "death toll"]
    assert {v.value for v in dead.values} == {toll}
