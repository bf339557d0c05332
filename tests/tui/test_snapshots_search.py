"""Snapshots: live search."""

from __future__ import annotations

from snapshot_app import SIZE, make_app, then


def test_search_live_results(snap_compare) -> None:
    """/ then typing "Hinton" (no enter): three results (003, lumidawealth.com, Reuters), each
    with outlet, title and a snippet where Hinton is highlighted; "3 articles match"."""
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=then("slash", *"Hinton"))


def test_search_no_results(snap_compare) -> None:
    """A query nothing matches shows "No article matches …" and an empty list."""
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=then("slash", *"zeppelin"))


def test_search_bad_query(snap_compare) -> None:
    """A wildcard inside a word shows a short message in place of results, in the error colour."""
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=then("slash", *"se*ch"))


def test_search_open_phrase(snap_compare) -> None:
    """A phrase still being typed ("Eric Schmidt without its closing quote) is searched as
    typed so far: four articles, no error."""
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=then("slash", *'"Eric Schmidt'))


def test_search_noise_hits_rank_last(snap_compare) -> None:
    """Searching Nvidia: 003 mentions it only in its trailing headlines, so it is listed last
    and marked "(in boilerplate only)"."""
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=then("slash", *"Nvidia"))
