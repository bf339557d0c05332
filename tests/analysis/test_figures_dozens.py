"""A number of dozens is the number times twelve (t13aa K3, round s35-fa): "two dozen are injured"
was read as 2 and "three dozen were hurt" as 3 (text2num reads no "dozen", and the run's longest
parsing prefix was taken), and "A dozen people were killed" gave no figure at all ("a dozen" was
thrown away as prose, though "a hundred" is 100). "half a dozen" stays 6 and "a half-dozen" is 6 too (it was none); "dozens of" stays the
vague lower bound "hundreds of" is (24, never a fact of its own); "a couple of" and "a score of"
are read as no number (vague, and "score" is a game's far more often than twenty)."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.figures import find_figures, words_value


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("two dozen", 24),
        ("three dozen", 36),
        ("a dozen", 12),
        ("half a dozen", 6),
        ("four dozen", 48),
        ("twenty-four dozen", 288),
        ("Two Dozen", 24),
    ],
)
def test_words_value_of_dozens(words: str, value: float) -> None:
    assert words_value(words) == value


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("Ten people are dead, the Council says, and two dozen are injured.", "two dozen", 24),
        ("A dozen people were killed and three dozen were hurt when the bridge fell.", "A dozen people", 12),
        ("A dozen people were killed and three dozen were hurt when the bridge fell.", "three dozen", 36),
        ("Some four dozen homes were flooded overnight.", "Some four dozen homes", 48),
        ("A half-dozen people were hurt.", "A half-dozen people", 6),
        ("Police said a half dozen homes were destroyed.", "a half dozen homes", 6),
    ],
)
def test_figures_of_dozens(text: str, figure: str, value: float) -> None:
    found = {text[f.start : f.end]: f.value for f in find_figures(text)}
    assert found.get(figure) == value, found


def _rows(*texts: str) -> dict[str, list[float]]:
    return {f.label: sorted(v.value for v in f.values) for f in sheet(*texts)}


def test_reported_dozens_in_the_fact_sheet() -> None:
    """t13aa repro v3: a 23, b "two dozen", d "three dozen" injured; c "half a dozen", d "A dozen" killed."""
    rows = _rows(
        "Nine people were killed and 23 were injured when the Corvenna Bridge collapsed.",
        "The Corvenna Bridge came down today. Ten people are dead, the Council says, and two dozen are injured.",
        "Dozens of people were injured and half a dozen were killed when the bridge fell.",
        "A dozen people were killed and three dozen were hurt when the bridge fell.",
    )
    assert rows["people injured"] == [23, 24, 36], rows
    assert rows["death toll"] == [6, 9, 10, 12], rows


def test_dozens_of_is_as_vague_as_hundreds_of() -> None:
    assert _rows("Dozens of people were injured.") == _rows("Hundreds of people were injured.") == {}


@pytest.mark.parametrize("text", ["A couple of people were injured.", "A score of people were injured."])
def test_couple_and_score_are_no_number(text: str) -> None:
    assert _rows(text) == {}
