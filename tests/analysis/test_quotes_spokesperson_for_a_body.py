"""An unnamed spokesperson of a named body speaks as such (issue #16, round s39-x2).

"A spokesman for Ghent said …" was Ghent's (the place, typed an organisation for the occasion),
"a spokeswoman for the Ministry of Health said" the ministry's: the body itself. The speaker is
the body's unnamed spokesperson, ``Spokesperson for <body>`` (:func:`model.spokesperson_of`),
linked to the body by :attr:`Speaker.body`; never the place, never no one. A lone capital that
is a body or place named earlier ("Ghent said", "Sorvena said") speaks as that body or place,
never a person (item 4 of the round: these held before it, kept here as guards).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.merge import merge_speakers
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article

HEAD = "Flood defences hold\n\nThe river rose overnight in Ghent.\n\n"
TAIL = "\n\nThe water fell on Thursday.\n"


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def said(rec: Recognizer, text: str) -> dict[str, tuple[str, str, str | None] | None]:
    """``{quoted words: (speaker name, type, body spoken for) or None}``."""
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    quotes = merge_speakers({"t": find_quotes(article, rec.recognize(article))})["t"]
    return {q.quoted: (q.speaker.name, q.speaker.type, q.speaker.body) if q.speaker else None for q in quotes}


@pytest.mark.parametrize(
    ("sentence", "words", "body"),
    [
        # the reported kinds
        ("A spokesman for Ghent said the dykes held.", "the dykes held", "Ghent"),
        (
            "A spokeswoman for the Ministry of Health said the hospitals were ready.",
            "the hospitals were ready",
            "Ministry of Health",
        ),
        # variants of my own: a trailing and an inverted tag, "at" a firm, a direct quote
        ("The dykes held, a spokeswoman for Ghent said.", "The dykes held", "Ghent"),
        (
            '"The pumps ran all night," said a spokesperson for Velmora Logistics.',
            "The pumps ran all night",
            "Velmora Logistics",
        ),
        ('"We are ready," a senior spokesman at the Ministry of Health said.', "We are ready", "Ministry of Health"),
    ],
)
def test_the_spokesperson_of_the_body_speaks(rec: Recognizer, sentence: str, words: str, body: str) -> None:
    quotes = said(rec, HEAD + sentence + TAIL)
    assert quotes.get(words) == (f"Spokesperson for {body}", "ORG", body), quotes


def test_the_spokesperson_taken_up_again_is_the_same(rec: Recognizer) -> None:
    text = HEAD + 'A spokesman for Ghent said the dykes held. "Nobody was hurt," the spokesman added.' + TAIL
    quotes = said(rec, text)
    assert quotes.get("Nobody was hurt") == quotes.get("the dykes held") == ("Spokesperson for Ghent", "ORG", "Ghent")


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        # the body or place named earlier speaking by its lone name: never a person
        ("Ghent said the dykes held.", "the dykes held", ("Ghent", "GPE", None)),
        (
            "Velmora Logistics runs the pumps. Velmora said the pumps ran all night.",
            "the pumps ran all night",
            ("Velmora Logistics", "ORG", None),
        ),
        # a surname of a person named earlier is that person
        (
            "Engineer Marta Kowalczyk inspected the dykes. Kowalczyk told reporters the dykes held.",
            "the dykes held",
            ("Marta Kowalczyk", "PERSON", None),
        ),
        # a named spokesperson is the person, an unnamed body's unattributed
        ("A spokesman for Ghent, Ivo Miller, said the dykes held.", "the dykes held", ("Ivo Miller", "PERSON", None)),
        ("A spokesman for the flood council said the dykes held.", "the dykes held", None),
    ],
)
def test_other_subjects_unchanged(
    rec: Recognizer, sentence: str, words: str, speaker: tuple[str, str, str | None] | None
) -> None:
    quotes = said(rec, HEAD + sentence + TAIL)
    assert quotes.get(words, "missing") == speaker, quotes
