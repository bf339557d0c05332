"""The entity panel keeps each name and its count on one line at any width (#13 re-test, item 9:
at 60x20 "Geoffrey Hinton" and its count "1" took two lines): a name too long for the panel is
cut with "…", the count always shown at its end."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import settle
from textual.widgets import OptionList

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.reader import ReaderScreen

TEXT = (
    "Ferry inquiry opens\n\n"
    "Geoffrey Hinton and Maximiliana Oberhausen-Castellanos spoke at the Kellport inquiry on Monday, "
    "where Hiroshi Ueda of the Nordsea Harbour Authority gave evidence.\n\n"
    "Hiroshi Ueda said the ferry had listed suddenly.\n"
)


@pytest.mark.parametrize("size", [(60, 20), (120, 40), (48, 20)])
async def test_each_entry_is_one_line_with_its_count(tmp_path: Path, size: tuple[int, int]) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "inquiry.txt").write_text(TEXT, "utf-8")
    app = WaicReaderApp(Workspace(corpus, index_dir=tmp_path / "ix"), save_settings=False)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        await pilot.press("e")
        await settle(pilot)
        options = reader.query_one("#entity-panel").query_one(OptionList)
        assert options.size.width > 0
        # The list as drawn, its border (the focus bar) taken off.
        lines = [strip.text.strip("▊▎▔▁ ") for strip in options.render_lines(options.region.reset_offset)]
        entries = [t for t in lines if t[-1:].isdigit()]
        names = {"Geoffrey Hinton": "1", "Hiroshi Ueda": "2"}
        for name, count in names.items():
            # On one line: the name (or its start, cut with "…") and then its count.
            line = next(t for t in entries if name[:6] in t)
            assert line.endswith(count), lines
            assert name in line or "…" in line, lines
        # No line is a count alone (wrapped off its name).
        assert not any(t.strip().isdigit() for t in lines), lines
