"""Snapshots: comparing two sources."""

from __future__ import annotations

from snapshot_app import SIZE, make_app, then


def test_compare_aligned(snap_compare) -> None:
    """--compare 003 004 (synchronised): A and B headings, rows with paired sentences side by
    side and their score in the gutter, sentences only B has marked "B ▶" with a red edge,
    differing words emphasised, and the summary "12 shared · 2 only in A · 8 only in B"."""
    assert snap_compare(make_app(compare=("003", "004")), terminal_size=SIZE, run_before=then())


def test_compare_next_difference(snap_compare) -> None:
    """] twice jumps to the second sentence only one side has; its gutter is highlighted."""
    assert snap_compare(
        make_app(compare=("003", "004")),
        terminal_size=SIZE,
        run_before=then("right_square_bracket", "right_square_bracket"),
    )


def test_compare_free_panes(snap_compare) -> None:
    """y switches to two independently scrolled panes, whole articles, only-here sentences
    tinted; the summary says "free panes"."""
    assert snap_compare(make_app(compare=("003", "004")), terminal_size=SIZE, run_before=then("y"))
