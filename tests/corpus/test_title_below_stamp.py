"""A short text that opens with a date stamp is named by its first sentence, not by the stamp
(acceptance, issue 17: "Posted: Mar 14, 2025" over "Ferry story with a posted line. 12 people
died." was the derived title, though the same line is boilerplate in the noise split)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Article
from waic_reader.index.corpus.titles import derive_title


@pytest.mark.parametrize(
    ("stamp", "body", "title"),
    [
        ("Posted: Mar 14, 2025", "Ferry story with a posted line. 12 people died.", "Ferry story with a posted line."),
        ("Updated: March 3, 2025 10:00", "Bridge reopens at dawn. Traffic was light.", "Bridge reopens at dawn."),
        ("Friday, March 14, 2025", "Harbour crane falls. Nobody was hurt.", "Harbour crane falls."),
    ],
)
def test_a_stamp_over_a_short_text_is_not_its_title(stamp: str, body: str, title: str) -> None:
    article = Article("t", Path("t.txt"), f"{stamp}\n\n{body}\n", "utf-8", "", True, None, True)
    assert derive_title(article.blocks, article.sentences) == title
