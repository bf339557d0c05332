"""TUI resilience: worker failures are shown and the app keeps running; tiny terminals and
resize storms do not crash it."""

from __future__ import annotations

from pathlib import Path

import pytest
from hostile import ESC_TITLE, MARKUP_CLICK, escape_corpus, markup_corpus, write

from waic_reader.index.corpus import reader as corpus_mod
from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = markup_corpus(tmp_path / "corpus")
    escape_corpus(folder)
    return folder


def make_app(corpus: Path, tmp_path: Path) -> WaicReaderApp:
    return WaicReaderApp(Workspace(corpus, index_dir=tmp_path / "ix"), save_settings=False)


async def settle(app: WaicReaderApp, pilot) -> None:
    for _ in range(3):
        await app.workers.wait_for_complete()
        await pilot.pause()


async def test_worker_exception_is_notified_and_app_keeps_running(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(corpus, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)

        def boom(doc: str):
            raise ValueError(f"disk on fire {MARKUP_CLICK} {ESC_TITLE}")

        monkeypatch.setattr(app.workspace.corpus, "article", boom)
        app.open_article("evil")
        await settle(app, pilot)
        assert app.is_running
        shown = [n.message for n in app._notifications]
        shown.append("\n".join(s.text for s in app.screen._compositor.render_strips()))
        assert any("disk on fire" in m and MARKUP_CLICK in m for m in shown), shown
        await pilot.press("escape")
        await pilot.press("slash")
        await pilot.pause()
        assert app.is_running


async def test_index_failure_is_shown_and_search_reports(
    corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(corpus, tmp_path)

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(app.workspace.index, "sync", broken)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        assert app.is_running and "No space left" in app.index_error
        await pilot.press("slash")
        app.screen.query_one("#query").value = "zebrafish"
        await settle(app, pilot)
        assert app.is_running


@pytest.mark.parametrize("size", [(1, 1), (24, 6)])
async def test_tiny_terminals(corpus: Path, tmp_path: Path, size: tuple[int, int]) -> None:
    app = make_app(corpus, tmp_path)
    async with app.run_test(size=size) as pilot:
        await settle(app, pilot)
        app.open_article("esc")
        await settle(app, pilot)
        for key in ("question_mark", "escape", "slash", "z", "e", "escape", "escape"):
            await pilot.press(key)
        await settle(app, pilot)
        app.open_compare("esc", "evil")
        await settle(app, pilot)
        assert app.is_running


async def test_resize_storm(corpus: Path, tmp_path: Path) -> None:
    app = make_app(corpus, tmp_path)
    sizes = [(120, 40), (1, 1), (200, 60), (10, 2), (3, 50), (60, 20)]
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        for screen in ("library", "reader", "compare", "search"):
            if screen == "reader":
                app.open_article("evil")
            elif screen == "compare":
                app.open_compare("evil", "esc")
            elif screen == "search":
                await pilot.press("slash")
                app.screen.query_one("#query").value = "zebrafish"
            for _ in range(1):
                for size in sizes:
                    await pilot.resize_terminal(*size)
            await settle(app, pilot)
            assert app.is_running, screen
        await pilot.press("ctrl+p")
        for size in sizes:
            await pilot.resize_terminal(*size)
        await settle(app, pilot)
        assert app.is_running


async def test_oversized_file_opens_and_ui_responds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(corpus_mod, "MAX_READ_BYTES", 64 * 1024)
    folder = tmp_path / "c"
    folder.mkdir()
    write(folder, "big.txt", "# Big\n\n" + ("The council met on Tuesday. " * 4000))
    write(folder, "line.txt", "word " * 40_000)
    app = make_app(folder, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(app, pilot)
        for doc in ("big", "line"):
            app.open_article(doc)
            await settle(app, pilot)
            await pilot.press("G", "g", "space")
            assert app.is_running
            await pilot.press("escape")


async def test_reader_shows_the_size_cap_notice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(corpus_mod, "MAX_READ_BYTES", 4096)
    folder = tmp_path / "c"
    folder.mkdir()
    write(folder, "big.txt", "# Big\n\n" + ("The council met on Tuesday. " * 400))
    app = make_app(folder, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        app.open_article("big")
        await settle(app, pilot)
        text = "\n".join(s.text for s in app.screen._compositor.render_strips())
        assert "only the first" in text
