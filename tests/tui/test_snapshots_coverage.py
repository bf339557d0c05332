"""Snapshots: the cross-source views (fact sheet, entities × outlets)."""

from __future__ import annotations

from snapshot_app import SIZE, make_app, then


def test_fact_sheet(snap_compare) -> None:
    """f from the library: one row per fact with its status and its values and sources by date;
    "800 companies" reported by three outlets marked agree, "large language models",
    "intelligent robots" and "the world's two largest economies" (one fact since #16/#13) by two,
    then single-source figures dimmed; the grounds and the first
    value's sentence of the highlighted fact below the table."""
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=then("f"))


def test_entities_by_outlet(snap_compare) -> None:
    """E from the library: entities (coloured by label) × the five outlets with mention counts,
    Li Qiang and China mentioned by all five at the top, a total column; figures hidden."""
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=then("E"))
