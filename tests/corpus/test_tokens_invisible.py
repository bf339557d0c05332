"""The characters invisible inside words (zero-width space, non-joiner, joiner, word joiner, soft
hyphen, BOM) do not split a word for search or word counts, and fold leaves them out (issue #14,
t14c item 10: "coast&#8203;guard" was two words, so `search coastguard` found nothing)."""

from __future__ import annotations

import pytest

from waic_reader.index.corpus.tokens import fold, search_tokens, word_count, words
from waic_reader.index.search.whoosh.analyzer import token_forms


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("the coast\u200bguard said", "coastguard"),  # reported: a zero-width space
        ("the harbour\u200cmaster said", "harbourmaster"),  # ours: a non-joiner
        ("the break\u2060wa\u00adter held", "breakwater"),  # ours: a word joiner and a soft hyphen
    ],
)
def test_an_invisible_character_does_not_split_a_word(text: str, word: str) -> None:
    tokens = list(search_tokens(text))
    assert len(tokens) == 3, tokens
    raw, start, end = tokens[1]
    assert text[start:end] == raw  # offsets slice the text as written, the character included
    assert fold(raw) == word
    assert word in token_forms(raw)
    assert len(words(text)) == 3 and word_count(text) == 3


def test_an_invisible_character_between_words_leaves_them_apart() -> None:
    # guard: beside a space it splits nothing and joins nothing
    tokens = [fold(t) for t, _s, _e in search_tokens("ferry \u200bsank\u200b off Halvik")]
    assert tokens == ["ferry", "sank", "off", "halvik"]
    assert fold("Z\u00fcr\u00adich") == "zurich"
