"""Snapshots: the Quotes screen and the reader opened at a quote."""

from __future__ import annotations

from snapshot_app import SIZE, make_app, then


def test_quotes_speakers_and_statements(snap_compare) -> None:
    """Q from the library: speakers × outlets with statement counts, Li Qiang (in all five) first;
    below, his statements with each outlet's wording side by side (002's reported "fragmented
    nature of current global AI governance" next to Reuters' direct quote: paraphrase)."""
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=then("Q"))


def test_quotes_reader_at_quote(snap_compare) -> None:
    """Q, enter, j, l l, enter: Reuters' direct quote of Li Qiang (the second statement's; session 35's
    quote rules put a paraphrase of two other outlets first) opened in the reader, quotes tinted,
    the quote current and on screen, "quote 5/6 by Li Qiang (direct, said)" in the status."""
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=then("Q", "enter", "j", "l", "l", "enter"))


def test_quotes_narrow(snap_compare) -> None:
    """Q at 60x20: the speaker table and the statements still readable, the detail line below."""
    assert snap_compare(make_app(), terminal_size=(60, 20), run_before=then("Q"))
