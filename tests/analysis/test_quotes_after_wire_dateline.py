"""A direct quotation opening a wire story's first sentence, right after its dateline, stands as
its sentence: the dateline is no words before it (t13v F10b: 'TOULON, Aug 16 (AP) - "The smoke
was everywhere," said Insp. Laure Petit.' gave no quote at all, and with "X said" after it the
quote's text began with its opening mark)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def said(rec: Recognizer, text: str) -> list[tuple[str | None, str, str]]:
    article = Article(
        "t", Path("/x/t.txt"), "Second\n\nBy Paul Roche\n\n" + text + "\n\nMore later.\n", "utf-8", "", True, None, True
    )
    quotes = find_quotes(article, rec.recognize(article))
    return [(q.speaker.name if q.speaker is not None else None, q.quoted, q.kind) for q in quotes]


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        # reported (t13v repro/v4/b.txt)
        (
            'TOULON, Aug 16 (AP) - "The smoke was everywhere," said Insp. Laure Petit.',
            "Laure Petit",
            "The smoke was everywhere",
        ),
        (
            'TOULON, Aug 16 (AP) - "The smoke was everywhere," Insp. Laure Petit said.',
            "Laure Petit",
            "The smoke was everywhere",
        ),
        # variants: another agency and a role; an em dash and "told reporters"; no agency
        (
            'LIMA, June 3 (Reuters) - "We lost everything," said farmer Rosa Quispe, 58.',
            "Rosa Quispe",
            "We lost everything",
        ),
        ('PORTMERE (AP) — "Nobody slept," Col. Hugo Renard told reporters.', "Hugo Renard", "Nobody slept"),
        ('BODØ, March 12 - "It was a wall of water," said Ingrid Solheim.', "Ingrid Solheim", "It was a wall of water"),
    ],
)
def test_a_quote_right_after_a_dateline_is_attributed(rec: Recognizer, text: str, speaker: str, words: str) -> None:
    assert said(rec, text) == [(speaker, words, "direct")]


def test_a_dateline_before_reported_speech_is_unchanged(rec: Recognizer) -> None:
    # guard: the dateline still opens reported speech's sentence as before
    got = said(rec, "TOULON, Aug 16 (AP) - Firefighters said the blaze was contained.")
    assert got == [(None, "the blaze was contained", "reported")]
