"""The first `Q` names the speaker table's article columns in the screen's worker, not on the UI
thread (issue 13, s39's leftover: the first Q held the UI thread ~245 ms at 221 articles, the
headers' naming its largest piece of the screen's own work, tests/perf/HISTORY.md). The table
then shows the headers the worker named."""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from snapshot_app import settle

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens import quotes as quotes_module
from waic_reader.tui.screens.quotes import QuotesScreen, SpeakerTable

QUAKE = Path(__file__).parents[1] / "fixtures" / "quake"


async def test_the_speaker_tables_headers_are_named_off_the_ui_thread(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    root = tmp_path / "quake"
    shutil.copytree(QUAKE, root)
    calls: list[tuple[int, bool]] = []  # (id of the articles named, on the UI thread)
    real = quotes_module.source_names

    def source_names(articles: Any, *args: Any, **kw: Any) -> dict[str, str]:
        calls.append((id(articles), threading.current_thread() is threading.main_thread()))
        return real(articles, *args, **kw)

    monkeypatch.setattr(quotes_module, "source_names", source_names)
    app = WaicReaderApp(Workspace(root), save_settings=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("Q")
        deadline = time.monotonic() + 60
        while not (isinstance(app.screen, QuotesScreen) and app.screen.sheet is not None):
            assert time.monotonic() < deadline, "the Quotes screen never showed its speakers"
            await pilot.pause(0.05)
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, QuotesScreen) and screen.sheet is not None and screen.speakers
        whole = [on_ui for articles, on_ui in calls if articles == id(screen.sheet.articles)]
        assert whole == [False]  # once, in the worker
        # The table headed by what the worker named: each article's column, in the sheet's order.
        table = screen.query_one(SpeakerTable)
        keys = [c.key.value for c in table.columns.values()]
        assert keys[:2] == ["name", "total"] and keys[2] == screen.sheet.articles[0].doc
