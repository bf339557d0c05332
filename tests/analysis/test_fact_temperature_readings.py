"""One temperature measure whatever its wording, and one reading in two scales one value (issue #16,
round s36-q; t13ab L1, L8).

Reported: "The overnight low in Harnwick was minus 9 degrees Celsius" was a row ``temperature (°C)``
of its own, never compared with the wire's "-12C" (``temperature``), and "the low temperatures,
which fell to -12C" had no measure either; "10F" (−12.2 °C) against "minus 12 degrees Celsius" was
a DISAGREE, and the °F reading was shown as "-12.2 °C", not as its source wrote it."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text
from waic_reader.index.analysis.figures import figures_of


def _rows(*texts: str) -> list[tuple[str, bool, list[tuple[str, str]]]]:
    return [(f.label, f.agree, [(v.doc, value_text(v)) for v in f.values]) for f in sheet(*texts)]


@pytest.mark.parametrize(
    "text",
    [
        "It fell to -9C in Harnwick.",  # the repro's "-12C" with no temperature word near
        "By dawn it was minus 7C in Kerrow.",
        "Dunmere woke to −15F on Friday.",
    ],
)
def test_a_signed_glued_scale_is_a_temperature(text: str) -> None:
    """A minus sign before a number with a scale's letter glued on ("-9C", "minus 7C") is below
    zero on a scale: a temperature wherever it stands ("Flat 15C" is none; no flat is "-15C")."""
    figs = [f for f in figures_of(text) if f.kind == "quantity"]
    assert [f.unit for f in figs] in (["°C"], ["°F"]) and figs[0].value < 0, figs


@pytest.mark.parametrize(
    ("low", "other", "values"),
    [
        # reported (t13ab L1)
        (
            "Investigators will look at the weather. The overnight low in Harnwick was minus 9 degrees Celsius.",
            "Temperatures had fallen to -12C overnight, and engineers will examine the rail.",
            ["-9 °C", "-12 °C"],
        ),
        # variants of my own: another place and scale word, a daytime high
        (
            "The overnight low at Kerrow station was -7C, the coldest this winter.",
            "Temperatures dropped to minus 4 degrees Celsius in the valley.",
            ["-7 °C", "-4 °C"],
        ),
        (
            "The daytime high in Velmont was 31C, officials said.",
            "Temperatures in Velmont reached 35C on Sunday.",
            ["31 °C", "35 °C"],
        ),
    ],
)
def test_an_overnight_low_is_the_air_temperature(low: str, other: str, values: list[str]) -> None:
    rows = [r for r in _rows(low, other) if r[0].startswith("temperature")]
    assert [(r[0], r[1], sorted(v for _, v in r[2])) for r in rows] == [("temperature", False, sorted(values))], rows


@pytest.mark.parametrize(
    ("text", "other"),
    [
        # reported (t13ab L1, the Courier)
        (
            "It was too early to say whether the low temperatures, which fell to -12C, had played a part.",
            "Temperatures had fallen to minus 9 degrees Celsius overnight.",
        ),
        # variants of my own
        ("The freezing temperatures, which reached minus 14C overnight, cracked the pipes.", "Temperatures hit -9C."),
        ("Officials blamed the heatwave, which peaked at 41C on Sunday.", "Temperatures in the city reached 38C."),
    ],
)
def test_a_relative_clause_of_temperatures_is_the_air_temperature(text: str, other: str) -> None:
    rows = [r for r in _rows(text, other) if r[0].startswith("temperature")]
    assert [(r[0], r[1], len(r[2])) for r in rows] == [("temperature", False, 2)], rows


@pytest.mark.parametrize(
    ("texts", "agreeing", "odd"),
    [
        # reported (t13ab L8)
        (
            (
                "Temperatures fell to minus 12 degrees Celsius overnight.",
                "Temperatures fell to 10F overnight.",
                "Temperatures fell to -4C overnight.",
            ),
            ["-12 °C", "10 °F"],
            "-4 °C",
        ),
        # variants of my own: a heat, a Fahrenheit word
        (
            (
                "Temperatures in the city reached 41C on Sunday.",
                "Temperatures in the city reached 106 degrees Fahrenheit on Sunday.",
                "Temperatures in the city reached 38C on Sunday.",
            ),
            ["41 °C", "106 °F"],
            "38 °C",
        ),
        (
            (
                "The mercury dropped to 0C overnight.",
                "The mercury dropped to 32F overnight.",
                "The mercury dropped to 25F overnight.",
            ),
            ["0 °C", "32 °F"],
            "25 °F",
        ),
    ],
)
def test_one_reading_in_two_scales_is_one_value(texts: tuple[str, ...], agreeing: list[str], odd: str) -> None:
    rows = [r for r in _rows(*texts) if r[0] == "temperature"]
    assert len(rows) == 1 and not rows[0][1], rows
    shown = [v for _, v in rows[0][2]]
    assert sorted(shown) == sorted([*agreeing, odd]), shown
    # the two scales' readings agree: only the odd one makes the row disagree
    pair = _rows(*texts[:2])
    assert [(r[0], r[1]) for r in pair if r[0] == "temperature"] == [("temperature", True)], pair


def test_two_readings_a_degree_apart_in_two_scales_still_disagree() -> None:
    """10F is -12.2 °C: "-11C" (12.2 °F) is another reading, whatever rounding is allowed."""
    rows = [
        r
        for r in _rows("Temperatures fell to 10F overnight.", "Temperatures fell to -11C overnight.")
        if r[0] == "temperature"
    ]
    assert [(r[0], r[1]) for r in rows] == [("temperature", False)], rows
