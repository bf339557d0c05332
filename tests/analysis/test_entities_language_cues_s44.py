"""A language no list calls core, read as a language by the words around it (issue #16, round
s44-e: held-out 37's "Livonian" and "Sasak" were GPEs at every mention): the reported texts and two
invented variants per kind.

- After a verb of speaking, learning or teaching, a verb in the past right after the name goes on
  the clause, so the name is no adjective of a noun ("speaking Livonian died").
- A conversation or a chat held "in" it ("hold a conversation in Livonian").
- A quoted word glossed by its meaning, unquoted, "in" a language ('"Inaq" means mother in Sasak').
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def label_of(rec: Recognizer, text: str, name: str) -> str | None:
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    return next((m.label for m in rec.recognize(article) if m.text == name), None)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The last person to grow up speaking Livonian died in 2013.", "Livonian"),  # reported
        ("The boy who grew up speaking Sasak moved to Jakarta.", "Sasak"),
        ("His uncle speaking Votic walked in.", "Votic"),
        # reported
        ("There are now about 40 people who can hold a conversation in Livonian, or its own name.", "Livonian"),
        ("They had a chat in Sasak with the weavers.", "Sasak"),
        ("Two pupils held a conversation in Votic for the class.", "Votic"),
        ('The loom is kept by the mothers. "Inaq" means mother in Sasak.', "Sasak"),  # reported
        ('The word "kene" means design in Shipibo.', "Shipibo"),
        ('"Tuan" meant lord in Tausug, she said.', "Tausug"),
    ],
)
def test_the_words_around_it_make_a_language(rec: Recognizer, text: str, language: str) -> None:
    assert label_of(rec, text, language) == "LANGUAGE"


def test_a_quoted_word_and_a_place_after_in_is_no_language(rec: Recognizer) -> None:
    assert label_of(rec, '"Hello" was the word in London.', "London") == "GPE"
