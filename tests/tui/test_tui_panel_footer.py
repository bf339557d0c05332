"""The key bar: the screen's keys in one widget (Textual's Footer was a widget per key, ~40% of
opening the reader on a long article), grouped as Footer groups them, redrawn when the shown
keys change, a click presses a key; opening and closing the side panels leaves it as it is."""

from __future__ import annotations

from snapshot_app import make_app, settle
from textual.widgets import Static

from waic_reader.tui.screens.help import HelpScreen
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.screens.search import SearchScreen
from waic_reader.tui.widgets.entity_panel import EntityPanel
from waic_reader.tui.widgets.key_bar import KeyBar


def drawn(bar: KeyBar) -> str:
    return bar.render().plain


async def test_the_reader_bar_shows_its_keys_grouped_and_the_palette_on_the_right() -> None:
    app = make_app(open_doc="003")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        bar = app.screen.query_one(KeyBar)
        assert len(list(bar.walk_children())) == 0  # one widget, no child per key
        text = drawn(bar)
        assert text.startswith(" esc Back  n N ^f Matches ")  # a group's keys, then its name once
        assert text.rstrip().endswith("▏^p palette") and len(text) == bar.size.width
        assert [k.display for k in bar.shown_keys()][:4] == ["esc", "n", "N", "^f"]


async def test_the_bar_is_not_redrawn_when_a_side_panel_opens_or_closes() -> None:
    app = make_app(open_doc="003")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        bar = app.screen.query_one(KeyBar)
        entries = bar.entries
        for key in ("e", "e", "b", "b", "e"):
            await pilot.press(key)
            await settle(pilot)
            assert bar.entries is entries  # the same keys: nothing recomputed for the screen to draw
        panel = app.screen.query_one(EntityPanel)
        assert panel.display and panel.has_focus_within
        assert "s: search all" in str(panel.query_one(".panel-help", Static).render())


async def test_a_click_on_a_key_presses_it_and_the_bar_follows_the_screen() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        bar = app.screen.query_one(KeyBar)
        assert "/ Search" in drawn(bar)
        start = drawn(bar).index(" ? ")
        await pilot.click(KeyBar, offset=(start + 1, 0))
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)  # the click pressed ?
        await pilot.press("escape")
        await settle(pilot)
        start = drawn(app.screen.query_one(KeyBar)).index(" / ")
        await pilot.click(KeyBar, offset=(start + 1, 0))
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen)
        assert "esc" in [k.display for k in app.screen.query_one(KeyBar).shown_keys()]  # the search screen's own keys


async def test_at_60_columns_the_keys_are_cut_before_the_palette_key() -> None:
    app = make_app(open_doc="003")
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        bar = app.screen.query_one(KeyBar)
        text = drawn(bar)
        assert len(text) == 60 and "…▏^p palette" in text
        # only the keys drawn whole can be clicked
        assert all(end <= 60 for _, end, _ in bar.placed)


async def test_hovering_highlights_the_key_under_the_mouse_at_any_width() -> None:
    """The key under the mouse is the one highlighted, the palette's key too, also where keys
    before it are cut (review: the highlight went to a cut key, by index)."""
    from waic_reader.tui.widgets.key_bar import HOVER_STYLE

    for width in (73, 91, 120):
        app = make_app(open_doc="003")
        async with app.run_test(size=(width, 20)) as pilot:
            await settle(pilot)
            bar = app.screen.query_one(KeyBar)
            text = drawn(bar)
            for target in (text.index("^p"), text.index(" esc ") + 1):
                await pilot.hover(KeyBar, offset=(target, 0))
                await pilot.pause()
                under = bar.hovered
                assert under is not None and under.display in text[target : target + 3]
                content = bar.render()
                lit = "".join(
                    content.plain[span.start : span.end] for span in content.spans if HOVER_STYLE in str(span.style)
                )
                assert under.display in lit and lit.strip() in text[target - 1 :]


async def test_a_key_cut_after_its_own_part_can_still_be_clicked() -> None:
    app = make_app(open_doc="003")
    async with app.run_test(size=(73, 20)) as pilot:
        await settle(pilot)
        bar = app.screen.query_one(KeyBar)
        text = drawn(bar)
        assert "/ Sea…" in text
        await pilot.click(KeyBar, offset=(text.index("/ Sea…"), 0))
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen)
