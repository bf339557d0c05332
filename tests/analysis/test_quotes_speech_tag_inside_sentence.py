"""A speech tag in commas inside its sentence, the clause it interrupts going on after it ("Santa
Clara, the ferry's captain said, had never carried so many fans.", "The plan, she said, was …",
"The dam, said engineer Tom Lund, was …"): the statement is the whole sentence without the tag,
its two parts joined by " … " as a split direct quote's are (t13u F14: the statement was "Santa
Clara" alone). An unnamed speaker ("the ferry's captain") stays unattributed, as a trailing one
does; a tag closing its clause ("…, officials said, as divers worked on") is unchanged."""

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
    article = Article("t", Path("/x/t.txt"), "Crush\n\n" + text + "\n", "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    return [(q.speaker.name if q.speaker is not None else None, q.kind, q.quoted) for q in quotes]


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        # reported (t13u's bulletin-radio.txt)
        (
            "Santa Clara, the ferry's captain said, had never carried so many fans.",
            None,
            "Santa Clara … had never carried so many fans",
        ),
        # variants: a named subject in the tag, a pronoun in it, the verb first in it
        (
            "The harbour, Mayor Ana Brandt said, would stay closed until Monday.",
            "Ana Brandt",
            "The harbour … would stay closed until Monday",
        ),
        (
            "Mayor Ana Brandt visited the dam on Friday. The plan, she said, was never tested.",
            "Ana Brandt",
            "The plan … was never tested",
        ),
        (
            "The old dam, said engineer Tom Lund, was never tested against a flood.",
            "Tom Lund",
            "The old dam … was never tested against a flood",
        ),
    ],
    ids=["reported", "named", "pronoun", "verb-first"],
)
def test_statement_is_the_sentence_without_its_tag(rec: Recognizer, text: str, speaker: str | None, words: str) -> None:
    assert (speaker, "reported", words) in said(rec, text)


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "Prices at the port, analysts said, rose sharply after the storm.",
            None,
            "Prices at the port … rose sharply after the storm",
        ),
        ("The ferry, Captain Ana Brandt said, sank in minutes.", "Ana Brandt", "The ferry … sank in minutes"),
    ],
    ids=["group-irregular-verb", "named-irregular-verb"],
)
def test_clause_going_on_with_an_irregular_verb(rec: Recognizer, text: str, speaker: str | None, words: str) -> None:
    assert (speaker, "reported", words) in said(rec, text)


def test_tag_closing_its_clause_is_unchanged(rec: Recognizer) -> None:
    found = said(rec, "The ferry sank at night, officials said, as divers worked on.")
    assert (None, "reported", "The ferry sank at night") in found


def test_parts_leave_the_tag_out(rec: Recognizer) -> None:
    text = "Santa Clara, the ferry's captain said, had never carried so many fans."
    article = Article("t", Path("/x/t.txt"), "Crush\n\n" + text + "\n", "utf-8", "", True, None, True)
    (q,) = find_quotes(article, rec.recognize(article))
    assert [article.text[s:e] for s, e in q.parts] == ["Santa Clara", "had never carried so many fans"]
    assert q.to_json()["text"] == "Santa Clara … had never carried so many fans"
