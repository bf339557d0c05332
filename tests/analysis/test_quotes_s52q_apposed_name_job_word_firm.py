"""Quotes of round s52-q (issue #16). "One speaker, NAME, said CLAUSE": an unnamed person's noun
phrase, a person's name in commas (a zero-width character before it or not), then the verb: the
named person says the clause, never the opening phrase unattributed (t13ax N10). A job or trade
noun written as a title before a firm's name ending in a legal form is no part of the speaker:
"Contractor Brennock Civil Engineering Ltd said" is the firm's, one speaker with its other
statements (t13ax N7)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.merge import merge_speakers
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def said(rec: Recognizer, text: str) -> dict[str, str | None]:
    """``{words reported: speaker name or None}``."""
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    quotes = merge_speakers({"t": find_quotes(article, rec.recognize(article))})["t"]
    return {q.quoted: q.speaker.name if q.speaker else None for q in quotes}


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (  # reported (t13ax N10, misc/tarn-forum…evil.txt), a zero-width space before the name
            "Bridge\n\nOne speaker, \u200bJosé Ñúñez-Ó Briain, said the city owed families €2.5bn (about £2.1bn).\n",
            "the city owed families €2.5bn (about £2.1bn)",
            "José Ñúñez-Ó Briain",
        ),
        (  # variants: no format character, other nouns and verbs
            "Meeting\n\nOne resident, Maria Kowalczyk, said the council had ignored warnings for years.\n",
            "the council had ignored warnings for years",
            "Maria Kowalczyk",
        ),
        (
            "Meeting\n\nOne resident, \u2060Maria Kowalczyk, told the meeting the council had ignored warnings.\n",
            "the council had ignored warnings",
            "Maria Kowalczyk",
        ),
    ],
)
def test_named_in_commas_after_an_unnamed_opening(rec: Recognizer, text: str, words: str, speaker: str) -> None:
    got = said(rec, text)
    assert got.get(words) == speaker, got


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        (  # reported (t13ax N7, wire/reuters-0314.txt)
            "Bridge\n\nContractor Brennock Civil Engineering Ltd said it was cooperating fully with investigators. "
            "Brennock Civil Engineering Ltd said its crews had left the site on Friday.\n",
            "Brennock Civil Engineering Ltd",
        ),
        (  # variants
            "Road\n\nBuilder Halloran Construction Ltd said the road met every standard. Halloran Construction "
            "Ltd later said it would review the design.\n",
            "Halloran Construction Ltd",
        ),
        (
            "Dam\n\nEngineer Tarnside Structures Limited told reporters the spillway had been checked in May. Tarnside "
            "Structures Limited said it would publish the report.\n",
            "Tarnside Structures Limited",
        ),
    ],
)
def test_job_word_before_a_firm_is_no_part_of_it(rec: Recognizer, text: str, firm: str) -> None:
    got = said(rec, text)
    assert len(got) == 2 and set(got.values()) == {firm}, got
