"""The TUI says once, as plain text, when some of the user's noise marks match no block."""

from __future__ import annotations

from pathlib import Path

from snapshot_app import settle

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.reader import ReaderScreen


def make(corpus: Path, tmp_path: Path) -> tuple[WaicReaderApp, list[tuple[str, str]]]:
    app = WaicReaderApp(Workspace(corpus, tmp_path / "ix"), save_settings=False)
    shown: list[tuple[str, str]] = []
    real = app.notify

    def notify(message: str, **kw: object) -> None:
        shown.append((str(kw.get("title", "")), message))
        real(message, **kw)  # type: ignore[arg-type]

    app.notify = notify  # type: ignore[method-assign]
    return app, shown


def mark_last_paragraph(corpus: Path, tmp_path: Path) -> tuple[str, str]:
    """Mark a paragraph of one seed article as boilerplate; (doc, the paragraph)."""
    ws = Workspace(corpus, tmp_path / "ix")
    doc = ws.corpus.resolve("003")
    block = max(ws.corpus.article(doc).blocks, key=lambda b: len(b.text)).text
    assert ws.mark_block(doc, block, "noise") is None
    return doc, block


async def test_an_orphan_mark_is_one_plain_warning(seeds_copy: Path, tmp_path: Path) -> None:
    doc, block = mark_last_paragraph(seeds_copy, tmp_path)
    path = Workspace(seeds_copy, tmp_path / "ix").corpus.entries[doc].path
    edited = "[b]Edited[/b] " + block  # markup-like text stays text
    path.write_text(path.read_text("utf-8").replace(block, edited), "utf-8")
    app, shown = make(seeds_copy, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("enter")  # open an article and come back: still said once
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        await pilot.press("escape")
        await settle(pilot)
    warnings = [m for t, m in shown if t == "Noise marks"]
    assert len(warnings) == 1, shown
    assert warnings[0].startswith("1 of your boilerplate/content marks no longer matches any block (its text")
    assert f"{doc}: '{block[:20]}" in warnings[0]


async def test_marks_that_still_match_are_not_reported(seeds_copy: Path, tmp_path: Path) -> None:
    mark_last_paragraph(seeds_copy, tmp_path)
    moved = seeds_copy.rename(tmp_path / "renamed")
    app, shown = make(moved, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
    assert not [m for t, m in shown if t == "Noise marks"], shown
