"""A share written in words is a percentage of what it counts, read by the one figure recogniser
(issue #16, t13ac M19, round s37-f): "a third of the homes", "Nearly two-thirds of flights", "One in
three homes" are 33%, ~67% (a bound) and 33%, for the fact sheet and the entity recogniser alike
(the "three homes" of "One in three homes" is no count). A fraction of a unit of measure or time
("a quarter of an hour", "a third of a mile") and a count and where its things were ("killed 12 in
three villages") are no shares."""

from __future__ import annotations

import pytest

from waic_reader.index.analysis.entities.patterns import figure_spans
from waic_reader.index.analysis.figures import SHARE_MARGIN, figures_of


@pytest.mark.parametrize(
    ("text", "written", "value", "qualifier"),
    [
        # reported (t13ac repro v17)
        ("A third of the homes in Varnhelm were damaged.", "A third", 100 / 3, ""),
        ("Nearly two-thirds of flights were cancelled on Thursday.", "Nearly two-thirds", 200 / 3, "nearly"),
        ("One in three homes in Varnhelm was damaged.", "One in three", 100 / 3, ""),
        # variants: other stories, other wordings
        ("Three quarters of the staff were sent home.", "Three quarters", 75.0, ""),
        ("Officials said about one-fifth of the harvest was lost.", "about one-fifth", 20.0, "about"),
        ("Four in 10 schools were closed on Monday.", "Four in 10", 40.0, ""),
        ("Officials said nearly two out of five flights were delayed.", "nearly two out of five", 40.0, "nearly"),
        ("The storm left one in every four homes without power.", "one in every four", 25.0, ""),
        ("Nearly half of all flights were cancelled.", "Nearly half", 50.0, "nearly"),
    ],
)
def test_a_share_in_words_is_a_percentage(text: str, written: str, value: float, qualifier: str) -> None:
    shares = [f for f in figures_of(text) if f.kind == "percent"]
    assert [(text[f.start : f.end], f.unit, f.qualifier) for f in shares] == [(written, "%", qualifier)], shares
    assert shares[0].value == pytest.approx(value)
    assert shares[0].margin == SHARE_MARGIN  # as precise as a share rounded to the nearest 5%
    assert not [f for f in figures_of(text) if f.kind == "count"]  # "three homes" is no count


@pytest.mark.parametrize(
    "text",
    [
        "The walk took a quarter of an hour.",
        "The lava stopped a third of a mile from the road.",
        "The storm killed 12 in three villages.",
        "Three in the morning is when it started.",
        "In the first half of 2024, sales rose.",
        "The other half of the team stayed behind.",
        "Union leaders spoke on behalf of the staff.",
    ],
)
def test_no_share_where_no_share_is_written(text: str) -> None:
    assert not [f for f in figures_of(text) if f.kind == "percent"], figures_of(text)


def test_the_entity_recogniser_reads_the_same_share() -> None:
    text = "Nearly two-thirds of flights were cancelled."
    assert [(text[a:b], label) for a, b, label in figure_spans(text)] == [("Nearly two-thirds", "PERCENT")]
