"""Every dialog fits the screen or scrolls, and its cursor row is always in view (issue 13,
t13d fault 2: at 60x20 the label chooser's list ran past the dialog's bottom edge, so Percent,
Quantity and Number were never shown, and the cursor went onto them unseen)."""

from __future__ import annotations

import pytest
from snapshot_app import make_app, settle
from textual.geometry import Region
from textual.widget import Widget
from textual.widgets import Input, OptionList

from waic_reader.tui.screens.label_filter import LabelFilterScreen

SIZES = [(60, 20), (120, 40), (48, 16)]  # the report's size, the usual one, one smaller still

# (article opened first, keys that open the dialog, keys that then move its cursor)
DIALOGS = {
    "labels": ("003", ["l"], ["G", "g", "k", *["j"] * 17, "G", *["k"] * 5]),
    "help": (None, ["question_mark"], [*["j"] * 80]),
    "pick": (None, ["c"], [*["down"] * 6, *["up"] * 6]),
    "export": (None, ["f", "x"], []),
    "mentions": (None, ["E", "enter"], ["G", "g", *["j"] * 12, "G", *["k"] * 3]),
    "warnings": (None, ["W"], ["G", "g", "j", "k"]),  # (the seeds have none: its "none" row)
}


def inside(inner: Region, outer: Region) -> bool:
    return outer.contains_region(inner)


def assert_fits(dialog: Widget, screen_region: Region, where: str) -> None:
    """The dialog is on the screen and each of its parts inside its border (what a part scrolls
    may be longer)."""
    assert inside(dialog.region, screen_region), (where, dialog.region, screen_region)
    for widget in dialog.children:
        if widget.display and widget.region.area:
            assert inside(widget.region, dialog.content_region), (where, widget, widget.region, dialog.content_region)


def assert_cursor_shown(options: OptionList, where: str) -> None:
    """The highlighted option's lines are within the part of the list shown: all of them, or
    from its first as many as the list shows (a mention's sentence wrapped to more lines than
    a small screen's list has)."""
    if options.highlighted is None:
        return
    first = options._index_to_line[options.highlighted]
    height = options._heights[options.highlighted]
    top = round(options.scroll_y)
    shown = options.scrollable_content_region.height
    assert top <= first and first + min(height, shown) <= top + shown, (where, options.highlighted, first, top, shown)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("name", list(DIALOGS))
async def test_every_dialog_fits_and_its_cursor_stays_in_view(name: str, size: tuple[int, int]) -> None:
    open_doc, opening, moves = DIALOGS[name]
    app = make_app(open_doc=open_doc)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        for key in opening:
            await pilot.press(key)
            await settle(pilot)
        screen = app.screen
        dialog = screen.children[0]
        assert_fits(dialog, screen.region, f"{name} opened")
        if name == "help":
            await pilot.press(*moves)
            await pilot.pause()
            body = screen.query_one("#help-body")
            assert body.scroll_y == body.max_scroll_y > 0  # j reaches the last key
        for step, key in enumerate(moves):
            await pilot.press(key)
            await pilot.pause()
            assert_fits(dialog, screen.region, f"{name} after {step + 1} keys")
            for options in screen.query(OptionList):
                assert_cursor_shown(options, f"{name} after {moves[: step + 1]}")
        if name == "export":
            assert inside(screen.query_one(Input).region, dialog.content_region)


async def test_space_on_the_last_label_at_60x20_ticks_a_row_on_screen() -> None:
    """The report's keys: `k` from the first label wraps to the last, which is shown, and
    `space` ticks the row the user sees."""
    app = make_app(open_doc="003")
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        assert isinstance(app.screen, LabelFilterScreen)
        chooser = app.screen.query_one(OptionList)
        await pilot.press("k")
        await pilot.pause()
        last = chooser.option_count - 1
        assert chooser.highlighted == last
        assert_cursor_shown(chooser, "k from the first")
        assert inside(chooser.region, app.screen.children[0].content_region)
