"""Possessives in a speaker's name (issue #16, round s41-e2): a body's possessive before its
spokesperson or office ("the Harbour Authority's spokesman said") credits the body named without
the "'s" (the ORG speaker was "Harbour Authority's"), and an owner's possessive before a body
("Taiwan's Central Weather Administration says", t13ai N12) is no part of the body's name (a
second speaker beside the entity list's "Central Weather Administration")."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.merge import merge_speakers
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article

HEAD = "Storm hits the island\n\n"


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def _speakers(rec: Recognizer, sentence: str) -> list[tuple[str, str] | None]:
    article = Article("t", Path("/x/t.txt"), HEAD + sentence, "utf-8", "", True, None, True)
    quotes = merge_speakers({"t": find_quotes(article, rec.recognize(article))})["t"]
    return [(q.speaker.name, q.speaker.type) if q.speaker is not None else None for q in quotes]


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        # the reported input (s41-y2's leftover)
        ("The Harbour Authority's spokesman said the port would reopen on Friday.", "Harbour Authority"),
        # variants of my own: a typographic apostrophe and an office; a three-word body and a statement
        ("The Port Authority\u2019s office said ships were waiting outside.", "Port Authority"),
        ("The Maritime Safety Board's statement said ships were waiting outside.", "Maritime Safety Board"),
    ],
)
def test_body_possessive_speaks_as_the_body(rec: Recognizer, sentence: str, body: str) -> None:
    assert _speakers(rec, sentence) == [(body, "ORG")]


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        # the reported input (t13ai N12, the Harbour Herald's live page)
        ("The death toll has risen to nine, Taiwan's Central Weather Administration says.", "Central Weather Administration"),
        # variants of my own: another country's body after the quote; before the words, "said"
        ("The dam is full, Norway's Water Resources Directorate says.", "Water Resources Directorate"),
        ("Japan's Fair Trade Commission said it would look into the deal.", "Fair Trade Commission"),
    ],
)  # fmt: skip
def test_owners_possessive_before_a_body_is_not_its_name(rec: Recognizer, sentence: str, body: str) -> None:
    assert _speakers(rec, sentence) == [(body, "ORG")]


def test_a_firm_named_with_a_possessive_keeps_it(rec: Recognizer) -> None:
    assert _speakers(rec, "McDonald's Corp said sales rose.") == [("McDonald's Corp", "ORG")]
