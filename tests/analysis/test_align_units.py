"""Compare's word diff: a figure's unit however written, a slash unit one word (t13ae P12, round
s37-z4).

Reported: "Mud and rock moved at about 60 km/h down the slope" / "The mud moved at around 60
kilometres per hour" marked "km" (its "/h" in no span) against "kilometres" and "hour" as
differing words, "60" shared; "15 km" / "15 kilometres" likewise; "Monday (Nov. 9)" / "Monday
(November 9)" shared "Nov. 9" on one side while "November" differed on the other; and "creeping
for three weeks" shared its "three" with "€3 million". One figure (the figure recogniser's value
and unit, analysis/figures.py) is one word, shared whole with its other spellings; a unit the
search tokeniser joins with a slash ("km/h", "m/s", "mg/l") is one word, never cut. Variants of
our own: "33 m/s" / "33 metres per second", "75 mph" / "75 miles per hour", "9 November" / "Nov.
9", "50 mg/l" with no figure read, and figures that still differ ("60 km/h" against "60 km")."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import pytest

from waic_reader.index.analysis.align import Pair, align
from waic_reader.index.corpus.blocks import Sentence, sentences_of, split_blocks


@dataclass
class Doc:
    doc: str
    text: str

    @cached_property
    def sentences(self) -> list[Sentence]:
        return sentences_of(split_blocks(self.text))


def pair_of(a: Doc, b: Doc, sentence_a: str) -> Pair:
    got = [p for p in align(a, b).pairs if sentence_a in p.a.text]
    assert len(got) == 1, [p.a.text for p in align(a, b).pairs]
    return got[0]


def words(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [text[s:e] for s, e in spans]


UNIT_CASES = [
    # (A's sentence, B's sentence, A's writing of the figure, B's)
    (  # reported
        "Mud and rock moved at about 60 km/h down the slope, a geologist said.",
        "The mud moved at around 60 kilometres per hour, a geologist said.",
        "60 km/h",
        "60 kilometres per hour",
    ),
    (  # reported
        "Brenzola lies 15 km north of Castelmarro.",
        "The town of Brenzola is 15 kilometres north of Castelmarro.",
        "15 km",
        "15 kilometres",
    ),
    (
        "Gusts reached 33 m/s on the ridge above Halvik overnight.",
        "Gusts reached 33 metres per second on the ridge above Halvik.",
        "33 m/s",
        "33 metres per second",
    ),
    (
        "Winds of 75 mph battered the harbour at Kelvik on Sunday.",
        "Winds of 75 miles per hour battered the Kelvik harbour.",
        "75 mph",
        "75 miles per hour",
    ),
    (  # reported (repro v27)
        "Geotekna shares fell 8.4 pct in Milan trading on Monday (Nov. 9), the exchange said.",
        "Shares in Geotekna fell 8.4 percent in Milan trading on Monday (November 9), the exchange said.",
        "Nov. 9",
        "November 9",
    ),
    (
        "Halvik Marine crews struck at the Kelvik yard on 9 November over pay.",
        "Halvik Marine crews struck at the Kelvik yard on Nov. 9 over pay.",
        "9 November",
        "Nov. 9",
    ),
]


@pytest.mark.parametrize(("sa", "sb", "fig_a", "fig_b"), UNIT_CASES)
def test_one_figure_in_two_unit_spellings_is_one_shared_word(sa: str, sb: str, fig_a: str, fig_b: str) -> None:
    a = Doc("a", f"News\n\n{sa}\n")
    b = Doc("b", f"Report\n\n{sb}\n")
    p = pair_of(a, b, sa)
    shared_a, shared_b = words(a.text, p.a_shared), words(b.text, p.b_shared)
    assert any(fig_a in run for run in shared_a), shared_a
    assert any(fig_b in run for run in shared_b), shared_b
    diff = words(a.text, p.a_diff) + words(b.text, p.b_diff)
    for part in {*fig_a.split(), *fig_b.split()}:
        assert all(part not in d.split() for d in diff), diff


SLASH_CASES = [
    ("Mud and rock moved at about 60 km/h down the slope.", "km/h"),  # reported
    ("Nitrate in the Halvik wells reached 50 mg/l last week.", "mg/l"),
    ("The Kelvik mast swayed in gusts of 40 m/s overnight.", "m/s"),
    ("The limit on the Brenzola road is 30km/h for lorries.", "30km/h"),
]


@pytest.mark.parametrize(("sa", "unit"), SLASH_CASES)
def test_a_slash_unit_is_never_cut(sa: str, unit: str) -> None:
    a = Doc("a", f"News\n\n{sa}\n")
    b = Doc("b", f"Report\n\n{sa.replace('.', ', officials said.')}\n")
    p = pair_of(a, b, sa)
    at = a.text.index(unit)
    for s, e in p.a_shared + p.a_diff:
        # a span holds the unit whole or stays off it
        assert e <= at or s >= at + len(unit) or (s <= at and e >= at + len(unit)), words(a.text, [(s, e)])
    assert any(unit in run for run in words(a.text, p.a_shared)), words(a.text, p.a_shared)


DIFFERENT_CASES = [
    # (A, B, A's figure, B's): the same number of another unit or kind is no shared word
    (
        "Mud and rock moved 60 km/h down the slope above Brenzola, a geologist said.",
        "Mud and rock moved 60 km down the slope above Brenzola, a geologist said.",
        "60 km/h",
        "60 km",
    ),
    (  # reported: "three weeks" shared its "three" with "€3 million"
        "Geotekna spent €3 million on the slope above Brenzola, the mayor said.",
        "The slope above Brenzola had been creeping for three weeks, the mayor said.",
        "€3 million",
        "three weeks",
    ),
    (
        "Gusts of 33 m/s hit the ridge above Halvik on Sunday.",
        "Gusts of 33 mph hit the ridge above Halvik on Sunday.",
        "33 m/s",
        "33 mph",
    ),
]


@pytest.mark.parametrize(("sa", "sb", "fig_a", "fig_b"), DIFFERENT_CASES)
def test_the_same_number_of_another_unit_still_differs(sa: str, sb: str, fig_a: str, fig_b: str) -> None:
    a = Doc("a", f"News\n\n{sa}\n")
    b = Doc("b", f"Report\n\n{sb}\n")
    p = pair_of(a, b, sa.split(maxsplit=1)[0])
    # (in a run of differing words: "Geotekna spent €3 million"), no part of it shared
    for doc, fig, diff, shared in ((a, fig_a, p.a_diff, p.a_shared), (b, fig_b, p.b_diff, p.b_shared)):
        assert any(fig in run for run in words(doc.text, diff)), words(doc.text, diff)
        assert all(part not in run.split() for run in words(doc.text, shared) for part in fig.split()), words(
            doc.text, shared
        )
