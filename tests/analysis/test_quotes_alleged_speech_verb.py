""" "alleged" reports speech, its adjective does not (issue #16, round s37-q; s36-g's "left undone").

"The suspect alleged that the police had beaten him." was no statement: "alleged" was not in the
one list of speech verbs (cues._SPEECH), where its kin "claimed", "contended", "insisted" and
"maintained" are. It is now, with "alleges", "allege" after a modal and "alleging" after a
comma; a participle after a determiner or a possessive and before its noun is an adjective,
no cue ("the alleged attacker", "his alleged role", "the union's alleged leader"), and neither is
"alleged to have" nor the passive "alleged by".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article

HEAD = "Harbour crane collapse inquiry\n\n"
TAIL = "\n\nThe crane fell onto the quay at Kerrow on Tuesday night.\n"


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def said(rec: Recognizer, text: str) -> dict[str, tuple[str | None, str]]:
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    return {q.quoted: (q.speaker.name if q.speaker is not None else None, q.cue.lower()) for q in quotes}


@pytest.mark.parametrize(
    ("sentence", "words", "speaker", "cue"),
    [
        (
            "Harbour pilot Jonas Reeve alleged that the crane had not been inspected in years.",
            "the crane had not been inspected in years",
            "Jonas Reeve",
            "alleged",
        ),
        # variants of my own: no "that", the present tense, a trailing tag, a participle, a quotation
        (
            "Dock worker Ines Halloran alleged the foreman had ignored the cracks.",
            "the foreman had ignored the cracks",
            "Ines Halloran",
            "alleged",
        ),
        (
            "Marta Eklund alleges that the safety logs were rewritten after the collapse.",
            "the safety logs were rewritten after the collapse",
            "Marta Eklund",
            "alleges",
        ),
        (
            "The logs were rewritten after the collapse, Marta Eklund alleged.",
            "The logs were rewritten after the collapse",
            "Marta Eklund",
            "alleged",
        ),
        (
            '"They knew the bolts were rusted," Jonas Reeve alleged.',
            "They knew the bolts were rusted",
            "Jonas Reeve",
            "alleged",
        ),
        (
            "Jonas Reeve filed a complaint on Monday, alleging that the bolts had rusted through.",
            "the bolts had rusted through",
            "Jonas Reeve",
            "alleging",
        ),
    ],
)
def test_alleged_reports_speech(rec: Recognizer, sentence: str, words: str, speaker: str, cue: str) -> None:
    quotes = said(rec, HEAD + sentence + TAIL)
    assert quotes.get(words) == (speaker, cue), quotes


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        # its kin report already, and keep doing so
        ("The union contended that the pay offer was too low.", "the pay offer was too low", None),
        ("Mayor Ana Ruiz insisted the quay was safe.", "the quay was safe", "Ana Ruiz"),
        ("Jonas Reeve maintained that the crane was overloaded.", "the crane was overloaded", "Jonas Reeve"),
    ],
)
def test_kin_of_alleged_report(rec: Recognizer, sentence: str, words: str, speaker: str | None) -> None:
    quotes = said(rec, HEAD + sentence + TAIL)
    assert quotes.get(words, ("missing", ""))[0] == speaker, quotes


def test_alleged_adjective_in_a_speech_tag_is_no_cue(rec: Recognizer) -> None:
    quotes = said(rec, HEAD + '"He pushed me off the quay," the alleged victim said.' + TAIL)
    assert quotes.get("He pushed me off the quay") == (None, "said"), quotes


@pytest.mark.parametrize(
    "sentence",
    [
        "The alleged attacker was arrested on Tuesday and later released.",
        "Police questioned Jonas Reeve about his alleged role in the collapse.",
        "An alleged accomplice of the foreman, Ines Halloran, was questioned.",
        "The union's alleged leader denied nothing and left the court.",
        "Two men alleged to have sabotaged the crane were released on bail.",
        "The fraud alleged by the inspectors took place over three years.",
    ],
)
def test_alleged_as_an_adjective_or_a_passive_reports_nothing(rec: Recognizer, sentence: str) -> None:
    quotes = said(rec, HEAD + sentence + TAIL)
    assert not any(cue.startswith("alleg") for _sp, cue in quotes.values()), quotes
