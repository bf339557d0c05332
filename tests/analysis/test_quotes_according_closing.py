"""Words closed by "…, according to X." (issue #16, round s37-q; found by s36-x3).

'"The harbour is closed to all traffic," according to the coastguard.' was a quotation credited to
no one ("according to" never tagged a direct quote), and '… traffic, according to the
coastguard.' no statement at all: a coastguard was no body's noun, so no speaker opened the words
after "according to". A closing "according to X" tags the words before its comma, a quotation's
too, as a trailing "said X" does: X is the speaker, a body the article named (its noun in the
body's name) or, named nowhere, the body as written (unattributed, still listed). Documents
("according to the latest figures") are no speakers.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article

HEAD = "Storm closes Kerrow harbour\n\n"
TAIL = "\n\nThe storm reached the coast near Kerrow on Tuesday night.\n"
MISSING = object()


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def said(rec: Recognizer, text: str) -> dict[str, str | None]:
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    return {q.quoted.strip('"“”'): (q.speaker.name if q.speaker is not None else None) for q in quotes}


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        # the reported sentences, the coastguard named before
        (
            'The Kerrow Coastguard sent two lifeboats. "The harbour is closed to all traffic," according to the coastguard.',
            "The harbour is closed to all traffic",
            "Kerrow Coastguard",
        ),
        (
            "The Kerrow Coastguard sent two lifeboats. The harbour is closed to all traffic, according to the coastguard.",
            "The harbour is closed to all traffic",
            "Kerrow Coastguard",
        ),
        # variants of my own: the body named in the tag, another body's noun, a person
        (
            "The harbour is closed to all traffic, according to the Kerrow Coastguard.",
            "The harbour is closed to all traffic",
            "Kerrow Coastguard",
        ),
        (
            'The Kerrow Port Authority closed the quay. "Ships must wait offshore," according to the port authority.',
            "Ships must wait offshore",
            "Kerrow Port Authority",
        ),
        (
            '"Three fishermen are still missing," according to Mayor Ana Ruiz.',
            "Three fishermen are still missing",
            "Ana Ruiz",
        ),
        (
            "“Two homes burned down overnight,” according to Tomas Arvid, the harbour master.",
            "Two homes burned down overnight",
            "Tomas Arvid",
        ),
    ],
)
def test_closing_according_to_names_the_speaker(rec: Recognizer, sentence: str, words: str, speaker: str) -> None:
    quotes = said(rec, HEAD + sentence + TAIL)
    assert quotes.get(words, MISSING) == speaker, quotes
    assert "the harbour master" not in quotes, quotes  # the title after the name is no statement


@pytest.mark.parametrize(
    "sentence",
    [
        '"The harbour is closed to all traffic," according to the coastguard.',
        "The harbour is closed to all traffic, according to the coastguard.",
        "“The harbour is closed to all traffic”, according to the coastguard.",
    ],
)
def test_closing_according_to_an_unnamed_body_is_listed_unattributed(rec: Recognizer, sentence: str) -> None:
    quotes = said(rec, HEAD + sentence + TAIL)
    assert quotes.get("The harbour is closed to all traffic", MISSING) is None, quotes


@pytest.mark.parametrize(
    "sentence",
    [
        "Three fishermen are missing, according to the latest figures.",
        "Prices rose by 4%, according to data from the statistics office.",
    ],
)
def test_closing_according_to_a_document_reports_nothing(rec: Recognizer, sentence: str) -> None:
    quotes = said(rec, HEAD + sentence + TAIL)
    assert not any(w.startswith(("Three", "Prices")) for w in quotes), quotes
