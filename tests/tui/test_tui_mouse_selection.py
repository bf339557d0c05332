"""Selecting article text with the mouse (press, drag, release) and copying it: in the reader and
in both compare layouts. The text copied is the text under the drag, whatever the wrapping and
the scroll; ``y`` and ``ctrl+c`` copy it and say so; with nothing selected ``y`` copies the
sentence as before."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from snapshot_app import make_app, settle
from textual.pilot import Pilot

from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.compare import CompareScreen
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.aligned_view import AlignedView
from waic_reader.tui.widgets.article_view import ArticleView

WORDS = "harbour ferry council tide pier mooring vote union budget spring dock crane".split()


def paragraph(n: int, sentences: int = 5) -> str:
    """A paragraph of distinct words (paragraph ``n``), several lines long at 96 cells."""
    return " ".join(
        f"Paragraph {n} sentence {k} says the {WORDS[(n + k) % len(WORDS)]} matters to {WORDS[(n * k) % len(WORDS)]} people."
        for k in range(1, sentences + 1)
    )


def write_corpus(root: Path) -> Path:
    root.mkdir(parents=True)
    paras = [paragraph(n) for n in range(1, 13)]
    (root / "a.txt").write_text("Harbour plan\n\n" + "\n\n".join(paras) + "\n", "utf-8")
    other = [paragraph(n) if n % 3 else paragraph(n + 40) for n in range(1, 13)]
    (root / "b.txt").write_text("Harbour plan, again\n\n" + "\n\n".join(other) + "\n", "utf-8")
    return root


def record(app: WaicReaderApp) -> tuple[list[str], list[str]]:
    copied: list[str] = []
    notices: list[str] = []
    notify = app.notify

    def note(message: str, *args: Any, **kwargs: Any) -> None:
        notices.append(str(message))
        notify(message, *args, **kwargs)

    app.copy_to_clipboard = copied.append  # type: ignore[method-assign]
    app.notify = note  # type: ignore[method-assign]
    return copied, notices


def words(text: str) -> str:
    return " ".join(text.split())


def screen_line(view: ArticleView | AlignedView, y: int) -> str:
    """The text of the view's content line ``y`` (0 = its first line on screen)."""
    return view.render_line(y).text


async def drag(pilot: Pilot[None], widget: Any, start: tuple[int, int], end: tuple[int, int]) -> None:
    """Press at ``start``, move to ``end`` and release there (offsets in ``widget``'s region)."""
    await pilot.mouse_down(widget, offset=start)
    await pilot.hover(widget, offset=end)
    await pilot.mouse_up(widget, offset=end)
    await pilot.pause()


async def open_reader(pilot: Pilot[None], app: WaicReaderApp) -> ArticleView:
    await settle(pilot)
    app.push_screen(ReaderScreen("a"))
    await settle(pilot)
    assert isinstance(app.screen, ReaderScreen)
    return app.screen.query_one(ArticleView)


def background(view: ArticleView, y: int, x: int) -> object:
    """The background colour drawn at column ``x`` of the view's content line ``y``."""
    column = 0
    for segment in view.render_line(y):
        if column <= x < column + segment.cell_length:
            return segment.style.bgcolor if segment.style is not None else None
        column += segment.cell_length
    raise AssertionError(f"no column {x} on line {y}")


async def test_a_drag_over_lines_of_a_paragraph_selects_that_text_and_y_copies_it(tmp_path: Path) -> None:
    app = make_app(corpus=write_corpus(tmp_path / "c"))
    async with app.run_test(size=(120, 40)) as pilot:
        view = await open_reader(pilot, app)
        top, left = view.styles.padding.top, view.styles.padding.left
        block = view.block_views[3]
        row = view.block_row(block) - round(view.scroll_y)
        first, third = screen_line(view, row), screen_line(view, row + 2)
        await drag(pilot, view, (left + 4, top + row), (left + 10, top + row + 2))
        expected = words(first[4:] + " " + screen_line(view, row + 1) + " " + third[:11])
        assert words(app.screen.get_selected_text() or "") == expected
        assert expected.startswith(first[4:].split()[0]) and block.shown_text.find(expected[:30]) >= 0
        inside = [(row, 4), (row + 1, 0), (row + 2, 10)]
        outside = [(row, 3), (row + 2, 11)]
        drawn = {at: background(view, *at) for at in inside + outside}
        copied, notices = record(app)
        await pilot.press("y")
        await pilot.pause()
        assert [words(c) for c in copied] == [expected]
        assert notices[-1].startswith("Copied the selection: ")
        # drawn as selected: from the character pressed on to the one released on
        app.screen.clear_selection()
        await pilot.pause()
        assert all(background(view, *at) != drawn[at] for at in inside)
        assert all(background(view, *at) == drawn[at] for at in outside)


async def test_a_drag_from_the_margin_to_the_gap_after_the_next_paragraph_copies_both_with_ctrl_c(
    tmp_path: Path,
) -> None:
    app = make_app(corpus=write_corpus(tmp_path / "c"))
    async with app.run_test(size=(120, 40)) as pilot:
        view = await open_reader(pilot, app)
        view.scroll_to(y=6, animate=False, immediate=True)  # scrolled: the offsets still hold
        await pilot.pause()
        top = view.styles.padding.top
        b1, b2 = view.block_views[2], view.block_views[3]
        row1 = view.block_row(b1) - round(view.scroll_y)
        row_gap = view.block_row(b2) + len(b2.wrapped(96)) - round(view.scroll_y)  # the blank line after b2
        assert screen_line(view, row_gap).strip() == ""
        # press in the left margin (the widget's padding) of b1's second line
        await drag(pilot, view, (0, top + row1 + 1), (30, top + row_gap))
        copied, notices = record(app)
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert len(copied) == 1
        part1, part2 = copied[0].split("\n\n")
        assert part2 == b2.shown_text
        assert words(part1) == words(" ".join(screen_line(view, row1 + k) for k in range(1, len(b1.wrapped(96)))))
        assert b1.shown_text.endswith(part1)
        assert notices[-1].startswith("Copied the selection: ")
        # a click clears the selection: y copies a sentence again
        await pilot.click(view, offset=(10, top + row1))
        await pilot.pause()
        assert app.screen.get_selected_text() in (None, "")
        await pilot.press("y")
        await pilot.pause()
        assert notices[-1].startswith("Copied the sentence: ")


async def test_in_compare_a_drag_down_one_side_copies_that_side_only(tmp_path: Path) -> None:
    app = make_app(corpus=write_corpus(tmp_path / "c"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.push_screen(CompareScreen("a", "b"))
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen) and screen.synced
        view = screen.query_one(AlignedView)
        rows = view.rows
        r = next(
            i
            for i in range(1, len(rows) - 1)
            if rows[i].a.content.plain
            and rows[i + 1].a.content.plain
            and rows[i].b.content.plain
            and not rows[i].a.continued
            and not rows[i + 1].a.continued
        )
        top = view.styles.padding.top
        y0, y1 = view.row_top(r) - round(view.scroll_y), view.row_top(r + 1) - round(view.scroll_y)
        x0 = 2 if rows[r].a.only else 1  # where the text starts: after the edge mark and a space
        await drag(pilot, view, (x0 + 3, top + y0), (8, top + y1))
        text = app.screen.get_selected_text() or ""
        parts = text.split("\n\n")
        assert len(parts) == 2, parts  # A's two cells, not B's cell between them
        assert rows[r].a.content.plain.endswith(parts[0]) and len(parts[0]) == len(rows[r].a.content.plain) - 3
        assert rows[r + 1].a.content.plain.startswith(parts[1]) and parts[1]
        # the free panes select as the reader does
        await pilot.press("y")
        await settle(pilot)
        pane = screen.query_one("#free-a", ArticleView)
        block = pane.block_views[1]
        row = pane.block_row(block) - round(pane.scroll_y)
        left = pane.styles.padding.left
        line = screen_line(pane, row)
        await drag(pilot, pane, (left + 2, pane.styles.padding.top + row), (left + 12, pane.styles.padding.top + row))
        assert app.screen.get_selected_text() == line[2:13]


async def test_a_selection_goes_when_the_reader_moves_to_another_article(tmp_path: Path) -> None:
    # The selection's pieces pointed into the article it was made on: after ] to a one-paragraph
    # result, y raised IndexError (the app crashed); onto a longer one it copied unselected text.
    root = write_corpus(tmp_path / "c")
    (root / "z.txt").write_text("Short one\n\nOnly one paragraph here about the harbour.\n", "utf-8")
    app = make_app(corpus=root)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        for results in (["a", "z"], ["a", "b"]):
            app.push_screen(ReaderScreen("a", results=results))
            await settle(pilot)
            view = app.screen.query_one(ArticleView)
            top, left = view.styles.padding.top, view.styles.padding.left
            await drag(pilot, view, (left + 2, top + 2), (left + 10, top + 30))
            assert app.screen.get_selected_text()
            await pilot.press("right_square_bracket")
            await settle(pilot)
            assert app.screen.doc == results[1] and app.screen.get_selected_text() in (None, "")
            copied, notices = record(app)
            await pilot.press("y")
            await pilot.pause()
            assert notices[-1].startswith("Copied the sentence: ") and len(copied) == 1
            await pilot.press("escape")
            await settle(pilot)


async def test_a_selection_goes_when_compare_swaps_its_sides(tmp_path: Path) -> None:
    app = make_app(corpus=write_corpus(tmp_path / "c"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.push_screen(CompareScreen("a", "b"))
        await settle(pilot)
        view = app.screen.query_one(AlignedView)
        top = view.styles.padding.top
        await drag(pilot, view, (3, top + 2), (20, top + 20))
        assert app.screen.get_selected_text()
        await pilot.press("s")
        await settle(pilot)
        assert app.screen.get_selected_text() in (None, "")
        copied, _ = record(app)
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert copied == []
