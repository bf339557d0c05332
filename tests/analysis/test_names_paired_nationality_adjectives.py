"""A word an article uses as a language elsewhere is the people's adjective where it and another
such word stand before one noun ("Malagasy and French exporters", "the Georgian and Azerbaijani
sections", "Tatar and Chuvash villages": NORP; round s32-n, issue #16: they were LANGUAGEs by
one sense per article). Invented examples; guards: "switching between English and Irish
mid-verse", "English and French subtitles" and "in Tamil and Sinhala to the crowd" stay languages."""

from __future__ import annotations

import pytest
from name_helpers import Art

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def _labels(rec: Recognizer, text: str, word: str, after: str) -> list[str]:
    """The labels of ``word`` where it stands right before ``after``."""
    return [
        m.label
        for m in rec.recognize(Art("d", text))
        if text[m.start : m.end] == word and text.startswith(after, m.end)
    ]


@pytest.mark.parametrize(
    ("text", "word", "after"),
    [
        (
            "She told us in Malagasy that prices fell. Buyers met Malagasy and French exporters on Monday.",
            "Malagasy",
            " and French exporters",
        ),
        (
            "He spoke in Tatar to the crowd. Tatar and Chuvash villages were without power for days.",
            "Tatar",
            " and Chuvash villages",
        ),
        (
            "She learned Georgian at school. Freight stalled on the Georgian and Armenian sections of the line.",
            "Georgian",
            " and Armenian sections",
        ),
    ],
)
def test_a_paired_adjective_before_a_noun_is_the_people(rec: Recognizer, text: str, word: str, after: str) -> None:
    assert _labels(rec, text, word, after) == ["NORP"], _labels(rec, text, word, after)


@pytest.mark.parametrize(
    ("text", "word", "after"),
    [
        ("He raps, switching between English and Irish mid-verse.", "English", " and Irish"),
        ("The dialogue is in Inuktitut with English and French subtitles.", "English", " and French"),
        ("She spoke in Tamil and Sinhala to the crowd.", "Tamil", " and Sinhala"),
    ],
)
def test_languages_stay_languages(rec: Recognizer, text: str, word: str, after: str) -> None:
    assert _labels(rec, text, word, after) == ["LANGUAGE"], _labels(rec, text, word, after)
