"""Quotes of round s52-q (issue #16). A possessive pronoun's office or spokesman speaks for the
person a role subject between the last speaker and it stands for ("…, the sheriff said. On money,
the governor has been quoted as promising …. Her office told us …": the governor's, never the
sheriff's; unattributed when the article names no governor) (t13aw N7). Reported speech after a
colon is the whole clause: "has just updated the toll: four people are now confirmed dead …",
"has confirmed the figures: two bridges are closed …" (t13aw N11)."""

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
        (  # reported (t13aw N7, bayside-blog.md), the governor named earlier
            "Fire\n\nGovernor Ngozi MacAuliffe-Brandt visited the site. Sheriff Dagny Thorsdottir-Reyes said 230 "
            "homes were lost. On money, the governor has been quoted as promising both $2.5 million and $25 "
            "million. Her office told us the $25 million is a total, of which $2.5 million is released now.\n",
            "the $25 million is a total, of which $2.5 million is released now",
            "Ngozi MacAuliffe-Brandt",
        ),
        (  # as in the file: no governor named in the article, so no one's, never the sheriff's
            "Fire\n\nSheriff Dagny Thorsdottir-Reyes said 230 homes were lost. On money, the governor has been "
            "quoted as promising both $2.5 million and $25 million. Her office told us the $25 million is a "
            "total, of which $2.5 million is released now.\n",
            "the $25 million is a total, of which $2.5 million is released now",
            None,
        ),
        (  # variant: another role, the last speaker of the pronoun's gender
            "Storm\n\nGovernor Anna Lindqvist-Obi flew over the coast on Monday. Senator Maria Coleman said 40 "
            "homes had been lost. Asked about aid, the governor has promised $10 million. Her office told "
            "reporters the first payments would go out on Friday.\n",
            "the first payments would go out on Friday",
            "Anna Lindqvist-Obi",
        ),
        (  # held: "his office" after the mayor as subject
            "Flood\n\nMayor Kenji Adeyemi-Ross toured the levee on Monday. Police chief Mark Haldane said three "
            "roads were shut. Later, the mayor promised $4 million for repairs. His office said the money "
            "would come from reserves.\n",
            "the money would come from reserves",
            "Kenji Adeyemi-Ross",
        ),
    ],
)
def test_pronoun_office_speaks_for_the_role_subject(
    rec: Recognizer, text: str, words: str, speaker: str | None
) -> None:
    got = said(rec, text)
    assert words in got, got
    assert got[words] == speaker


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (  # reported (t13aw N11, guardian-live.txt)
            "Fire\n\nSheriff Dagny Thorsdottir-Reyes has just updated the toll: four people are now confirmed "
            "dead and 11 are missing.\n",
            "four people are now confirmed dead and 11 are missing",
            "Dagny Thorsdottir-Reyes",
        ),
        (  # variants: the cue's own object before the colon
            "Flood\n\nMayor Tomas Okafor-Lind has confirmed the figures: two bridges are closed and 40 homes "
            "are flooded.\n",
            "two bridges are closed and 40 homes are flooded",
            "Tomas Okafor-Lind",
        ),
        (
            "Storm\n\nPolice chief Ruth Haldane announced the news: the road will reopen on Friday.\n",
            "the road will reopen on Friday",
            "Ruth Haldane",
        ),
    ],
)
def test_words_after_a_colon_are_the_whole_clause(rec: Recognizer, text: str, words: str, speaker: str) -> None:
    got = said(rec, text)
    assert got.get(words) == speaker, got
