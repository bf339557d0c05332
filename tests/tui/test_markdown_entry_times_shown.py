"""The reader shows a Markdown live blog's entry times as headings (issue 13, s18): "## 18:00"
was split off as a date stamp and hidden. Shown rendered ("18:00", in the heading style, no
"##"), while the article's text and its offsets stay the Markdown as written."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import settle

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import StartOptions, WaicReaderApp
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.article_view import ArticleView

HEADS = ["## 18:00", "## 18:42 Update", "### 9.15am", "## 14:05 GMT — Minister speaks"]
ENTRIES = [
    "The Met Office has extended its amber warning for wind until midnight, covering the Lorne peninsula.",
    "Harbour master Tom Ellery says all sailings from Carrow are cancelled until Saturday morning.",
    "Crews began clearing fallen trees from the Carrow road as the wind dropped overnight.",
    "The transport minister, Ana Koval, told reporters the coast road would reopen by Sunday.",
]
TEXT = (
    '---\ntitle: "Storm Ardel live: ferries cancelled"\noutlet: Coast Herald\n---\n\n'
    "# Storm Ardel live: ferries cancelled\n\n"
    "Gales of up to 90mph are battering the west coast, with **ferries** cancelled.\n\n"
    + "".join(f"{h}\n\n{e}\n\n" for h, e in zip(HEADS, ENTRIES))
)


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "live"
    root.mkdir()
    (root / "ardel.md").write_text(TEXT, "utf-8")
    return root


async def test_entry_time_headings_show_as_headings(corpus: Path) -> None:
    ws = Workspace(corpus)
    app = WaicReaderApp(ws, StartOptions(open_doc="ardel"), save_settings=False)
    async with app.run_test(size=(100, 50)) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.loaded is not None
        text = reader.loaded.article.text
        view = reader.query_one(ArticleView)
        shown = {v.block.text: v for v in view.block_views}
        for head in HEADS:
            block = shown.get(head)
            assert block is not None, f"{head!r} hidden"
            assert block.block.kind == "heading"
            assert block.shown_text == head.lstrip("#").strip()
            # Offsets point into the Markdown as written.
            assert text[block.block.start : block.block.end] == head
            segments = [seg for strip in view.block_lines(block) for seg in strip]
            drawn = "".join(seg.text for seg in segments)
            assert head.lstrip("#").strip() in drawn and "#" not in drawn
            # In the heading style (bold), as every heading.
            assert all(seg.style is not None and seg.style.bold for seg in segments if seg.text.strip())
        assert not any(start <= text.index(HEADS[0]) < end for start, end in reader.loaded.analysis.noise_spans())
