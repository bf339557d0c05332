"""A pronoun subject ("She said", "He added") after a sentence that only introduces a person (a
verbless fragment: the name first, an age or apposition in commas, the stop: "Witness Karen
Dolby, 34.") is that person, nearer than the last speaker (t13u F4: "She said the crowd pushed
…" went to the fire chief quoted before). A known other gender still keeps the last speaker."""

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
    article = Article("t", Path("/x/t.txt"), "Crush\n\n" + text + "\n", "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    return [(q.speaker.name if q.speaker is not None else None, q.quoted) for q in quotes]


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        # reported (t13u's ap-0603.txt, its quote marks straight)
        (
            "Fire chief Ines Ruiz-Calderon said 52 people were taken to hospital.\n\n"
            '"We have never seen anything like this at Monteluz," Ruiz-Calderon said. "The tunnel simply'
            ' filled up."\n\nWitness Karen Dolby, 34. She said the crowd pushed for twenty minutes.',
            "Karen Dolby",
            "the crowd pushed for twenty minutes",
        ),
        # variants: an age and a place in the fragment; an apposition and "He added that"
        (
            '"The river rose in an hour," said Tom Hale, a farmer.\n\nResident Maria Lopes, 41, of'
            " Cordaleza. She said the pumps failed at midnight.",
            "Maria Lopes",
            "the pumps failed at midnight",
        ),
        (
            '"We saw nothing," Olga Berg told reporters. Firefighter Peter Lund, a volunteer. He added'
            " that the roof fell at noon.",
            "Peter Lund",
            "the roof fell at noon",
        ),
    ],
    ids=["reported", "age-and-place", "apposition-added"],
)
def test_pronoun_is_the_person_just_introduced(rec: Recognizer, text: str, speaker: str, words: str) -> None:
    assert (speaker, words) in said(rec, text)


def test_known_other_gender_keeps_the_last_speaker(rec: Recognizer) -> None:
    text = '"We are fine," said Mrs Ann Hale. Witness Mr Peter Lund, 58. She said the pumps failed at midnight.'
    assert ("Ann Hale", "the pumps failed at midnight") in said(rec, text)
