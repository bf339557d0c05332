"""One measure however its thing is worded (t13as N1, t13at N2; round s50-f): a plume's, an ash
column's or an ash cloud's height is one row "height of the plume", whether the length follows a
rising verb, a role noun's "a height of", a table row's label or the plume's noun itself ("an ash
column 11 kilometres into the sky"), and a speaker before a reported clause never owns it; a flood's
water level, a river rising, "water levels" peaking, a table's "Peak water level" or water "above
normal", is one row with "the water rose 20 feet", never a row "length (m)"."""

from __future__ import annotations

from fact_helpers import sheet


def _rows(*texts: str) -> dict[str, list[str]]:
    return {f.label: [v.doc for v in f.values] for f in sheet(*texts)}


def _one_row(label: str, *texts: str) -> None:
    rows = _rows(*texts)
    assert rows.get(label) == [chr(ord("a") + i) for i in range(len(texts))], rows


def test_reported_plume_wordings_one_row() -> None:
    _one_row(
        "height of the plume",
        "The eruption started shortly before 04:00 GMT, officials said, and the ash plume rose to 11km.",
        "The volcano erupted on Wednesday, sending an ash column 11 kilometres into the sky.",
        "Officials said the plume had reached a height of 11 km (7 miles).",
        "| Measure | Value |\n|---|---|\n| Ash column height | 11 km |",
        "Thordis Eyjolfsdottir of the Met Office says the ash column is 11 km high.",
    )


def test_plume_variant_smoke_cloud_and_feet() -> None:
    _one_row(
        "height of the plume",
        "A column of smoke 30,000 feet into the air was seen from the coast.",
        "By dawn the smoke cloud had climbed to a height of 30,000 feet.",
        "Captain Ruiz of the coastguard told reporters the smoke plume is 30,000 feet high.",
    )


def test_plume_variant_steam_box_and_speaker() -> None:
    _one_row(
        "height of the plume",
        "- Steam plume height: 4 km",
        "Dr Ana Lopes of the observatory said the steam column was 4 km high on Friday.",
        "The steam plume rose 4 km above the crater.",
    )


def test_reported_water_level_wordings_one_row() -> None:
    _one_row(
        "depth of the water",
        "The water rose 20 feet in parts of Penarrubia overnight.",
        "Flood water reached 7 metres in the old town.",
        "In Penarrubia the river rose 6.2 metres (20 feet).",
        "Peak water levels in Penarrubia reached 6.2 metres on Sunday.",
        "| Measure | Value |\n|---|---|\n| Peak water level, Penarrubia | 20 ft (6.1 m) |",
        "Water in Penarrubia is 5 metres above normal, the agency said.",
    )


def test_water_level_variant_lake_and_box() -> None:
    _one_row(
        "depth of the water",
        "The lake rose 3 metres after the storm.",
        "- River level: 2.8 m",
        "Floodwater climbed to 3 metres in Lower Street.",
    )


def test_water_level_variant_above_normal_and_peaked() -> None:
    _one_row(
        "depth of the water",
        "River levels peaked at 4.5 metres on Tuesday.",
        "The water at the quay was 15 feet above its normal level.",
        "| Site | Water level |\n|---|---|\n| Water level | 4.4 m |",
    )


def test_sea_level_and_stone_column_stay_apart() -> None:
    rows = _rows(
        "Sea levels rose 20 cm over the century, the report said.",
        "The stone column is 30 metres high.",
    )
    assert "depth of the water" not in rows, rows
    assert "height of the plume" not in rows, rows
