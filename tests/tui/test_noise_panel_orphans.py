"""The boilerplate panel says when a mark on the article matches no block of it now (t13c
fault 5): reported, a name line marked, the folder renamed, then that line (and the body) edited;
the panel said nothing. Variants: the block edited in place with most of the text rewritten, and
a second mark still matching (only the lost one is said). Invented articles.
"""

from __future__ import annotations

from pathlib import Path

from snapshot_app import make_app, settle
from textual.widgets import Static

from waic_reader.index.workspace import Workspace
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.noise_panel import NoisePanel

BRIEF = (
    "Brief: ferry trials\n\nKelmport Courier\n\nApril 2, 2026\n\nOrla Tennant said the new ferry passed its trials.\n"
)


async def panel_line(corpus: Path) -> str:
    app = make_app(open_doc="brief-01", corpus=corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        await pilot.press("b")
        await settle(pilot)
        said = reader.query_one(NoisePanel).query_one(".panel-orphans", Static)
        return str(said.render()) if said.display else ""  # shown only when a mark is lost


def corpus_with_mark(tmp_path: Path, *marks: str) -> Path:
    corpus = tmp_path / "c1"
    corpus.mkdir()
    (corpus / "brief-01.txt").write_text(BRIEF, "utf-8")
    for text in marks:
        Workspace(corpus).mark_block("brief-01", text, "content")
    return corpus


async def test_renamed_folder_then_marked_line_edited(tmp_path: Path) -> None:
    corpus = corpus_with_mark(tmp_path, "Kelmport Courier").rename(tmp_path / "c1-renamed")
    path = corpus / "brief-01.txt"
    path.write_text(BRIEF.replace("Kelmport Courier", "Kelmport Courier Online").replace("passed", "failed"), "utf-8")
    said = await panel_line(corpus)
    assert "1 of your marks no longer matches any block" in said and "Kelmport Courier" in said, said


async def test_rewritten_in_place_only_the_lost_mark_said(tmp_path: Path) -> None:
    corpus = corpus_with_mark(tmp_path, "Kelmport Courier", "April 2, 2026")
    (corpus / "brief-01.txt").write_text(BRIEF.replace("Kelmport Courier", "Kelmport Herald"), "utf-8")
    said = await panel_line(corpus)
    assert "1 of your marks" in said and "Kelmport Courier" in said and "April" not in said, said
