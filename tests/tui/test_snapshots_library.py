"""Snapshots: the library (start screen)."""

from __future__ import annotations

from snapshot_app import SIZE, make_app, then


def test_library(snap_compare) -> None:
    """Five seed articles with doc, outlet (Reuters, lumidawealth.com; others —), titles, word,
    entity and noise counts (003 shows 15 noise blocks, 002 none), the status line with the index
    size, and the footer with c / ? q keys."""
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=then())


def test_library_small_terminal(snap_compare) -> None:
    """At 60x20 the library stays usable: rows visible, titles shortened with an ellipsis,
    the footer still shows the keys."""
    assert snap_compare(make_app(), terminal_size=(60, 20), run_before=then())


def test_help(snap_compare) -> None:
    """? on the library: a dialog listing the library's keys (enter, c, j/k, g/G, ctrl+r)
    grouped, then the keys that work everywhere (/ search, ? help, q quit, ctrl+p, escape)."""
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=then("question_mark"))
