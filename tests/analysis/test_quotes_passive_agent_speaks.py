"""A passive report verb whose subject is the one told, with its agent and a "that" clause, is
reported speech by the agent: "He was told by police that X", "Residents were informed by the
council that X" report X as the police's, the council's (s35-q "Left undone": no statement, the
passive being no cue). The agent is resolved as a subject is: a name is its person or body, a
body's kind word alone ("police", "the council") the body the article named whose name holds it,
else unattributed (as "Police said X" is). A passive with no "that" clause ("told by police to
leave"), the agent of any other verb ("the ransom demanded by the hackers") and "by" of means
("told by letter") report nothing of the agent's.
"""

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
    article = Article("t", Path("/x/t.txt"), "Hospital hit\n\n" + text + "\n", "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    return [(q.speaker.name if q.speaker is not None else None, q.quoted, q.kind) for q in quotes]


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        # the reported shape ("He was told by police that …"), the police named earlier
        (
            "Halvik Police arrived at the hospital at noon. The night nurse was told by police that the records "
            "had been copied.",
            "Halvik Police",
            "the records had been copied",
        ),
        # variants of my own: a body by its full name, "were informed", a plural subject
        (
            "Residents were informed by Tollan District Council that the water was safe to drink.",
            "Tollan District Council",
            "the water was safe to drink",
        ),
        # a person with titles, a time between the agent and "that", "had been told"
        (
            "Okafor had been told by Detective Inspector Jonas Pellworth on Friday that the gang had been identified.",
            "Jonas Pellworth",
            "the gang had been identified",
        ),
        # "warned", the body named earlier by its kind word ("the trust")
        (
            "Velmont Health Trust shut its wards on Monday. Staff were warned by the trust that the systems would "
            "stay offline for a week.",
            "Velmont Health Trust",
            "the systems would stay offline for a week",
        ),
    ],
)
def test_passive_agent_is_the_speaker(rec: Recognizer, text: str, speaker: str, words: str) -> None:
    found = said(rec, text)
    assert (speaker, words, "reported") in found, found


def test_a_body_by_its_kind_word_alone_is_unattributed(rec: Recognizer) -> None:
    # as "Police said X" is when the article names no police force: kept, no speaker
    found = said(rec, "He was told by police that the records had been copied.")
    assert found == [(None, "the records had been copied", "reported")], found


@pytest.mark.parametrize(
    "text",
    [
        "He was told by police to leave the building at once.",
        "The night nurse was told by letter that her shift was cancelled.",
        "Staff were informed by email that the system was down.",
        "Velmont Health Trust will not pay the ransom demanded by the hackers.",
    ],
)
def test_no_agent_speaks(rec: Recognizer, text: str) -> None:
    found = said(rec, text)
    assert not any(s is not None and s.lower().endswith(("police", "hackers")) for s, _, _ in found), found


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Nurse Ama Boateng said she was told by police that the records had been copied.",
            "she was told by police that the records had been copied",
        ),
        (
            "He was told by police that the records had been copied, Ama Boateng said.",
            "He was told by police that the records had been copied",
        ),
    ],
)
def test_the_sentences_own_speaker_reports_being_told(rec: Recognizer, text: str, words: str) -> None:
    # a speech verb of the sentence's own: its speaker reports being told, the words are theirs
    assert said(rec, text) == [("Ama Boateng", words, "reported")]
