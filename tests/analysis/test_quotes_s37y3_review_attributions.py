"""Wrong or lost attributions of round s37-q found by review s37-rv (issue #16, round s37-y3).

* 6 — a passive speech verb's subject is no speaker: "Lind is alleged to have taken bribes" was
  the accused "saying" it (a form of "be" before the participle; "alleged" + "to" + infinitive).
* 7 — '"…," according to court documents seen by Alpha News.', "…, according to a report seen
  by Alpha News.", "…, according to an agenda published by Varn Council." credited the outlet or
  council named inside a document phrase: a phrase headed by a document word, or holding
  "seen/obtained/published by", names no speaker.
* 10 — "She's warned that …", "The minister's admitted that …", "Olaf Lind's claimed that …":
  "'s" + a speech participle was read as a possessive before an adjective and the quote lost;
  "'s" is an owner only when a noun follows the participle ("Reeve's alleged victims").
* 17 — '"We are ready for the season," Sofia said.': a given name (entities.words.given_word)
  is no capital as a speaker.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.merge import merge_speakers
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article

HEAD = "Harbour inquiry\n\nThe crane at Kerrow fell onto the quay on Tuesday night.\n\n"
TAIL = "\n\nThe quay stays closed until the inquiry ends.\n"


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def said(rec: Recognizer, text: str) -> dict[str, tuple[str | None, str | None, str]]:
    """quoted words -> (speaker's name, its type, cue), after the speakers are merged."""
    article = Article("t", Path("/x/t.txt"), HEAD + text + TAIL, "utf-8", "", True, None, True)
    quotes = merge_speakers({"t": find_quotes(article, rec.recognize(article))})["t"]
    return {
        q.quoted: (q.speaker.name if q.speaker else None, q.speaker.type if q.speaker else None, q.cue.lower())
        for q in quotes
    }


# --- 6: a passive's subject is no speaker ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        # the reviewer's (q5/a.md)
        (
            "The trial of former Varn mayor Olaf Lind opened on Tuesday.\n\n"
            "Lind is alleged to have taken bribes worth €40,000 from a builder.",
            "Olaf Lind",
        ),
        # variants of my own: "was", "has been", another speech verb, a passive "that" clause
        ("Harbour pilot Jonas Reeve was alleged to have falsified the safety logs.", "Jonas Reeve"),
        ("The foreman Ines Halloran has been alleged to have hidden the inspection report.", "Ines Halloran"),
        ("Dock worker Ines Halloran is claimed to have hidden the inspection report.", "Ines Halloran"),
        ("Harbour pilot Jonas Reeve was warned that the crane was unsafe.", "Jonas Reeve"),
    ],
)
def test_passive_subject_is_no_speaker(rec: Recognizer, text: str, accused: str) -> None:
    quotes = said(rec, text)
    assert all(name != accused for name, _t, _c in quotes.values()), quotes


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # active forms and a passive's agent still report
        ("Harbour pilot Jonas Reeve alleged that the crane was unsafe.", "the crane was unsafe", "Jonas Reeve"),
        ("Dock worker Ines Halloran claimed to be the only witness.", "to be the only witness", "Ines Halloran"),
        (
            "Residents were warned by Mayor Lena Fosse on Friday that the quay would stay shut.",
            "the quay would stay shut",
            "Lena Fosse",
        ),
    ],
)
def test_active_and_agent_still_report(rec: Recognizer, text: str, words: str, speaker: str) -> None:
    quotes = said(rec, text)
    assert quotes.get(words, (None,))[0] == speaker, quotes


# --- 7: "according to" a document ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "named"),
    [
        # the reviewer's (q5/a.md, q6/a.md)
        (
            '"The evidence is overwhelming," according to court documents seen by Alpha News.',
            "The evidence is overwhelming",
            "Alpha News",
        ),
        (
            "Rents rose by 12% in 2025, according to a report seen by Alpha News.",
            "Rents rose by 12% in 2025",
            "Alpha News",
        ),
        (
            "The council will meet on Friday, according to an agenda published by Varn Council.",
            "The council will meet on Friday",
            "Varn Council",
        ),
        # variants of my own: other document words, other outlets and verbs
        (
            '"We were never told," according to records obtained by the Kerrow Herald.',
            "We were never told",
            "Kerrow Herald",
        ),
        (
            "The crane was twenty years overdue for inspection, according to figures released by Westmarch Ports.",
            "The crane was twenty years overdue for inspection",
            "Westmarch Ports",
        ),
        (
            "Repairs will cost €2 million, according to data compiled by Nordhavn Insurance.",
            "Repairs will cost €2 million",
            "Nordhavn Insurance",
        ),
        # the phrase opening the sentence
        (
            "According to court documents obtained by the Kerrow Herald, the crane was overloaded.",
            "the crane was overloaded",
            "Kerrow Herald",
        ),
    ],
)
def test_according_to_a_document_credits_no_one_inside_it(rec: Recognizer, text: str, words: str, named: str) -> None:
    quotes = said(rec, text)
    assert all(name is None or named not in name for name, _t, _c in quotes.values()), quotes


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        # a speaker opening the phrase is still its speaker
        ('"We will appeal," according to Lind\'s lawyer Maria Berg.', "We will appeal", "Maria Berg"),
        (
            "The quay will reopen in May, according to harbour master Jonas Reeve.",
            "The quay will reopen in May",
            "Jonas Reeve",
        ),
        # a document word not heading the phrase: an owner's, a body's modifier
        (
            "Rents rose by 12% in 2025, according to the report's author, Jan Berg.",
            "Rents rose by 12% in 2025",
            "Jan Berg",
        ),
        ("Rents rose by 12% in 2025, according to the data firm Nielsen.", "Rents rose by 12% in 2025", "Nielsen"),
    ],
)
def test_according_to_a_speaker_still_credits(rec: Recognizer, text: str, words: str, speaker: str) -> None:
    quotes = said(rec, text)
    assert quotes.get(words, (None,))[0] == speaker, quotes


# --- 10: "'s" is "has" before a speech participle --------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "speaker", "cue"),
    [
        # the reviewer's (q1/a.md)
        (
            "Mayor Lena Fosse said the repairs would take months. She's warned that the quay may never reopen to lorries.",
            "the quay may never reopen to lorries",
            "Lena Fosse",
            "warned",
        ),
        (
            "Transport minister Olaf Lind's claimed that the budget would cover the repairs.",
            "the budget would cover the repairs",
            "Olaf Lind",
            "claimed",
        ),
        # variants of my own: other subjects and verbs, no "that", a trailing tag
        (
            "Harbour master Jonas Reeve's confirmed the crane had failed an inspection in May.",
            "the crane had failed an inspection in May",
            "Jonas Reeve",
            "confirmed",
        ),
        (
            "Union leader Ines Halloran spoke on Monday. She's insisted that nobody will return to work.",
            "nobody will return to work",
            "Ines Halloran",
            "insisted",
        ),
    ],
)
def test_has_contracted_before_a_speech_verb(rec: Recognizer, text: str, words: str, speaker: str, cue: str) -> None:
    quotes = said(rec, text)
    assert (quotes.get(words) or (None, None, ""))[::2] == (speaker, cue), quotes


def test_minister_has_admitted_is_a_statement(rec: Recognizer) -> None:
    quotes = said(rec, "The minister's admitted that the inspection was late.")
    assert quotes.get("the inspection was late", (None, None, ""))[2] == "admitted", quotes


@pytest.mark.parametrize(
    "text",
    [
        # an owner's adjective before its noun stays no cue
        "Police questioned Jonas Reeve's alleged victims on Monday.",
        "The union's alleged leader denied nothing and left the court.",
        "Olaf Lind's stated goal was a new quay by May.",
    ],
)
def test_possessive_before_a_noun_is_no_cue(rec: Recognizer, text: str) -> None:
    quotes = said(rec, text)
    assert not any(c in ("alleged", "stated") for _n, _t, c in quotes.values()), quotes


# --- 17: a given name is no capital as a speaker --------------------------------------------


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        # the reviewer's (q3/a.md)
        ('"We are ready for the season," Sofia said.', "We are ready for the season", "Sofia"),
        # variants of my own: another capital that is a given name, another tag
        ('"The boats are safe," Victoria said.', "The boats are safe", "Victoria"),
        ("Victoria insisted that the ferry would run on Sunday.", "the ferry would run on Sunday", "Victoria"),
    ],
)
def test_given_name_is_no_capital(rec: Recognizer, text: str, words: str, name: str) -> None:
    quotes = said(rec, text)
    got = quotes.get(words)
    assert got is None or got[:2] != (name, "GPE"), quotes


def test_other_capitals_still_speak(rec: Recognizer) -> None:
    quotes = said(rec, "Valletta insisted that the talks would continue.")
    assert quotes.get("the talks would continue", (None, None))[:2] == ("Valletta", "GPE"), quotes
