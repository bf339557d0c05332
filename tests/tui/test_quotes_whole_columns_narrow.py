"""The Quotes screen's tables show whole columns in a narrow terminal (t13w F11).

Reported at 60x20 on 14 articles: the speaker column took 27 cells, so the outlets' columns were
cut mid-word at the screen's edge ("Dail", "Kal") and the statements' "wording" column was off
screen with a piece of a wording column beside it. Now the speaker column is as wide as the
longest name (frozen when the table scrolls sideways) and the other columns are sized so the
ones in view fill the table exactly; scrolled sideways, every column shown is whole, and the
wording column can be reached."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import settle

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.quotes import QuotesScreen, SpeakerTable, StatementTable

OUTLETS = ["Daily Herald", "Kalvik Post", "Nordwire", "The Coastal Times", "KLV News 7", "Eastpress", "Tallis Echo"]


def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "c"
    root.mkdir()
    entries = []
    for i, outlet in enumerate(OUTLETS):
        body = (
            f'Plant blast number {i}\n\n"The site is safe now," fire chief Torben Ekholm said on Saturday.\n\n'
            f'"We will rebuild," said Ilse Brandvold, the mayor.\n'
        )
        (root / f"o{i}.txt").write_text(body, "utf-8")
        entries.append(f"  o{i}.txt:\n    outlet: {outlet}\n")
    (root / "corpus.yaml").write_text("articles:\n" + "".join(entries), "utf-8")
    return root


def widths(table: SpeakerTable | StatementTable) -> list[int]:
    return [c.get_render_width(table) for c in table.ordered_columns]


def whole_in_view(table: SpeakerTable | StatementTable) -> bool:
    """Every column between the left edge (after the frozen ones) and the right edge is whole."""
    room = table.scrollable_content_region.width
    ws = widths(table)
    fixed = sum(ws[: table.fixed_columns])
    x, left = fixed, round(table.scroll_x) + fixed
    for w in ws[table.fixed_columns :]:
        if x < left < x + w:
            return False  # cut at the left edge
        if x < left + room - fixed < x + w and x >= left:
            return False  # cut at the right edge
        x += w
    return True


@pytest.mark.parametrize("size", [(60, 20), (72, 24)])
async def test_speakers_and_statements_show_whole_columns(tmp_path: Path, size: tuple[int, int]) -> None:
    app = WaicReaderApp(Workspace(corpus(tmp_path), tmp_path / "ix"), save_settings=False)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("Q")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, QuotesScreen)
        speakers = screen.query_one(SpeakerTable)
        # the case: wider than the screen (the speaker table holds only the columns in view since
        # round s39-p, its window moved a whole column at a time)
        assert len(speakers.in_view()) < speakers.scrolled_count
        assert speakers.fixed_columns == 1
        assert whole_in_view(speakers)
        for _ in range(4):
            await pilot.press("right")
            await pilot.wait_for_animation()  # a scroll animates: whole columns where it comes to rest
            await pilot.pause()
            assert whole_in_view(speakers)
        assert speakers.first > 0  # it did move sideways
        await pilot.press("enter")  # to the statements
        await settle(pilot)
        statements = screen.query_one(StatementTable)
        # wider than the screen too (a WindowTable since round s39-p2)
        assert len(statements.in_view()) < statements.scrolled_count
        assert whole_in_view(statements)
        for _ in range(len(OUTLETS) + 1):
            await pilot.press("l")
            await pilot.pause()
            assert whole_in_view(statements)
        # the wording column (the last) is reached, whole, with whole columns beside it
        assert statements.scrolled_index(statements.cursor_column) == statements.scrolled_count - 1
        assert statements.first > 0 and round(statements.scroll_x) == 0
