"""Named speakers with an affiliation and groups described by an "of" phrase (t13k F8, F15;
names invented): "Professor X Y of the university said …" was an unattributed statement (the
university's words), "Residents of the valley said …" no statement at all. The reported shapes
and two invented variants each."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article

FIRST = "Valley news\n\nTor Lyng runs the Hallvik plant.\n\n"


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def said(rec: Recognizer, sentence: str) -> list[tuple[str | None, str]]:
    """(speaker's name or None for unattributed, words) of each statement ``sentence`` gives."""
    article = Article("t", Path("/x/t.txt"), FIRST + sentence + "\n", "utf-8", "", True, None, True)
    mentions = rec.recognize(article)
    return [(q.speaker.name if q.speaker is not None else None, q.text) for q in find_quotes(article, mentions)]


@pytest.mark.parametrize(
    ("sentence", "speaker", "words"),
    [
        # reported (t13k F8)
        (
            "Professor Lise Hinterkamp of the university said the drought had begun in May.",
            "Lise Hinterkamp",
            "the drought had begun in May",
        ),
        # invented: no title, a union; a job word and "from" before the body
        ("Ola Brekstad of the union said the talks had failed.", "Ola Brekstad", "the talks had failed"),
        ("Senior engineer Trude Aasvik from the university said the dam held.", "Trude Aasvik", "the dam held"),
    ],
)
def test_a_named_speaker_of_a_body_speaks(rec: Recognizer, sentence: str, speaker: str, words: str) -> None:
    assert said(rec, sentence) == [(speaker, words)]


def test_the_body_alone_stays_unattributed(rec: Recognizer) -> None:
    # no name before "of": the head of the union is no one named
    assert said(rec, "The head of the union said the talks had failed.") == [(None, "the talks had failed")]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # reported (t13k F15)
        ("Residents of the valley said the warning came too late.", "the warning came too late"),
        # invented: two words after "of"; a role's plural
        ("Residents of the old quarter said the alarm never sounded.", "the alarm never sounded"),
        ("Passengers of the late ferry said the crossing was rough.", "the crossing was rough"),
    ],
)
def test_a_group_described_by_an_of_phrase_is_unattributed(rec: Recognizer, sentence: str, words: str) -> None:
    assert said(rec, sentence) == [(None, words)]


@pytest.mark.parametrize(
    ("sentence", "speaker", "words"),
    [
        # reported (t13k F18): a title of four capitalised words after the cue
        (
            "We were not warned at all, said Deputy Chief Fire Officer Arne Rise.",
            "Arne Rise",
            "We were not warned at all",
        ),
        (
            "We were not warned at all, said Deputy Chief Fire Officer Arne Rise, who led the crews.",
            "Arne Rise",
            "We were not warned at all",
        ),
        # invented: a title with "of" in it and the verb's time after the name
        (
            "The pumps failed twice, said Assistant Head of Harbour Security Per Lie on Friday.",
            "Per Lie",
            "The pumps failed twice",
        ),
        # reported (t13k F18): "according to" a name closing the sentence
        (
            "The phone lines were down for most of the night, according to Mona Thue.",
            "Mona Thue",
            "The phone lines were down for most of the night",
        ),
        # invented: a job in lower case, a capitalised title before the name
        (
            "The ferry left two hours late, according to harbour master Gaute Ness.",
            "Gaute Ness",
            "The ferry left two hours late",
        ),
        (
            "The ferry left two hours late, according to Deputy Harbour Master Gaute Ness.",
            "Gaute Ness",
            "The ferry left two hours late",
        ),
    ],
)
def test_a_trailing_speaker_after_a_long_title_or_according_to_speaks(
    rec: Recognizer, sentence: str, speaker: str, words: str
) -> None:
    assert said(rec, sentence) == [(speaker, words)]


def test_according_to_a_thing_with_no_comma_is_no_statement(rec: Recognizer) -> None:
    # "according to the timetable" inside the clause, no comma before it: nobody's words
    assert said(rec, "The ferry left late according to the timetable of Nordfjord Ferjer AS.") == []


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("The phone lines were down for most of the night, according to the council.", "The phone lines were down for most of the night"),
        ("The ferry left two hours late, according to police.", "The ferry left two hours late"),
    ],
)  # fmt: skip
def test_a_closing_according_to_an_unnamed_body_is_unattributed(rec: Recognizer, sentence: str, words: str) -> None:
    assert said(rec, sentence) == [(None, words)]
