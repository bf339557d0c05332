"""Two low findings of review s52-rv on round s52-f (round s52-fx2): a plural noun's homograph of a
verb after a noun stays the noun ("12 cattle shows" lost "shows", finding 10: the verb-after-count
rule), and a verb that takes a duration only as an adjunct ("burn", "continue") before "after
EVENT" dates, no duration ("Fires burned two days after the quake" was a row "duration", finding
11). The reviewer's inputs and a variant of my own each; s52-f's "five dead appears" and "lasted 12
days before" stay (its tests)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        # found (s52-rv finding 10: tmp-rv/cf/d.txt)
        ("The festival cancelled 12 cattle shows and 40 horse shows.", "cattle shows"),
        # variant of my own: another unmarked plural, another homograph
        ("Organisers called off 15 sheep shows on Saturday.", "sheep shows"),
    ],
)
def test_a_plural_noun_after_a_noun_stays_the_noun(text: str, noun: str) -> None:
    labels = [f.label for f in sheet(text)]
    assert any(noun in label for label in labels), labels


@pytest.mark.parametrize(
    "text",
    [
        # found (s52-rv finding 11: tmp-rv/cf/d.txt)
        "Fires burned two days after the quake.",
        # variant of my own: another adjunct verb and event
        "Aftershocks continued three weeks after the earthquake.",
    ],
)
def test_an_adjunct_duration_after_an_event_is_no_duration(text: str) -> None:
    labels = [f.label for f in sheet(text)]
    assert not any("duration" in label for label in labels), labels
