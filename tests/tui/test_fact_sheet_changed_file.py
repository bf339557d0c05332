"""``enter`` on a fact-sheet value whose article was edited after the sheet was made: the figure
is looked for in the new text and the reader opens there (the figure in view, current); when the
new text no longer reports it, a notice says so and the reader opens at the top. Before, the
reader opened at the old offset, which points elsewhere in the edited text. (The reader looks
for it as it opens the article, as for n / N: see test_fact_steps_edited_files.py.)"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from snapshot_app import settle

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.fact_sheet import FactSheetScreen
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.article_view import ArticleView

SIZE = (120, 40)
NOTE = "Editor's note: this story was updated with new reporting from the conference floor.\n\n"


def add_note_on_top(text: str) -> str:
    return NOTE * 6 + text  # every offset moves, and the figure starts below the fold


def move_its_sentence_to_the_end(text: str) -> str:
    start = text.index("The three-day WAIC")
    end = text.index(".", text.index("robots", start)) + 1
    return NOTE + text[:start] + text[end:].lstrip() + "\n\n" + text[start:end] + "\n"


def reword_it(text: str) -> str:
    return NOTE * 6 + text.replace("over 800 companies", "more than 800 companies")


def drop_it(text: str) -> str:
    return NOTE + text.replace("over 800 companies", "hundreds of companies")


def prepare(seeds_copy: Path) -> tuple[WaicReaderApp, list[str]]:
    """The app on ``seeds_copy`` and the notices shown."""
    app = WaicReaderApp(Workspace(seeds_copy), save_settings=False)
    notices: list[str] = []
    notify = app.notify
    app.notify = lambda message, *a, **k: (notices.append(str(message)), notify(message, *a, **k))[1]  # type: ignore[method-assign]
    return app, notices


async def run(app: WaicReaderApp, pilot, edit: Callable[[str], str]) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    """Open the sheet on the 800-companies fact at doc 003's value, ``edit`` 003's file, press
    enter; returns the value's old offset and phrase once the reader is open."""
    while not app.index_ready:
        await pilot.pause(0.05)
    await settle(pilot)
    await pilot.press("f")
    await settle(pilot)
    screen = app.screen
    assert isinstance(screen, FactSheetScreen) and screen.sheet is not None
    row = next(
        i
        for i, f in enumerate(screen.rows)
        if any("800 companies" in v.text and v.doc.startswith("003") for v in f.values)
    )
    screen.query_one("#coverage-table").move_cursor(row=row)  # type: ignore[attr-defined]
    await settle(pilot)
    while not screen.current()[1].doc.startswith("003"):  # type: ignore[union-attr]
        await pilot.press("right")
    value = screen.current()[1]
    assert value is not None
    path = app.workspace.corpus.entries[value.doc].path
    path.write_text(edit(path.read_text("utf-8")), "utf-8")
    await pilot.press("enter")
    for _ in range(100):
        if isinstance(app.screen, ReaderScreen) and app.screen.loaded is not None:
            break
        await pilot.pause(0.05)
    await settle(pilot)
    assert isinstance(app.screen, ReaderScreen) and app.screen.doc == value.doc
    return value.start, value.text


def visible_rows(view: ArticleView) -> range:
    top = round(view.scroll_y)
    return range(top, top + view.scrollable_content_region.height)


@pytest.mark.parametrize("edit", [add_note_on_top, move_its_sentence_to_the_end, reword_it])
async def test_enter_finds_the_figure_in_the_edited_text(seeds_copy: Path, edit: Callable[[str], str]) -> None:
    app, notices = prepare(seeds_copy)
    async with app.run_test(size=SIZE) as pilot:
        old_start, _phrase = await run(app, pilot, edit)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.loaded is not None
        text = reader.loaded.article.text
        at, end = reader.targets()[reader.current]  # the figure, current
        assert at != old_start
        assert "800 companies" in text[at:end]  # found in its new place
        assert "value 2/3" in str(reader.query_one("#reader-status").render())
        view = reader.query_one(ArticleView)
        row = view.row_of_offset(at)
        assert row is not None and row in visible_rows(view) and row > 0  # and shows it
        assert any("found again" in n for n in notices)


async def test_enter_says_so_when_the_figure_is_gone(seeds_copy: Path) -> None:
    app, notices = prepare(seeds_copy)
    async with app.run_test(size=SIZE) as pilot:
        await run(app, pilot, drop_it)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        assert reader.current == -1 and "value –/2" in str(reader.query_one("#reader-status").render())
        assert round(reader.query_one(ArticleView).scroll_y) == 0
        assert any("no longer reports “over 800 companies”: opened at the top" in n for n in notices)
