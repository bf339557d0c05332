"""`m` in the reader saves a block, or a whole run from the boilerplate panel, in one worker off
the UI thread (one read of the article, one save of the marks file); a failed save is shown and
leaves no part of the run applied."""

from __future__ import annotations

import errno
import json
import threading
from pathlib import Path

import pytest
from snapshot_app import make_app, settle
from textual.widgets import OptionList

from waic_reader.index.analysis import overrides
from waic_reader.index.analysis.overrides import marks_path
from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.noise_panel import NoisePanel


def saved_marks() -> int:
    path = marks_path()
    if not path.exists():
        return 0
    return sum(len(e["marks"]) for e in json.loads(path.read_text("utf-8"))["articles"].values())


def spy(app: WaicReaderApp, monkeypatch: pytest.MonkeyPatch) -> tuple[list[tuple[int, bool]], list[str]]:
    """(run length, on the UI thread) of each ``mark_blocks`` call, and every notice shown."""
    calls: list[tuple[int, bool]] = []
    said: list[str] = []
    ws = app.workspace
    real_mark, real_notify = ws.mark_blocks, app.notify

    def mark_blocks(doc: str, texts: list[str], decision: str, starts: list[int] | None = None) -> str | None:
        calls.append((len(texts), threading.current_thread() is threading.main_thread()))
        return real_mark(doc, texts, decision, starts)

    monkeypatch.setattr(ws, "mark_blocks", mark_blocks)
    monkeypatch.setattr(app, "notify", lambda message, **kw: (said.append(str(message)), real_notify(message, **kw)))
    return calls, said


async def focus_biggest_run(pilot, reader: ReaderScreen) -> int:  # type: ignore[no-untyped-def]
    await pilot.press("b")
    await settle(pilot)
    panel = reader.query_one(NoisePanel)
    options = panel.query_one(OptionList)
    options.highlighted = max(range(len(panel.runs)), key=lambda i: len(panel.runs[i]))
    options.focus()
    await pilot.pause()
    return len(panel.runs[options.highlighted])


async def test_m_on_a_run_saves_it_once_off_the_ui_thread(seeds_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    app = make_app(open_doc="003", corpus=seeds_copy)
    calls, said = spy(app, monkeypatch)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.loaded is not None
        noise_before = reader.loaded.analysis.noise_count()
        size = await focus_biggest_run(pilot, reader)
        assert size == 15
        await pilot.press("m")
        await settle(pilot)
        assert calls == [(15, False)]
        assert reader.loaded.analysis.noise_count() == noise_before - 15
    assert saved_marks() == 15
    assert "Moved 15 blocks back to the article" in said


async def test_m_on_one_selected_block_is_saved_off_the_ui_thread(
    seeds_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(open_doc="002", corpus=seeds_copy)
    calls, said = spy(app, monkeypatch)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.loaded is not None
        await pilot.press("right_curly_bracket", "m")
        await settle(pilot)
        assert calls == [(1, False)]
        assert reader.loaded.analysis.noise_count() == 1
    assert saved_marks() == 1 and "Moved 1 block to the boilerplate" in said


async def test_a_run_the_disk_has_no_room_for_is_shown_and_not_applied(
    seeds_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The disk fills up after the first mark: before, the run was saved block by block and the
    first blocks stayed marked; now the whole run is one save, refused whole, and said so."""
    real = overrides._write

    def room_for_one_mark(path: Path, store: overrides.Store) -> None:
        if sum(len(e.marks) for e in store.values()) > 1:
            raise OSError(errno.ENOSPC, "No space left on device")
        real(path, store)

    monkeypatch.setattr(overrides, "_write", room_for_one_mark)
    app = WaicReaderApp(Workspace(seeds_copy), save_settings=False)
    app.options.open_doc = app.workspace.resolve("003")
    _calls, said = spy(app, monkeypatch)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.loaded is not None
        noise_before = reader.loaded.analysis.noise_count()
        size = await focus_biggest_run(pilot, reader)
        await pilot.press("m")
        await settle(pilot)
        assert reader.loaded.analysis.noise_count() == noise_before
        assert len(app.workspace.analyser.overrides) == 0
    assert saved_marks() == 0
    assert f"Could not save your marks of {size} blocks, so none was applied: No space left on device" in said
    assert not any(m.startswith("Moved ") for m in said)
