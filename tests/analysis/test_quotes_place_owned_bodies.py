"""A place's possessive before a body's noun is that body speaking, never the bare place:
"Poland's foreign ministry said …" is the ministry (the ministry the article names, else as written,
unattributed), not Poland (t13n F10: speaker Poland, GPE)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def said(rec: Recognizer, text: str) -> list[tuple[str | None, str]]:
    article = Article("t", Path("/x/t.txt"), "Blast\n\n" + text + "\n", "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    return [(q.speaker.name if q.speaker is not None else None, q.text) for q in quotes]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Poland's foreign ministry said consul Anna Nowak had travelled to the town.",
            "consul Anna Nowak had travelled to the town",
        ),
        ("Hungary's interior ministry said two officers were sent to the site.", "two officers were sent to the site"),
        ("Lisbon's fire brigade said the blaze was under control by noon.", "the blaze was under control by noon"),
    ],
)
def test_owned_body_is_no_place(rec: Recognizer, text: str, words: str) -> None:
    assert said(rec, text) == [(None, words)]


def test_the_body_named_before_speaks(rec: Recognizer) -> None:
    text = "The Interior Ministry met on Monday. Hungary's interior ministry said two officers were sent."
    assert said(rec, text) == [("Interior Ministry", "two officers were sent")]


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        # the body after its verb
        ("The mine was closed, said Poland's foreign ministry.", None, "The mine was closed"),
        # a role of the place: the person introduced so, else the role as written
        ("Poland's president said the town would get help.", None, "the town would get help"),
        (
            "President Andrzej Duda visited the town. Poland's president said the town would get help.",
            "Andrzej Duda",
            "the town would get help",
        ),
        # a nation's delegation or envoy at talks speaks as the nation (the quotes_eval gold)
        ("China's delegation said the talks would go on.", "China", "the talks would go on"),
    ],
)
def test_owned_body_after_its_verb_and_roles(rec: Recognizer, text: str, speaker: str | None, words: str) -> None:
    assert said(rec, text) == [(speaker, words)]
