"""Quotes of an anonymous source, acceptance report t13ab L10 (round s36-r).

A partial quote attributed to an unnamed source with a phrase after its noun ("According to a
source close to the investigation, the driver "had been warned …"", "…, a source close to the
investigation said.") vanished: the phrase ("close to the investigation", "familiar with the
talks", "who asked not to be named") made the subject no speaker at all and, after a comma, too
long to be one. An unnamed source is an unattributed statement at least, never lost, and never
the organisation or place its phrase names ("a source close to Westmarch Rail").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def said(rec: Recognizer, text: str) -> dict[str, tuple[str | None, str]]:
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    return {q.quoted: (q.speaker.name if q.speaker is not None else None, q.kind) for q in quotes}


HEAD = "Driver warned before crash\n\n"
TAIL = "\n\nThe train derailed near Harnwick on Tuesday, killing seven people.\n"


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # the reported articles (t13ab repro/v11/a.txt, b.txt)
        (
            'According to a source close to the investigation, the driver "had been warned twice about speeding".',
            "had been warned twice about speeding",
        ),
        (
            'The driver "had been warned twice about speeding", a source close to the investigation said.',
            "had been warned twice about speeding",
        ),
        # variants of my own: other phrases after the noun, plural sources, curly marks, "said X"
        (
            "The pilot “had ignored two warnings from the tower”, people familiar with the inquiry said.",
            "had ignored two warnings from the tower",
        ),
        (
            'According to two officials with knowledge of the talks, the deal "is all but dead" now.',
            "is all but dead",
        ),
        (
            'The dam "was never inspected after the floods", said a person briefed on the report.',
            "was never inspected after the floods",
        ),
        (
            'The pumps "failed within minutes", one engineer, who asked not to be named, told reporters.',
            "failed within minutes",
        ),
        (
            'A senior official speaking on condition of anonymity said the plant "would not reopen this year".',
            "would not reopen this year",
        ),
        # a person counted "one" ("One witness said", "One of the engineers said") is unnamed too
        (
            'Rescuers searched the river. One witness said "the bridge shook twice" before it fell.',
            "the bridge shook twice",
        ),
        ('One of the engineers said the bridge "shook twice" before it fell.', "shook twice"),
    ],
)
def test_anonymous_source_is_unattributed_not_lost(rec: Recognizer, sentence: str, words: str) -> None:
    quotes = said(rec, HEAD + sentence + TAIL)
    assert any(words in quoted and speaker is None for quoted, (speaker, _kind) in quotes.items()), quotes


@pytest.mark.parametrize(
    "sentence",
    [
        'According to a source close to Westmarch Rail, the driver "had been warned twice about speeding".',
        'The driver "had been warned twice about speeding", a source close to Helen Marrick said.',
        'The track "had not been checked since May", sources close to the Corrin Valley council said.',
    ],
)
def test_anonymous_source_never_the_name_it_is_close_to(rec: Recognizer, sentence: str) -> None:
    text = HEAD + "Helen Marrick runs Westmarch Rail, which operates the line.\n\n" + sentence + TAIL
    quotes = said(rec, text)
    partial = [(q, sp) for q, (sp, kind) in quotes.items() if '"' in q or "had" in q]
    assert partial, quotes
    assert all(sp is None for _q, sp in partial), quotes
