"""x while the fact sheet or the comparison is being made (issue 13, t13b fault 3).

Reported: ``cd CORPUS && waic-reader --corpus .``, ``f``, then ``x`` at once: "The fact sheet is
still being computed", while the sheet showed its rows a moment later (a folder change had it
made again). x now exports what is shown and says which state it is (the prompt's note, the
notice), and x before anything is shown opens the prompt as soon as it is. Compare's x the same.
The worker making the result is held (a gate) so the keys come while it runs, never by timing.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from snapshot_app import make_app, settle
from textual.pilot import Pilot
from textual.widgets import Input

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import StartOptions, WaicReaderApp
from waic_reader.tui.screens.compare import CompareScreen
from waic_reader.tui.screens.export_prompt import ExportPromptScreen
from waic_reader.tui.screens.fact_sheet import FactSheetScreen


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    (home / "Documents").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    return home


def write_corpus(root: Path) -> Path:
    """Three invented reports of one evacuation: 120, some 140 and 120 workers."""
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "a_wire.txt").write_text(
        "Chemical leak at Fenby works\n\nAbout 120 workers were evacuated from the Fenby plant on Monday, "
        "the fire service said.\n\nDamage was put at 3 million pounds.\n",
        "utf-8",
    )
    (corpus / "b_daily.txt").write_text(
        "Fenby plant leak\n\nSome 140 workers were evacuated after a valve failed at the Fenby plant.\n\n"
        "Insurers estimated the damage at 4 million pounds.\n",
        "utf-8",
    )
    (corpus / "c_local.txt").write_text(
        "Fenby evacuation ends\n\nThe 120 workers evacuated on Monday returned to the plant on Tuesday.\n", "utf-8"
    )
    return corpus


class Gate:
    """Holds every call of ``name`` on the workspace while closed (in the screen's worker thread)."""

    def __init__(self, ws: Workspace, name: str, monkeypatch: pytest.MonkeyPatch) -> None:
        self.open = threading.Event()
        self.open.set()
        self.entered = threading.Event()
        original: Callable[..., Any] = getattr(ws, name)

        def held(*args: Any, **kwargs: Any) -> Any:
            self.entered.set()
            assert self.open.wait(60), "the gate was never opened"
            return original(*args, **kwargs)

        monkeypatch.setattr(ws, name, held)

    def close(self) -> None:
        self.entered.clear()
        self.open.clear()


async def until(pilot: Pilot[None], done: Callable[[], bool], what: str) -> None:
    """Pause until ``done()`` (a condition, not a time: up to 800 short pauses)."""
    for _ in range(800):
        if done():
            return
        await pilot.pause(0.02)
    raise AssertionError(f"never: {what}")


def note_of(prompt: ExportPromptScreen) -> str:
    notes = prompt.query("#export-note")
    return str(notes.first().render()) if notes else ""


async def write_it(pilot: Pilot[None], prompt: ExportPromptScreen) -> Path:
    path = Path(prompt.query_one(Input).value)
    await pilot.press("enter")
    await until(pilot, lambda: not isinstance(pilot.app.screen, ExportPromptScreen), "the prompt closed")
    return path


async def test_x_while_files_changed_exports_the_sheet_shown_and_says_so(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reported case: started from inside the corpus, a file edited under the sheet shown."""
    corpus = write_corpus(tmp_path)
    monkeypatch.chdir(corpus)
    app = make_app(corpus=corpus)
    gate = Gate(app.workspace, "fact_sheet", monkeypatch)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        sheet = app.screen
        assert isinstance(sheet, FactSheetScreen) and sheet.sheet is not None
        gate.close()
        path = corpus / "b_daily.txt"
        path.write_text(path.read_text("utf-8").replace("Some 140", "Some 175"), "utf-8")
        os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
        sheet.follower._tick()  # the 3 s folder check, now
        await until(pilot, gate.entered.is_set, "the sheet being made again")
        assert "files changed" in str(sheet.query_one("#coverage-heading").render())
        await pilot.press("x")
        await pilot.pause()
        prompt = app.screen
        assert isinstance(prompt, ExportPromptScreen), "x was refused while the sheet was shown"
        assert "as shown" in note_of(prompt) and "files changed" in note_of(prompt), note_of(prompt)
        written = await write_it(pilot, prompt)
        text = written.read_text("utf-8")
        assert "140" in text and "175" not in text  # the sheet shown, not the one being made
        gate.open.set()
        await settle(pilot)
        assert sheet.sheet is not None and "175" in sheet.sheet.markdown()


async def test_x_after_corpus_yaml_changed_says_so(home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A variant: corpus.yaml edited while the reader was on top; back on the sheet, x."""
    corpus = write_corpus(tmp_path)
    app = make_app(corpus=corpus)
    gate = Gate(app.workspace, "fact_sheet", monkeypatch)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        sheet = app.screen
        assert isinstance(sheet, FactSheetScreen) and sheet.sheet is not None
        await pilot.press("enter")  # read the value
        await settle(pilot)
        assert app.screen is not sheet
        (corpus / "corpus.yaml").write_text("articles:\n  b_daily.txt:\n    outlet: Harbour Gazette\n", "utf-8")
        gate.close()
        await pilot.press("escape")
        await until(pilot, gate.entered.is_set, "the sheet being made again")
        await pilot.press("x")
        await pilot.pause()
        prompt = app.screen
        assert isinstance(prompt, ExportPromptScreen)
        assert "corpus.yaml changed" in note_of(prompt), note_of(prompt)
        await pilot.press("escape")
        gate.open.set()
        await settle(pilot)


async def test_x_before_the_first_sheet_opens_the_prompt_once_it_is_shown(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A variant: f, x at once, the sheet still computing: x is kept, not refused."""
    app = make_app(corpus=write_corpus(tmp_path))
    gate = Gate(app.workspace, "fact_sheet", monkeypatch)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        gate.close()
        await pilot.press("f")
        await until(pilot, gate.entered.is_set, "the sheet being computed")
        await pilot.press("x")
        await pilot.pause()
        sheet = app.screen
        assert isinstance(sheet, FactSheetScreen) and sheet.sheet is None
        gate.open.set()
        await until(
            pilot,
            lambda: isinstance(app.screen, ExportPromptScreen) and bool(app.screen.query("#export-path")),
            "the prompt after the sheet",
        )
        prompt = app.screen
        assert isinstance(prompt, ExportPromptScreen) and not note_of(prompt)
        written = await write_it(pilot, prompt)
        assert "140" in written.read_text("utf-8")


def compare_app(corpus: Path) -> WaicReaderApp:
    ws = Workspace(corpus)
    return WaicReaderApp(ws, StartOptions(compare=("a_wire", "b_daily")), save_settings=False)


async def test_compare_x_while_aligning_opens_the_prompt_once_shown(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = compare_app(write_corpus(tmp_path))
    gate = Gate(app.workspace, "compare", monkeypatch)
    gate.close()
    async with app.run_test(size=(60, 20)) as pilot:
        await until(pilot, gate.entered.is_set, "the first alignment")
        assert isinstance(app.screen, CompareScreen)
        await pilot.press("x")
        await pilot.pause()
        assert isinstance(app.screen, CompareScreen)
        gate.open.set()
        await until(
            pilot,
            lambda: isinstance(app.screen, ExportPromptScreen) and bool(app.screen.query("#export-path")),
            "the prompt after aligning",
        )
        prompt = app.screen
        assert isinstance(prompt, ExportPromptScreen) and not note_of(prompt), note_of(prompt)
        written = await write_it(pilot, prompt)
        assert "a_wire" in written.name and "b_daily" in written.name


async def test_compare_x_while_another_article_is_aligned_names_the_shown_pair(
    home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = compare_app(write_corpus(tmp_path))
    gate = Gate(app.workspace, "compare", monkeypatch)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        compare = app.screen
        assert isinstance(compare, CompareScreen) and compare.alignment is not None
        gate.close()
        compare.b_doc = "c_local"  # as o and choosing another article for side B set it
        await until(pilot, gate.entered.is_set, "the new alignment")
        await pilot.press("x")
        await pilot.pause()
        prompt = app.screen
        assert isinstance(prompt, ExportPromptScreen)
        note = note_of(prompt)
        assert "as shown" in note and "b_daily" in note and "c_local" in note, note
        written = await write_it(pilot, prompt)
        assert "b_daily" in written.name
        gate.open.set()
        await settle(pilot)
