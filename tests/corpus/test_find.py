"""Find in one text (the reader's ctrl+f): the search's tokens and folding, words in sequence,
the last one a prefix; offsets into the text."""

from __future__ import annotations

import pytest

from waic_reader.index.corpus.find import find_spans, text_tokens

TEXT = "Der Zürich-Hafen: 3,000 Schiffe. In Zurich, the ferry terminal; 在上海市的 ferry  terminals. İstanbul"


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("zurich", ["Zürich", "Zurich"]),
        ("ZÜRICH", ["Zürich", "Zurich"]),
        ("3000", ["3,000"]),
        ("3,000", ["3,000"]),
        ("ferry term", ["ferry terminal", "ferry  terminals"]),  # spacing between words is free
        ("ferry, terminals", ["ferry  terminals"]),  # so is punctuation typed between them
        ("the ferry", ["the ferry"]),  # stop words are found: nothing is dropped
        ("上海", ["上海"]),
        ("上海市", ["上海市"]),
        ("上", ["上"]),  # one CJK character: that character, not its bigram
        ("istanbul", ["İstanbul"]),
        ("", []),
        (",,", []),
        ("ferry terminals zeppelin", []),
        ("erry", []),  # words are matched from their start, as the search does
    ],
)
def test_find_spans(query: str, found: list[str]) -> None:
    assert [TEXT[a:b] for a, b in find_spans(text_tokens(TEXT), query)] == found
