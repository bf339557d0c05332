"""A live blog's values are ordered by its entries' times (issue #16 "Order a disagreement's
values by the articles' dates", t13n F9): a blog dated by its day alone and written newest first
("12:55 … risen to four" over "09:12 … three confirmed dead") read 4 → 3 in the fact sheet; each
value is now dated by its entry's time on the blog's day: 3 (09:12) → 4 (12:55). Since round s29-f
the latest entry's value is the blog's, first said 3 (09:12)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import pytest

from waic_reader.index.analysis.facts import fact_sheet
from waic_reader.index.analysis.facts.display import value_text
from waic_reader.index.corpus.blocks import Sentence, sentences_of, split_blocks


@dataclass
class Dated:
    doc: str
    text: str
    date: str

    @cached_property
    def sentences(self) -> list[Sentence]:
        return sentences_of(split_blocks(self.text))


@pytest.mark.parametrize(
    ("body", "label", "want"),
    [
        # reported (the Observer's live blog)
        (
            "12:55\nThe death toll has risen to four, the mayor's office confirms.\n\n"
            "10:40\nThe fire is contained, the commander says.\n\n"
            "09:12\nThree people are now confirmed dead, civil protection says.\n",
            "death toll",
            [("3", "2026-05-03T09:12"), ("4", "2026-05-03T12:55")],
        ),
        # variants of my own: other counts, other times (a 12-hour clock)
        (
            "4:10 pm\nTwelve people have now been injured, the hospital says.\n\n"
            "11:05 am\nEight people were injured in the collapse, police said.\n",
            "people injured",
            [("8", "2026-07-09T11:05"), ("12", "2026-07-09T16:10")],
        ),
        (
            "18:20\nRescuers say 40 people are still missing.\n\n"
            "14:45\nOfficials say 65 people are missing after the landslide.\n\n"
            "08:00\nGood morning and welcome to our coverage.\n",
            "people missing",
            [("65", "2026-11-21T14:45"), ("40", "2026-11-21T18:20")],
        ),
    ],
)
def test_a_live_blogs_values_follow_its_entries(body: str, label: str, want: list[tuple[str, str]]) -> None:
    day = want[0][1][:10]
    facts = fact_sheet([(Dated("blog", f"Live updates\n\n{body}", day), [])])
    [fact] = [f for f in facts if f.label == label]
    # the latest entry's value is the blog's, its earlier entries' values what it said first (round
    # s29-f: they were values of their own, the blog in disagreement with itself), in time order,
    # each at its entry's time
    [value] = fact.values
    got = [(value_text(v), v.date) for v in (*value.earlier, value)]
    assert [v for v, _d in got] == [v for v, _d in want] and [d for _v, d in got] == sorted(d for _v, d in want), got
