"""A possessive pronoun's office speaks for any role subject before it (round s52-fx4; t13r2 NEW-3).

s52-q's rule (``pronouns._role_subject_before``) read "the governor"/"the mayor" as the subject a
later "Her office" stands for, but only for the quotes' own role words (``cues.ROLES``): "On
schools, the superintendent has promised updates. Her office said …" went to the sheriff named a
sentence before. The role subject is now any job word the project knows (``cues.ROLES`` and the
entity recogniser's ``lexicons.LOWER_TITLES``); unnamed, the office stays unattributed."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.merge import merge_speakers
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def said(rec: Recognizer, text: str) -> dict[str, str | None]:
    """``{words reported: speaker name or None}``."""
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    quotes = merge_speakers({"t": find_quotes(article, rec.recognize(article))})["t"]
    return {q.quoted: q.speaker.name if q.speaker else None for q in quotes}


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (  # reported (t13r2 NEW-3, valley-notes.md): no superintendent named
            "Valley notes\n\nSheriff Dagny Thorsdottir-Reyes also said two more roads had reopened. On schools, "
            "the superintendent has promised updates. Her office said classes would resume on Monday.\n",
            "classes would resume on Monday",
            None,
        ),
        (  # a coroner, no one named as coroner; the sheriff's gender matches the pronoun
            "Crash inquiry\n\nSheriff Tomas Brandvik said the road would stay shut overnight. As for the "
            "victims, the coroner has asked for patience. His office said names would be released on Friday.\n",
            "names would be released on Friday",
            None,
        ),
        (  # the superintendent named earlier: her office is hers
            "Flood update\n\nSuperintendent Mara Okafor-Lund visited two schools on Tuesday. Sheriff Ingrid Solberg "
            "said 40 homes were flooded. On schools, the superintendent has promised updates. Her office said "
            "buses would run again next week.\n",
            "buses would run again next week",
            "Mara Okafor-Lund",
        ),
    ],
)
def test_a_pronoun_office_speaks_for_any_role_subject(
    rec: Recognizer, text: str, words: str, speaker: str | None
) -> None:
    got = said(rec, text)
    assert words in got, got
    assert got[words] == speaker
