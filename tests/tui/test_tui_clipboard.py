"""y copies to the clipboard (App.copy_to_clipboard, OSC 52) and says what it copied: the
current sentence in the reader, the selected figure in the fact sheet."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from snapshot_app import make_app, settle
from story_corpus import write_story
from textual.widgets import DataTable

from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.fact_sheet import FactSheetScreen
from waic_reader.tui.screens.reader import ReaderScreen


def record(app: WaicReaderApp) -> tuple[list[str], list[str]]:
    """What the app copies and the notices it shows, from now on."""
    copied: list[str] = []
    notices: list[str] = []
    notify = app.notify

    def note(message: str, *args: Any, **kwargs: Any) -> None:
        notices.append(str(message))
        notify(message, *args, **kwargs)

    app.copy_to_clipboard = copied.append  # type: ignore[method-assign]
    app.notify = note  # type: ignore[method-assign]
    return copied, notices


@pytest.mark.parametrize(
    ("typed", "sentence"),
    [
        ("jobs", "Chandrasekar said jobs would follow."),
        ("okonkwo", "Marguerite Okonkwo-Laine, who leads the dockers' union, was sceptical."),
        ("building", "Halvorsen added that building would start in spring."),
    ],
)
async def test_y_copies_the_sentence_of_the_current_match(tmp_path: Path, typed: str, sentence: str) -> None:
    corpus = write_story(tmp_path / "story")
    app = make_app(corpus=corpus)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("ctrl+f", *typed, "enter")
        await settle(pilot)
        copied, notices = record(app)
        await pilot.press("y")
        await settle(pilot)
        assert copied == [sentence]
        assert notices[-1].startswith("Copied the sentence: ") and sentence[:40] in notices[-1]


async def test_y_without_a_match_copies_the_sentence_at_the_top_of_the_view(tmp_path: Path) -> None:
    corpus = write_story(tmp_path / "story", paragraphs=3)
    app = make_app(corpus=corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        copied, _ = record(app)
        await pilot.press("y")
        await settle(pilot)
        assert copied == ["Harbour board approves new ferry terminal"]  # the title: the first shown


async def test_y_in_the_fact_sheet_copies_the_selected_figure_with_its_source() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        sheet = app.screen
        assert isinstance(sheet, FactSheetScreen) and sheet.sheet is not None
        sheet.query_one(DataTable).move_cursor(row=1)
        await pilot.press("right")
        await settle(pilot)
        _fact, value = sheet.current()
        assert value is not None
        copied, notices = record(app)
        await pilot.press("y")
        await settle(pilot)
        assert len(copied) == 1 and copied[0].startswith(f"{' '.join(value.text.split())} (")
        assert sheet.names().get(value.doc, value.doc) in copied[0]
        assert notices[-1] == f"Copied the figure: {copied[0]}"
