"""One donor's gifts to different recipients are different sums: never one row that disagrees.
A recipient is told by its phrase, a name of capitalised words after "to", "for" or "towards",
not by a list of words ("Clarion Housing", "Anglian Water" and "Skyline Homes" are bodies though
"housing", "water" and "homes" are things money pays for). Review s41-rv finding 13: each pair
was `money pledged` DISAGREE. The first three pairs are the reviewer's; the others my own."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "The lottery fund gave £50,000 to Clarion Housing for the scheme.",
            "The lottery fund gave £80,000 to Leeds Mind for the scheme.",
        ),
        (
            "The trust donated £50,000 for Anglian Water's flood scheme.",
            "The trust donated £80,000 for the Red Cross appeal.",
        ),
        (
            "Acme donated £50,000 towards Skyline Homes, the charity.",
            "Acme donated £80,000 towards Shelter, the charity.",
        ),
        (
            "The Hale Foundation gave $2m to Mercy Corps, it said.",
            "The Hale Foundation gave $3m to Oxfam International, it said.",
        ),
        (
            "The Dunmore Trust donated €40,000 towards Galway Rowing Club.",
            "The Dunmore Trust donated €60,000 for Cork City Hospice.",
        ),
    ],
)
def test_gifts_to_two_recipients_are_rows_apart(a: str, b: str) -> None:
    facts = [f for f in sheet(a, b) if f.values[0].kind == "money"]
    assert [[v.doc for v in f.values] for f in facts] == [["a"], ["b"]], [(f.label, f.status) for f in facts]


def test_one_recipient_s_gifts_are_compared() -> None:
    facts = sheet(
        "The lottery fund gave £50,000 to Clarion Housing, it said.",
        "The lottery fund gave £80,000 to Clarion Housing for the scheme.",
    )
    assert [(f.label, f.status) for f in facts] == [("money for Clarion Housing", "disagree")]
