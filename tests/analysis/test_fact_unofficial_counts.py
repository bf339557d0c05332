"""An unofficial count and the official one in one article: the unofficial one is a claim, never a
second value of the count (t13as N10, re-tested by t13r with rewordings, round s51-f3). Found: 2 of
3 rewordings put both in ``death toll``, the article disagreeing with itself: "Local volunteers
counted 11 dead, though the prefecture said 6", "Unofficial tallies put the dead at 11; officials
said 6 people had died"."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text

_OTHER = "Six people have died, the prefecture said."


@pytest.mark.parametrize(
    ("text", "official"),
    [
        # found (t13r var/m2, var/m4)
        ("Local volunteers counted 11 dead, though the prefecture said 6. About 300 people are sleeping in gyms.", "6"),
        ("Unofficial tallies put the dead at 11; officials said 6 people had died.", "6 people"),
        # variants of my own
        ("Residents counted 14 dead, but the provincial governor said 9.", "9"),
        ("An unconfirmed count by church groups gave 20 dead. The county said 12 people had died.", "12 people"),
    ],
)
def test_an_unofficial_count_is_no_value_of_the_toll(text: str, official: str) -> None:
    facts = sheet(text, _OTHER)
    toll = [f for f in facts if f.label == "death toll"]
    assert len(toll) == 1, [(f.label, [value_text(v) for v in f.values]) for f in facts]
    a_values = [v.text for v in toll[0].values if v.doc == "a"]
    assert len(a_values) == 1 and a_values[0].startswith(official.split(maxsplit=1)[0]), [
        (f.label, [(v.doc, v.text) for v in f.values]) for f in facts
    ]
