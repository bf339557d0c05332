"""Quotes credit the organisations the entity list names (issue #16, tester t13air N7, S1, S2;
round s42-y2): "Cebu Pacific", "Virgin Atlantic", "Southern California Edison" and "the US
Geological Survey" were Person speakers (their words read as places or a person); "The NWS said"
was unattributed (the acronym read as an all-caps lede's common noun)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.merge import merge_speakers
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article

HEAD = "Storm grounds flights\n\n"


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def speaker(rec: Recognizer, text: str, words: str) -> tuple[str, str] | None:
    article = Article("t", Path("/x/t.txt"), HEAD + text, "utf-8", "", True, None, True)
    quotes = merge_speakers({"t": find_quotes(article, rec.recognize(article))})["t"]
    said = [q for q in quotes if q.quoted.startswith(words)]
    assert len(said) == 1, [q.quoted for q in quotes]
    sp = said[0].speaker
    return (sp.name, sp.type) if sp is not None else None


@pytest.mark.parametrize(
    ("text", "words", "body"),
    [
        # reported (t13air N7, S1)
        ("Cebu Pacific said it had cancelled 120 flights.", "it had cancelled", "Cebu Pacific"),
        ("Virgin Atlantic said its London flights would run.", "its London flights", "Virgin Atlantic"),
        (
            "Some 3,000 homes lost power, Southern California Edison said.",
            "Some 3,000 homes",
            "Southern California Edison",
        ),
        ("Three people died, the US Geological Survey said.", "Three people died", "US Geological Survey"),
        # our own
        ("Lisbon Atlantic said its ferries would stay in port.", "its ferries", "Lisbon Atlantic"),
        ("The Division of Rural Roads said the bridge would reopen.", "the bridge", "Division of Rural Roads"),
    ],
)
def test_a_body_named_by_place_words_speaks_as_an_organisation(
    rec: Recognizer, text: str, words: str, body: str
) -> None:
    assert speaker(rec, text, words) == (body, "ORG")


@pytest.mark.parametrize(
    ("text", "words", "short"),
    [
        ("The NWS said a tornado touched down near Moore.", "a tornado", "NWS"),  # reported (t13air S2)
        ("The FAA said flights resumed at noon.", "flights resumed", "FAA"),
        ("Later the NHC said the storm had weakened.", "the storm had", "NHC"),
    ],
)
def test_the_and_an_acronym_is_its_organisation(rec: Recognizer, text: str, words: str, short: str) -> None:
    assert speaker(rec, text, words) == (short, "ORG")
