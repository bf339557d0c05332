"""The entity panel's list draws its rows anew whenever what they show changes: another width
(the terminal resized while the panel was hidden, or while it showed), another article (Pilot)."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import settle
from textual.pilot import Pilot
from textual.widgets import OptionList

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.entity_panel import NameCount

LONG = "Maximiliana Oberhausen-Castellanos"
ONE = (
    "Ferry inquiry opens\n\n"
    f"{LONG} and Geoffrey Hinton spoke at the Kellport inquiry on Monday, where Hiroshi Ueda of "
    "the Nordsea Harbour Authority gave evidence.\n\n"
    "Hiroshi Ueda said the ferry had listed suddenly.\n"
)
TWO = (
    "Bridge closed for repairs\n\n"
    "Ingrid Solvang of the Brennholm Roads Agency said the Tollbrua bridge would stay closed until "
    "March, and Pieter Vandenberghe agreed.\n"
)


def _drawn(reader: ReaderScreen) -> tuple[int, list[str]]:
    """(the list's width, its lines as drawn now, the focus bar taken off)."""
    options = reader.query_one("#entity-panel").query_one(OptionList)
    lines = [strip.text.strip("▊▎▔▁ ") for strip in options.render_lines(options.region.reset_offset)]
    return options.scrollable_content_region.width, [t for t in lines if t]


def _entries_fit(width: int, lines: list[str]) -> list[str]:
    """The entries (lines ending in their count); each fits ``width`` cells."""
    entries = [t for t in lines if t[-1:].isdigit()]
    assert entries and all(len(t) <= width for t in entries), (width, lines)
    return entries


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a-inquiry.txt").write_text(ONE, "utf-8")
    (corpus / "b-bridge.txt").write_text(TWO, "utf-8")
    return corpus


async def _reader(pilot: Pilot[None]) -> ReaderScreen:
    await settle(pilot)
    await pilot.press("enter")  # the library's first row: a-inquiry
    await settle(pilot)
    reader = pilot.app.screen
    assert isinstance(reader, ReaderScreen) and reader.loaded is not None
    assert reader.loaded.article.doc.startswith("a-inquiry")
    return reader


@pytest.mark.parametrize(
    ("first", "then", "hidden"),
    [
        ((120, 40), (60, 20), True),  # narrower while hidden: the long name cut to fit
        ((60, 20), (120, 40), True),  # wider while hidden: the name whole again
        ((120, 40), (60, 20), False),  # narrower while it shows
    ],
)
async def test_rows_drawn_anew_at_a_new_width(
    tmp_path: Path, first: tuple[int, int], then: tuple[int, int], hidden: bool
) -> None:
    app = WaicReaderApp(Workspace(_corpus(tmp_path), index_dir=tmp_path / "ix"), save_settings=False)
    async with app.run_test(size=first) as pilot:
        reader = await _reader(pilot)
        await pilot.press("e")
        await settle(pilot)
        width_before, lines = _drawn(reader)
        _entries_fit(width_before, lines)
        if hidden:
            await pilot.press("e")
            await settle(pilot)
        await pilot.resize_terminal(*then)
        await settle(pilot)
        if hidden:
            await pilot.press("e")
            await settle(pilot)
        width, lines = _drawn(reader)
        assert width != width_before  # not vacuous: the list's width changed
        entries = _entries_fit(width, lines)
        long_row = next(t for t in entries if t.startswith(LONG[:8]))
        # As NameCount draws it at this width (the name whole where it fits, else cut with "…").
        expected = NameCount("  ", LONG, 1)._fitted(width).plain  # an entry not followed: "  " before it
        assert long_row == expected.strip(), (long_row, expected)
        assert (LONG in long_row) == (width >= len(f"  {LONG}  1")), (width, long_row)


@pytest.mark.parametrize("shown", [True, False])
async def test_panel_lists_the_next_article_after_switching(tmp_path: Path, shown: bool) -> None:
    """``]`` to the next article with the panel showing (its rows replaced in place), or hidden
    (then shown): the new article's entities, none of the first's."""
    app = WaicReaderApp(Workspace(_corpus(tmp_path), index_dir=tmp_path / "ix"), save_settings=False)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await _reader(pilot)
        await pilot.press("e")
        await settle(pilot)
        _, lines = _drawn(reader)
        assert any("Hiroshi Ueda" in t for t in lines), lines
        if not shown:
            await pilot.press("e")
            await settle(pilot)
        reader.query_one("#article").focus()
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert reader.loaded is not None and reader.loaded.article.doc.startswith("b-bridge")
        if not shown:
            await pilot.press("e")
            await settle(pilot)
        width, lines = _drawn(reader)
        entries = _entries_fit(width, lines)
        assert any("Ingrid Solvang" in t for t in entries), lines
        assert not any("Hiroshi" in t or "Hinton" in t or "Maximiliana" in t for t in lines), lines
