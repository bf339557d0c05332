"""A body's possessive before its spokesperson or office ("the Harbour Authority's spokesman
said") credits the body, named without the "'s" (issue #16, round s41-e2: the ORG speaker was
"Harbour Authority's", a second speaker beside the entity list's "Harbour Authority")."""

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
    article = Article("t", Path("/x/t.txt"), HEAD + sentence, "utf-8", "", True, None, True)
    quotes = merge_speakers({"t": find_quotes(article, rec.recognize(article))})["t"]
    found = [(q.speaker.name, q.speaker.type) if q.speaker is not None else None for q in quotes]
    assert found == [(body, "ORG")], found
