"""A tally that has passed, topped or exceeded a number is a count of more than it ("The number of
confirmed measles cases in Kestrow has passed 250"), in its things' row (#16, t13ak N8: the 250
was no figure at all)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


@pytest.mark.parametrize(
    ("text", "noun", "want"),
    [
        (  # reported (the BBC update)
            "The number of confirmed measles cases in Kestrow has passed 250, officials said.",
            "cases",
            "more than 250",
        ),
        # variants of my own: other verbs, things and numbers
        ("Cholera infections have topped 1,000 in the camp, the agency said.", "infections", "more than 1,000"),
        ("The tally of homes evacuated exceeded 40 by midnight.", "homes", "more than 40"),
    ],
    ids=["reported", "topped", "exceeded"],
)
def test_a_passed_tally_is_a_lower_bound(text: str, noun: str, want: str) -> None:
    values = [v for f in sheet(text) for v in f.values if v.head == noun]
    assert [(value_text(v), v.qualifier) for v in values] == [(want, "more than")]
