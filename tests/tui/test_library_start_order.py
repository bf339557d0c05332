"""The library's rows come first: the index opens (whoosh's imports, its stored rows, a sync)
once the library has its first rows, not on another thread meanwhile; and it opens all the same
when reading those rows fails."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from snapshot_app import make_app, settle

from waic_reader.index.workspace import Workspace
from waic_reader.tui.screens.library import LibraryScreen


async def test_the_index_opens_after_the_first_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    events: list[str] = []
    list_rows, ensure_index = Workspace.list_rows, Workspace.ensure_index

    def rows(self: Workspace, read: bool = True) -> list[dict[str, Any]]:
        events.append(f"rows read={read} start")
        got = list_rows(self, read)
        if not read:
            time.sleep(0.3)  # a large corpus's cached rows: the index must not start meanwhile
        events.append(f"rows read={read} end")
        return got

    def index(self: Workspace, *args: Any, **kwargs: Any) -> Any:
        events.append("index start")
        return ensure_index(self, *args, **kwargs)

    monkeypatch.setattr(Workspace, "list_rows", rows)
    monkeypatch.setattr(Workspace, "ensure_index", index)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.index_ready
        assert events.index("rows read=False end") < events.index("index start"), events
        # Once opened, the library takes the index's rows: none pending.
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        assert screen.rows and not any(r.get("pending") for r in screen.rows.values())
        assert events.count("index start") == 1


async def test_the_index_opens_when_the_first_rows_fail(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    list_rows = Workspace.list_rows

    def rows(self: Workspace, read: bool = True) -> list[dict[str, Any]]:
        if not read:
            raise OSError("listing cache unreadable (test)")
        return list_rows(self, read)

    monkeypatch.setattr(Workspace, "list_rows", rows)
    app = make_app()
    notes: list[str] = []
    notify = app.notify
    monkeypatch.setattr(app, "notify", lambda message, **kw: (notes.append(message), notify(message, **kw))[1])
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.index_ready
        assert sum("listing cache unreadable (test)" in n for n in notes) == 1, notes  # once, not twice
        screen = app.screen
        assert isinstance(screen, LibraryScreen)
        assert screen.rows and not any(r.get("pending") for r in screen.rows.values())


async def test_an_article_given_at_start_does_not_wait_for_the_library() -> None:
    app = make_app(open_doc="001")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.index_ready
