"""The reader shows a Markdown paragraph's lines as one paragraph, reflowed to the view's width:
a line ending a sentence over a capitalised one, and a line breaking before a link, run on in the
flow of the sentence (t13ag N13); a search jump into such a paragraph lands on its word."""

from __future__ import annotations

from pathlib import Path

import pytest
from jumps import assert_lands
from snapshot_app import settle

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import StartOptions, WaicReaderApp
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.article_view import ArticleView

FILLER = "The inspectors returned on {n} to count the exits, the stairwells and the extinguishers once more."

ARTICLE = """---
title: Factory fire explainer
outlet: Garment Watch
---
# Factory fire explainer

{filler}

## Locked exits

Fire official Anwar Kabir said stairwell doors on two floors were locked.
Factory owner Rezaul Haque denied this, saying "no door was locked".

The toll rose to 21 workers, according to the
[Fire Service and Civil Defence](https://fscd.example). Zorvath inspectors
arrived at noon.
"""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "md"
    folder.mkdir()
    filler = "\n\n".join(FILLER.format(n=f"day {i}") for i in range(16))
    (folder / "explainer.md").write_text(ARTICLE.format(filler=filler), "utf-8")
    return folder


def drawn_rows(view: ArticleView, offset: int) -> list[str]:
    """The rows drawn for the block holding ``offset``."""
    block = view.view_for_offset(offset)
    assert block is not None
    return ["".join(seg.text for seg in strip).strip() for strip in view.block_lines(block)]


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
async def test_paragraph_lines_flow_as_one_paragraph_and_a_jump_into_it_lands(
    corpus: Path, size: tuple[int, int]
) -> None:
    app = WaicReaderApp(Workspace(corpus), StartOptions(), save_settings=False)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"Zorvath", "enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.loaded is not None
        text = reader.loaded.article.text
        assert_lands(reader, text.index("Zorvath"))  # far below the fold, in a joined paragraph
        view = reader.query_one(ArticleView)
        # Each paragraph is one block, drawn as one flowing text: no row ends where a line of the
        # source did, and the link is its text inside the sentence.
        for first, last, flowing in (
            ("Fire official", "no door", "were locked. Factory owner Rezaul Haque denied this"),
            ("The toll", "arrived", "according to the Fire Service and Civil Defence. Zorvath inspectors arrived"),
        ):
            assert view.view_for_offset(text.index(first)) is view.view_for_offset(text.index(last))
            rows = drawn_rows(view, text.index(first))
            assert flowing in " ".join(rows)
            assert not any("](" in row or row.startswith("[") for row in rows)
