"""The app's search box says a typed prefix's count as the engine gives it, "about N" when it
is estimated (issue 15, round s43-q2: at 10,000 articles a typed ``the-gov`` counts "about 589"
with a page of 20, as ``the-gov*`` submitted does; every match is 666). Few articles here: the
phrase count's sampling is turned on for them (``bulk_scorer.PHRASE_CHECK_ALL``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import make_app, settle
from textual.widgets import Input

from waic_reader.index.search.whoosh import bulk_scorer as S
from waic_reader.tui.screens.search import SearchScreen

FILLER = "Officials met on Tuesday and talked for hours about roads, schools and the harbour budget. " * 4


async def test_a_typed_hyphenated_prefix_says_its_estimated_count(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "c"
    root.mkdir()
    for n in range(50):
        # 21 with the phrase in the title and body (the page), 5 in the body, 24 without it
        title = "The government note" if n < 21 else "Harbour note"
        body = "Later the government answered." if n < 26 else "The desk. Government staff read it. " + FILLER
        (root / f"a{n:02d}.txt").write_text(f"{title} {n}\n\n{body}\n", "utf-8")
    monkeypatch.setattr(S, "PHRASE_CHECK_ALL", 0)
    monkeypatch.setattr(S, "PHRASE_COUNT_SAMPLE", 2)
    app = make_app(corpus=root)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        box = screen.query_one("#query", Input)
        for ch in "the-gov":
            box.insert_text_at_cursor(ch)
        await settle(pilot)
        got = screen.results
        assert got is not None and got.query == "the-gov"
        submitted = app.workspace.search("the-gov*", limit=20)
        assert (got.total, got.total_exact) == (submitted.total, submitted.total_exact)
        assert not got.total_exact
        status = str(screen.query_one("#search-status").render())
        assert status.startswith(f"about {got.total} articles match"), status
