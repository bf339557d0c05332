"""A trailing title in lower case or with a possessive, then its holder's name in commas: the name
speaks. "“We are exhausted,” said the spokeswoman, Anna Fekete." is Anna Fekete's (t13m F13: it
was unattributed, the role as written), "…, said the hospital's director, Gábor Nagy." is Gábor
Nagy's (it was missing: no speaker). The session-26 rule read only capitalised titles ("…, said
the Chief Fire Officer, X Y."); any title word (the job words the speakers and the entity
recogniser know) or person noun with its determiner, a possessive before it or an "of" phrase
after it, is read, after "said", after "according to", and before the verb ("…, the mayor, X Y,
said.")."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article

FIRST = "Storm\n\nThe storm hit the county on Sunday.\n\n"


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def said(rec: Recognizer, sentence: str) -> list[tuple[str | None, str]]:
    article = Article("t", Path("/x/t.txt"), FIRST + sentence + "\n", "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    return [(q.speaker.name if q.speaker is not None else None, q.text) for q in quotes if q.start >= len(FIRST)]


@pytest.mark.parametrize(
    ("sentence", "who", "words"),
    [
        # reported (t13m F13)
        ("“We are exhausted,” said the spokeswoman, Anna Fekete.", "Anna Fekete", "We are exhausted"),
        ("The wards are full, said the hospital's director, Gábor Nagy.", "Gábor Nagy", "The wards are full"),
        ("The dyke held, said the county's chief engineer, Péter Tóth.", "Péter Tóth", "The dyke held"),
        ("The dyke held, said a spokesman, Péter Tóth.", "Péter Tóth", "The dyke held"),
        ("The dyke held, the mayor, Ilona Farkas, said.", "Ilona Farkas", "The dyke held"),
        # variants of my own: other titles, names and wording
        ("“Nobody has slept for two days,” said a nurse, Réka Balogh.", "Réka Balogh", "Nobody has slept for two days"),
        (
            "The ferry will not sail, said the port's harbour master, Zoltán Varga.",
            "Zoltán Varga",
            "The ferry will not sail",
        ),
        (
            "The ferry will not sail, said the director of the port, Zoltán Varga.",
            "Zoltán Varga",
            "The ferry will not sail",
        ),
        (
            "The roads are open, the town's hydrologist, Réka Balogh, said on Monday.",
            "Réka Balogh",
            "The roads are open",
        ),
        (
            "The roads are open, according to the county's spokeswoman, Réka Balogh.",
            "Réka Balogh",
            "The roads are open",
        ),
        ("According to the hospital's director, Gábor Nagy, the wards are full.", "Gábor Nagy", "the wards are full"),
    ],
)
def test_a_title_then_its_holders_name_speaks(rec: Recognizer, sentence: str, who: str, words: str) -> None:
    assert said(rec, sentence) == [(who, words)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # unchanged: a capitalised title (s26), a role with no name, a name and its apposition
        (
            "The crossing was unsafe, said the Chief Fire Officer, Lorant Feher.",
            [("Lorant Feher", "The crossing was unsafe")],
        ),
        ("The crossing was unsafe, a spokesman said.", [(None, "The crossing was unsafe")]),
        (
            "The crossing was unsafe, said Lorant Feher, the county's chief engineer.",
            [("Lorant Feher", "The crossing was unsafe")],
        ),
    ],
)
def test_other_trailing_speakers_are_read_as_before(
    rec: Recognizer, sentence: str, expected: list[tuple[str | None, str]]
) -> None:
    assert said(rec, sentence) == expected
