"""A family or household is a group of people, never the person of its name: "The Gyenes family
said they had lost everything." is the family's (unattributed, as a group is), not Tamás Gyenes's,
named earlier (t13m F4). Read by its kind: a family word ("family", "household", "brothers",
"sisters", "relatives", "clan", …) after a surname, after someone's possessive ("Tamás Gyenes's
relatives", "his family") or before "of" and a name ("the family of Éva Kiss"), as the subject
before its verb or after it ('"…," said the Horvath brothers')."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article

FIRST = "Flood\n\nTamás Gyenes farms by the river. Ferenc Horvath keeps cattle, and Éva Kiss runs the inn.\n\n"


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def said(rec: Recognizer, sentence: str) -> list[tuple[str | None, str]]:
    article = Article("t", Path("/x/t.txt"), FIRST + sentence + "\n", "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    return [(q.speaker.name if q.speaker is not None else None, q.text) for q in quotes if q.start >= len(FIRST)]


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        # reported (t13m F4), and the group words its report names
        ("The Gyenes family said they had lost everything.", "they had lost everything"),
        ("The Horvath brothers said the barn was gone.", "the barn was gone"),
        ("The Kiss household said the roof had collapsed.", "the roof had collapsed"),
        # variants of my own: other family words, a possessive, "of", the subject after its verb
        ("Tamás Gyenes's relatives said the house could not be saved.", "the house could not be saved"),
        ("The family of Éva Kiss said the inn would reopen in spring.", "the inn would reopen in spring"),
        ("The Horvath sisters, in a statement, said the herd had drowned.", "the herd had drowned"),
        ("The herd had drowned, the Horvath family said on Monday.", "The herd had drowned"),
        ("“We have lost every animal we owned,” said the Gyenes clan.", "We have lost every animal we owned"),
    ],
)
def test_a_family_is_a_group_not_the_person_of_its_name(rec: Recognizer, sentence: str, words: str) -> None:
    assert said(rec, sentence) == [(None, words)]


def test_his_family_is_not_him(rec: Recognizer) -> None:
    sentence = "Gyenes said the water came fast. His family said they had nowhere to go."
    assert said(rec, sentence) == [("Tamás Gyenes", "the water came fast"), (None, "they had nowhere to go")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the person speaks of a family; a firm named "Brothers" is the firm
        ("Tamás Gyenes said the family had lost everything.", [("Tamás Gyenes", "the family had lost everything")]),
        ("Kiss said her family would stay.", [("Éva Kiss", "her family would stay")]),
        ("Lehman Brothers said the loans were sound.", [("Lehman Brothers", "the loans were sound")]),
    ],
)
def test_a_person_or_a_firm_still_speaks(
    rec: Recognizer, sentence: str, expected: list[tuple[str | None, str]]
) -> None:
    assert said(rec, sentence) == expected
