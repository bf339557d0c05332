"""An event's year is one row however the event is worded (issue #16, t13aa K16): by its verb or
its noun ("is to be replaced by 2030", "Its replacement is due in 2031", "was due to be replaced in
four years" are all *year of replacement*), by a verb of the same meaning ("checked" is
"inspected"), and by an event verb before "to" and its complement ("opened to traffic in 1976" is
the *year of opening*, never a label made of "traffic"); extract._YEAR_EVENTS, one table."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import pytest

from waic_reader.index.analysis.facts import Fact, fact_sheet
from waic_reader.index.corpus.blocks import Sentence, sentences_of, split_blocks


@dataclass
class Dated:
    doc: str
    text: str
    date: str | None

    @cached_property
    def sentences(self) -> list[Sentence]:
        return sentences_of(split_blocks(self.text))


def _sheet(*texts: str) -> list[Fact]:
    return fact_sheet([(Dated(chr(ord("a") + i), f"Story\n\n{t}", "2026-07-14"), []) for i, t in enumerate(texts)])


def _years(*texts: str) -> dict[str, dict[str, int]]:
    return {f.label: {v.doc: int(v.value) for v in f.values} for f in _sheet(*texts) if f.values[0].kind == "year"}


@pytest.mark.parametrize(
    ("texts", "label", "years"),
    [
        # found (t13aa repro v16)
        (
            (
                "The Corvenna Bridge was completed in 1974. It is to be replaced by 2030.",
                "The Corvenna Bridge opened to traffic in 1976. Its replacement is due in 2031.",
                "Built half a century ago, the Corvenna Bridge was due to be replaced in four years.",
            ),
            "year of replacement",
            {"a": 2030, "b": 2031, "c": 2030},
        ),
        # variants of my own: other nouns, other verbs of one meaning, other things
        (
            (
                "The new terminal will be completed in 2028.",
                "Completion of the new terminal is now scheduled in 2029.",
                "The new terminal is set to be completed in three years.",
            ),
            "year built",  # a built thing's completion (round s36-g)
            {"a": 2028, "b": 2029, "c": 2029},
        ),
        # (the joints' check is a year of their own, no value of the bridge's row: review s36-rv2
        # finding 3, round s36-y2; this case had the three in one row)
        (
            (
                "Aske Watch said the joints had been checked in 2019.",
                "The bridge had passed its last inspection in 2018.",
                "The Corvenna Bridge was last inspected in 2019.",
            ),
            "year of inspection (bridge)",
            {"b": 2018, "c": 2019},
        ),
        (
            (
                "The Harrow Vale tunnel opened to traffic in 1976.",
                "The Harrow Vale tunnel was opened to the public in 1977.",
                "The tunnel's opening in 1976 was a national event.",
            ),
            "year of opening",
            {"a": 1976, "b": 1977, "c": 1976},
        ),
    ],
)
def test_one_event_one_row_however_worded(texts: tuple[str, ...], label: str, years: dict[str, int]) -> None:
    got = _years(*texts)
    assert got.get(label) == years, got
    assert "year" not in got, got


def test_no_label_is_built_from_a_noun_after_to() -> None:
    got = _years("The bridge opened to traffic in 1976.", "The pier was opened to visitors in 1981.")
    assert not [label for label in got if "traffic" in label or "visitor" in label], got
    # the bridge's opening and the pier's are two rows, never one in disagreement (review s36-rv2
    # finding 3, round s36-y2: this test had them in one row "year of opening")
    assert set(got) == {"year of opening (bridge)", "year of opening (pier)"}, got


def test_a_place_after_to_is_still_no_event() -> None:
    got = _years("Anna Berg returned to school in 2019.", "Anna Berg returned to school in 2017.")
    # (one row, of no event: labelled by its clause, issue #16, s40-x1, no longer the bare "year")
    assert set(got) == {"year Anna Berg returned to school"}, got
