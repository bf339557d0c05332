"""Control characters pasted into a find box (the reader's ctrl+f, the library's filter) are
shown as the app's stand-ins, as in the search box: never sent raw to the terminal, in the box or
in the status line that echoes what is found (one safe input class, ``SafeInput``)."""

from __future__ import annotations

import pytest
from snapshot_app import make_app, settle
from textual import events
from textual.widgets import Static

from waic_reader.index.corpus.text import visible
from waic_reader.tui.screens.library import LibraryScreen
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.screens.search import QueryInput
from waic_reader.tui.widgets.find_bar import FindBar
from waic_reader.tui.widgets.safe_input import SafeInput

RAW = "\u202e\u009b\u2066\u2069\x1b\x07"


def no_raw_controls(text: str) -> bool:
    return not any(ch in text for ch in RAW)


def test_the_search_box_and_the_find_boxes_are_one_safe_input() -> None:
    assert issubclass(FindBar, SafeInput) and issubclass(QueryInput, SafeInput)


@pytest.mark.parametrize(
    ("pasted", "shown"),
    [
        ("Shanghai\u202e", "Shanghai<U+202E>"),  # reported: a bidi override, raw in the box and the status
        ("Shanghai\x07", "Shanghai␇"),
        ("\x9bShanghai", "<U+009B>Shanghai"),  # a C1 control (CSI)
    ],
)
async def test_controls_pasted_into_the_reader_find_bar_show_as_stand_ins(pasted: str, shown: str) -> None:
    app = make_app(open_doc="003")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        await pilot.press("ctrl+f")
        bar = reader.query_one(FindBar)
        bar.post_message(events.Paste(pasted))
        await settle(pilot)
        assert bar.value == shown
        assert shown in bar.render_line(0).text and "\ufffd" not in bar.render_line(0).text
        assert reader.find_matches, "the stand-in is no part of the word: Shanghai is still found"
        status = str(reader.query_one("#reader-status", Static).render())
        assert shown in status and no_raw_controls(status)
        assert no_raw_controls(app.export_screenshot())


async def test_a_find_text_set_by_the_program_is_shown_with_stand_ins() -> None:
    """A value that did not come through typing or pasting (set by the program) still never
    reaches the terminal raw: the box shows stand-ins, the status line too."""
    app = make_app(open_doc="003")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        await pilot.press("ctrl+f")
        bar = reader.query_one(FindBar)
        bar.value = "Shanghai\x07\u202e"
        await settle(pilot)
        line = bar.render_line(0).text
        assert "Shanghai" in line and no_raw_controls(line)
        status = str(reader.query_one("#reader-status", Static).render())
        assert visible("Shanghai\x07\u202e") in status and no_raw_controls(status)


async def test_controls_pasted_into_the_library_filter_show_as_stand_ins() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        await pilot.press("ctrl+f")
        bar = app.screen.query_one(FindBar)
        bar.post_message(events.Paste("WAIC\u2066\x9b2J"))
        await settle(pilot)
        assert bar.value == "WAIC<U+2066><U+009B>2J"
        assert no_raw_controls(bar.render_line(0).text)
        assert no_raw_controls(app.export_screenshot())
