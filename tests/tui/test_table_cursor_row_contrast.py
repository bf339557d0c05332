"""A DataTable's cursor row reads at 4.5:1 (WCAG 2.x) in every theme the app offers (and two
invented ones), in a full-colour, a 256-colour and a 16-colour terminal: the same kind as the
library's cursor row (t13m F11, tests/tui/test_library_cursor_row_contrast.py), found in the
fact sheet (its fixed first column 3.78:1 in textual-dark, 2.36:1 in gruvbox) and the quotes
screen (3.15:1 in solarized-dark). Measured as that test measures: each run of text of the
cursor row as Textual composes the screen.
"""

from __future__ import annotations

import pytest
from snapshot_app import make_app, settle
from test_dialog_contrast import composed_failures, register
from textual import constants
from textual.geometry import Region
from textual.widgets import DataTable

SYSTEMS = ["truecolor", "256", "standard"]


@pytest.mark.parametrize("system_name", SYSTEMS)
@pytest.mark.parametrize("key", ["f", "Q"])
async def test_table_cursor_row_readable(key: str, system_name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(constants, "COLOR_SYSTEM", system_name)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        register(app)
        await settle(pilot)
        await pilot.press(key)
        await settle(pilot)
        table = app.screen.query(DataTable).first()
        assert table.has_focus and table.cursor_type == "row" and table.row_count
        failures: list[str] = []
        for theme in sorted(app.available_themes):
            app.theme = theme
            await settle(pilot)
            region = table.region
            y = region.y + table.header_height + table.cursor_coordinate.row - round(table.scroll_y)
            found, measured = composed_failures(
                app, Region(region.x, y, region.width, 1), key, f"{theme} {system_name}"
            )
            assert measured, theme
            failures += found
    assert not failures, "\n".join(failures[:60])
