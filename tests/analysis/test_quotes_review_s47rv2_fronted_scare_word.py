"""Quotes findings 3 and 6 of review s47-rv2 (round s47-fx5). Each test: the reviewer's input
first, then a variant of my own.

* Finding 3: "When Ivo Lind left the court, his lawyer smiled and said …" was credited to Ivo Lind:
  the subject of a speech verb coordinated after another predicate was read before the sentence's
  first finite verb, the subordinate clause's. The main clause's subject speaks (after the
  fronted clause's comma), or no one when the clause has no comma to close it.
* Finding 6: one speaker's scare-quoted single word ("safe") joined an unrelated statement of
  theirs holding the word, shown "[altered]": a one-word run now needs another content word the
  two quotes' texts share."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.group import statements
from waic_reader.index.analysis.quotes.merge import merge_speakers
from waic_reader.index.analysis.quotes.model import Quote
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def _article(doc: str, body: str) -> Article:
    text = f"Ferry captain leaves court\n\nBy Jane Roe | The Daily Ledger | 14 March 2025\n\n{body}\n"
    return Article(doc, Path(f"/x/{doc}.txt"), text, "utf-8", "", True, None, True)


def said(rec: Recognizer, body: str) -> list[tuple[str | None, str]]:
    article = _article("t", body)
    return [
        (q.speaker.name if q.speaker is not None else None, q.text)
        for q in find_quotes(article, rec.recognize(article))
    ]


# --- finding 3: the subordinate clause's subject never speaks for the main clause ---------------


@pytest.mark.parametrize(
    ("body", "named", "words"),
    [
        (  # the reviewer's (c6)
            "When Ivo Lind left the court on Friday, his lawyer smiled and said the case against him would collapse.",
            "Ivo Lind",
            "the case against him would collapse",
        ),
        (  # the reviewer's (c5)
            "Minutes after Ivo Lind resigned, the company apologised and said the ferry had been overloaded.",
            "Ivo Lind",
            "the ferry had been overloaded",
        ),
        (  # variant: another subordinator, names and layout
            "Although Mayor Ilse Brandvold opposed the plan, the council voted on Monday and said the "
            "harbour wall would be rebuilt by June.",
            "Ilse Brandvold",
            "the harbour wall would be rebuilt by June",
        ),
        (  # variant: no comma closes the subordinate clause: no speaker rather than a wrong one
            "After Kari Holt resigned the board met and said a new chair would be named in May.",
            "Kari Holt",
            "a new chair would be named in May",
        ),
    ],
)
def test_a_subordinate_clauses_subject_is_not_the_coordinated_speaker(
    rec: Recognizer, body: str, named: str, words: str
) -> None:
    found = said(rec, body)
    assert [t for _s, t in found] == [words], found
    assert all(s is None or named not in s for s, _t in found), found


@pytest.mark.parametrize(
    ("body", "speaker", "words"),
    [
        (  # variant: a named subject after the fronted clause speaks
            "When the court rose on Friday, Mayor Anna Berg smiled and said the pier would reopen in spring.",
            "Anna Berg",
            "the pier would reopen in spring",
        ),
        (
            "Hours after Ivo Lind resigned, Councillor Selma Arvidsen stood up and said the ferry had been overloaded.",
            "Selma Arvidsen",
            "the ferry had been overloaded",
        ),
    ],
)
def test_the_main_clauses_subject_after_a_fronted_clause_speaks(
    rec: Recognizer, body: str, speaker: str, words: str
) -> None:
    found = said(rec, body)
    assert [(s is not None and s.endswith(speaker), t) for s, t in found] == [(True, words)], found


# --- finding 6: one scare-quoted word is no statement of another matter -------------------------


def _statements(rec: Recognizer, articles: dict[str, str]) -> list[list[Quote]]:
    found: dict[str, list[Quote]] = {}
    for doc, body in articles.items():
        article = _article(doc, body)
        found[doc] = find_quotes(article, rec.recognize(article))
    merged = merge_speakers(found)
    return [st.members for st in statements(q for qs in merged.values() for q in qs)]


@pytest.mark.parametrize(
    "articles",
    [
        {  # the reviewer's (c12)
            "a": "The old pier in Halvik collapsed on Friday, injuring nine people.\n\n"
            '"The old pier was never safe, and the operator knew it," Mayor Anna Berg said on Friday.',
            "b": "Two new ferries will serve Halvik from May, the council said.\n\n"
            'Mayor Anna Berg said the new ferries were "safe" and would cut crossing times by half.',
        },
        {  # variant: another evaluative word, speaker and layout
            "a": 'Health minister Kari Holt told parliament: "The closure of the maternity ward was unacceptable '
            'and we will reverse it."',
            "b": 'Kari Holt called the proposed fishing quotas "unacceptable" on Tuesday.',
        },
    ],
)
def test_one_scare_quoted_word_joins_no_other_statement(rec: Recognizer, articles: dict[str, str]) -> None:
    sts = _statements(rec, articles)
    assert all(len({q.doc for q in members}) == 1 for members in sts), sts


@pytest.mark.parametrize(
    "articles",
    [
        {  # one word about the same matter (the two share "quay"): one statement
            "a": 'Harbour master Selma Arvidsen said: "The new quay is safe and will open in June."',
            "b": 'Selma Arvidsen said the quay was "safe".',
        },
        {
            "a": 'Kari Holt told parliament: "The closure of the maternity ward was unacceptable and we will reverse it."',
            "b": 'Kari Holt said the ward closure was "unacceptable".',
        },
    ],
)
def test_one_quoted_word_about_the_same_matter_joins(rec: Recognizer, articles: dict[str, str]) -> None:
    shared = [members for members in _statements(rec, articles) if len(members) > 1]
    assert len(shared) == 1, _statements(rec, articles)
    assert {q.doc for q in shared[0]} == set(articles)
