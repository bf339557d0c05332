"""A time, a date or a figure alone in quotation marks quotes no one, and such words alone report
nothing: no quote, no statement (round s43-y1: a live blog's quoted "16:40 GMT" deadline was a
direct quote). Words around such marks that report something stay a statement, `reported`, as
without the marks. The reported input first, then two variants of my own. The calendar test is
the date stamps' (date_stamps.is_calendar), the figure the one figure recogniser's."""

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
    """(speaker or None, kind, words) of the quotes in ``text``, a paragraph of an article."""
    text = "Story\n\nThe union met on Monday in Marholm.\n\n" + text + "\n"
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    return [
        (q.speaker.name if q.speaker is not None else None, q.kind, q.quoted)
        for q in find_quotes(article, rec.recognize(article))
    ]


@pytest.mark.parametrize(
    "text",
    [
        '"16:40 GMT," the union\'s notice said.',
        'The employers were given a deadline: "midnight on Friday".',
        'Marta Ilvesco met the employers on Monday. "Wednesday, 16.40," she said.',
    ],
)
def test_a_value_alone_in_marks_is_no_quote(rec: Recognizer, text: str) -> None:
    assert _quotes(rec, text) == []


def test_words_around_a_quoted_value_are_reported(rec: Recognizer) -> None:
    assert _quotes(rec, 'Marta Ilvesco said the offer was "4.5 percent".') == [
        ("Marta Ilvesco", "reported", 'the offer was "4.5 percent"')
    ]
