"""A list of places' measurements after a label ("Rainfall totals: Pécs 64 mm, Mohács 51 mm,
Szekszárd 38 mm.", "Wind gusts: Siófok 110 km/h, Keszthely 95 km/h.") gives each place its own fact,
compared with other outlets' figures for that place in prose (t13m F7, a storm corpus, issue #16:
the items were rows "length (mm)", one of them compared with another town's rain by context
alone, and the speeds rows "speed (km/h)"). What falls in millimetres is rain ("66 mm fell in
Pécs"), and a place's own wind in prose ("Gusts reached 120 km/h in Siófok") is that place's."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _rows(*texts: str) -> list[tuple[str, str, list[str]]]:
    return [(f.label, f.status, [value_text(v) for v in f.values]) for f in sheet(*texts)]


@pytest.mark.parametrize(
    ("text", "others", "expected"),
    [
        # reported (t13m F7)
        (
            "Rainfall totals: Pécs 64 mm, Mohács 51 mm, Szekszárd 38 mm.",
            ("Pécs recorded 66 mm of rain on Tuesday.", "Officials said 66 mm fell in Pécs."),
            [
                ("rainfall at Pécs", "disagree", ["64 mm", "66 mm", "66 mm"]),
                ("rainfall at Mohács", "single source", ["51 mm"]),
                ("rainfall at Szekszárd", "single source", ["38 mm"]),
            ],
        ),
        (
            "Wind gusts: Siófok 110 km/h, Keszthely 95 km/h.",
            ("Gusts reached 120 km/h in Siófok, the weather service said.",),
            [
                ("wind gusts at Siófok", "disagree", ["110 km/h", "120 km/h"]),
                ("wind gusts at Keszthely", "single source", ["95 km/h"]),
            ],
        ),
        # variants of my own: "and" before the last item, conversions in the items, ";" between
        (
            "Rainfall in the 24 hours to 8 a.m.: Lower Vale 70 mm, Bryne 51 mm and Sola 12 mm.",
            ("Bryne got 51 mm of rain overnight.",),
            [
                ("rainfall at Bryne", "agree", ["51 mm", "51 mm"]),
                ("rainfall at Lower Vale", "single source", ["70 mm"]),
                ("rainfall at Sola", "single source", ["12 mm"]),
            ],
        ),
        (
            "Highest winds: Fonyód 90 km/h (56 mph); Tihany 85 km/h (53 mph).",
            ("Winds of 95 km/h were recorded at Tihany.",),
            [
                ("wind speed at Tihany", "disagree", ["85 km/h", "95 km/h"]),
                ("wind speed at Fonyód", "single source", ["90 km/h"]),
            ],
        ),
    ],
)
def test_each_place_of_a_list_is_its_own_fact(
    text: str, others: tuple[str, ...], expected: list[tuple[str, str, list[str]]]
) -> None:
    rows = [r for r in _rows(text, *others) if r[0].startswith(("rainfall", "wind"))]
    assert rows == expected, _rows(text, *others)


def test_a_storms_wind_names_no_place() -> None:
    rows = _rows(
        "The storm hit with sustained winds of 185 km/h near the centre.",
        "Lorna had winds of 160 km/h as it crossed the coast at San Feliciano.",
    )
    assert rows == [("wind speed", "disagree", ["185 km/h", "160 km/h"])], rows
