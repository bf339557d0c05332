"""The Quotes screen's heading says which articles the speaker table's window shows when not all
fit ("articles 5–7 of 30"), as the entity matrix's heading does, and follows the window as it
moves (review s39-rv finding 15: it stayed "Quotes · 30 articles" while the columns moved on).
The articles are written for this test."""

from __future__ import annotations

import re
from pathlib import Path

from snapshot_app import settle
from textual.widgets import Static

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.quotes import QuotesScreen, SpeakerTable

TEXT = (
    "Bus falls into ravine\n\n"
    '"The driver appears to have lost control on the curve," police Colonel Raul Mendoza told reporters.\n'
)


def heading(screen: QuotesScreen) -> str:
    return str(screen.query_one("#quotes-heading", Static).render())


async def test_the_heading_names_the_articles_in_view(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for n in range(1, 13):
        (corpus / f"a{n:02d}.txt").write_text(TEXT, "utf-8")
    app = WaicReaderApp(Workspace(corpus, tmp_path / "index"), save_settings=False)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await pilot.press("Q")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, QuotesScreen) and screen.sheet is not None
        table = screen.query_one(SpeakerTable)
        seen = []
        for _ in range(4):
            view = [i for i in table.in_view() if 1 <= i <= 12]
            got = re.search(r"articles (\d+)–(\d+) of 12", heading(screen))
            assert got is not None, heading(screen)
            assert (int(got.group(1)), int(got.group(2))) == (view[0], view[-1])
            seen.append(view[0])
            await pilot.press("right")
            await settle(pilot)
        assert seen[-1] > seen[0]  # the window moved, and the heading with it
