"""A boost typed in the app's search (``china^2``, issue 15: "No article matches", nothing
said) is set aside: the status says so and what was searched, and the hits are that search's.
A Lucene operator read as ours is said the same way; a "!" glued to a word is text (review
s40-rv finding 11: ``!china`` listed the articles without the word)."""

from __future__ import annotations

from snapshot_app import make_app, settle

from waic_reader.tui.screens.search import SearchScreen


async def test_a_boost_typed_in_the_search_is_said_and_the_words_found() -> None:
    app = make_app()
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"china^2")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        status = str(screen.query_one("#search-status").render())
        assert status.startswith("boost (^2) is not supported: searched china  ·  5 articles match")
        assert screen.query_one("OptionList").option_count == 5


async def test_a_bang_glued_to_a_word_is_text_and_an_operator_read_is_said() -> None:
    app = make_app()
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"!china")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        status = str(screen.query_one("#search-status").render())
        assert status.startswith("5 articles match")
        assert screen.query_one("OptionList").option_count == 5
        await pilot.press("ctrl+u", *"+china")
        await settle(pilot)
        status = str(screen.query_one("#search-status").render())
        assert status.startswith("+ read as a required word: searched china  ·  5 articles match")
