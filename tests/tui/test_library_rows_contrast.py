"""Every column of the library's rows reads at 4.5:1 (WCAG 2.x) in every theme the app offers
(and two invented ones), on plain and zebra (striped) rows and on the cursor row, in a
full-colour, a 256-colour and a 16-colour terminal (issue 13, t13n F13).

Reported: solarized-light, 256 colours (tmux): the dim folder/doc columns 2.40:1 on a plain row
and 2.62:1 on a stripe; the cursor row 2.48:1 (folder, doc id) and 3.61:1 (title, counts).
Measured as the dialogs' test measures: each run of text as Textual composes the screen
(``composed_failures``), every row of the table shown: the cursor on the first row (the report),
the cursor on the last row (the other stripe under it), and the table not focused.
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


def rows_shown(table: ArticleTable) -> list[Region]:
    """Each row's line on screen (under the header line)."""
    region = table.region
    shown = min(table.row_count - round(table.scroll_y), region.height - 1)
    return [Region(region.x, region.y + 1 + i, region.width, 1) for i in range(shown)]


async def rows_in_every_theme(app: WaicReaderApp, pilot: Pilot[None], system_name: str) -> list[str]:
    table = app.screen.query_one(ArticleTable)
    failures: list[str] = []
    for theme in sorted(app.available_themes):
        app.theme = theme
        await settle(pilot)
        for row in rows_shown(table):
            found, measured = composed_failures(app, row, f"row {row.y}", f"{theme} {system_name}")
            assert measured >= 3, (theme, row, measured)  # id, title, date, counts: text was drawn
            failures += found
    return failures


@pytest.mark.parametrize("system_name", SYSTEMS)
async def test_every_row_readable_cursor_first(system_name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The report: the library as opened (the cursor on the first row), every row measured."""
    monkeypatch.setattr(constants, "COLOR_SYSTEM", system_name)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        register(app)
        await settle(pilot)
        failures = await rows_in_every_theme(app, pilot, system_name)
    assert not failures, "\n".join(failures[:60])


@pytest.mark.parametrize("system_name", SYSTEMS)
async def test_every_row_readable_cursor_last(system_name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(constants, "COLOR_SYSTEM", system_name)
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        register(app)
        await settle(pilot)
        await pilot.press("G")
        await settle(pilot)
        failures = await rows_in_every_theme(app, pilot, system_name)
    assert not failures, "\n".join(failures[:60])


@pytest.mark.parametrize("system_name", SYSTEMS)
async def test_every_row_readable_table_blurred(system_name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The filter box typed in (ctrl+f): the table keeps its cursor, not focused."""
    monkeypatch.setattr(constants, "COLOR_SYSTEM", system_name)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        register(app)
        await settle(pilot)
        await pilot.press("ctrl+f", *"ai")
        await settle(pilot)
        assert not app.screen.query_one(ArticleTable).has_focus
        failures = await rows_in_every_theme(app, pilot, system_name)
    assert not failures, "\n".join(failures[:60])
