"""A range typed in the app's search shows the refusal in the error colour in place of results,
as the CLI refuses it (tester t13ag N14: "0 articles match", no message); the words typed after
it are searched again."""

from __future__ import annotations

from snapshot_app import make_app, settle

from waic_reader.tui.screens.search import SearchScreen


async def test_a_range_typed_in_the_search_shows_the_refusal() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"title:[a TO z]")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, SearchScreen)
        status = screen.query_one("#search-status").render()
        assert "ranges ([a TO z]) cannot be searched" in str(status)
        assert screen.results is None and screen.query_one("OptionList").option_count == 0
        await pilot.press("ctrl+u", *"government")  # a query that can be searched: hits again
        await settle(pilot)
        assert screen.results is not None and screen.results.total > 0
        assert "cannot be searched" not in str(screen.query_one("#search-status").render())
