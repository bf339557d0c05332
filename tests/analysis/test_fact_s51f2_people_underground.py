"""People below the ground when a mine collapsed are one count however named, never the mine's
headcount (t13au N1; round s51-f2): "Twenty-three workers were underground", "Twenty-three employees
and contractors were underground" and "24 people were working underground" are one row "people
underground" (23 against 24 a disagreement), apart from "The mine employs about 410 people"."""

from __future__ import annotations

from fact_helpers import sheet


def _rows(*texts: str) -> dict[str, list[str]]:
    return {f.label: [v.doc for v in f.values] for f in sheet(*texts)}


def test_reported_underground_and_workforce_apart() -> None:
    rows = _rows(
        "Twenty-three workers were underground when part of the decline collapsed.",
        "The mine employs about 410 people, most of them on fly-in, fly-out rosters.",
        "Twenty-three employees and contractors were underground at the time of the incident.",
        "The collapse happened at about 3:10 a.m., when 24 people were working underground.",
    )
    assert rows.get("people underground") == ["a", "c", "d"], rows
    assert rows.get("staff") == ["b"], rows


def test_underground_variants_below_ground_and_in_the_pit() -> None:
    rows = _rows(
        "About 60 miners were below ground when the fire started.",
        "The colliery has 1,200 employees.",
        "Sixty staff were in the pit at the time.",
        "Officials said 58 people were still working underground.",
    )
    assert rows.get("people underground") == ["a", "c", "d"], rows
    assert "staff" in rows and rows["staff"] == ["b"], rows


def test_trapped_underground_stays_trapped() -> None:
    rows = _rows("Nine miners were trapped underground after the blast.")
    assert "people underground" not in rows, rows
