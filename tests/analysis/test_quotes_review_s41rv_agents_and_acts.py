"""Who speaks in "X's lawyer said", and what is no statement (review s41-rv findings 10 and 11,
round s41-z3). Each test: the reviewer's input first, then two variants of my own.

Before: "Ellery's lawyer said her client was deeply ashamed" was Mark Ellery's own statement (a
possessor's lawyer or spokesperson spoke as the possessor); "…, after Leeds City Council agreed a
4.99% rise." was the council's statement, cued by "agreed"; after "According to Faruque Hassan,
president of the association," the apposition opened the words reported."""

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
    # (a sentence before the text, as in an article: an unnamed group subject is read then)
    text = "Story\n\nThe council met on Monday in Leeds.\n\n" + text + "\n"
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    return [
        (q.speaker.name if q.speaker is not None else None, q.cue, q.quoted)
        for q in find_quotes(article, rec.recognize(article))
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Mark Ellery, 52, was jailed on Friday. Ellery's lawyer said her client was deeply ashamed.", None),
        ("Sam Okafor denied the charges. Okafor's solicitor said his client was innocent.", None),
        ("Sam Okafor denied the charges. Okafor’s spokeswoman said he would appeal.", "Spokesperson for Sam Okafor"),
    ],
)
def test_a_possessors_lawyer_or_spokesperson_is_not_the_possessor(
    rec: Recognizer, text: str, speaker: str | None
) -> None:
    said = [q for q in _quotes(rec, text) if q[1] == "said"]
    assert [q[0] for q in said] == [speaker], said


@pytest.mark.parametrize(
    "text",
    [
        "Band D bills will go up by £84.50 a year, or about £1.62 a week, after Leeds City Council agreed a 4.99% rise.",
        "Ministers agreed a £2bn package for the railways.",
        "The union agrees a deal with the owners, its leader said.",
    ],
)
def test_what_was_agreed_is_no_statement(rec: Recognizer, text: str) -> None:
    assert all(cue.lower() not in ("agreed", "agrees") for _, cue, _ in _quotes(rec, text))


def test_an_agreed_clause_still_reports(rec: Recognizer) -> None:
    assert _quotes(rec, "Leeds City Council agreed the rise was needed.") == [
        ("Leeds City Council", "agreed", "the rise was needed")
    ]


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            "According to Faruque Hassan, president of the Bangladesh Garment Manufacturers and Exporters "
            "Association (BGMEA), orders have fallen 15% this year.",
            "Faruque Hassan",
            "orders have fallen 15% this year",
        ),
        (
            "According to Lars Brekke, an analyst at DNB, the results were better than expected.",
            "Lars Brekke",
            "the results were better than expected",
        ),
        (
            "According to Maria Lopez, the mayor, the bridge will reopen in May.",
            "Maria Lopez",
            "the bridge will reopen in May",
        ),
    ],
)
def test_an_apposition_on_the_source_is_not_in_the_words(rec: Recognizer, text: str, speaker: str, words: str) -> None:
    assert _quotes(rec, text) == [(speaker, "According to", words)]


def test_an_apposition_in_the_reported_clause_stays(rec: Recognizer) -> None:
    got = _quotes(rec, "According to Maria Lopez, the driver, a 45-year-old man, was arrested at the scene.")
    assert [q[2] for q in got] == ["the driver, a 45-year-old man, was arrested at the scene"]
