"""A measurement with its conversion is one figure however the conversion is written (issue #16:
"40 kilometres (25 miles)" is one figure, not two). Found in session 24 on a hand-written quake
corpus: "a depth of 10km (six miles)" gave a second figure "six miles", a fact of its own
("length (mi)"); "a 3-metre (10-foot) wall" was two figures too."""

from __future__ import annotations

import pytest

from waic_reader.index.analysis.figures import figures_of


@pytest.mark.parametrize(
    ("text", "written", "value", "unit", "conversion"),
    [
        ("struck at a depth of 10km (six miles).", "10km (six miles)", 10, "km", (6, "mi")),
        (
            "centred 40 kilometres (twenty-five miles) off the coast",
            "40 kilometres (twenty-five miles)",
            40,
            "km",
            (25, "mi"),
        ),
        ("a 3-metre (10-foot) wall", "3-metre (10-foot)", 3, "m", (10, "ft")),
        ("a 3-metre (ten-foot) wave", "3-metre (ten-foot)", 3, "m", (10, "ft")),
    ],
)
def test_a_conversion_in_words_or_hyphened_is_one_figure(
    text: str, written: str, value: float, unit: str, conversion: tuple[float, str]
) -> None:
    [fig] = figures_of(text)
    assert (text[fig.start : fig.end], fig.value, fig.unit, fig.conversion) == (written, value, unit, conversion)


def test_a_bracket_of_words_that_is_no_number_is_no_conversion() -> None:
    text = "a 3-metre (tall) wall"
    [fig] = figures_of(text)
    assert text[fig.start : fig.end] == "3-metre" and fig.conversion is None
