"""A jump near the end of an article a little taller than the view adds blank lines below it
(so the target is three lines from the top); when the view then grows and the article fits it
(t13q F14: a notice gone at 60x20; here the terminal made taller), those lines go and the
article is shown whole from its first line. Reported: the view kept them and stayed scrolled
part-way, the target six lines down, neither where it is nor near the top. Any script."""

from __future__ import annotations

from pathlib import Path

import pytest
from jumps import visible_row
from snapshot_app import make_app, settle

from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.article_view import CONTEXT_ROWS, ArticleView

PARAGRAPHS = {
    "en": ["Ferry {n} left the harbour on time.", "Target Quillon waited on the pier.", "Quillon"],
    "ja": ["第{n}便のフェリーは定刻に出航した。", "ナカムラさんは桟橋で待っていた。", "ナカムラ"],
    "zh": ["第{n}班渡轮准时离开港口。", "渔港码头上有人在等候。", "渔港码头"],
}


@pytest.mark.parametrize("script", sorted(PARAGRAPHS))
@pytest.mark.parametrize(("size", "taller", "count"), [((60, 20), (60, 30), 8), ((120, 40), (120, 56), 17)])
async def test_a_jump_then_a_view_the_article_fits_shows_it_whole(
    tmp_path: Path, script: str, size: tuple[int, int], taller: tuple[int, int], count: int
) -> None:
    line, target, word = PARAGRAPHS[script]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    body = [line.format(n=n + 1) for n in range(count)] + [target]
    (corpus / f"short-{script}.txt").write_text("Ferry report\n\n" + "\n\n".join(body) + "\n", "utf-8")
    app = make_app(corpus=corpus)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("slash", *word, "enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        view = reader.query_one(ArticleView)
        start, _end = reader.targets()[reader.current]
        assert visible_row(reader, start) == CONTEXT_ROWS  # taller than the view: near the top
        await pilot.resize_terminal(*taller)
        await settle(pilot)
        height = view.scrollable_content_region.height
        assert view.row_of_offset(view.block_views[-1].block.end - 1) < height  # it fits now
        assert view.scroll_y == 0, (view.scroll_y, view.virtual_size.height, height)
        assert view.virtual_size.height <= height
        assert visible_row(reader, start) is not None
