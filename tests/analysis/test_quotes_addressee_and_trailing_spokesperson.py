"""Two leftovers of issue #16's quotes (round s40-x2; s40-y4 and s39-x2 "Left undone").

* "X wrote to the council on Tuesday, demanding compensation …" was a statement of "wrote",
  "to the council on Tuesday, demanding …": the addressee after "to" and a participle's clause
  are no words reported (cues.PHRASE_ALONE's addressee "to").
* "CONTENT, said a spokesperson for the X." without quotation marks gave no statement at all:
  the words before the tag are the spokesperson's, for the body X (Speakers.leading reads the
  spokesperson's phrase as Speakers.resolve does).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.merge import merge_speakers
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article

HEAD = "Flood defences hold\n\nThe river rose overnight in Ghent.\n\n"
TAIL = "\n\nThe water fell on Thursday.\n"


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def said(rec: Recognizer, sentence: str) -> dict[str, tuple[str, str, str | None] | None]:
    """``{quoted words: (cue, speaker name, body spoken for) or None}``."""
    text = HEAD + sentence + TAIL
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    quotes = merge_speakers({"t": find_quotes(article, rec.recognize(article))})["t"]
    return {q.quoted: (q.cue, q.speaker.name, q.speaker.body) if q.speaker else None for q in quotes}


@pytest.mark.parametrize(
    "sentence",
    [
        # the reported input
        "The Kellby Residents Association wrote to the council on Tuesday, demanding compensation for every family.",
        # variants of my own: "urging", "calling for" after a name as the addressee
        "The union wrote to the minister last week, urging an immediate review of the contracts.",
        "Mayor Lena Ortiz wrote to Harbour Board members on Friday, calling for calm during the repairs.",
        # a bare plural as the addressee
        "The headteacher wrote to parents, urging them to keep children at home.",
    ],
)
def test_written_to_an_addressee_is_no_statement(rec: Recognizer, sentence: str) -> None:
    found = said(rec, sentence)
    assert not any(k.startswith("to ") for k in found), found


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # guards: a "that" clause after the addressee is what was written; "to" and a verb is
        # what was pledged (an "-ss" verb is no plural addressee)
        ("The union wrote to members that the contracts had been broken.", "the contracts had been broken"),
        ("The minister pledged to address the shortfall this week.", "to address the shortfall this week"),
    ],
)
def test_words_after_to_still_report(rec: Recognizer, sentence: str, words: str) -> None:
    assert words in said(rec, sentence)


@pytest.mark.parametrize(
    ("sentence", "words", "body"),
    [
        # the reported input
        (
            "The dykes had held through the night and no one was hurt, said a spokesperson for the Flemish Water Agency.",
            "The dykes had held through the night and no one was hurt",
            "Flemish Water Agency",
        ),
        # variants of my own: "spokeswoman" for a place's body, "spokesman" for a ministry
        (
            "Two bridges were closed for inspection on Thursday morning, said a spokeswoman for Ghent police.",
            "Two bridges were closed for inspection on Thursday morning",
            "Ghent police",
        ),
        (
            "The wards had been full since Monday night, said a spokesman for the Ministry of Health.",
            "The wards had been full since Monday night",
            "Ministry of Health",
        ),
    ],
)
def test_trailing_spokesperson_for_a_body(rec: Recognizer, sentence: str, words: str, body: str) -> None:
    found = said(rec, sentence)
    assert words in found, found
    hit = found[words]
    assert hit is not None and hit[2] == body
