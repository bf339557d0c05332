"""A very long block is drawn a window of lines at a time, the same as drawn whole (t13x/t13y F15).

Reported: a 2 MB plain-text article that is one paragraph froze the app for ~6 s after it was
shown, and again on every redraw: the reader styled, wrapped and drew the whole paragraph
(30,000 lines) to show one screenful. Now only the windows of ``WINDOW_LINES`` lines on screen
are drawn. Checked on what is drawn: every window of a long block, joined, is the block drawn
whole (text, styles, the offsets the mouse selection reads), for a Latin paragraph, a CJK one
(lines broken by kinsoku) and a Markdown one (marks across windows); a search jump deep into
the block lands on its line, and only windows near it are drawn.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from jumps import assert_lands
from snapshot_app import make_app, settle

from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.article_view import ArticleView
from waic_reader.tui.widgets.stacked_view import WINDOW_LINES

WORDS = "rescuers river bank council bridge water evening engineers morning crews pumps levee".split()
HAN = "市政府表示新的港口扩建工程将于明年春季开工预计耗资约三十亿元官员说货物吞吐量增加"


def paragraph(kind: str, sentences: int, target: str) -> str:
    """One long paragraph: ``sentences`` sentences (each different), ``target`` in the last tenth."""
    rng = random.Random(11)
    out = []
    for n in range(sentences):
        if kind == "zh":
            out.append("".join(rng.choice(HAN) for _ in range(rng.randint(12, 30))) + rng.choice("。，、"))
        else:
            words = [rng.choice(WORDS) for _ in range(rng.randint(6, 18))]
            if kind == "md" and n % 3 == 0:
                words[1] = f"**{words[1]} {words[2]}**"  # a mark that may cross a window's edge
            out.append(" ".join(words).capitalize() + ".")
        if n == sentences * 9 // 10:
            out.append(target + ("。" if kind == "zh" else "."))
    return ("" if kind == "zh" else " ").join(out)


def write(corpus: Path, kind: str, target: str) -> str:
    name = {"en": "long-en.txt", "zh": "long-zh.txt", "md": "long-md.md"}[kind]
    title = "# Long paragraph" if kind == "md" else "Long paragraph"
    (corpus / name).write_text(f"{title}\n\n{paragraph(kind, 900, target)}\n", "utf-8")
    return name


def drawn(strips: list) -> list[list[tuple[str, object]]]:
    return [[(segment.text, segment.style) for segment in strip] for strip in strips]


@pytest.mark.parametrize(("kind", "target"), [("en", "Quillon"), ("zh", "渔港码头"), ("md", "Quillon")])
@pytest.mark.parametrize("size", [(60, 20), (120, 40)])
async def test_long_block_drawn_by_windows_as_whole_and_a_jump_lands(
    tmp_path: Path, kind: str, target: str, size: tuple[int, int]
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write(corpus, kind, target)
    app = make_app(corpus=corpus)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("slash", *target, "enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        view = reader.query_one(ArticleView)
        block = max(view.block_views, key=lambda v: len(v.block.text))
        index = view.block_views.index(block)
        height = view._heights[index]
        assert height > 4 * WINDOW_LINES  # long enough to be drawn in windows
        # The jump: its target's line on screen, near the top, and only windows near it drawn.
        start, _end = reader.targets()[reader.current]
        assert_lands(reader, start)
        row = view.row_of_offset(start)
        assert row is not None
        shown = [view.render_line(y).text for y in range(view.scrollable_content_region.height)]
        assert any(target in line for line in shown), shown
        windows = [window for item, window in view._strips if item == index]
        assert windows and len(windows) <= 3, windows
        # Every window of the block, joined, is the block drawn whole: text, styles, offsets.
        whole = view.block_lines(block)
        assert len(whole) == height
        by_windows = [
            strip
            for first in range(0, height, WINDOW_LINES)
            for strip in view.block_lines(block, first, first + WINDOW_LINES)
        ]
        assert drawn(by_windows) == drawn(whole)
