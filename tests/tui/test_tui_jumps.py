"""Every jump lands: after it, the target is inside the visible region, a few lines from the
top, highlighted as the current match, at 120x40 and at 60x20 (seed 004 is long enough that its
later matches start below the fold at both sizes)."""

from __future__ import annotations

import pytest
from jumps import assert_lands, visible_row
from snapshot_app import make_app, settle
from textual.widgets import DataTable, OptionList

from waic_reader.tui.highlights import AT_STYLE, CURRENT_STYLE
from waic_reader.tui.screens.entity_matrix import EntityMatrixScreen
from waic_reader.tui.screens.fact_sheet import FactSheetScreen
from waic_reader.tui.screens.mentions import MentionsScreen
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.screens.search import SearchScreen

SIZES = [(120, 40), (60, 20)]


def current_target(reader: ReaderScreen) -> tuple[int, int]:
    targets = reader.targets()
    assert 0 <= reader.current < len(targets)
    return targets[reader.current]


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("query", ["Unitree", "Hinton", "Shanghai"])
async def test_search_enter_lands_on_the_first_match(size: tuple[int, int], query: str) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("slash", *query)
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen)
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        start, _ = current_target(reader)
        assert_lands(reader, start)
        assert "match 1/" in str(reader.query_one("#reader-status").render())


async def open_search_result(pilot, query: str) -> ReaderScreen:  # type: ignore[no-untyped-def]
    await settle(pilot)
    await pilot.press("slash", *query)
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)
    reader = pilot.app.screen
    assert isinstance(reader, ReaderScreen)
    return reader


def status(reader: ReaderScreen) -> str:
    return str(reader.query_one("#reader-status").render())


@pytest.mark.parametrize("size", SIZES)
async def test_current_match_is_highlighted_and_n_lands_again_on_the_only_match(size: tuple[int, int]) -> None:
    """One match: n (index stays 0) still brings it back into view after scrolling away."""
    app = make_app()
    async with app.run_test(size=size) as pilot:
        reader = await open_search_result(pilot, "Unitree")
        assert len(reader.targets()) == 1
        start, end = current_target(reader)
        assert (start, end, CURRENT_STYLE) in reader.highlights()
        await pilot.press("g")
        await settle(pilot)
        assert visible_row(reader, start) is None or size == (120, 40)
        for key in ("n", "N"):
            await pilot.press("g")
            await pilot.press(key)
            await settle(pilot)
            assert reader.current == 0
            assert_lands(reader, start)


@pytest.mark.parametrize("size", SIZES)
async def test_n_steps_every_match_and_each_lands(size: tuple[int, int]) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        reader = await open_search_result(pilot, "Shanghai")
        targets = reader.targets()
        assert len(targets) >= 2
        for i in range(1, len(targets)):
            await pilot.press("n")
            await settle(pilot)
            assert reader.current == i
            assert_lands(reader, targets[i][0])


@pytest.mark.parametrize("size", SIZES)
async def test_n_past_the_last_match_goes_on_to_the_next_result(size: tuple[int, int]) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        reader = await open_search_result(pilot, "Hinton")
        results = reader.results
        assert len(results) >= 3 and reader.doc == results[0]
        assert status(reader).startswith(f"article 1 of {len(results)}")
        for _ in range(len(reader.targets()) - 1):
            await pilot.press("n")
        await pilot.press("n")
        await settle(pilot)
        assert reader.doc == results[1] and reader.current == 0
        assert status(reader).startswith(f"article 2 of {len(results)}  ·  match 1/")
        assert_lands(reader, current_target(reader)[0])
        # N before the first match goes back to the previous result, at its last match.
        await pilot.press("N")
        await settle(pilot)
        assert reader.doc == results[0] and reader.current == len(reader.targets()) - 1
        assert_lands(reader, current_target(reader)[0])


@pytest.mark.parametrize("size", SIZES)
async def test_brackets_from_a_search_walk_the_results_not_the_library(size: tuple[int, int]) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        reader = await open_search_result(pilot, "Hinton")
        results = reader.results
        assert results != app.docs[: len(results)]  # else this test could not tell them apart
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert reader.doc == results[1]
        await pilot.press("left_square_bracket", "left_square_bracket")
        await settle(pilot)
        assert reader.doc == results[-1]
        assert reader.current == 0


@pytest.mark.parametrize("query", ['entity:"Geoffrey Hinton"', "who:Hinton", 'who:"Li Qiang"'])
async def test_entity_search_matches_are_the_mentions(query: str) -> None:
    app = make_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *query)
        await settle(pilot)
        search = app.screen
        assert isinstance(search, SearchScreen) and search.results is not None and search.results.hits
        for hit in search.results.hits:
            assert hit.spans and hit.matches, hit.doc
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        hit = search.results.hits[0]
        body = [s for s in hit.spans if not reader.loaded.analysis.is_noise(s[0])]  # type: ignore[union-attr]
        assert reader.targets() == body
        assert "match 1/" in status(reader)
        assert_lands(reader, current_target(reader)[0])
        last = len(reader.targets()) - 1
        for _ in range(last):
            await pilot.press("n")
        await settle(pilot)
        assert reader.current == last
        assert_lands(reader, current_target(reader)[0])


@pytest.mark.parametrize("size", SIZES)
async def test_fact_sheet_enter_lands_on_the_figure(size: tuple[int, int]) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        sheet = app.screen
        assert isinstance(sheet, FactSheetScreen) and sheet.sheet is not None
        table = sheet.query_one(DataTable)
        # The figure furthest into its article: the one most likely to start below the fold.
        row, value = max(((i, v) for i, f in enumerate(sheet.rows) for v in f.values), key=lambda rv: rv[1].start)
        table.move_cursor(row=row)
        await pilot.pause()
        while sheet.current()[1] is not value:  # step through the fact's values to that one
            await pilot.press("right")
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.doc == value.doc
        assert reader.sentence_at == value.start
        assert any(s <= value.start < e and style == AT_STYLE for s, e, style in reader.highlights())
        assert_lands(reader, value.start)


@pytest.mark.parametrize("size", SIZES)
async def test_matrix_enter_lands_on_the_mention_and_follows_the_entity(size: tuple[int, int]) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        matrix = app.screen
        assert isinstance(matrix, EntityMatrixScreen) and matrix.shown
        table = matrix.query_one(DataTable)
        table.move_cursor(row=0, column=0)  # the most-covered entity, every article
        await pilot.pause()
        await pilot.press("enter")
        await settle(pilot)
        modal = app.screen
        assert isinstance(modal, MentionsScreen)
        # The mention furthest into its article, in article text.
        i, (doc, mention) = max(
            ((i, dm) for i, dm in enumerate(modal.mentions) if not dm[1].noise), key=lambda idm: idm[1][1].start
        )
        modal.query_one(OptionList).highlighted = [o.id for o in modal.query_one(OptionList).options].index(str(i))
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.doc == doc
        assert app.followed == (modal.entity.key, modal.entity.name)
        assert current_target(reader) == (mention.start, mention.end)
        assert_lands(reader, mention.start)
        # n past the article's last mention opens the next article mentioning it, landing there.
        for _ in range(len(reader.targets()) - reader.current):
            await pilot.press("n")
            await settle(pilot)
        assert reader.doc != doc and reader.current == 0
        assert_lands(reader, current_target(reader)[0])
        assert "mention 1/" in status(reader)
