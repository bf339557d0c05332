"""The fact sheet is a WindowTable (issue 13, round s39-p2): the one table of the app that holds
only the columns in view, with no override of DataTable's private drawing. On a corpus of 64
articles reporting one death toll, ``right`` steps the fact's values to the last article's, and
``enter`` there opens that article with the figure on screen (it is ~40 paragraphs down); at a
width too narrow for the three columns the fact's name stays, and every column held is whole.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from jumps import assert_lands
from snapshot_app import settle

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.fact_sheet import FactSheetScreen, FactTable
from waic_reader.tui.screens.reader import ReaderScreen

ARTICLES = 64
FILLER = "The ferry crossing reopened after repairs, and the harbour office expects more traffic.\n\n"


def corpus(tmp_path: Path) -> Path:
    """64 articles of 64 outlets giving the fire's death toll; the last one far down its text."""
    root = tmp_path / "corpus"
    root.mkdir()
    entries = []
    for i in range(ARTICLES):
        body = f"Harbour fire {i}\n\n"
        if i == ARTICLES - 1:
            body += FILLER * 40
        body += "Four people died in the warehouse fire in Bergen, the fire chief said.\n"
        (root / f"r{i:03d}.txt").write_text(body, "utf-8")
        entries.append(f"  r{i:03d}.txt:\n    outlet: Outlet {i:03d}\n")
    (root / "corpus.yaml").write_text("articles:\n" + "".join(entries), "utf-8")
    return root


def whole(table: FactTable) -> None:
    """Every column the table holds is whole on screen, and it never scrolls sideways."""
    assert round(table.scroll_x) == 0
    widths = sum(c.get_render_width(table) for c in table.ordered_columns)
    assert widths <= table.scrollable_content_region.width, widths


async def open_sheet(pilot) -> tuple[FactSheetScreen, FactTable]:  # type: ignore[no-untyped-def]
    await settle(pilot)
    await pilot.press("f")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, FactSheetScreen) and screen.sheet is not None
    table = screen.query_one(FactTable)
    assert isinstance(table, FactTable) and table.fixed_columns == 1
    return screen, table


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
async def test_right_reaches_the_last_articles_value_and_enter_shows_it(tmp_path: Path, size: tuple[int, int]) -> None:
    app = WaicReaderApp(Workspace(corpus(tmp_path), tmp_path / "ix"), save_settings=False)
    async with app.run_test(size=size) as pilot:
        screen, table = await open_sheet(pilot)
        row = next(i for i, f in enumerate(screen.rows) if f.label == "death toll")
        table.move_cursor(row=row)
        await settle(pilot)
        last = "r063"
        for _ in range(ARTICLES + 2):
            _fact, value = screen.current()
            if value is not None and value.doc == last:
                break
            await pilot.press("right")
            await pilot.pause()
            whole(table)
        fact, value = screen.current()
        assert fact is not None and fact.label == "death toll" and value is not None and value.doc == last
        assert len(fact.values) == ARTICLES
        assert "Outlet 063" in str(screen.query_one("#coverage-detail").render())
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.doc == last
        assert_lands(reader, value.start)


async def test_too_narrow_for_three_columns_the_fact_stays_and_columns_are_whole(tmp_path: Path) -> None:
    """At 44 cells the fact, status and values columns do not fit: the fact's name stays at the
    left, the columns beside it are whole ones, and ``end`` brings the values in, ``home`` back."""
    app = WaicReaderApp(Workspace(corpus(tmp_path), tmp_path / "ix"), save_settings=False)
    async with app.run_test(size=(44, 20)) as pilot:
        _screen, table = await open_sheet(pilot)
        whole(table)
        keys = [str(c.key.value) for c in table.ordered_columns]
        assert keys[0] == "fact" and "values" not in keys
        assert "death&#160;toll" in app.export_screenshot()  # (spaces as the SVG writes them)
        await pilot.press("end")
        await pilot.pause()
        whole(table)
        keys = [str(c.key.value) for c in table.ordered_columns]
        assert keys[0] == "fact" and keys[-1] == "values"
        await pilot.press("home")
        await pilot.pause()
        assert table.first == 0
        whole(table)
