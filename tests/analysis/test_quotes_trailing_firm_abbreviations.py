"""A direct quote's trailing attribution runs to its sentence's end as the sentence splitter reads
it, past a firm's abbreviated legal form or a title's period: '"…," Sorvena Químicos S.A. chief
executive Ricardo Sá Pereira told reporters.' is Ricardo Sá Pereira's (t13n F18: the attribution
was cut at "S.A." and the quote unattributed, its cue lost). Also "Ltd.", "Inc.", "Corp.",
"S.p.A." and "Dr." before the speaker."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article

FIRST = "Blast\n\nThe plant exploded on Sunday morning.\n\n"


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def said(rec: Recognizer, paragraph: str) -> list[tuple[str | None, str, str, str]]:
    article = Article("t", Path("/x/t.txt"), FIRST + paragraph + "\n", "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    return [
        (q.speaker.name if q.speaker is not None else None, q.kind, q.cue, q.text)
        for q in quotes
        if q.start >= len(FIRST)
    ]


@pytest.mark.parametrize(
    ("paragraph", "who", "cue", "words"),
    [
        # reported (t13n F18, q1.txt)
        (
            '"It was a tragedy that nobody could have foreseen," Sorvena Químicos S.A. chief executive Ricardo Sá '
            "Pereira told reporters.",
            "Ricardo Sá Pereira",
            "told",
            "It was a tragedy that nobody could have foreseen",
        ),
        # variants of my own: other legal forms, titles, names and verbs
        (
            '"We will rebuild the line," Nordvik Rail Ltd. chairman Per Olav Lunde said on Tuesday.',
            "Per Olav Lunde",
            "said",
            "We will rebuild the line",
        ),
        (
            '"Nobody was warned," Kestrel Hydro Inc. spokeswoman Ingrid Dahl told reporters.',
            "Ingrid Dahl",
            "told",
            "Nobody was warned",
        ),
        (
            '"The dam is safe," said Hydrolyne Corp. chief engineer Marta Eklund.',
            "Marta Eklund",
            "said",
            "The dam is safe",
        ),
        ('"We will stay," Ewa Nowak of Wisłostal S.p.A. told reporters.', "Ewa Nowak", "told", "We will stay"),
        (
            '"We knew nothing about the gas," Dr. Helena Moura told reporters.',
            "Helena Moura",
            "told",
            "We knew nothing about the gas",
        ),
    ],
)
def test_the_attribution_runs_past_an_abbreviation(
    rec: Recognizer, paragraph: str, who: str, cue: str, words: str
) -> None:
    assert said(rec, paragraph) == [(who, "direct", cue, words)]


def test_the_attribution_still_ends_at_its_sentence(rec: Recognizer) -> None:
    # unchanged: the next sentence is no part of the attribution
    assert said(rec, '"We are safe," Lunde said. Nordvik Rail Ltd. shares fell 4%.') == [
        ("Lunde", "direct", "said", "We are safe")
    ]
