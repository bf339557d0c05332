"""A comment's header, a name and a speech verb with a colon and then a date stamp ("Annika says: 9
March 2026 at 12:02"), is no speech: the words after the colon are when the comment was posted, the
name a commenter's, never a speaker (t13x F6, minor: ``quotes --json`` listed a speaker "Annika"
with the words ": 9 March 2026 at 12:02", and a PERSON "O" from "Per_O says: 9 March 2026 at 12:15",
in the comments of data/web/daily-beacon-page). A quote in boilerplate is never a statement."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.group import statements
from waic_reader.index.analysis.quotes.model import Quote
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def quotes(rec: Recognizer, text: str, noise: bool = False) -> list[Quote]:
    article = Article("t", Path("/x/t.txt"), "Dam report\n\n" + text + "\n", "utf-8", "", True, None, True)
    spans = [(len("Dam report\n\n"), len(article.text))] if noise else []
    return find_quotes(article, rec.recognize(article), spans)


@pytest.mark.parametrize(
    "comments",
    [
        # the reported comments (t13x data/web/daily-beacon-page)
        "Comments (14 posted)\nAnnika says: 9 March 2026 at 12:02\nThoughts with everyone in Kellby.\nReply\n"
        "Per_O says: 9 March 2026 at 12:15\nWho signed off on that spillway?\nReply",
        # variants of my own: other names, date forms and verbs, the comment's words on the same line
        "Marit Holm says: March 9, 2026 at 9:14 pm\nPraying for Greta and her family.",
        "Lars H. wrote: 10/03/2026 at 08:40\nThe spillway report was public for two years.",
        "Kari Nordmann replied: 2026-03-09 13:01\nAgreed, the council knew.",
        "Nguyễn Văn An says: 9 March 2026 at 22:47 The council knew about the spillway for years.",
    ],
)
def test_a_comment_header_is_no_speech(rec: Recognizer, comments: str) -> None:
    got = [(q.speaker.name if q.speaker else None, q.quoted) for q in quotes(rec, comments)]
    assert got == [], got


def test_speech_after_a_colon_is_still_speech(rec: Recognizer) -> None:
    # words after "said:" that are more than a date stay the speaker's (no colon opening them)
    got = [
        (q.speaker.name if q.speaker else None, q.quoted)
        for q in quotes(rec, "Mayor Ana Ferreira said: Monday 9 March will be a day of mourning in Kellby.")
    ]
    assert got == [("Ana Ferreira", "Monday 9 March will be a day of mourning in Kellby")], got


def test_a_quote_in_boilerplate_is_no_statement(rec: Recognizer) -> None:
    # A commenter's words in the page's boilerplate are flagged noise and never lined up.
    found = quotes(rec, 'Comments\nMarit Holm said the council "knew about the spillway for years".', noise=True)
    assert found and all(q.noise for q in found)
    assert statements(found) == []
