"""A window of a long block takes only the highlights over it, found by their starts (s35-rv2 15:
each window scanned every highlight of the block: 9,000 quotes tinted on a 2 MB paragraph were
all looked at for each window drawn). Counted on what is read of the highlights, and checked on
what is drawn: every window joined is the block drawn whole, overlapping highlights of several
kinds in the same precedence (a later one over an earlier one), long ones across windows too."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from snapshot_app import make_app, settle
from test_long_block_windows import drawn, paragraph

from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.article_view import ArticleView
from waic_reader.tui.widgets.stacked_view import WINDOW_LINES

READS = [0]


class Counted(tuple):  # type: ignore[type-arg]
    """A highlight that counts how often its start or end is read."""

    def __getitem__(self, i):  # type: ignore[no-untyped-def]
        READS[0] += 1
        return super().__getitem__(i)


def highlights(text: str, layout: str) -> list[tuple[int, int, str]]:
    """Many highlights over ``text``: every word (``words``), every sentence and word of it
    (``nested``: a later kind over an earlier one), or words plus a few long spans running
    across many windows (``long``)."""
    words = [(m.start(), m.end()) for m in re.finditer(r"\w+", text)]
    if layout == "words":
        return [Counted((s, e, "bold")) for s, e in words]
    sentences = [(m.start(), m.end()) for m in re.finditer(r"[^.]+\.", text)]
    out = [Counted((s, e, "italic")) for s, e in sentences]
    out += [Counted((s, e, "reverse" if n % 2 else "underline")) for n, (s, e) in enumerate(words[::2])]
    if layout == "long":
        third = len(text) // 3
        out += [Counted((third - 5000, third + 9000, "strike")), Counted((10, len(text) - 10, "dim"))]
    return out


@pytest.mark.parametrize("layout", ["words", "nested", "long"])
async def test_each_window_reads_only_its_highlights(tmp_path: Path, layout: str) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "long.txt").write_text(f"Long paragraph\n\n{paragraph('en', 3000, 'Quillon')}\n", "utf-8")
    app = make_app(corpus=corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"Quillon", "enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        view = reader.query_one(ArticleView)
        block = max(view.block_views, key=lambda v: len(v.block.text))
        index = view.block_views.index(block)
        height = view._heights[index]
        at = block.block.start
        marks = [Counted((s + at, e + at, style)) for s, e, style in highlights(block.block.text, layout)]
        assert len(marks) > 3000
        view.restyle(marks)
        READS[0] = 0
        by_windows = [
            strip
            for first in range(0, height, WINDOW_LINES)
            for strip in view.block_lines(block, first, first + WINDOW_LINES)
        ]
        windows = -(-height // WINDOW_LINES)
        assert windows > 40
        # Each window reads its own highlights (and a few long ones), not all of them: the
        # block's highlights read a bounded number of times in all, never once per window.
        assert READS[0] < 8 * len(marks), (READS[0], len(marks), windows)
        assert drawn(by_windows) == drawn(view.block_lines(block))
