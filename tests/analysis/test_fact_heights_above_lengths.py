"""A thing's height above what it stands over and a long thing's length (t13aa K10, round s35-fa):
"The bridge, 1,115 feet long, stands 150 feet above the water" gave a bare *length (ft)* for the
150 feet, a table's "Height above the river | 45 m" a bare *height*, "The 340-metre bridge" a bare
*length (m)* beside the article's *length of the bridge*, and a table's "Length of the bridge | 380
m" a bare *length*. A length after a verb of standing or rising and before "above X" is the
*height above the X* (the water's and its bodies' words one mark: "water", as lengths._WATER_LEVEL
reads them), a length fused before a thing that runs along (a bridge, a tunnel, a runway, a ship:
lengths.LONG_THINGS) its length, and a role noun naming its thing ("Length of the bridge", "The
height of the tower is 90 m") labels the row by it."""

from __future__ import annotations

import pytest
from fact_helpers import sheet


def _rows(*texts: str) -> dict[str, tuple[str, list[float]]]:
    return {f.label: (f.status, sorted(round(v.value, 1) for v in f.values)) for f in sheet(*texts)}


def test_reported_bridge() -> None:
    rows = _rows(
        "The 340-metre bridge, which opened in 1974, carried the main road.",
        "The bridge, 1,115 feet long, stands 150 feet above the water.",
        "The Ministry of Transport said the bridge was 1,250 feet long.",
        "Bridge facts\n\nItem | Value\n--- | ---\nLength of the bridge | 380 m\nHeight above the river | 45 m",
    )
    assert rows["length of the bridge"] == ("disagree", [340, 380, 1115, 1250]), rows
    assert rows["height above the water"] == ("agree", [45, 150]), rows
    assert not [label for label in rows if label in ("length", "height", "length (m)", "length (ft)")], rows


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        ("The viaduct rises 60 metres above the valley.", "height above the valley", 60),
        ("The old tower stands some 90 metres above the town.", "height above the town", 90),
        ("The road deck is 40 m above the river, engineers said.", "height above the water", 40),
        ("The cable car hangs 300 feet above the lake.", "height above the water", 300),
    ],
)
def test_standing_above(text: str, label: str, value: float) -> None:
    rows = _rows(text)
    assert rows.get(label) == ("single source", [value]), rows


def test_water_rising_above_a_bridge_stays_its_level() -> None:
    """The water's level above a thing on a river (s34-q) is no height of a thing above water."""
    rows = _rows("The river rose 2 metres above the bridge.")
    assert "water level above the bridge" in rows, rows


@pytest.mark.parametrize(
    ("texts", "label", "values"),
    [
        (("The 3-km tunnel opened in 1990.", "The tunnel is 3.2 km long."), "length of the tunnel", [3, 3.2]),
        (
            ("The airport's 2,800-metre runway was closed.", "The runway is 3,000 metres long."),
            "length of the runway",
            [2800, 3000],
        ),
        (
            ("The 300-metre ship ran aground.", "The length of the ship is 290 metres."),
            "length of the ship",
            [290, 300],
        ),
    ],
)
def test_long_things_and_role_nouns(texts: tuple[str, ...], label: str, values: list[float]) -> None:
    rows = _rows(*texts)
    assert rows.get(label) == ("disagree", values), rows


def test_tall_things_keep_their_height() -> None:
    """s34-u's rule stands: a structure that stands is measured up, whatever follows."""
    rows = _rows("The 52-metre dam held.", "The dam is 50 metres high.")
    assert rows.get("height of the dam") == ("disagree", [50, 52]), rows


def test_a_bore_in_small_units_keeps_its_width() -> None:
    rows = _rows("Rescuers drilled a 60-centimetre rescue shaft.", "The shaft is 24 inches wide.")
    assert "width of the shaft" in rows, rows
