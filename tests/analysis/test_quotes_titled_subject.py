"""A sentence opening with a role and then its holder's name in commas before the speech verb
("ROLE, NAME, said CLAUSE") is the name's statement, the words after the verb what was said; it is
never the inverted "CONTENT, said X" shape with the subject taken for the words and the name opening
the clause for the speaker (t13x F6: "The company's chief executive, Pieter Vandermolen, said
Norvane would pay $43 million into a relief fund." was Norvane's statement "The company's chief
executive, Pieter Vandermolen")."""

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
    article = Article("t", Path("/x/t.txt"), "Dam report\n\n" + text + "\n", "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    return [(q.speaker.name if q.speaker is not None else None, q.quoted) for q in quotes]


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        # the reported sentence (t13x repro/v5/times.txt)
        (
            "Norvane Hydro Holdings, the operator, said it had planned works for 2027. The company's chief "
            "executive, Pieter Vandermolen, said Norvane would pay $43 million into a relief fund.",
            "Pieter Vandermolen",
            "Norvane would pay $43 million into a relief fund",
        ),
        # variants of my own: a role of a place, a role "for" a body, a possessive role, other names
        (
            "Norvane Hydro said it had planned works. The mayor of Kellby, Ana Ferreira, said Norvane Hydro "
            "would pay for the bridge.",
            "Ana Ferreira",
            "Norvane Hydro would pay for the bridge",
        ),
        (
            "A spokesman for the ministry, Jan Berg, said Norway would send help.",
            "Jan Berg",
            "Norway would send help",
        ),
        (
            "Halvik Power cut supplies on Monday. The utility's head of operations, Nguyen Thi Lan, said Halvik "
            "Power would restore electricity within days.",
            "Nguyen Thi Lan",
            "Halvik Power would restore electricity within days",
        ),
        (
            "Ostrava Mining said it regretted the accident. The firm's finance director, Tomasz Wójcik, said "
            "Ostrava Mining would cover the cost.",
            "Tomasz Wójcik",
            "Ostrava Mining would cover the cost",
        ),
        (
            "Kellby Council met on Monday. Its spokeswoman, Lena Ortiz, said Kellby Council would meet again.",
            "Lena Ortiz",
            "Kellby Council would meet again",
        ),
        (
            "Kellby Council met on Monday. Its spokeswoman, Lena Ortiz, told reporters the council would meet "
            "again on Friday.",
            "Lena Ortiz",
            "the council would meet again on Friday",
        ),
        # already read so, kept so: "that" after the audience, the role of a place before a place
        (
            "Kellby Council met on Monday. Its spokeswoman, Lena Ortiz, told reporters that Kellby Council "
            "would meet again on Friday.",
            "Lena Ortiz",
            "Kellby Council would meet again on Friday",
        ),
        (
            "The mayor of Kellby, Ana Ferreira, said Kellby would rebuild the bridge by the spring.",
            "Ana Ferreira",
            "Kellby would rebuild the bridge by the spring",
        ),
        # a fronted phrase before the role
        (
            "Norvane Hydro said it had planned works. On Monday, the company's chief executive, Pieter "
            "Vandermolen, said Norvane Hydro would pay.",
            "Pieter Vandermolen",
            "Norvane Hydro would pay",
        ),
    ],
)
def test_role_then_name_in_commas_speaks_the_words_after_the_verb(
    rec: Recognizer, text: str, speaker: str, words: str
) -> None:
    got = said(rec, text)
    assert (speaker, words) in got, got
    assert not any(w.endswith(speaker) or speaker in w for _, w in got), got  # the name is no one's words


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        # the trailing shapes are untouched: the words before the title, the holder after it
        (
            "The harbour was closed all week, the mayor, Ilona Farkas, said.",
            "Ilona Farkas",
            "The harbour was closed all week",
        ),
        (
            "The harbour was closed all week, said Mayor Ines Duarte, who lives in Porto.",
            "Ines Duarte",
            "The harbour was closed all week",
        ),
        (
            "Norvane Hydro would pay for the bridge, said the company's chief executive, Pieter Vandermolen.",
            "Pieter Vandermolen",
            "Norvane Hydro would pay for the bridge",
        ),
    ],
)
def test_trailing_title_and_name_still_speak_the_words_before(
    rec: Recognizer, text: str, speaker: str, words: str
) -> None:
    assert said(rec, text) == [(speaker, words)]


def test_french_sentence_credits_no_one_else() -> None:
    # The quote reader reads English speech verbs only (analysis.language: quotes not analysed in
    # French); a French "Le maire, Jean Dupont, a déclaré que …" is no one's statement, never the
    # words "Le maire, Jean Dupont" credited to a name after the verb.
    rec = Recognizer()
    got = said(rec, "Le maire, Jean Dupont, a déclaré que Kellby paierait les réparations du pont.")
    assert not any("Jean Dupont" in w for _, w in got), got
