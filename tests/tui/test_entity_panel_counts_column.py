"""t13t F6: the entity panel's counts followed their names, each at its own column ("Isla Merced
3" / "Puerto Cald…  2" / "Elena Ríos Vidal  1"), hard to scan down the panel. Each count ends at
the entry's right edge, so a panel's counts make one column at every width (the reported names at
60x20 and 120x40, and invented names of other lengths, counts of two digits among them)."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import settle
from textual.widgets import OptionList

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.reader import ReaderScreen

REPORTED = (
    "Ferry fire off Isla Merced\n\n"
    "The ferry burned near Isla Merced on Tuesday. Elena Ríos Vidal, the captain, said the crew "
    "fought the fire for an hour before help came from Puerto Calder.\n\n"
    "Rodrigo Pellegrini of Naviera Austral S.A. said the ship would be towed to Puerto Calder, and "
    "Rodrigo Pellegrini added that Isla Merced's harbour was too small.\n\n"
    "Isla Merced has 400 residents.\n"
)
# Invented: one name mentioned ten times or more (a two-digit count), short and long names.
OURS = (
    "Harbour strike in Kellport\n\n"
    + " ".join(f"Ana Vos spoke at the {n}th meeting in Kellport." for n in range(1, 12))
    + "\n\nMaximiliana Oberhausen-Castellanos of the Nordsea Harbour Authority said Li Wen agreed.\n"
)


@pytest.mark.parametrize("size", [(60, 20), (120, 40)])
@pytest.mark.parametrize("text", [REPORTED, OURS], ids=["reported", "two-digit-counts"])
async def test_the_counts_make_one_column(tmp_path: Path, size: tuple[int, int], text: str) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "story.txt").write_text(text, "utf-8")
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
        lines = [strip.text.rstrip("▎ ").lstrip("▊▔▁") for strip in options.render_lines(options.region.reset_offset)]
        entries = [t for t in lines if t[-1:].isdigit() and not t.strip().isdigit()]
        assert len(entries) >= 3, lines
        ends = {len(t) for t in entries}
        assert len(ends) == 1, entries  # every count's last digit in one column
