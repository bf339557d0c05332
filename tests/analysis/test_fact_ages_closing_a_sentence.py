"""A person's age after their name is no count of anything wherever its apposition ends: a comma
or a bracket, and also the sentence's end or a dash (t13s F8, round s31-i: the tabloid's '"He
saved our lives," sobbed British holidaymaker Karen Dunn, 41.' gave a death toll of 41)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


@pytest.mark.parametrize(
    ("text", "label", "want"),
    [
        # reported (t13s tabloid/daily-blaze)
        (
            'Three people died in the blaze. "He saved our lives," sobbed British holidaymaker Karen Dunn, 41.',
            "death toll",
            ["3"],
        ),
        # variants of my own: an exclamation, a dash, other names and measures
        (
            'Two people died in the crash. "My brother died in my arms," wept Sofia Brandt, 38!',
            "death toll",
            ["2"],
        ),
        (
            "Nine people were injured in the blast, among them the shop owner, Rui Costa, 61 – he lost an eye.",
            "people injured",
            ["9"],
        ),
        (
            "The fire killed three people. One was the night porter, Jonas Beck, 58 - a father.",
            "death toll",
            ["3"],
        ),
    ],
)
def test_an_age_ending_the_sentence_is_no_value(text: str, label: str, want: list[str]) -> None:
    facts = sheet(text)
    assert [(f.label, [value_text(v) for v in f.values]) for f in facts] == [(label, want)]


def test_the_reported_sentence_alone_gives_no_toll() -> None:
    assert sheet('"He saved our lives," sobbed British holidaymaker Karen Dunn, 41.') == []
