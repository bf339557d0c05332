"""Snapshots: the cross-source views (fact sheet, entities × outlets)."""

from __future__ import annotations

from snapshot_app import SIZE, make_app, then


def test_fact_sheet(snap_compare) -> None:
    """f from the library: figures × outlets; "800 companies" reported by 002, 003 and 004
    marked agree, "40 large language models" and "60 intelligent robots" by 003 and 004, then
    single-source figures dimmed; the grounds of the highlighted fact below the table."""
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=then("f"))


def test_entities_by_outlet(snap_compare) -> None:
    """E from the library: entities (coloured by label) × the five outlets with mention counts,
    Li Qiang and China mentioned by all five at the top, a total column; figures hidden."""
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=then("E"))
