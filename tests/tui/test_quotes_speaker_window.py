"""The Quotes screen's speaker table holds only the articles' columns in view (issue 13, round
s39-p): at 221 articles one column per article was most of a first ``Q`` on the UI thread. On 64
articles quoting one speaker, ``l`` (or ``right``) brings the columns in whole, up to the last
article's, whose count it shows, and ``enter`` still goes to that speaker's statements."""

from __future__ import annotations

from pathlib import Path

from snapshot_app import settle

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.quotes import QuotesScreen, SpeakerTable, StatementTable

ARTICLES = 64


def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "c"
    root.mkdir()
    for i in range(ARTICLES):
        said = '"The ramp will be replaced in May," said harbour master Ilse Brandvold.\n'
        if i == ARTICLES - 1:
            said += '\n"Ferries will run again by June," Brandvold added.\n'
        (root / f"q{i:03d}.txt").write_text(f"Harbour report {i}\n\n{said}", "utf-8")
    return root


async def test_right_brings_in_the_last_articles_column(tmp_path: Path) -> None:
    app = WaicReaderApp(Workspace(corpus(tmp_path), tmp_path / "ix"), save_settings=False)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("Q")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, QuotesScreen) and screen.sheet is not None
        table = screen.query_one(SpeakerTable)
        assert len(table.columns) < ARTICLES  # only the columns in view: the case
        for _ in range(ARTICLES + 2):
            await pilot.press("l")
            await pilot.pause()
            assert round(table.scroll_x) == 0
            assert (
                sum(c.get_render_width(table) for c in table.ordered_columns) <= table.scrollable_content_region.width
            )
        last = [str(c.key.value) for c in table.ordered_columns][-1]
        assert last == screen.sheet.articles[-1].doc  # the last article's column, in view
        row = next(i for i, (s, _) in enumerate(screen.speakers) if s.name == "Ilse Brandvold")
        assert table.get_row_at(row)[-1].plain == "2"  # its count: quoted twice there
        await pilot.press("enter")
        await settle(pilot)
        assert screen.query_one(StatementTable).has_focus
