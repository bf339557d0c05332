"""The library's cursor row reads at 4.5:1 (WCAG 2.x) in every theme the app offers (and two
invented ones), focused and not, in a full-colour, a 256-colour and a 16-colour terminal.

Reported (t13m F11): the selected row 3.78:1 in textual-dark (the theme's block-cursor
foreground #DDEDF9 on its block-cursor background #0178D4), its dimmed doc id 2.46:1. Measured:
each run of text of the cursor row as Textual composes the screen (``composed_failures``, as the
dialogs' test measures them): the cursor on the first row (the report), on the last row (other
cells: another title, another row's stripe), and the table not focused (the filter box typed in:
the blurred cursor's colours).
"""

from __future__ import annotations

import pytest
from snapshot_app import make_app, settle
from test_dialog_contrast import composed_failures, register
from textual import constants
from textual.geometry import Region
from textual.pilot import Pilot

from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.widgets.article_table import ArticleTable

SYSTEMS = ["truecolor", "256", "standard"]


def cursor_row(table: ArticleTable) -> Region:
    """The cursor row's line on screen (under the header line)."""
    region = table.region
    return Region(region.x, region.y + 1 + table.cursor_row - round(table.scroll_y), region.width, 1)


async def cursor_in_every_theme(app: WaicReaderApp, pilot: Pilot[None], system_name: str) -> list[str]:
    table = app.screen.query_one(ArticleTable)
    failures: list[str] = []
    for theme in sorted(app.available_themes):
        app.theme = theme
        await settle(pilot)
        found, measured = composed_failures(app, cursor_row(table), "cursor row", f"{theme} {system_name}")
        assert measured >= 3, (theme, measured)  # id, title, date, counts: text was drawn
        failures += found
    return failures


@pytest.mark.parametrize("system_name", SYSTEMS)
async def test_cursor_on_the_first_row_readable(system_name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The report: the library as opened, its cursor on the first row, the table focused."""
    monkeypatch.setattr(constants, "COLOR_SYSTEM", system_name)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        register(app)
        await settle(pilot)
        assert isinstance(app.focused, ArticleTable) and app.focused.cursor_row == 0
        failures = await cursor_in_every_theme(app, pilot, system_name)
    assert not failures, "\n".join(failures[:60])


@pytest.mark.parametrize("system_name", SYSTEMS)
async def test_cursor_on_the_last_row_readable(system_name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The cursor moved to the last row (G): other cells, the other stripe."""
    monkeypatch.setattr(constants, "COLOR_SYSTEM", system_name)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        register(app)
        await settle(pilot)
        await pilot.press("G")
        await settle(pilot)
        table = app.screen.query_one(ArticleTable)
        assert table.cursor_row == table.row_count - 1 > 0
        failures = await cursor_in_every_theme(app, pilot, system_name)
    assert not failures, "\n".join(failures[:60])


@pytest.mark.parametrize("system_name", SYSTEMS)
async def test_cursor_of_the_blurred_table_readable(system_name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The filter box typed in (ctrl+f): the table keeps its cursor, not focused."""
    monkeypatch.setattr(constants, "COLOR_SYSTEM", system_name)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        register(app)
        await settle(pilot)
        await pilot.press("ctrl+f", *"ai")
        await settle(pilot)
        table = app.screen.query_one(ArticleTable)
        assert not table.has_focus and table.row_count > 0
        failures = await cursor_in_every_theme(app, pilot, system_name)
    assert not failures, "\n".join(failures[:60])
