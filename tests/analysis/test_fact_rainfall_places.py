"""Rainfall at two places is two facts (issue #16, session 26 probe of an invented typhoon).
Found: the local paper's "Port Casilang, 40 kilometres south of San Feliciano, recorded 180 mm of
rain" made one "rainfall" row with Reuters' "San Feliciano recorded 312 millimetres", in
disagreement: the rain of two towns. Rainfall at one place stays compared."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _rows(*texts: str) -> list[tuple[str, str, list[str]]]:
    return [(f.label, f.status, [value_text(v) for v in f.values]) for f in sheet(*texts)]


@pytest.mark.parametrize(
    ("text", "other"),
    [
        # found (Reuters, the Casilang Courier)
        (
            "San Feliciano recorded 312 millimetres (12 inches) of rain in the 24 hours to 8 a.m.",
            "Port Casilang, 40 kilometres south of San Feliciano, recorded 180 mm of rain over the same period.",
        ),
        # variants of my own
        ("Up to 75 mm of rain fell in Bryne on Sunday.", "Rainfall of 40 mm was recorded at Sola airport."),
        ("Arnoy received 210 mm of rainfall on Sunday.", "Skjervoy saw 150 mm of rain in October."),
    ],
)
def test_rainfall_at_two_places_is_never_compared(text: str, other: str) -> None:
    rows = _rows(text, other)
    rain = [r for r in rows if r[0].startswith("rainfall")]
    assert len(rain) == 2 and all(status == "single source" for _, status, _ in rain), rows


@pytest.mark.parametrize(
    ("text", "other", "label"),
    [
        (
            "San Feliciano recorded 312 mm of rain overnight.",
            "Rainfall of 280 mm was recorded at the San Feliciano station.",
            "rainfall at San Feliciano",
        ),
        ("Up to 75 mm of rain fell in Bryne.", "Bryne got 90 mm of rain.", "rainfall at Bryne"),
        ("The storm dropped 120 mm of rain.", "More than 160 mm of rain fell, forecasters said.", "rainfall"),
    ],
)
def test_rainfall_at_one_place_is_compared(text: str, other: str, label: str) -> None:
    rows = _rows(text, other)
    assert [(r[0], r[1], len(r[2])) for r in rows if r[0].startswith("rainfall")] == [(label, "disagree", 2)], rows


@pytest.mark.parametrize(
    ("text", "labels"),
    [
        # found (a second probe, an invented hurricane)
        (
            "Pensacola recorded 14.2 inches of rain, while Mobile got 9 inches.",
            ["rainfall at Mobile", "rainfall at Pensacola"],
        ),
        # variants of my own
        # (rain expected is a forecast, never the rain that fell: t13ae P2, round s37-z1)
        ("Up to 15 inches of rain were expected.", ["rainfall forecast"]),
        ("Bergen saw 4 cm of rain; Voss had 2 cm of rain.", ["rainfall at Bergen", "rainfall at Voss"]),
    ],
)
def test_rain_in_inches_or_centimetres_is_rainfall_at_its_clauses_place(text: str, labels: list[str]) -> None:
    assert sorted(r[0] for r in _rows(text)) == labels, _rows(text)


def test_rain_in_inches_is_compared_with_rain_in_millimetres() -> None:
    rows = _rows("Pensacola recorded 14 inches of rain.", "Pensacola recorded 250 mm of rain.")
    assert rows == [("rainfall at Pensacola", "disagree", ["14 in", "250 mm"])], rows
