"""One measure however its verb or role noun is worded (t13av N2, N3, t13r's t13as N1 and t13at N2
variants; round s51-f2): a water level a river "crested at", a tide that "rose to", "is expected to
peak at" or "was forecast to reach" is one row "depth of the water", never "length (m)"; a plume that
"reached an altitude of" 9 km or "a plume of ash 30,000 feet into the sky" is "height of the plume";
a spill's or slick's length along a coast ("along 18 kilometres of the coast", "hit 18 kilometres
of shore", a table's "Slick length") is one row with "the slick covered 25 kilometres of coast"."""

from __future__ import annotations

from fact_helpers import sheet


def _rows(*texts: str) -> dict[str, list[str]]:
    return {f.label: [v.doc for v in f.values] for f in sheet(*texts)}


def _one_row(label: str, *texts: str) -> None:
    rows = _rows(*texts)
    assert rows.get(label) == [chr(ord("a") + i) for i in range(len(texts))], rows


def test_reported_tide_wordings_one_row() -> None:
    _one_row(
        "depth of the water",
        "Oil washed into the bay as the tide rose to 2.4 metres.",
        "The tide is expected to peak at 2.4 m on Saturday evening.",
        "At Marrow Point the tide was forecast to reach 8 feet.",
        "Water in the bay rose to 8 feet at high tide.",
        "Water at the Marrow Point gauge has reached 2.1 metres.",
    )


def test_reported_river_crest_one_row() -> None:
    _one_row(
        "depth of the water",
        "The river crested at 4.5 metres on Tuesday.",
        "Flood waters rose 15 feet overnight.",
        "The water level peaked at 4.6 m (15 ft).",
    )


def test_crest_and_tide_variants() -> None:
    _one_row(
        "depth of the water",
        "The Ouse is forecast to crest at 5.2 metres on Friday.",
        "High tides reached 3.1 m along the harbour wall.",
        "Lake levels are likely to peak at 5 metres by Sunday.",
    )


def test_reported_plume_altitude_and_feet_into_the_sky() -> None:
    _one_row(
        "height of the plume",
        "The ash cloud reaches 9km.",
        "The plume reached an altitude of 9km, the agency said.",
        "The eruption sent a plume of ash 30,000 feet into the sky.",
        "The eruption column climbed to 9 kilometres.",
    )


def test_plume_altitude_variants() -> None:
    _one_row(
        "height of the plume",
        "The smoke column rose to an altitude of 6 km.",
        "Witnesses saw a cloud of smoke 20,000 feet into the air.",
        "| Measure | Value |\n|---|---|\n| Plume altitude | 6 km |",
    )


def test_reported_slick_lengths_one_row() -> None:
    _one_row(
        "length of the slick",
        "The ship was spilling heavy fuel oil along 18 kilometres of the Salt Coast.",
        "The spill hit 18 kilometres of shore.",
        "| Measure | Value |\n|---|---|\n| Slick length | 18 km |",
        "Experts said the slick now covered 25 kilometres of coast.",
    )


def test_slick_length_variants() -> None:
    _one_row(
        "length of the slick",
        "Oil has fouled 12 miles of coastline near Dunmore.",
        "- Slick length: 12 mi",
        "The slick stretched for 15 miles along the coast.",
    )


def test_other_lengths_of_coast_and_walls_stay_apart() -> None:
    rows = _rows(
        "The national park protects 40 kilometres of coastline.",
        "The harbour wall is 12 metres high.",
    )
    assert "length of the slick" not in rows, rows
    assert "depth of the water" not in rows, rows
