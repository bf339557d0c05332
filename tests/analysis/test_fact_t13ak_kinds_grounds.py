"""A row holding counts of two kinds of people that are compared apart says, in its grounds, which
kind's values conflict, and a count of people of an age or sex beside the people as such is a part
of the group, "children counted among the dead", never "different counts" beside a bare "values
conflict" (#16, t13ak N19: the death toll's grounds read as a contradiction)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    ("texts", "label", "said"),
    [
        (  # reported (the Herald's children, the ministry's and the Gazette's deaths)
            (
                "Two children have died in the outbreak, the Norvale Department of Health said.",
                "Two deaths have been confirmed in the outbreak, the Norvale Department of Health said.",
                "Three deaths have been confirmed in the outbreak, the Norvale Department of Health said.",
            ),
            "death toll",
            '"children" counted among the dead, each compared only with its own kind; values of "people" conflict',
        ),
        (  # a variant of my own: another measure, another part
            (
                "Four women were injured when the roof fell, police said.",
                "Six people were injured when the roof fell, police said.",
                "Nine people were injured when the roof fell, police said.",
            ),
            "people injured",
            '"women" counted among the injured, each compared only with its own kind; values of "people" conflict',
        ),
        (  # and another: two kinds that are no part of each other still name the kind that conflicts
            (
                "A total of 3,600 tourists were evacuated from the valley, officials said.",
                "Officials said 3,400 people were evacuated from the valley.",
                "Officials said 4,000 people were evacuated from the valley.",
            ),
            "people evacuated",
            '"tourists" and "people" are different counts, each compared only with its own kind; '
            'values of "people" conflict',
        ),
    ],
    ids=["reported", "injured", "evacuated"],
)
def test_grounds_say_which_kind_conflicts(texts: tuple[str, ...], label: str, said: str) -> None:
    [row] = [f for f in sheet(*texts) if f.label == label]
    assert row.status == "disagree"
    assert row.grounds.endswith(said), row.grounds
