"""Back from an article opened from search, the result list has the focus, on the result read
(as mutt returns to its index): a second ``q`` leaves search and ``j`` ``k`` move, rather than
being typed into the query (issue 13, t13d observation 7: ``q`` then ``f`` gave the query "f").
``/`` goes to the query, selected."""

from __future__ import annotations

import pytest
from snapshot_app import make_app, settle
from textual.widgets import Input, OptionList

from waic_reader.tui.screens.library import LibraryScreen
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.screens.search import SearchScreen


def results_of(app: object) -> OptionList:
    screen = app.screen  # type: ignore[attr-defined]
    assert isinstance(screen, SearchScreen)
    return screen.query_one("#results", OptionList)


@pytest.mark.parametrize("size", [(60, 20), (120, 40)], ids=["60x20", "120x40"])
@pytest.mark.parametrize(
    ("query", "in_reader", "read"),
    [
        ("Shanghai", [], 0),  # the report's flow: enter in the box on the first result
        ("WAIC", ["right_square_bracket"], 1),  # ] in the reader on to the next result
        ("WAIC", ["right_square_bracket"] * 2, 2),  # and the one after
    ],
)
async def test_back_from_an_article_lands_on_the_result_list(
    query: str, in_reader: list[str], read: int, size: tuple[int, int]
) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("slash", *query)
        await settle(pilot)
        search = app.screen
        query_box = search.query_one(Input)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press(*in_reader)
        await settle(pilot)
        doc = app.screen.doc
        await pilot.press("q")
        await settle(pilot)
        results = results_of(app)
        assert results.has_focus and not query_box.has_focus
        assert results.get_option_at_index(results.highlighted or 0).id == doc
        assert results.highlighted == read
        assert query_box.value == query  # nothing typed into it
        await pilot.press("j")
        await pilot.pause()
        assert results.highlighted == (read + 1) % results.option_count  # j moves (wrapping)
        await pilot.press("k")
        await pilot.pause()
        assert results.highlighted == read
        await pilot.press("slash")  # to the query, selected: typing replaces it
        await settle(pilot)
        assert query_box.has_focus and query_box.selected_text == query
        await pilot.press("tab", "q")  # from the list again, q leaves search
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        assert app.search_state.query == query


async def test_q_q_then_a_key_is_not_typed_into_the_query() -> None:
    """The report's keys: from a reader opened from search, ``q`` ``q`` ``f`` opens the fact
    sheet over the library, the query untouched."""
    from waic_reader.tui.screens.fact_sheet import FactSheetScreen

    app = make_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"Hinton", "enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        for key in ("q", "q", "f"):
            await pilot.press(key)
            await settle(pilot)
        assert isinstance(app.screen, FactSheetScreen)
        assert app.search_state.query == "Hinton"
