"""The first word of a hospital's, a school's or a church's name, written alone, is the town the
body is named after, not the body (issue #16, round s42-e, held-out 35's live blog on Rotuma).

"the roof of the Rotuma Hospital store" made every lone "Rotuma" of the article ("passes Rotuma",
"the hurricane warning for Rotuma") an ORG, the hospital's short form. After "the" the word is
still the body ("staff at the Mersey" after "Mersey Community Hospital").
"""

from __future__ import annotations

import pytest
from name_helpers import Art

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def _labels(rec: Recognizer, text: str, word: str) -> list[str]:
    return [m.label for m in rec.recognize(Art("x", text)) if text[m.start : m.end] == word]


@pytest.mark.parametrize(
    ("text", "town", "place_label"),
    [
        # the reported input (held-out 35, article 05)
        (
            "LIVE: Cyclone Lisiana passes Rotuma\n\nThe Fiji Meteorological Service has cancelled the "
            "hurricane warning for Rotuma. The roof of the Rotuma Hospital store has gone.",
            "Rotuma",
            None,
        ),
        # variants of my own: a school and a college named after their towns
        (
            "Flood cuts off Kelani\n\nWater reached the Kelani Primary School hall on Monday. The storm "
            "left Kelani without power.",
            "Kelani",
            None,
        ),
        (
            "Tamsby counts the cost\n\nVolunteers fixed the Tamsby College roof. The gale spared Tamsby "
            "on Sunday, but the ferry did not sail.",
            "Tamsby",
            None,
        ),
    ],
)
def test_first_word_of_an_institution_alone_is_no_organisation(
    rec: Recognizer, text: str, town: str, place_label: str | None
) -> None:
    labels = _labels(rec, text, town)
    assert "ORG" not in labels, labels
    if place_label:
        assert place_label in labels, labels


def test_after_the_the_word_is_still_the_body(rec: Recognizer) -> None:
    text = (
        "Births paused\n\nBirths at the Mersey Community Hospital will be paused. A union leader "
        "said staff at the Mersey were exhausted."
    )
    assert _labels(rec, text, "Mersey") == ["ORG"]
