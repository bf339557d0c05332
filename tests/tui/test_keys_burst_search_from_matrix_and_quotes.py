"""A burst of ``/query``, enter and ``n`` typed in one read on the Entities × outlets screen or
the Quotes screen searches the words, opens the first hit and steps to its next match, as it
does from the reader, the fact sheet and the timeline (issue 13; tester t13ah N13: on the matrix
the enter opened the mentions dialog and the query was lost, on the Quotes screen the search box
got the words but the enter and the ``n`` were lost)."""

from __future__ import annotations

import pytest
from snapshot_app import settle
from textual import events

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.entity_matrix import EntityMatrixScreen
from waic_reader.tui.screens.quotes import QuotesScreen
from waic_reader.tui.screens.reader import ReaderScreen

CHARS = {"slash": "/", "enter": "\r"}


def typed_at_once(app: WaicReaderApp, *keys: str) -> None:
    """Post ``keys`` as the terminal delivers keys read in one go: all queued before the first
    is handled."""
    for key in keys:
        app.post_message(events.Key(key, CHARS.get(key, key)))


async def until_given(app: WaicReaderApp, pilot) -> None:  # type: ignore[no-untyped-def]
    for _ in range(100):  # until every kept key has been given on and handled
        await settle(pilot)
        if not app.held_keys.holding:
            break
    await settle(pilot)


@pytest.mark.parametrize(("key", "screen_type"), [("E", EntityMatrixScreen), ("Q", QuotesScreen)])
async def test_slash_words_enter_n_in_one_read_open_the_second_match(key: str, screen_type: type) -> None:
    app = WaicReaderApp(Workspace(), save_settings=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press(key)
        await settle(pilot)
        assert isinstance(app.screen, screen_type)
        typed_at_once(app, "slash", *"hinton", "enter", "n")
        await until_given(app, pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen), app.screen_stack
        assert reader.query_text == "hinton"
        status = str(reader.query_one("#reader-status").render())
        # The first hit holds one match: n stepped on to the second result.
        assert "article 2 of" in status and "match 1/" in status, status
