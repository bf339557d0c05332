"""Counts in headings and status lines take the noun's number ("1 outlet", not "1 outlets";
acceptance tester, issue 17)."""

from __future__ import annotations

import pytest

from waic_reader.index.corpus.text import counted


@pytest.mark.parametrize(
    ("n", "noun", "plural", "want"),
    [
        (1, "article", None, "1 article"),
        (0, "article", None, "0 articles"),
        (2, "outlet", None, "2 outlets"),
        (1, "entry", "entries", "1 entry"),
        (3, "entry", "entries", "3 entries"),
    ],
)
def test_counted(n: int, noun: str, plural: str | None, want: str) -> None:
    assert counted(n, noun, plural) == want
