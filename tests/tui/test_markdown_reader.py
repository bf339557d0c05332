"""Markdown articles in the reader: shown rendered (no ``**``, ``[..](..)``, ``#``), while every
offset (search matches, entities, jumps) still points into ``show --json`` ``text``."""

from __future__ import annotations

from pathlib import Path

import pytest
from jumps import assert_lands
from snapshot_app import settle

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import StartOptions, WaicReaderApp
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.article_view import ArticleView, ShownBlock

FILLER = (
    "The council met again on {n} to hear residents on the timetable, the fares and the "
    "cycle racks, and agreed to publish the minutes within a week of the meeting."
)

ARTICLE = """---
title: Ferry plan approved
outlet: Harbour Wire
date: 2025-03-03
---
# Ferry plan approved

{filler}

## What the report says

Officials of the **Zephyrine ferry service** cited [the Quillon harbour report](https://q.example/r_(2)) and
_three_ other studies.

- The plan costs **$3 million**
- It starts in *May*
"""


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "md"
    folder.mkdir()
    filler = "\n\n".join(FILLER.format(n=f"day {i}") for i in range(14))
    (folder / "ferry.md").write_text(ARTICLE.format(filler=filler), "utf-8")
    (folder / "other.md").write_text("# Other\n\nNothing about boats here, only **trains**.\n", "utf-8")
    return folder


def shown_lines(view: ArticleView, block: ShownBlock) -> list[list[tuple[str, str]]]:
    """Each rendered line of a block: its segments' (text, style) as drawn."""
    return [[(seg.text, str(seg.style)) for seg in strip] for strip in view.block_lines(block)]


def test_show_json_text_is_the_markdown_as_written(corpus: Path) -> None:
    ws = Workspace(corpus)
    article = ws.corpus.article("ferry")
    assert "**Zephyrine ferry service**" in article.text and article.text.startswith("# Ferry plan approved")
    assert article.format == "markdown"


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
@pytest.mark.parametrize("word", ["Zephyrine", "Quillon"])
async def test_match_inside_bold_or_link_is_highlighted_on_its_characters(
    corpus: Path, size: tuple[int, int], word: str
) -> None:
    ws = Workspace(corpus)
    app = WaicReaderApp(ws, StartOptions(), save_settings=False)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("slash", *word, "enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.loaded is not None
        text = reader.loaded.article.text
        start = text.index(word)
        assert reader.loaded.matches == [(start, start + len(word))] and reader.current == 0
        # The jump lands: the match is on screen, near the top (the filler puts it far below the fold).
        assert_lands(reader, start)
        view = reader.query_one(ArticleView)
        block = view.view_for_offset(start)
        assert block is not None and block.shown is not None
        lines = shown_lines(view, block)
        drawn = "".join(t for line in lines for t, _ in line)
        assert "**" not in drawn and "](" not in drawn and "[the" not in drawn
        # The current-match colours sit on exactly the word's characters, on the row the jump used.
        current_bg = app.get_css_variables()["hl-current-bg"].lower()
        marked = [(y, t) for y, line in enumerate(lines) for t, style in line if f"on {current_bg}" in style]
        assert "".join(t for _, t in marked) == word
        row = view.block_row(block) + marked[0][0]
        assert view.row_of_offset(start) == row
        # Headings and list markers are shown without their syntax too.
        shown = [v.shown_text for v in view.block_views]
        assert "Ferry plan approved" in shown and "What the report says" in shown
        assert "• The plan costs $3 million" in shown and not any(s.startswith(("#", "- ")) for s in shown)


async def test_entity_spans_stay_on_their_words(corpus: Path) -> None:
    """Entity tints (offsets into the Markdown text) land on the same words when shown."""
    ws = Workspace(corpus)
    app = WaicReaderApp(ws, StartOptions(open_doc="ferry"), save_settings=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.loaded is not None
        view = reader.query_one(ArticleView)
        text = reader.loaded.article.text
        checked = 0
        for m in reader.loaded.analysis.mentions:
            block = view.view_for_offset(m.start)
            if m.noise or block is None or block.shown is None:
                continue
            s, e = block.shown_offset(m.start), block.shown_offset(m.end)
            if s == e:
                continue  # wholly inside hidden syntax (a number in a link's URL): nothing to tint
            assert block.shown_text[s:e] == text[m.start : m.end].replace("**", "").replace("*", ""), m
            checked += 1
        assert checked
