"""A country's capital used for its government is the speaker, a place (issue #16, round s37-q).

"Brussels said the fund would …": a capital standing for a government or a body seated there
speaks as the organisations the speaker rules allow for do. The entity recogniser types the
capitals of its short list of cities ("Brussels", "Beijing", "Washington") a GPE wherever they
are, but 154 of the 246 capitals in capitals.txt as the subject of "said" were no mention: a
one-word name ending in "-s" ("Castries said") was taken for a lone surname and credited to
nobody, others ("Valletta said", "Phnom Penh insisted", "Mexico City warned") a person. A capital
the recogniser gives no mention is now a GPE speaker by the gazetteer's capitals; one that is a
given name too ("Victoria", "Douglas") is left to the recogniser.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.merge import merge_speakers
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article

HEAD = "Aid for the flooded valley\n\n"
TAIL = "\n\nThe river burst its banks on Tuesday.\n"


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def said(rec: Recognizer, text: str) -> dict[str, tuple[str, str] | None]:
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    quotes = merge_speakers({"t": find_quotes(article, rec.recognize(article))})["t"]
    return {q.quoted: (q.speaker.name, q.speaker.type) if q.speaker is not None else None for q in quotes}


@pytest.mark.parametrize(
    ("sentence", "words", "capital"),
    [
        # the reported kind: a capital in "-s" (taken for a lone surname, credited to nobody)
        ("Castries said the fund would be released in March.", "the fund would be released in March", "Castries"),
        # variants of my own: other capitals, other speech verbs, a trailing and an inverted tag
        ("Valletta insisted that the talks would continue.", "the talks would continue", "Valletta"),
        ("Sanctions will follow, Phnom Penh warned.", "Sanctions will follow", "Phnom Penh"),
        ('"The border stays open," said Mexico City.', "The border stays open", "Mexico City"),
        # (a denial keeps its verb: QUOTES_VERSION 57, t13ag N10)
        ("Windhoek has denied that the pipeline was damaged.", "denied that the pipeline was damaged", "Windhoek"),
    ],
)
def test_capital_speaks_as_a_place(rec: Recognizer, sentence: str, words: str, capital: str) -> None:
    quotes = said(rec, HEAD + sentence + TAIL)
    assert quotes.get(words) == (capital, "GPE"), quotes


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        # the recogniser's cities are GPEs already, and stay so
        (
            "Brussels said the fund would be released in March.",
            "the fund would be released in March",
            ("Brussels", "GPE"),
        ),
        ("Beijing insisted that the talks would continue.", "the talks would continue", ("Beijing", "GPE")),
        # a person's name stays a person's ("Stanley" is a given name and a capital)
        (
            "Stanley Okafor said the fund would be released in March.",
            "the fund would be released in March",
            ("Stanley Okafor", "PERSON"),
        ),
        # a surname in "-s" that is no capital is still no one's without a full name
        ("Castellanos said the fund would be released in March.", "the fund would be released in March", None),
    ],
)
def test_other_subjects_unchanged(rec: Recognizer, sentence: str, words: str, speaker: tuple[str, str] | None) -> None:
    quotes = said(rec, HEAD + sentence + TAIL)
    assert quotes.get(words, "missing") == speaker, quotes
