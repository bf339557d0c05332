"""A time phrase between a speech verb and its words, and indirect speech after "how" (issue #16,
round s39-x2).

* "Paris said on Monday it would appeal": a capital speaking for its government, a time phrase
  between the verb and the words reported with no "that": the quote was "on Monday it would
  appeal …", the time taken for the words. It is when the verb is, never part of the quote.
* "described how …", "explained how …", "recounted how …": an account in indirect speech, the
  words after "how" (as "told how" with quoted words was read): "described" and "recounted"
  reported nothing, "explained" kept "how" in the words.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.merge import merge_speakers
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article

HEAD = "Talks on the border dispute\n\n"
TAIL = "\n\nThe talks resume next month.\n"


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def said(rec: Recognizer, text: str) -> dict[str, tuple[str | None, str, str]]:
    """``{quoted words: (speaker name or None, kind, cue)}`` of one article's quotes."""
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    quotes = merge_speakers({"t": find_quotes(article, rec.recognize(article))})["t"]
    return {q.quoted: (q.speaker.name if q.speaker else None, q.kind, q.cue) for q in quotes}


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        # the reported kind
        ("Paris said on Monday it would appeal the ruling.", "it would appeal the ruling", "Paris"),
        # variants of my own: "late on" a weekday and no "that"; "yesterday"; a part of the day
        ("Berlin said late on Tuesday the border would stay open.", "the border would stay open", "Berlin"),
        ("Madrid said yesterday it would not pay the fine.", "it would not pay the fine", "Madrid"),
        ("Tomas Arvid said on Monday night the dyke had held.", "the dyke had held", "Tomas Arvid"),
        ("Rome said earlier this week the deal was off.", "the deal was off", "Rome"),
    ],
)
def test_time_phrase_after_the_verb_is_no_part_of_the_words(
    rec: Recognizer, sentence: str, words: str, speaker: str
) -> None:
    quotes = said(rec, HEAD + sentence + TAIL)
    assert quotes.get(words, ("missing",))[:2] == (speaker, "reported"), quotes


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # a weekday that is the words' subject, or its owner, stays in them
        ("Tomas Arvid said Monday was the worst day of the flood.", "Monday was the worst day of the flood"),
        ("Tomas Arvid said Monday's vote had been rigged.", "Monday's vote had been rigged"),
        # "that" after the time is read as before: the words after it, a time inside them kept
        ("Berlin said late on Tuesday that the border would stay open.", "the border would stay open"),
        ("Tomas Arvid said that on Monday the dyke had held.", "on Monday the dyke had held"),
    ],
)
def test_time_that_is_the_words_stays(rec: Recognizer, sentence: str, words: str) -> None:
    assert words in said(rec, HEAD + sentence + TAIL)


@pytest.mark.parametrize(
    ("sentence", "words", "speaker", "kind", "cue"),
    [
        # the reported kinds
        (
            "Anna Berg described how the water rose in minutes.",
            "the water rose in minutes",
            "Anna Berg",
            "reported",
            "described",
        ),
        (
            "Anna Berg, a nurse, explained how the ward was evacuated.",
            "the ward was evacuated",
            "Anna Berg",
            "reported",
            "explained",
        ),
        ("Tomas Arvid recounted how the roof fell in.", "the roof fell in", "Tomas Arvid", "reported", "recounted"),
        # variants of my own: an audience before "how"; "told how" with no quoted words; a
        # quoted part makes it partial
        (
            "Tomas Arvid described to reporters how the dyke gave way.",
            "the dyke gave way",
            "Tomas Arvid",
            "reported",
            "described",
        ),
        ("Tomas Arvid told the court how the dyke gave way.", "the dyke gave way", "Tomas Arvid", "reported", "told"),
        (
            'Anna Berg recalled how "the roof just fell in".',
            '"the roof just fell in"',
            "Anna Berg",
            "partial",
            "recalled",
        ),
        # "how" asking a degree is part of the words
        (
            "Tomas Arvid explained how much the repairs would cost.",
            "how much the repairs would cost",
            "Tomas Arvid",
            "reported",
            "explained",
        ),
    ],
)
def test_how_clause_is_indirect_speech(
    rec: Recognizer, sentence: str, words: str, speaker: str, kind: str, cue: str
) -> None:
    quotes = said(rec, HEAD + sentence + TAIL)
    assert quotes.get(words) == (speaker, kind, cue), quotes


@pytest.mark.parametrize(
    "sentence",
    [
        "Tomas Arvid recounted the night the roof fell in.",
        "Anna Berg described the damage to the dyke.",
    ],
)
def test_no_how_clause_no_words(rec: Recognizer, sentence: str) -> None:
    assert said(rec, HEAD + sentence + TAIL) == {}
