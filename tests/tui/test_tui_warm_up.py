"""The screens' modules are imported while the user looks at the library (``tui/warm_up.py``), so
the first press of a key does not wait for its screen's import (issue #13: the reader screen's
modules took ~500 ms to import at load ~7, the first `enter` of a session ~700 ms of CPU). The
warm-up waits for the index and a pause, stops at the first key, resumes at the next pause, and a
module that cannot be imported is shown as any failed task is."""

from __future__ import annotations

import sys
import time

from snapshot_app import SIZE, make_app, settle
from textual.pilot import Pilot

from waic_reader.tui import warm_up
from waic_reader.tui.app import WaicReaderApp


def test_warm_up_stops_when_asked_and_returns_the_rest() -> None:
    modules = ("json", "csv", "zipfile")
    asked: list[int] = []

    def stop() -> bool:
        asked.append(1)
        return len(asked) > 1  # input came after the first module

    assert warm_up.warm_up(modules, stop) == ["csv", "zipfile"]
    assert warm_up.warm_up(modules, lambda: False) == []
    assert {"json", "csv", "zipfile"} <= set(sys.modules)


def test_every_listed_module_exists() -> None:
    # A renamed module would fail the warm-up in every session (the error is shown): caught here.
    assert warm_up.warm_up(warm_up.MODULES, lambda: False) == []


async def _until(pilot: Pilot[None], done: object, limit: float = 15) -> None:
    deadline = time.monotonic() + limit
    while not done() and time.monotonic() < deadline:  # type: ignore[operator]
        await pilot.pause(0.05)


async def test_the_app_warms_up_after_a_pause_and_stops_for_a_key(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    imported: list[str] = []
    real = warm_up.import_module

    def slow_import(name: str) -> object:
        imported.append(name)
        time.sleep(0.05)  # long enough for a key to arrive in between
        return real(name)

    monkeypatch.setattr(warm_up, "import_module", slow_import)
    monkeypatch.setattr(WaicReaderApp, "WARM_UP_AFTER_S", 0.2)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await _until(pilot, lambda: app.index_ready and imported)
        assert imported, "the warm-up started once the index was ready and the app idle"
        await pilot.press("j")  # a key: the warm-up stops before its next module
        stopped_at = len(imported)
        await settle(pilot)
        assert len(imported) <= stopped_at + 1  # at most the module being imported finished
        if app._to_warm:  # the rest at the next pause
            await _until(pilot, lambda: not app._to_warm)
        assert not app._to_warm
        assert set(imported) == set(warm_up.MODULES)


async def test_a_module_that_cannot_be_imported_is_shown(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(warm_up, "MODULES", ("waic_reader.no_such_module",))
    monkeypatch.setattr(WaicReaderApp, "WARM_UP_AFTER_S", 0.1)
    app = make_app()
    shown: list[str] = []
    real = app.notify

    def notify(message: str, **kw: object) -> None:
        shown.append(f"{kw.get('title', '')}: {message}")
        real(message, **kw)  # type: ignore[arg-type]

    app.notify = notify  # type: ignore[method-assign]
    async with app.run_test(size=SIZE) as pilot:
        await _until(pilot, lambda: any("warm up failed" in s for s in shown))
        assert any("warm up failed" in s and "no_such_module" in s for s in shown), shown


def test_the_matrix_and_mentions_screens_do_not_import_the_recogniser() -> None:
    # t13p F18: the first `E` of a session took ~430 ms because the matrix screen's module imported
    # the recogniser (a few hundred ms of pattern compiling) on the UI thread for a type name; the
    # warm-up imports the recogniser last, so the screens must not pull it in early.
    import subprocess

    code = (
        "import sys; import waic_reader.tui.screens.entity_matrix, waic_reader.tui.screens.mentions; "
        "print('waic_reader.index.analysis.entities.recogniser' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
