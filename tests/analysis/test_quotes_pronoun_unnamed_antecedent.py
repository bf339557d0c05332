"""A pronoun speaker refers to the nearest person before it, an unnamed one included (t13z H6).

'… had his operation postponed, his daughter told the Echo. "Nobody could see his notes," she
said.' credited the quote to Miriam Okafor, the last woman named earlier in the article: the
pronoun's nearest antecedent is "his daughter", a person the article never names, so the quote is
unattributed. An unnamed person counts as the subject of a sentence ("One patient, a retired
teacher, waited …", "A nurse described …") or of a trailing speech tag ("…, his daughter told the
Echo."), of the pronoun's gender where the noun tells it ("daughter", "son"); a named person
nearer still wins, and so does a named person introduced by the description's role ("the chief
executive" after "the chief executive, Miriam Okafor").
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


def said(rec: Recognizer, text: str) -> dict[str, tuple[str | None, str]]:
    article = Article("t", Path("/x/t.txt"), "Hospital hit\n\n" + text + "\n", "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    return {q.quoted: (q.speaker.name if q.speaker is not None else None, q.kind) for q in quotes}


# the reported text (t13z repro/v6/a.txt)
OKAFOR = (
    "Miriam Okafor, who runs the Velmont Health Trust, said the hospital would not pay the ransom. "
    '"Our staff have gone back to pen and paper," Okafor said.\n\n'
)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            OKAFOR + "An 82-year-old patient waiting for heart surgery had his operation postponed, his daughter "
            'told the Echo. "Nobody could see his notes," she said.',
            "Nobody could see his notes",
        ),
        # variants of my own: a man unnamed, a subject with an apposition and no speech verb
        (
            'Detective Superintendent Jonas Pellworth said the gang was known to police. "We will find them," '
            "Pellworth said.\n\nOne patient, a retired teacher from Harlow, waited nine hours for a scan. "
            '"Nobody knew my history," he said.',
            "Nobody knew my history",
        ),
        # a role no one was introduced by, with a relative clause, after a named woman
        (
            'Health Minister Aurelia Stanning said the trust would get help. "We will not abandon Velmont," '
            "Stanning said.\n\nA nurse on the cardiac ward, who asked not to be named, described the night "
            'shift as chaos. "We were working blind," she said.',
            "We were working blind",
        ),
        # the pronoun opening the sentence of reported speech
        (
            OKAFOR + "A porter at the hospital said he had carried paper files between wards all week. He "
            "said the lifts had stopped working on Thursday.",
            "the lifts had stopped working on Thursday",
        ),
    ],
)
def test_pronoun_after_unnamed_person_is_unattributed(rec: Recognizer, text: str, words: str) -> None:
    found = said(rec, text)
    assert words in found, found
    assert found[words][0] is None, found


def test_reported_trailing_tag_with_audience_is_a_statement(rec: Recognizer) -> None:
    # "…, his daughter told the Echo." is a report of an unnamed person (no words were lost)
    found = said(
        rec,
        OKAFOR + "An 82-year-old patient waiting for heart surgery had his operation postponed, his daughter "
        'told the Echo. "Nobody could see his notes," she said.',
    )
    words = "An 82-year-old patient waiting for heart surgery had his operation postponed"
    assert found.get(words) == (None, "reported"), found


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # the unnamed man is of the other gender: the named woman before him
        (
            OKAFOR + "His son told Radio Kesterbridge the family had waited for hours. "
            '"We kept the wards open," she said.',
            "We kept the wards open",
            "Miriam Okafor",
        ),
        # a named person nearer than the unnamed one
        (
            "A nurse described chaos on the wards. Miriam Okafor apologised to patients on Friday. "
            '"We failed them," she said.',
            "We failed them",
            "Miriam Okafor",
        ),
        # a description of the person introduced by that role
        (
            'The chief executive, Miriam Okafor, said the trust was sorry. "We failed them," she said.\n\n'
            'A porter said the lifts had stopped. The chief executive visited the wards on Friday. "I saw '
            'the paper files myself," she said.',
            "I saw the paper files myself",
            "Miriam Okafor",
        ),
    ],
)
def test_named_referent_still_found(rec: Recognizer, text: str, words: str, speaker: str) -> None:
    found = said(rec, text)
    assert found.get(words, (None,))[0] == speaker, found
