"""Speakers a new user's corpus credited wrong (issue #16, t13ai N6, N7, N9, t13ah-r N7; round s41-y2).

- Entities and Quotes give one answer: "Taipower said" and "EVA Air … said" speak as the
  organisations the entity list names (a Person each before).
- A place that only says where or whence the subject is ("A Kaohsiung-born family in Portland
  says", t13ai N9) does not speak: the place was credited.
- A title's possessive ("the Prime Minister's office", "the Interior Minister's office", t13ah-r
  N7) names no organisation: it was an ORG speaker "Prime Minister's".
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.merge import merge_speakers
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article

HEAD = "Storm hits the island\n\n"


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def speakers(rec: Recognizer, text: str) -> dict[str, tuple[str, str] | None]:
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    quotes = merge_speakers({"t": find_quotes(article, rec.recognize(article))})["t"]
    return {q.quoted: (q.speaker.name, q.speaker.type) if q.speaker is not None else None for q in quotes}


@pytest.mark.parametrize(
    ("sentence", "words", "firm"),
    [
        # the reported inputs (t13ai's Nordic page, AP wire)
        ("Taipower said power had been cut to 410,000 households.", "power had been cut", "Taipower"),
        # (the AP wire's "EVA Air and China Airlines said": a list, never its first member alone,
        # review s47-rv finding 17: test_two_firms_said_is_neither_alone below)
        ("EVA Air said 240 flights were cancelled.", "240 flights were cancelled", "EVA Air"),
        # variants of my own
        ("Kestrelpower says the lines are down.", "the lines are down", "Kestrelpower"),
        ("Thai Air said flights were grounded on Monday.", "flights were grounded", "Thai Air"),
    ],
)
def test_firm_speaks_as_the_entity_list_names_it(rec: Recognizer, sentence: str, words: str, firm: str) -> None:
    found = speakers(rec, HEAD + sentence)
    said = [v for k, v in found.items() if k.startswith(words)]
    assert said == [(firm, "ORG")], found


def test_two_firms_said_is_neither_alone(rec: Recognizer) -> None:
    # t13ai's AP wire: the two airlines said it, not EVA Air alone (round s47-fx1); no person either:
    # the list speaks, credited to each firm across the corpus (round s48-q; it was no one's)
    found = speakers(rec, HEAD + "EVA Air and China Airlines said 240 flights were cancelled.")
    said = [v for k, v in found.items() if k.startswith("240 flights were cancelled")]
    assert said == [("EVA Air and China Airlines", "ORG")], found


@pytest.mark.parametrize(
    "sentence",
    [
        # the reported input (t13ai's KXYZ page)
        "A Kaohsiung-born family in Portland says relatives in Pingtung are safe after the storm.",
        # variants of my own: a place fused before a word, a place where a body is
        "A Lagos-based charity said it had sent food to the camps.",
        "A family in Portland says the roads are closed.",
    ],
)
def test_place_of_the_subject_is_no_speaker(rec: Recognizer, sentence: str) -> None:
    found = speakers(rec, HEAD + sentence)
    assert not any(v is not None and v[1] == "GPE" for v in found.values()), found


def test_a_place_as_the_whole_subject_still_speaks(rec: Recognizer) -> None:
    assert speakers(rec, HEAD + "Beijing said the talks would go on.") == {"the talks would go on": ("Beijing", "GPE")}


@pytest.mark.parametrize(
    "sentence",
    [
        # the reported inputs (t13ah-r's original and N7/a)
        "The Prime Minister's office said the aid would arrive on Monday.",
        "Repairs will be funded, according to the Interior Minister's office.",
        # a variant of my own
        "The Deputy Mayor's spokesman said the bridge would reopen.",
    ],
)
def test_title_possessive_is_no_organisation(rec: Recognizer, sentence: str) -> None:
    found = speakers(rec, HEAD + sentence)
    assert not any(v is not None and "'s" in v[0] for v in found.values()), found
