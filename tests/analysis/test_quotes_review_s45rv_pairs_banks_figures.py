"""Who said what (#16, round s45-q): review s45-rv findings 11, 25, 26 and 19, tester t13am N9.
Each kind: the reported input first, then two variants of our own (names invented).

Before: "According to Fiona Blake, whose union has 300,000 members, the offer is too low." quoted
"000 members, the offer is too low" (the relative clause ended at the figure's comma)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.merge import merge_speakers
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def _said(rec: Recognizer, docs: dict[str, str]) -> dict[str, list[tuple[str | None, str]]]:
    """doc -> (speaker's name or None, words) of each quote, the speakers merged over ``docs``."""
    found = {}
    for doc, body in docs.items():
        article = Article(doc, Path(f"/x/{doc}.txt"), "Story\n\n" + body + "\n", "utf-8", "", True, None, True)
        found[doc] = find_quotes(article, rec.recognize(article))
    return {
        doc: [(q.speaker.name if q.speaker is not None else None, q.text) for q in qs]
        for doc, qs in merge_speakers(found).items()
    }


@pytest.mark.parametrize(
    ("sentence", "speaker", "words"),
    [
        (
            "According to Fiona Blake, whose union has 300,000 members, the offer is too low.",
            "Fiona Blake",
            "the offer is too low",
        ),
        (
            "According to Unite, which has 1,200,000 members, the strike will go ahead.",
            "Unite",
            "the strike will go ahead",
        ),
        ("According to Mark Hale, who runs a fund of $2,500,000, rates will fall.", "Mark Hale", "rates will fall"),
    ],
)
def test_a_figure_comma_ends_no_relative_clause(rec: Recognizer, sentence: str, speaker: str, words: str) -> None:
    assert _said(rec, {"t": sentence})["t"] == [(speaker, words)]
