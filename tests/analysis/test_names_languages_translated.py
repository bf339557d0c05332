"""Issue #16 (round s34-c): a language no list holds, named after "in" in a sentence that has it
translated or interpreted ("He said it in Sherpa and his cousin translated": heldout27's GPE), and
such a language's name after "a"/"an" is one of its people ("Not a Sherpa, not an Englishman")."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def _labels(rec: Recognizer, text: str, word: str) -> list[str]:
    art = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    return [m.label for m in rec.recognize(art) if m.text == word]


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("He said it in Gurung and his cousin Dawa translated.", "Gurung"),
        ("She answered the court in Tamang, which an interpreter translated for the jury.", "Tamang"),
        ("The elder spoke at length in Rai while a nephew interpreted.", "Rai"),
    ],
)
def test_a_language_that_is_translated(rec: Recognizer, text: str, word: str) -> None:
    assert _labels(rec, text, word) == ["LANGUAGE"]


def test_its_people_after_a(rec: Recognizer) -> None:
    text = (
        "They were carried down by a Gurung guide. He said it in Gurung and his cousin translated. "
        '"We leave no one on the mountain. Not a Gurung, not a stranger," he said.'
    )
    assert _labels(rec, text, "Gurung") == ["NORP", "LANGUAGE", "NORP"]


@pytest.mark.parametrize(
    "text",
    [
        "The talks were held in Geneva and the statement was translated into French.",
        "He lives in Harlingen, where his sister translated the book.",
    ],
)
def test_a_town_stays_a_town(rec: Recognizer, text: str) -> None:
    art = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    got = {(m.text, m.label) for m in rec.recognize(art)}
    assert not any(label == "LANGUAGE" and t in ("Geneva", "Harlingen") for t, label in got), got
