"""Typing ``/who:`` shows no hits but what to type after it, not an error and not the hits of
the word "who" (issue 13, helper s15-k #5); the hits come once a name is typed."""

from __future__ import annotations

import pytest
from snapshot_app import make_app, settle

from waic_reader.tui.screens.search import SearchScreen


@pytest.mark.parametrize(("typed", "hint"), [("who:", "a name"), ("said:", "a speaker's name"), ("title:", "words")])
async def test_a_field_typed_without_its_value_shows_a_hint(typed: str, hint: str) -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *typed)
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        status = str(screen.query_one("#search-status").render())
        assert f"type {hint} right after {typed}" in status
        assert screen.results is None and screen.query_one("OptionList").option_count == 0
        await pilot.press("H", "i")  # who:Hi -> who:Hi*, whatever it finds, no longer the hint
        await settle(pilot)
        assert "right after" not in str(screen.query_one("#search-status").render())
