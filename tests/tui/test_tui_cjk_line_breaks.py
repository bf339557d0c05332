"""CJK text is wrapped so that no line begins with closing punctuation, and a jump into CJK text
lands its target three lines from the top (t13q F14). Reported: at 60x20, ``/`` 관광객 ``enter``
on nhk-jp wrapped the paragraph above as "…ということです" / "。", and the target was the 6th
line of the view: the view had grown after the jump (the article fitting it then) but kept the
blank lines the jump added below the article, so it stayed scrolled part-way.

Rich folds a run of text without spaces at the width, whatever the character; the reader now
moves such a break back (the line's last character goes down with the punctuation). Checked on
what is drawn: every line of every block, and the line at the target's row."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest
from jumps import visible_row
from snapshot_app import make_app, settle

from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.article_view import CONTEXT_ROWS, ArticleView

FIXTURES = Path(__file__).parent.parent / "fixtures" / "cjk_wrap"
SIZES = [(60, 20), (120, 40)]
# Closing punctuation, quotes and brackets no CJK line may begin with (kinsoku shori).
NO_LINE_START = "、。，．・：；？！）］｝〕〉》」』】〙〗〟"

JA = (
    "市の委員会は、新しい橋の建設計画について、住民への説明会を来月開くと発表しました。"
    "計画では、川の両岸を結ぶ道路が整備され、通勤の時間が短くなるということです。"
    "一方で、工事の費用や環境への影響を心配する声も上がっています。"
    "漁業関係者は「魚が減るのではないか」と話しています。"
    "市は、来年の春までに詳しい調査の結果をまとめる方針です。"
)
ZH = (
    "市政府表示，新的港口扩建工程将于明年春季开工，预计耗资约三十亿元。"
    "官员说，工程完成后，货物吞吐量将增加一倍，并为当地创造数千个就业机会。"
    "但环保团体担心，扩建会影响附近海域的渔业资源。"
    "据报道，当地居民对这一计划看法不一，部分渔民已经开始寻找新的工作。"
)
EN = (
    "The council said on Tuesday that the new bridge would open next spring. "
    "The debate about its cost and the traffic it would bring to the old town went on for a year. "
    "Residents on both banks will save twenty minutes on the way to work. "
    "Fishermen fear the works will drive the fish from the river mouth."
)


def write_article(corpus: Path, name: str, body: str, target: str, paragraphs: int = 30) -> None:
    """A long article of ``body`` paragraphs (each a little different), ``target`` in the last
    but three: it starts below the fold at both sizes."""
    rng = random.Random(7)
    parts = []
    for _ in range(paragraphs):
        # The body's sentences shuffled: no two paragraphs alike.
        pieces = body.split(". ") if body.isascii() else [p + "。" for p in body.split("。") if p]
        rng.shuffle(pieces)
        parts.append((". " if body.isascii() else "").join(pieces).rstrip(".") + ("." if body.isascii() else ""))
    parts[-4] += target
    (corpus / f"{name}.txt").write_text(f"{body[:12]}\n\n" + "\n\n".join(parts) + "\n", "utf-8")


def offsets_hold(view: ArticleView) -> bool:
    """Each drawn segment of text carries (in its style's meta) the offset of its first
    character in its block's text, as the mouse selection reads it."""
    for block in view.block_views:
        text = block.drawn_text
        for strip in view.block_lines(block):
            for segment in strip:
                meta = segment.style.meta if segment.style is not None else {}
                if "offset" in meta and not meta.get("margin") and segment.text.strip():
                    at = meta["offset"][0]
                    if text[at : at + len(segment.text)] != segment.text:
                        return False
    return True


def drawn_lines(view: ArticleView) -> list[str]:
    """Every line of every block as drawn (the text, the margins stripped)."""
    return [strip.text.strip() for block in view.block_views for strip in view.block_lines(block)]


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize(
    ("name", "word"),
    [("nhk-jp", "관광객"), ("ja-bridge", "ナカムラ"), ("zh-port", "渔港码头"), ("en-bridge", "Quillon")],
)
async def test_no_drawn_line_begins_with_closing_punctuation_and_the_jump_lands(
    tmp_path: Path, size: tuple[int, int], name: str, word: str
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    if name == "nhk-jp":
        shutil.copy(FIXTURES / "nhk-jp.txt", corpus / "nhk-jp.txt")
    else:
        body = {"ja": JA, "zh": ZH, "en": EN}[name[:2]]
        write_article(corpus, name, body, f" {word} " if name.startswith("en") else f"{word}。")
    app = make_app(corpus=corpus)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("slash", *word, "enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        view = reader.query_one(ArticleView)
        start, _end = reader.targets()[reader.current]
        lines = drawn_lines(view)
        bad = [line for line in lines if line[:1] in NO_LINE_START]
        assert not bad, bad
        assert not [line for line in lines if line[:1] in "。、，"]
        assert offsets_hold(view)
        row = visible_row(reader, start)
        assert row is not None, (view.row_of_offset(start), view.scroll_y)
        height = view.scrollable_content_region.height
        shown = [view.render_line(y).text for y in range(height)]
        assert word in shown[row], (row, [i for i, line in enumerate(shown) if word in line])
        fits = view.virtual_size.height <= height
        if name == "nhk-jp":
            # Short: it fits the view at both sizes, shown from its first line, whole.
            assert fits and view.scroll_y == 0
        else:
            assert view.row_of_offset(start) > height  # below the fold
            assert row == CONTEXT_ROWS
