"""A stacked view (the reader's article, compare's aligned rows) filled while it shows nothing
lays its items out once, for the width left beside the vertical scrollbar the content is about
to get, rather than for the full width and then again a frame later once Textual shows the
scrollbar (every item measured twice, a second layout and paint pass on opening an article or a
comparison). Content that fits is laid out for the full width, with no scrollbar; and a view
whose scrollbar goes away lays out again for the wider width."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.content import Content

from waic_reader.index.corpus.blocks import Block
from waic_reader.tui.widgets.aligned_view import AlignedRow, AlignedView, Cell
from waic_reader.tui.widgets.article_view import ArticleView

SENTENCE = "The harbour council voted on the ferry budget after a long debate about the pier. "


class CountingAligned(AlignedView):
    def __init__(self) -> None:
        super().__init__(id="view")
        self.measured: list[int] = []

    def _measure(self, width: int) -> int:
        self.measured.append(width)
        return super()._measure(width)


class CountingArticle(ArticleView):
    def __init__(self) -> None:
        super().__init__(id="view")
        self.measured: list[int] = []

    def _measure(self, width: int) -> int:
        self.measured.append(width)
        return super()._measure(width)


class OneView(App[None]):
    def __init__(self, view: AlignedView | ArticleView) -> None:
        super().__init__()
        self.view = view

    def compose(self) -> ComposeResult:
        yield self.view


def rows(count: int, sentences: int) -> list[AlignedRow]:
    text = SENTENCE * sentences
    return [AlignedRow(Cell(Content(text)), "0.90", Cell(Content(text)), False) for _ in range(count)]


def blocks(count: int, sentences: int) -> list[Block]:
    out, start = [], 0
    for _ in range(count):
        text = (SENTENCE * sentences).strip()
        out.append(Block(start, start + len(text), "paragraph", text))
        start += len(text) + 2
    return out


def drawn_widths(view: AlignedView | ArticleView) -> set[int]:
    return {view.render_line(y).cell_length for y in range(view.scrollable_content_region.height)}


async def test_aligned_rows_taller_than_the_view_are_laid_out_once_beside_the_scrollbar() -> None:
    for size, count in (((120, 40), 60), ((60, 20), 12)):
        view = CountingAligned()
        app = OneView(view)
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            view.measured.clear()
            view.show(rows(count, 3))
            await pilot.pause()
            await pilot.pause()
            assert view.show_vertical_scrollbar
            width = view.scrollable_content_region.width
            assert width == size[0] - view.styles.scrollbar_size_vertical
            assert view.measured == [width], (size, view.measured)
            assert drawn_widths(view) == {width}
            assert view.virtual_size.height == view.row_top(count - 1) + view._heights[-1] + 1


async def test_aligned_rows_that_fit_take_the_full_width_without_a_scrollbar() -> None:
    view = CountingAligned()
    app = OneView(view)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        view.measured.clear()
        view.show(rows(3, 1))
        await pilot.pause()
        await pilot.pause()
        assert not view.show_vertical_scrollbar
        assert view.measured == [120]
        assert drawn_widths(view) == {120}


async def test_article_blocks_laid_out_once_and_again_when_the_scrollbar_goes() -> None:
    view = CountingArticle()
    app = OneView(view)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.pause()
        view.measured.clear()
        await view.show_blocks(blocks(12, 4), set(), [])
        await pilot.pause()
        await pilot.pause()
        assert view.show_vertical_scrollbar
        width = view.scrollable_content_region.width
        assert view.measured == [width]  # 60 less the padding (2 + 2) and the scrollbar
        assert width == 60 - 4 - view.styles.scrollbar_size_vertical
        lines = sum(len(b.wrapped(width)) for b in view.block_views)
        assert view.virtual_size.height == lines + len(view.block_views)  # a blank line after each
        # A short article next: its content fits, the scrollbar goes, the text takes the width back.
        view.measured.clear()
        await view.show_blocks(blocks(1, 1), set(), [])
        await pilot.pause()
        await pilot.pause()
        assert not view.show_vertical_scrollbar
        assert view.scrollable_content_region.width == 56
        assert view.measured[-1] == 56
        assert drawn_widths(view) == {56}
