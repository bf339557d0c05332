"""A Markdown pipe table in the reader (t13y G13): its rows without bars, a two-column row as a
fact box's line, the header row in bold, the separator row not drawn at all."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import settle

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import StartOptions, WaicReaderApp
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.article_view import ArticleView

ARTICLES = {
    "analysis.md": "---\ntitle: Why the roof gave way\n---\n\nThe collapse trapped seventeen miners on Monday.\n\n"
    "| Figure | Value |\n|---|---|\n| Depth of the refuge chamber | 420 m |\n| Rescue shaft width | 60 cm |\n",
    "dam.md": "---\ntitle: The dam\n---\n\nThe dam above Kellby broke on Monday night.\n\n"
    "Messgröße | Wert | Quelle\n:-- | --: | ---\nHöhe des Damms | 48 m | Behörde\n",
}


@pytest.mark.parametrize(
    ("doc", "header", "row"),
    [
        ("analysis", "Figure · Value", "Depth of the refuge chamber: 420 m"),
        ("dam", "Messgröße · Wert · Quelle", "Höhe des Damms · 48 m · Behörde"),
    ],
)
async def test_the_reader_draws_rows_without_syntax(tmp_path: Path, doc: str, header: str, row: str) -> None:
    folder = tmp_path / "md"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, "utf-8")
    app = WaicReaderApp(Workspace(folder), StartOptions(open_doc=doc), save_settings=False)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.loaded is not None
        view = reader.query_one(ArticleView)
        lines = [
            ["".join(seg.text for seg in strip), " ".join(str(seg.style) for seg in strip)]
            for block in view.block_views
            for strip in view.block_lines(block)
        ]
        drawn = [text.strip() for text, _style in lines]
        assert header in drawn and row in drawn
        assert not any("|" in t or "---" in t or ":--" in t for t in drawn)
        assert "" not in drawn[drawn.index(header) : drawn.index(row)]  # no line left for the separator
        assert "bold" in lines[drawn.index(header)][1]
