"""In the Quotes screen ``G`` (and ``end``) go to the last row and ``g`` (and ``home``) to the
first, in the speakers' table and in the statements' table, as in the app's other lists (t13i:
``G`` did nothing; only ``j`` repeated reached the "Unattributed" row). The row reached is inside
the visible part of its table (Pilot at 120x40 and 60x20; articles written for this test)."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import settle

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.quotes import QuotesScreen, SpeakerTable, StatementTable

SURNAMES = "Aasen Berge Dahle Eik Fossum Grimstad Hauge Lie Moe Nesje Osland Rekve Sande Tangen Ulvik Vold".split()
GIVEN = "Ane Per Liv Tor Kai Marit Even Ingrid Jonas Hilde Rolf Sigrun Trine Arvid Linn Egil".split()


def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "c"
    root.mkdir()
    # sixteen named speakers (more rows than a 60x20 screen shows) and a body no one names:
    # the last row is Unattributed
    lines = [f"{g} {s} said the {n}th tank had been drained." for n, (g, s) in enumerate(zip(GIVEN, SURNAMES), 1)]
    statements = [f"The harbour board on Friday said the {n}th quay would stay shut." for n in range(1, 13)]
    (root / "a.txt").write_text("\n\n".join(lines + statements) + "\n", "utf-8")
    return root


def visible(table: SpeakerTable | StatementTable, row: int) -> bool:
    """Whether the whole of ``row`` (rows may be several lines high) is in the table's view."""
    rows = table.ordered_rows
    y = sum(r.height for r in rows[:row])
    top = round(table.scroll_y)
    height = table.scrollable_content_region.height - (table.header_height if table.show_header else 0)
    return top <= y and y + rows[row].height <= top + height


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
@pytest.mark.parametrize(("last", "first"), [("G", "g"), ("end", "home")])
async def test_last_and_first_row(tmp_path: Path, size: tuple[int, int], last: str, first: str) -> None:
    app = WaicReaderApp(Workspace(corpus(tmp_path)), save_settings=False)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("Q")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, QuotesScreen)
        speakers = screen.query_one(SpeakerTable)
        assert speakers.has_focus and speakers.row_count == 17
        await pilot.press(last)
        await settle(pilot)
        assert speakers.cursor_row == speakers.row_count - 1
        assert speakers.get_row_at(speakers.cursor_row)[0].plain == "Unattributed"
        assert visible(speakers, speakers.cursor_row)
        await pilot.press(first)
        await settle(pilot)
        assert speakers.cursor_row == 0 and visible(speakers, 0)
        # the statements of Unattributed: twelve, more than 60x20 shows
        await pilot.press(last, "enter")
        await settle(pilot)
        statements = screen.query_one(StatementTable)
        assert statements.has_focus and statements.row_count == 12
        await pilot.press(last)
        await settle(pilot)
        assert statements.cursor_row == 11 and visible(statements, 11)
        await pilot.press(first)
        await settle(pilot)
        assert statements.cursor_row == 0 and visible(statements, 0)
