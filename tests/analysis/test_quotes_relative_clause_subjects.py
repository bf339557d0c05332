"""A subject with a restrictive relative clause before its speech verb (issue #13, acceptance
report t13m F12; names invented): "The nurse who insists on anonymity said the ward flooded." gave
the clause's words as the statement ("on anonymity said the ward flooded"), "A union that argues for
higher pay said the cuts were unfair." was dropped, "The driver who refused to give his name said
…" was credited to the last person named ("his" read as the subject). The noun phrase before the
clause is the speaker (a role or an institution no one named is unattributed; a union the article
names is that union, a company the firm), a speech verb inside the clause ("insists", "argues") is
no cue, and the statement is what follows the main verb. The reported sentences and two invented
variants each."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article

FIRST = "Storm report\n\nKarsten Vollmer and Ines Brandauer attended. Weisskamm Logistik AG was named.\n\n"


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def said(rec: Recognizer, sentence: str, first: str = FIRST) -> list[tuple[str | None, str]]:
    """(speaker's name or None for unattributed, words) of each statement ``sentence`` gives."""
    article = Article("t", Path("/x/t.txt"), first + sentence + "\n", "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    return [(q.speaker.name if q.speaker is not None else None, q.text) for q in quotes if q.start >= len(first)]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # reported (t13m F12)
        ("The nurse who insists on anonymity said the ward flooded.", "the ward flooded"),
        ("A union that argues for higher pay said the cuts were unfair.", "the cuts were unfair"),
        # invented: other nouns, relative pronouns and speech verbs in the clause
        ("The porter who complains about the rota said the lifts failed.", "the lifts failed"),
        ("A charity which campaigns for the homeless said the shelter was full.", "the shelter was full"),
        ("The teacher who warned the council told reporters the school was shut.", "the school was shut"),
        # invented: no speech verb in the clause, a possessive there that names no one
        ("The driver who refused to give his name said the road was closed.", "the road was closed"),
        ("A farmer who lost her herd said the water rose overnight.", "the water rose overnight"),
    ],
)
def test_the_noun_before_the_relative_clause_speaks_unattributed(rec: Recognizer, sentence: str, words: str) -> None:
    assert said(rec, sentence) == [(None, words)]


@pytest.mark.parametrize(
    ("sentence", "speaker", "words"),
    [
        (
            "A union that argues for higher pay said the cuts were unfair.",
            "Baranya Nurses Union",
            "the cuts were unfair",
        ),
        (
            "The union which insists on a ballot said the offer was too low.",
            "Baranya Nurses Union",
            "the offer was too low",
        ),
        (
            "The company that refused to comment said the depot would reopen.",
            "Weisskamm Logistik AG",
            "the depot would reopen",
        ),
    ],
)
def test_a_described_body_the_article_names_speaks(rec: Recognizer, sentence: str, speaker: str, words: str) -> None:
    first = "Storm report\n\nMembers of the Baranya Nurses Union met Weisskamm Logistik AG.\n\n"
    assert said(rec, sentence, first) == [(speaker, words)]


def test_a_relative_clause_with_no_main_speech_verb_reports_nothing(rec: Recognizer) -> None:
    assert said(rec, "A firm that insists on safety was hired.") == []
