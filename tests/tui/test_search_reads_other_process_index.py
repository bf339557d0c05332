"""The open app's search finds what another process indexed, and files added while it runs
(issue 13, s16, item 3, in the app). Reported: with the app on a reader, a file added and the
CLI's ``index`` run in another terminal, ``/ Platypusraft enter`` in one read left the search
open on "1 article matches" with nothing opened (the search at the enter still read the old
index: no hit to open; the app's own sync then showed the hit); "Ibisyacht" and "Wombatferry"
(one indexed by the CLI, one by nobody) were not found from the search screen until the library
was shown again."""

from __future__ import annotations

from pathlib import Path

import pytest
from processes import run
from snapshot_app import settle
from textual import events

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.screens.search import SearchScreen

BODY = "The harbour ferry carried blankets and water for the families waiting at the quay."


def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    for name in ("reuters_0314", "bbc_0315", "guardian_0315"):
        (root / f"{name}.txt").write_text(f"# Ferry report {name}\n\n{BODY}\n\nMore from {name}.\n", "utf-8")
    return root


def typed_at_once(app: WaicReaderApp, *keys: str) -> None:
    chars = {"slash": "/", "enter": "\r", "escape": "\x1b"}
    for key in keys:
        app.post_message(events.Key(key, chars.get(key, key if len(key) == 1 else None)))


def cli_index(root: Path, index_dir: Path) -> None:
    done = run("--corpus", str(root), "--index-dir", str(index_dir), "index")
    assert done.returncode == 0, done.stderr


async def ready(pilot, app: WaicReaderApp) -> None:  # type: ignore[no-untyped-def]
    while not app.index_ready:
        await pilot.pause(0.05)
    await settle(pilot)


async def quiet(pilot, app: WaicReaderApp) -> None:  # type: ignore[no-untyped-def]
    for _ in range(100):
        await settle(pilot)
        if not app.held_keys.holding:
            return


def status(screen: SearchScreen) -> str:
    return str(screen.query_one("#search-status").render())


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
async def test_a_file_the_cli_indexed_opens_with_enter_typed_at_once(tmp_path: Path, size: tuple[int, int]) -> None:
    """The reported case: on a reader, platy.txt added and indexed by the CLI."""
    root, index_dir = corpus(tmp_path), tmp_path / "index"
    app = WaicReaderApp(Workspace(root, index_dir), save_settings=False)
    async with app.run_test(size=size) as pilot:
        await ready(pilot, app)
        await app.push_screen(ReaderScreen("bbc_0315"))
        await settle(pilot)
        (root / "platy.txt").write_text("Platypusraft sighting\n\nA Platypusraft was seen.\n", "utf-8")
        cli_index(root, index_dir)
        typed_at_once(app, "slash", *"Platypusraft", "enter")
        await quiet(pilot, app)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.doc == "platy", type(reader)
        assert reader.loaded is not None and reader.targets()


async def test_a_resumed_search_finds_files_indexed_meanwhile(tmp_path: Path) -> None:
    """Variants: from the search screen resumed after a reader, a file the CLI indexed (ibis)
    and one nobody indexed (wombat: the app indexes it, as the library's check would) are found,
    and every article with "blankets" is counted."""
    root, index_dir = corpus(tmp_path), tmp_path / "index"
    app = WaicReaderApp(Workspace(root, index_dir), save_settings=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(pilot, app)
        typed_at_once(app, "slash", *"blankets", "enter")
        await quiet(pilot, app)
        assert isinstance(app.screen, ReaderScreen)
        (root / "ibis.txt").write_text("Ibisyacht\n\nThe Ibisyacht brought blankets too.\n", "utf-8")
        cli_index(root, index_dir)
        (root / "wombat.txt").write_text("Wombatferry\n\nThe Wombatferry brought blankets.\n", "utf-8")
        await pilot.press("escape")  # back to the search screen (resumed, not made anew)
        await quiet(pilot, app)
        search = app.screen
        assert isinstance(search, SearchScreen)
        for word, count in (("Ibisyacht", 1), ("Wombatferry", 1), ("blankets", 5)):
            await pilot.press("ctrl+u", *word)
            await quiet(pilot, app)
            assert search.results is not None and search.results.query == word
            assert search.results.total == count, (word, status(search))
