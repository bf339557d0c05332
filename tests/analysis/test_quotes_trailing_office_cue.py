"""A trailing ", her office said" / ", his spokesman said" is the cue: the words stop before it,
the verbs inside them ("promised") are part of what was said, and the speaker is the office's or
the spokesman's principal, the person the pronoun stands for, as "Berg's office said" is Berg's
and "Berg's spokesman said" Berg's spokesperson (review s42-rv 13, fourth point; round s43-y1:
the words ran on into ", her office said" under "promised", and "her office said" after a named
woman was no statement at all). The reported input first, then two variants of my own."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def _quotes(rec: Recognizer, text: str) -> list[tuple[str | None, str, str]]:
    """(speaker or None, cue, words) of the quotes in ``text``, a paragraph of an article."""
    text = "Story\n\nThe council met on Monday in Leeds.\n\n" + text + "\n"
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    return [
        (q.speaker.name if q.speaker is not None else None, q.cue, q.quoted)
        for q in find_quotes(article, rec.recognize(article))
    ]


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "The minister promised to review the rules, her office said.",
            (None, "said", "The minister promised to review the rules"),
        ),
        (
            "Anna Berg met the unions on Monday. The port would reopen within a week, her office said.",
            ("Anna Berg", "said", "The port would reopen within a week"),
        ),
        (
            "Tom Berg met the unions on Monday. He pledged to stay in the post, his spokesman said on Friday.",
            ("Spokesperson for Tom Berg", "said", "He pledged to stay in the post"),
        ),
    ],
)
def test_a_trailing_office_or_spokesman_cue(rec: Recognizer, text: str, quote: tuple[str | None, str, str]) -> None:
    assert _quotes(rec, text) == [quote]
