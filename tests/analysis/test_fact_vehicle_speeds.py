"""A moving thing's speed and a way's speed limit are two measures (issue #16, round s36-q; t13ab
L2).

Reported: "The train was travelling at 130 km/h (81 mph) on a stretch limited to 60 mph" and "was
travelling at 70 mph … The line speed there is 60 mph" gave a row ``speed (mph)`` DISAGREE of the
one's limit and the other's train (60 vs 70 mph), while the train's 130 km/h (81 mph) against 70 mph
was never compared, and one value "130 km/h" in two articles (one a table row "Speed at derailment |
130 km/h") was two single-source rows. Every speed without a wind's word was grouped by shared
context alone."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def _rows(*texts: str) -> dict[str, list[tuple[bool, list[tuple[str, str]]]]]:
    out: dict[str, list[tuple[bool, list[tuple[str, str]]]]] = {}
    for f in sheet(*texts):
        if f.values[0].kind == "quantity":
            out.setdefault(f.label, []).append((f.agree, sorted((v.doc, value_text(v)) for v in f.values)))
    return out


@pytest.mark.parametrize(
    ("texts", "moving", "limit"),
    [
        # reported (t13ab L2: repro v2)
        (
            (
                "The train was travelling at 130 km/h (81 mph) on a stretch limited to 60 mph, a person "
                "familiar with the investigation said.",
                "The train was travelling at 70 mph when it reached the curve, investigators believe. The "
                "line speed there is 60 mph.",
                "The express derailed near Harnwick.\n\n| Figure | Value |\n|---|---|\n"
                "| Speed at derailment | 130 km/h |\n| Line speed | 97 km/h |",
            ),
            (False, [("a", "130 km/h"), ("b", "70 mph"), ("c", "130 km/h")]),
            (True, [("a", "60 mph"), ("b", "60 mph"), ("c", "97 km/h")]),
        ),
        # variants of my own: a coach on a road, other wordings of both
        (
            (
                "Police said the coach was going at 90 km/h where the speed limit is 50 km/h.",
                "The coach was doing 70 km/h on a road restricted to 50 km/h, witnesses said.",
            ),
            (False, [("a", "90 km/h"), ("b", "70 km/h")]),
            (True, [("a", "50 km/h"), ("b", "50 km/h")]),
        ),
        (
            (
                "The tram hit the buffers at a speed of 40 km/h on a section with a 15 km/h limit.",
                "Investigators found the tram was travelling at 25 mph when it struck the buffers.",
            ),
            (True, [("a", "40 km/h"), ("b", "25 mph")]),
            (True, [("a", "15 km/h")]),
        ),
    ],
)
def test_a_moving_things_speed_and_a_limit_are_two_rows(
    texts: tuple[str, ...],
    moving: tuple[bool, list[tuple[str, str]]],
    limit: tuple[bool, list[tuple[str, str]]],
) -> None:
    rows = _rows(*texts)
    assert rows.get("speed") == [moving], rows
    assert rows.get("speed limit") == [limit], rows
    # no speed left to be grouped by context alone
    assert not [k for k in rows if k.startswith("speed (")], rows


@pytest.mark.parametrize(
    ("texts", "agree"),
    [
        # reported (t13ab full corpus: the tabloid's "at 70mph" was grouped with the Courier's by
        # context alone, and left alone once the Courier's was a speed)
        (
            (
                "SEVEN people died yesterday when a packed express flew off the rails at 70mph in Harnwick.",
                "The train was travelling at 70 mph when it reached the curve, investigators believe.",
            ),
            True,
        ),
        # variants of my own
        (("The lorry hit the barrier at about 110 km/h.", "Police said the lorry was doing 80 mph."), False),
        (("The ferry struck the pier at 12 km/h.", "The ferry's speed was 12 km/h, the harbour master said."), True),
    ],
)
def test_a_speed_at_which_a_thing_went_is_its_speed(texts: tuple[str, str], agree: bool) -> None:
    rows = _rows(*texts)
    assert [(ok, len(values)) for ok, values in rows.get("speed", [])] == [(agree, 2)], rows


@pytest.mark.parametrize(
    "text",
    [
        "It was moving west at 20 km/h (12 mph).",  # a storm's forward speed stays as before
        "The depression was heading north at 15 mph.",
        "The storm came ashore with winds of 185 km/h.",
        "Gusts reached 80 miles an hour.",
    ],
)
def test_winds_and_a_storms_track_are_no_vehicle_speed(text: str) -> None:
    rows = _rows(text)
    assert "speed" not in rows and "speed limit" not in rows, rows
