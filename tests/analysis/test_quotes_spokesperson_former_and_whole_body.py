"""A former spokesperson, and a body named by a place and a noun (review s39-rv, finding 7, of
round s39-x2's "Spokesperson for <body>" rule).

* "A former spokesman for the Green Party said …" was "Spokesperson for Green Party": a former
  spokesperson speaks for the body no more, an unnamed person (unattributed).
* "A spokesman for Ghent police said …" was "Spokesperson for Ghent": the body is the whole noun
  phrase, "Ghent police", not the city.
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


def said(rec: Recognizer, sentence: str) -> dict[str, tuple[str, str | None] | None]:
    """``{quoted words: (speaker name, body spoken for) or None}``."""
    text = HEAD + sentence + TAIL
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    quotes = merge_speakers({"t": find_quotes(article, rec.recognize(article))})["t"]
    return {q.quoted: (q.speaker.name, q.speaker.body) if q.speaker else None for q in quotes}


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # the reviewer's input
        (
            "A former spokesman for the Green Party said the party had ignored the warnings.",
            "the party had ignored the warnings",
        ),
        # variants of my own: "ex-" joined to the noun, "one-time"
        ("An ex-spokesman for Nordair said the airline had cut corners.", "the airline had cut corners"),
        ("A one-time spokeswoman for the Ministry of Health said the wards were full.", "the wards were full"),
    ],
)
def test_former_spokesperson_speaks_for_no_body(rec: Recognizer, sentence: str, words: str) -> None:
    found = said(rec, sentence)
    assert words in found
    assert found[words] is None  # unattributed: neither the body nor its spokesperson


@pytest.mark.parametrize(
    ("sentence", "words", "body"),
    [
        # the reviewer's input
        ("A spokesman for Ghent police said two people were missing.", "two people were missing", "Ghent police"),
        # variants of my own: a facility's noun, two nouns
        ("A spokesperson for Tromsø harbour said the ferry was late.", "the ferry was late", "Tromsø harbour"),
        ("A spokeswoman for Ghent fire brigade said the dykes had held.", "the dykes had held", "Ghent fire brigade"),
        # guards: an adverb after the name is no part of the body
        ("A spokesman for Ghent also said the dykes had held.", "the dykes had held", "Ghent"),
        (
            "A senior spokeswoman for the Ministry of Health said the wards were full.",
            "the wards were full",
            "Ministry of Health",
        ),
    ],
)
def test_spokesperson_for_the_whole_body(rec: Recognizer, sentence: str, words: str, body: str) -> None:
    found = said(rec, sentence)
    assert words in found
    hit = found[words]
    assert hit is not None and hit[1] == body
