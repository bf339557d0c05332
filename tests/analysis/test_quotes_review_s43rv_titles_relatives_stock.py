"""A party's title before its holder's name, a relative clause closing a trailing subject, and a
stock phrase two people each said (review s43-rv finding 14, round s44-q). Each test: the reported
input first, then two variants of my own.

Before: "The Liberal Democrat group leader, Sam Okoro, said …" was unattributed (the nationality
word and the title were read as an unnamed group, "Democrat group leader"); "…, Marsh, who has led
the union since 2019, said." gave no quote; and "We are very disappointed", said by Tom Avery in
one outlet and Helen Marsh in another, was one "altered" statement of both."""

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


def _found(rec: Recognizer, doc: str, paragraph: str) -> list[Quote]:
    text = "Story\n\nThe council met on Monday in Leeds.\n\n" + paragraph + "\n"
    article = Article(doc, Path(f"/x/{doc}.txt"), text, "utf-8", "", True, None, True)
    return find_quotes(article, rec.recognize(article))


def _quotes(rec: Recognizer, text: str) -> list[tuple[str | None, str, str]]:
    """(speaker or None, cue, words) of the quotes in ``text``, a paragraph of an article."""
    return [(q.speaker.name if q.speaker is not None else None, q.cue, q.quoted) for q in _found(rec, "t", text)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The Liberal Democrat group leader, Sam Okoro, said the cuts would "hollow out" local services.', "Sam Okoro"),
        ("The Republican group chairman, Jim Cole, said the vote was rigged.", "Jim Cole"),
        ("The American group leader, Ana Ruiz, told reporters the plan was unfair.", "Ana Ruiz"),
    ],
)
def test_a_partys_title_before_a_name_in_commas_is_the_names(rec: Recognizer, text: str, speaker: str) -> None:
    assert [q[0] for q in _quotes(rec, text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "The offer was not good enough, Marsh, who has led the union since 2019, said.",
            "Marsh",
            "The offer was not good enough",
        ),
        ("The plan would fail, Okoro, who chairs the finance committee, said.", "Okoro", "The plan would fail"),
        (
            "Talks had collapsed, Tom Avery, whose council faces a £30m gap, said on Monday.",
            "Tom Avery",
            "Talks had collapsed",
        ),
    ],
)
def test_a_relative_clause_between_a_trailing_subject_and_its_verb(
    rec: Recognizer, text: str, speaker: str, words: str
) -> None:
    assert _quotes(rec, text) == [(speaker, "said", words)]


@pytest.mark.parametrize(
    "articles",
    [
        {  # the reviewer's `same` corpus, shortened
            "a": '"We are very disappointed," said council leader Tom Avery. "The door remains open."',
            "b": '"We are very disappointed," said Helen Marsh, the union\'s regional secretary. "Our members '
            'deserve better."',
            "c": 'Council leader Tom Avery said: "We are very disappointed. The door remains open."',
        },
        {
            "a": '"We are delighted with the result," said Anna Berg, the club chair.',
            "b": '"We are delighted with the result," said coach Lars Ekdahl.',
        },
        {
            "a": '"We are deeply saddened," said Mayor Ilse Brandt.',
            "b": '"We are deeply saddened," said Jonas Feld, the union leader.',
        },
    ],
)
def test_a_stock_phrase_of_two_named_people_is_two_statements(rec: Recognizer, articles: dict[str, str]) -> None:
    found = {doc: _found(rec, doc, paragraph) for doc, paragraph in articles.items()}
    sts = statements(q for qs in merge_speakers(found).values() for q in qs)
    for st in sts:
        named = {q.speaker.name for q in st.members if q.speaker is not None}
        assert len(named) == 1, [(q.doc, q.speaker, q.quoted) for q in st.members]
