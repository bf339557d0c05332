"""Every row of a DataTable (the fact sheet's, the quotes', the entities × outlets matrix's) reads
at 4.5:1 (WCAG 2.x) in every theme the app offers (and two invented ones), on plain and zebra
rows, in a full-colour, a 256-colour and a 16-colour terminal: the kind of the library's rows
(t13n F13, tests/tui/test_library_rows_contrast.py), its dim and secondary columns (the matrix's
labels, "·" and "+n") drawn in a measured colour rather than the terminal's dim. Measured as the
cursor row's test measures (test_table_cursor_row_contrast.py): each run of text as composed."""

from __future__ import annotations

import pytest
from snapshot_app import make_app, settle
from test_dialog_contrast import composed_failures, register
from textual import constants
from textual.geometry import Region
from textual.widgets import DataTable

SYSTEMS = ["truecolor", "256", "standard"]


@pytest.mark.parametrize("system_name", SYSTEMS)
@pytest.mark.parametrize("key", ["f", "Q", "E"])
async def test_table_rows_readable(key: str, system_name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(constants, "COLOR_SYSTEM", system_name)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        register(app)
        await settle(pilot)
        await pilot.press(key)
        await settle(pilot)
        table = app.screen.query(DataTable).first()
        assert table.row_count > 1
        failures: list[str] = []
        for theme in sorted(app.available_themes):
            app.theme = theme
            await settle(pilot)
            region = table.region
            rows = min(table.row_count, region.height - table.header_height, 8)
            for i in range(rows):
                y = region.y + table.header_height + i
                found, _measured = composed_failures(
                    app, Region(region.x, y, region.width, 1), f"{key} row {i}", f"{theme} {system_name}"
                )
                failures += found
    assert not failures, "\n".join(failures[:60])
