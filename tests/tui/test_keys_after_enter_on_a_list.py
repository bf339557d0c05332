"""Keys read with an enter given to a list whose enter opens something act on what it opened, in
order (issue 13, s16b, N5 and N6; HeldKeys and OpensOnEnter in tui/early_keys.py). Reported: in
the entity matrix ``enter enter`` in one read left the mentions dialog open (the second enter had
been routed to the matrix before the first had opened it); in the Quotes screen ``enter j j`` on a
speaker moved the speaker list, not the statements the enter focused."""

from __future__ import annotations

import pytest
from snapshot_app import settle
from test_tui_entity_matrix import open_matrix, row_of
from textual import events
from textual.widgets import DataTable, OptionList

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.mentions import MentionsScreen
from waic_reader.tui.screens.quotes import QuotesScreen, SpeakerTable, StatementTable
from waic_reader.tui.screens.reader import ReaderScreen

SIZES = [(120, 40), (60, 20)]


def typed_at_once(app: WaicReaderApp, *keys: str) -> None:
    """Post ``keys`` as the terminal delivers keys read in one go: all queued before the first
    is handled (``Pilot.press`` waits for the app to go idle after each key)."""
    for key in keys:
        app.post_message(events.Key(key, key if len(key) == 1 else None))


async def until_given(app: WaicReaderApp, pilot) -> None:  # type: ignore[no-untyped-def]
    for _ in range(100):  # until every kept key has been given on and handled
        await settle(pilot)
        if not app.held_keys.holding:
            break
    await settle(pilot)


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize(
    ("on_cell", "keys", "mention"),
    [
        (False, ("enter", "enter"), 0),  # the reported case: the name column, the first mention
        (True, ("enter", "enter"), 0),  # one outlet's cell
        (False, ("enter", "down", "enter"), 1),  # a move in the dialog first: the second mention
    ],
)
async def test_keys_with_the_matrix_enter_act_on_the_mentions_dialog(
    size: tuple[int, int], on_cell: bool, keys: tuple[str, ...], mention: int
) -> None:
    app = WaicReaderApp(Workspace(), save_settings=False)
    async with app.run_test(size=size) as pilot:
        screen = await open_matrix(app, pilot)
        table = screen.query_one(DataTable)
        table.move_cursor(row=row_of(screen, "Li Qiang"), column=1 if on_cell else 0)
        await settle(pilot)
        typed_at_once(app, *keys)
        await until_given(app, pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen), app.screen_stack
        modal = app.screen_stack[-2]
        assert isinstance(modal, MentionsScreen)
        options = modal.query_one(OptionList)
        assert options.highlighted == mention
        chosen = options.get_option_at_index(mention).id
        assert chosen is not None
        doc, _m = modal.mentions[int(chosen)]
        assert reader.doc == doc


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize(
    ("keys", "row"),
    [
        (("enter", "j", "j"), 2),  # the reported case
        (("enter", "j"), 1),
        (("enter", "j", "j", "k"), 1),
    ],
)
async def test_keys_with_a_speakers_enter_act_on_the_statements(
    size: tuple[int, int], keys: tuple[str, ...], row: int
) -> None:
    app = WaicReaderApp(Workspace(), save_settings=False)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("Q")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, QuotesScreen)
        speakers = screen.query_one(SpeakerTable)
        assert speakers.has_focus and speakers.cursor_row == 0
        assert len(screen.speakers[0][1]) > 3
        typed_at_once(app, *keys)
        await until_given(app, pilot)
        statements = screen.query_one(StatementTable)
        assert speakers.cursor_row == 0, "the speaker list moved"
        assert statements.has_focus
        assert statements.cursor_row == row
