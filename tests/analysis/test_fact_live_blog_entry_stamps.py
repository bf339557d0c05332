"""A live blog whose entries open with their stamps ("21:40 - Officials now say 7 miners have died.")
is read by its entries' times, never by their place in the text (t13o F2, round s29-f): the latest
entry's value of a measure is the blog's, its earlier entries' values what it said first
(``FactValue.earlier``), each dated by its entry's time on the article's day, also in an article
dated with a time (its last update). Before, the stamps were not read as entries: a blog written
newest first kept its oldest value beside a middle one (5 and 3, the 7 "superseded" by the 5 below
it), both at the article's one time. And a value in the sentence of a later report, before its cue
("AFP counted 4 bodies …, but officials later said the toll was 5"), is what the article said first."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import pytest
from fact_helpers import sheet

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
    ("date", "body", "label", "want"),
    [
        # reported (the tester's Andes Live blog, newest first, dated by its last update)
        (
            "2025-06-03T21:40-05:00",
            "21:40 - Officials now say 7 miners have died. The governor says the search will continue.\n\n"
            "18:15 - The death toll rises to 5, according to the regional government.\n\n"
            "14:02 - The chief executive says the company is cooperating with investigators.\n\n"
            "08:05 - Three people are confirmed dead after the collapse, the company said.\n",
            "death toll",
            [
                ("3", "2025-06-03T08:05-05:00"),
                ("5", "2025-06-03T18:15-05:00"),
                ("7", "2025-06-03T21:40-05:00"),
            ],
        ),
        # variants of my own: oldest first in bold stamps, injured workers; newest first in brackets
        (
            "2026-02-11T17:30Z",
            "**09:10** Four workers were injured in the blast at the depot, the fire service said.\n\n"
            "**12:45** The number of injured rises to nine, the hospital says.\n\n"
            "**17:30** Eleven workers are now injured, the company confirms.\n",
            "people injured",
            [("4", "2026-02-11T09:10Z"), ("9", "2026-02-11T12:45Z"), ("11", "2026-02-11T17:30Z")],
        ),
        (
            "2026-09-02T20:00+02:00",
            "(19:55) Officials say 14 passengers were killed when the train left the rails.\n\n"
            "(16:20) Police say 6 passengers are dead.\n",
            "death toll",
            [("6", "2026-09-02T16:20+02:00"), ("14", "2026-09-02T19:55+02:00")],
        ),
    ],
)
def test_a_live_blogs_latest_entry_is_its_value(date: str, body: str, label: str, want: list[tuple[str, str]]) -> None:
    facts = fact_sheet([(Dated("blog", f"LIVE: latest updates\n\n{body}", date), [])])
    [fact] = [f for f in facts if f.label == label]
    [value] = fact.values
    got = [(value_text(v), v.date) for v in (*value.earlier, value)]
    assert got == want, got


def test_a_programme_is_no_live_blog() -> None:
    """Lines opening with times that hold no sentence are a programme, no entries."""
    facts = sheet(
        "Six people died in the fire on Tuesday, police said.\n\n09:00 - Opening remarks\n\n10:30 - Panel\n\n"
        "Later, officials said the toll had risen to seven.\n"
    )
    [toll] = [f for f in facts if f.label == "death toll"]
    assert [(value_text(v), [value_text(e) for e in v.earlier], v.entry) for v in toll.values] == [("7", ["6"], "")]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # reported (AFP)
        (
            "AFP counted 4 bodies at the morgue in Huaraz by 10 p.m., but officials later said the toll was 5.",
            ("5", ["4"]),
        ),
        # variants of my own
        (
            "Our reporter saw 11 injured people at the clinic, though the hospital later said 14 people were injured.",
            ("14", ["11"]),
        ),
        (
            "Reuters counted 20 bodies in the village; the death toll is now 23, the governor said.",
            ("23", ["20"]),
        ),
    ],
)
def test_a_later_report_in_the_same_sentence(text: str, want: tuple[str, list[str]]) -> None:
    facts = sheet(text)
    [fact] = [f for f in facts if f.label in ("death toll", "people injured")]
    assert [(value_text(v), [value_text(e) for e in v.earlier]) for v in fact.values] == [want]
