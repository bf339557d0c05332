"""x exports what was drawn when the key was read, whatever the timing (issue 13, t13c fault 4).

Reported: 300 articles, files edited under the fact sheet, ``x`` sent as the heading read "files
changed: making it again…". Once the prompt had no "being made again" line and the file held the
new figures (the old ones on screen); once the key did nothing. The states are driven one by one:
the remake not started yet (its worker held back), the worker running (a gate), and the new
result taken in but not yet drawn (a key read before it, handled after it: queued behind it, or
kept by tui/early_keys.py while the table filled again). Compare's x the same.
"""

from __future__ import annotations

import os
from pathlib import Path
from time import monotonic

import pytest
from snapshot_app import make_app, settle
from test_export_while_made_again import Gate, compare_app, home, note_of, until, write_corpus, write_it
from textual import events
from textual.pilot import Pilot

from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.compare import CompareScreen
from waic_reader.tui.screens.export_prompt import ExportPromptScreen
from waic_reader.tui.screens.fact_sheet import FactSheetScreen

__all__ = ["home"]  # the fixture, shared


def edit(path: Path, old: str, new: str) -> None:
    """Replace ``old`` in the file and move its mtime on (a file system's coarse clock)."""
    path.write_text(path.read_text("utf-8").replace(old, new), "utf-8")
    st = path.stat()
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))


def press_read_at(app: WaicReaderApp, key: str, read_at: float) -> None:
    """``key`` as read from the terminal at ``read_at`` and handled now (queued or held meanwhile)."""
    event = events.Key(key, key)
    event.time = read_at
    app.post_message(event)


async def prompt_of(pilot: Pilot[None]) -> ExportPromptScreen:
    app = pilot.app
    await until(
        pilot,
        lambda: isinstance(app.screen, ExportPromptScreen) and bool(app.screen.query("#export-path")),
        "the export prompt",
    )
    assert isinstance(app.screen, ExportPromptScreen)
    return app.screen


BEFORE = "before the worker starts"
HELD = "while it runs, handled once the new one is drawn"
AFTER = "after the result, before it is drawn"


@pytest.mark.parametrize("timing", [BEFORE, HELD, AFTER])
async def test_fact_sheet_x_exports_the_sheet_drawn_and_says_so(
    timing: str, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = write_corpus(tmp_path)
    app = make_app(corpus=corpus)
    gate = Gate(app.workspace, "fact_sheet", monkeypatch)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        sheet = app.screen
        assert isinstance(sheet, FactSheetScreen) and sheet.sheet is not None
        old = sheet.sheet
        held: list[tuple[object, ...]] = []
        if timing == BEFORE:
            monkeypatch.setattr(sheet, "compute", held.append)  # the remake's worker not started yet
        else:
            gate.close()
        edit(corpus / "b_daily.txt", "Some 140", "Some 175")
        sheet.follower._tick()  # the 3 s folder check, now
        await until(pilot, lambda: bool(held) or gate.entered.is_set(), "the sheet being made again")
        # the heading drawn (a condition, not one pause: under load the notice took longer)
        heading = sheet.query_one("#coverage-heading")
        await until(pilot, lambda: "files changed" in str(heading.render()), "the heading saying files changed")
        if timing == AFTER:
            read_at = monotonic()  # the key read now, the old sheet and its heading on screen
            gate.open.set()
            await until(pilot, lambda: sheet.sheet is not old, "the new sheet taken in")
            press_read_at(app, "x", read_at)
        elif timing == HELD:
            # Keys kept (tui/early_keys.py) until the new sheet is in: the table filled again
            # starts such a hold, and x read meanwhile ran once the new sheet was drawn.
            monkeypatch.setattr(sheet, "keys_wait", lambda: sheet.sheet is old)
            app.held_keys.start()
            await pilot.press("x")
            assert app.held_keys.holding and not isinstance(app.screen, ExportPromptScreen)
            gate.open.set()
        else:
            await pilot.press("x")
        prompt = await prompt_of(pilot)
        note = note_of(prompt)
        assert "files changed" in note and "the sheet before that" in note, note
        written = await write_it(pilot, prompt)
        text = written.read_text("utf-8")
        assert "140" in text and "175" not in text, text  # the sheet drawn, not the one made
        assert any("made again" in n.message for n in app._notifications), list(app._notifications)
        monkeypatch.undo()
        if timing == BEFORE:
            sheet.compute(held[0])
        gate.open.set()
        await settle(pilot)
        assert sheet.sheet is not None and "175" in sheet.sheet.markdown()
        # The new sheet drawn: x exports it, with no note.
        await pilot.press("x")
        prompt = await prompt_of(pilot)
        assert not note_of(prompt), note_of(prompt)
        assert "175" in (await write_it(pilot, prompt)).read_text("utf-8")


@pytest.mark.parametrize("timing", [HELD, AFTER])
async def test_compare_x_exports_the_pair_drawn(
    timing: str, home: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = compare_app(write_corpus(tmp_path))
    gate = Gate(app.workspace, "compare", monkeypatch)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        compare = app.screen
        assert isinstance(compare, CompareScreen) and compare.sides is not None
        gate.close()
        compare.b_doc = "c_local"  # as o and choosing another article for side B set it
        await until(pilot, gate.entered.is_set, "the new alignment")

        def new_pair_taken_in() -> bool:
            return compare.sides is not None and compare.sides[1].article.doc == "c_local"

        if timing == AFTER:
            read_at = monotonic()
            gate.open.set()
            await until(pilot, new_pair_taken_in, "the new pair taken in")
            press_read_at(app, "x", read_at)
        else:
            monkeypatch.setattr(compare, "keys_wait", lambda: not new_pair_taken_in(), raising=False)
            app.held_keys.start()
            await pilot.press("x")
            assert app.held_keys.holding and not isinstance(app.screen, ExportPromptScreen)
            gate.open.set()
        prompt = await prompt_of(pilot)
        note = note_of(prompt)
        assert "as shown" in note and "b_daily" in note and "c_local" in note, note
        written = await write_it(pilot, prompt)
        assert "b_daily" in written.name and "c_local" not in written.read_text("utf-8")
        gate.open.set()
        await settle(pilot)
