"""Issue #16 (round s34-c): places named by the words of travel around them (heldout27: "the exile
of the Garinagu from Saint Vincent to Roatán", "his first visit to St Vincent" were PERSONs; "by
sumo taxi from Sialsuk", "the grandmothers from Buranovo", "from Los Angeles to Livingston" were no
name; "reached Camp 1", "above Camp 2" were GPEs)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def _found(rec: Recognizer, text: str) -> set[tuple[str, str]]:
    art = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    return {(m.text, m.label) for m in rec.recognize(art)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The song mourns the exile of the islanders from Saint Martin to Anguilla in 1797.", "Saint Martin"),
        (
            "His song mourned the exile from Saint Joseph to Anguilla. He sang it in 2002, on his first visit to St Joseph.",
            "St Joseph",
        ),
        ("They sailed from Saint Thomas to the coast.", "Saint Thomas"),
        # the kind's neighbours: where a place's travel words stand
        ("She comes by shared taxi from Kawnpui four days a week.", "Kawnpui"),
        ("It was the grandmothers from Sernur who sang for the crowd.", "Sernur"),
        ("The man families from Chicago to Wandsworth phoned when they needed a drum.", "Wandsworth"),
    ],
)
def test_a_place_by_its_travel_words(rec: Recognizer, text: str, name: str) -> None:
    got = _found(rec, text)
    assert (name, "GPE") in got, got


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("A letter from Saint Jude was read aloud.", "Saint Jude"),
        ("They prayed to Saint Anthony for the lost ring.", "Saint Anthony"),
    ],
)
def test_a_saint_stays_a_person(rec: Recognizer, text: str, name: str) -> None:
    assert (name, "GPE") not in _found(rec, text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The pair reached Camp 1 at 3am.", "Camp"),
        ("He slurred his words above Camp 2 and fell.", "Camp"),
        ("The climbers rested near Base 3 overnight.", "Base"),
    ],
)
def test_a_numbered_part_of_a_site_is_no_place(rec: Recognizer, text: str, word: str) -> None:
    assert (word, "GPE") not in _found(rec, text)
