"""Marks another process saves are taken in by the screens already showing, without a key pressed
(issue 13, session 15 #1).

Reported: a reader already open kept showing its article without the boilerplate marks another
process saved until it was opened again, and the library's Noise column waited for ctrl+r. The app
now looks at the marks file (one stat) every MARKS_CHECK_EVERY_S and when the terminal gets the
focus back; when another process saved marks it takes them in, the reader and compare showing an
article whose marks moved make it again, and the index (then the library's rows) catches up."""

from __future__ import annotations

from pathlib import Path

from snapshot_app import settle
from test_tui_marks_other_process import PARAS, corpus, noise_column, other_process
from textual.pilot import Pilot
from textual.widgets import Static

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.compare import CompareScreen
from waic_reader.tui.screens.reader import ReaderScreen


def app_on(root: Path, tmp_path: Path) -> WaicReaderApp:
    app = WaicReaderApp(Workspace(root, tmp_path / "ix"), save_settings=False)
    app.MARKS_CHECK_EVERY_S = 0.1  # the test waits for a look or two, not a second
    return app


async def a_look_later(pilot: Pilot[None]) -> None:
    """No key: the app's next looks at the marks file, and what they start."""
    await pilot.pause(0.4)
    await settle(pilot)


def meta(app: WaicReaderApp) -> str:
    return str(app.screen.query_one("#reader-meta", Static).render())


async def test_an_open_reader_shows_another_process_s_marks_without_a_key(tmp_path: Path) -> None:
    """The reported case: 02_ap open in A; B marks three of its blocks; A's reader follows."""
    root = corpus(tmp_path)
    app = app_on(root, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("down", "enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.doc == "02_ap"
        assert "0 noise blocks hidden" in meta(app)
        other_process(root, "02_ap", PARAS[3:])
        await a_look_later(pilot)
        assert app.screen is reader and reader.loaded is not None
        assert "3 noise blocks hidden" in meta(app)
        assert [s.text for s in reader.loaded.analysis.split.noise if s.marked] == PARAS[3:]
        # Taken back there: shown here again, as article text.
        other_process(root, "02_ap", PARAS[3:5], "content")
        await a_look_later(pilot)
        assert "1 noise block hidden" in meta(app)


async def test_the_library_s_noise_column_and_the_index_follow_without_ctrl_r(tmp_path: Path) -> None:
    """The library stays shown while B marks: its Noise column and A's search catch up."""
    root = corpus(tmp_path)
    app = app_on(root, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert noise_column(app, "02_ap") == "0"
        assert {h.doc: h.where for h in app.workspace.search("Divers").hits} == {
            "01_reuters": ["content"],
            "02_ap": ["content"],
        }
        other_process(root, "02_ap", PARAS[3:])
        await a_look_later(pilot)
        assert noise_column(app, "02_ap") == "3"
        assert noise_column(app, "01_reuters") == "0"
        assert {h.doc: h.where for h in app.workspace.search("Divers").hits} == {
            "01_reuters": ["content"],
            "02_ap": ["noise"],
        }


async def test_compare_aligns_again_with_another_process_s_marks(tmp_path: Path) -> None:
    root = corpus(tmp_path)
    app = app_on(root, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.open_compare("01_reuters", "02_ap")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen) and screen.sides is not None
        assert screen.sides[1].analysis.noise_count() == 0
        other_process(root, "02_ap", PARAS[1:3])
        await a_look_later(pilot)
        assert app.screen is screen and screen.sides is not None
        assert screen.sides[1].analysis.noise_count() == 2
        assert screen.sides[0].analysis.noise_count() == 0  # the same text in 01_reuters: its own marks
