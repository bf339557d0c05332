"""The library's columns fit the terminal: at narrow widths the least needed go (noise, entity
and word counts, the folder), never the date while some article has one."""

from __future__ import annotations

import shutil
from pathlib import Path

from snapshot_app import COVERAGE_MIX, make_app, settle

from waic_reader.tui.screens.library import LibraryScreen
from waic_reader.tui.widgets.article_table import ArticleTable


def shown(app: object) -> tuple[list[str], int]:
    screen = app.screen  # type: ignore[attr-defined]
    assert isinstance(screen, LibraryScreen)
    table = screen.query_one(ArticleTable)
    return [label for _, label, _ in table.columns], sum(w + 2 for _, _, w in table.columns)


async def test_the_date_stays_on_screen_at_60_columns(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    shutil.copytree(COVERAGE_MIX, corpus)
    app = make_app(corpus=corpus)
    # (130 columns: at 120 the 27-cell ids would show cut to 24 beside a Noise column, which from
    # 90 columns up shows only beside whole ids too: t13ae P19, round s37-z4)
    async with app.run_test(size=(130, 40)) as pilot:
        await settle(pilot)
        labels, width = shown(app)
        assert labels == ["Folder", "Doc", "Outlet", "Title", "Date", "Words", "Ent.", "Noise"] and width <= 130
        for size, expected in (
            ((60, 20), ["Doc", "Outlet", "Title", "Date"]),
            # the folder and the counts come back only beside whole ids (t13u F13; the folder too
            # since round s49-u, t13aq N23: one rule at every width)
            ((80, 24), ["Doc", "Outlet", "Title", "Date"]),
            ((120, 40), ["Folder", "Doc", "Outlet", "Title", "Date", "Words", "Ent."]),
            ((130, 40), ["Folder", "Doc", "Outlet", "Title", "Date", "Words", "Ent.", "Noise"]),
        ):
            await pilot.resize_terminal(*size)
            await settle(pilot)
            labels, width = shown(app)
            assert labels == expected and width <= size[0], (size, labels, width)
            # The dates are drawn, inside the screen.
            shot = app.export_screenshot().replace("&#160;", " ")
            assert "4 Sep 2025" in shot, size


async def test_an_undated_corpus_keeps_its_counts_instead(tmp_path: Path) -> None:
    # No article has a date (the bundled seeds): an empty Date column is the first to go; the
    # counts show only beside whole ids (round s49-u), so at 60 columns, where the seeds' 20-cell
    # ids are cut, the doc, outlet and title have the width, and at 120, beside whole ids, the counts are back (and
    # the empty Date column with them, as README's library rule says).
    app = make_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        labels, width = shown(app)
        assert labels == ["Doc", "Outlet", "Title"]
        assert width <= 60
        await pilot.resize_terminal(120, 40)
        await settle(pilot)
        labels, width = shown(app)
        assert labels[:3] == ["Doc", "Outlet", "Title"] and "Words" in labels and "Ent." in labels
        assert width <= 120
