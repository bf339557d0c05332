"""The fact sheet's heading counts in words that agree with their number: "1 fact reported by
several", never "1 facts" (s18 re-test, the slip #13 fixed in "1 noise blocks")."""

from __future__ import annotations

from pathlib import Path

from snapshot_app import settle, workers_done
from textual.widgets import Static

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.fact_sheet import FactSheetScreen

A = "Ferry capsizes off Varnholm\n\nThe ferry sank on Tuesday. At least 14 people were killed, the coastguard said.\n"
B = "Varnholm ferry disaster\n\nRescuers said 14 people were killed when the ferry sank. The ship was built in 1998.\n"


async def test_one_shared_fact_is_one_fact(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(A)
    (corpus / "b.txt").write_text(B)
    app = WaicReaderApp(Workspace(corpus, index_dir=tmp_path / "index"), save_settings=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        assert isinstance(app.screen, FactSheetScreen)
        await workers_done(app)
        await settle(pilot)
        heading = str(app.screen.query_one("#coverage-heading", Static).render())
        assert "1 fact reported by several" in heading, heading
        assert "1 facts" not in heading
