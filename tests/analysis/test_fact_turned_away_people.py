"""Turned away: a diversion only of what is then sent elsewhere (round s36-g). Round s36-d made
"turned away" / "turned back" diverted for any counted noun, so "Nearly 200 fans were turned away
at the gates" was *fans diverted*. Ambulances, patients, flights, ships, trains and lorries turned
away are diverted; people turned away at a door, a gate or a border are refused: a measure of its
own, *fans turned away* (roles.turned_away, roles._SENT_ELSEWHERE)."""

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


def _labels(text: str) -> dict[str, list[float]]:
    facts: list[Fact] = fact_sheet([(Dated("a", f"Story\n\n{text}", "2026-07-14"), [])])
    return {f.label: [v.value for v in f.values] for f in facts}


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        # found (s36-d's report, left undone)
        ("Nearly 200 fans were turned away at the gates.", "fans turned away", 200),
        # variants of my own: "turned back" at a border, the verb before the count, "people"
        ("About 40 migrants were turned back at the border.", "migrants turned away", 40),
        ("Organisers turned away 500 supporters at the turnstiles.", "supporters turned away", 500),
        ("Police turned away 300 people at the checkpoint.", "people turned away", 300),
    ],
)
def test_people_turned_away_not_diverted(text: str, label: str, value: int) -> None:
    labels = _labels(text)
    assert labels.get(label) == [value], labels
    assert not any("diverted" in k for k in labels), labels


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        ("Twelve ambulances were turned away from Velmont hospital.", "ambulances diverted", 12),
        ("Nine flights were turned away from Oslo.", "flights diverted", 9),
        ("The hospital turned away 30 patients on Monday.", "patients diverted", 30),
        ("Some 150 patients were sent to other hospitals.", "patients diverted", 150),
    ],
)
def test_things_sent_elsewhere_diverted(text: str, label: str, value: int) -> None:
    assert _labels(text).get(label) == [value]


def test_flights_turned_back_are_no_diversion() -> None:
    # Turned back: returned whence they came, a count a report gives beside the flights diverted
    # (review s36-rv D6): never one row with them.
    labels = _labels("Nine flights were turned back to Oslo.")
    assert not any("diverted" in k for k in labels), labels
