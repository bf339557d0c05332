"""The entities × outlets matrix holds only the articles' columns in view (issue 13, round s39-p).

At 221 articles the matrix was a DataTable of ~225 columns, ~12 of them on screen: measuring and
drawing every column was 150–280 ms of a first ``E`` on the UI thread (tests/perf/HISTORY.md,
round s38-p). The table now holds the columns in view and the screen scrolls sideways itself:
these flows check what a reader does with it on a corpus of 64 articles: the cursor moved right
(or ``end``, or the mouse wheel sideways) reaches the last article's column, the heading says
which articles are in view, and ``enter`` on a cell there opens that article at the mention.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from jumps import assert_lands
from snapshot_app import settle
from textual import events
from textual.widgets import OptionList

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.entity_matrix import EntityMatrixScreen, MatrixTable
from waic_reader.tui.screens.mentions import MentionsScreen
from waic_reader.tui.screens.reader import ReaderScreen

ARTICLES = 64
FILLER = "The ferry crossing reopened after repairs, and the harbour office expects more traffic.\n\n"


def corpus(tmp_path: Path) -> Path:
    """64 articles of 64 outlets naming Ingrid Sorvaag; the last one names Tomas Halvik too,
    far down its text (a jump that does not scroll leaves him off screen)."""
    root = tmp_path / "corpus"
    root.mkdir()
    entries = []
    for i in range(ARTICLES):
        body = f"Harbour report {i}\n\nMayor Ingrid Sorvaag opened the new ferry terminal in Bergen.\n\n"
        if i == ARTICLES - 1:
            body += FILLER * 40 + "Engineer Tomas Halvik said the ramp would be replaced in May.\n"
        (root / f"r{i:03d}.txt").write_text(body, "utf-8")
        entries.append(f"  r{i:03d}.txt:\n    outlet: Outlet {i:03d}\n")
    (root / "corpus.yaml").write_text("articles:\n" + "".join(entries), "utf-8")
    return root


def whole(table: MatrixTable) -> None:
    """Every column the table holds is whole on screen, and it never scrolls sideways."""
    assert round(table.scroll_x) == 0
    widths = sum(c.get_render_width(table) for c in table.ordered_columns)
    assert widths <= table.scrollable_content_region.width, widths


async def open_matrix(pilot) -> tuple[EntityMatrixScreen, MatrixTable]:  # type: ignore[no-untyped-def]
    await settle(pilot)
    await pilot.press("E")
    await settle(pilot)
    screen = pilot.app.screen
    assert isinstance(screen, EntityMatrixScreen) and screen.matrix is not None
    table = screen.query_one(MatrixTable)
    assert len(table.columns) < ARTICLES  # only the columns in view: the case
    return screen, table


def heading(screen: EntityMatrixScreen) -> str:
    return str(screen.query_one("#matrix-heading").render())


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
async def test_right_reaches_the_last_article_and_enter_opens_it_at_the_mention(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    app = WaicReaderApp(Workspace(corpus(tmp_path), tmp_path / "ix"), save_settings=False)
    async with app.run_test(size=size) as pilot:
        screen, table = await open_matrix(pilot)
        docs = list(screen.matrix.articles)  # type: ignore[union-attr]
        row = next(i for i, r in enumerate(screen.shown) if r.entity.name == "Tomas Halvik")
        table.move_cursor(row=row, column=0)
        await pilot.pause()
        assert "articles 1–" in heading(screen) and f"of {ARTICLES}" in heading(screen)
        for _ in range(ARTICLES + 2):  # the label column, the articles
            if screen.at(table.cursor_coordinate)[1] == docs[-1]:
                break
            await pilot.press("right")
            await pilot.pause()
            whole(table)
        assert screen.at(table.cursor_coordinate) == (screen.shown[row], docs[-1])
        assert docs[-1] in [str(k.value) for k in table.columns]  # its column held, in view
        assert f"–{ARTICLES} of {ARTICLES}" in heading(screen)
        label = next(c.label.plain for c in table.ordered_columns if c.key.value == docs[-1])
        assert label and label.replace(" ", "&#160;") in app.export_screenshot()  # its header on screen
        await pilot.press("enter")
        await settle(pilot)
        modal = app.screen
        assert isinstance(modal, MentionsScreen)
        (doc, mention), *_ = modal.mentions
        assert doc == docs[-1]
        modal.query_one(OptionList).highlighted = 0
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.doc == docs[-1]
        assert_lands(reader, mention.start)


async def test_end_home_and_back_keep_the_cursor_on_its_article(tmp_path: Path) -> None:
    """``end`` goes to the last column (the total), ``left`` from there to the last article,
    ``home`` back to the name column with the first articles in view."""
    app = WaicReaderApp(Workspace(corpus(tmp_path), tmp_path / "ix"), save_settings=False)
    async with app.run_test(size=(60, 20)) as pilot:
        screen, table = await open_matrix(pilot)
        docs = list(screen.matrix.articles)  # type: ignore[union-attr]
        await pilot.press("end")
        await pilot.pause()
        assert str(table.ordered_columns[table.cursor_column].key.value) == "total"
        await pilot.press("left")
        await pilot.pause()
        assert screen.at(table.cursor_coordinate)[1] == docs[-1]
        assert "r063" in str(screen.query_one("#matrix-detail").render())  # named whole
        whole(table)
        await pilot.press("home")
        await pilot.pause()
        assert table.cursor_column == 0 and table.first == 0
        assert "articles 1–" in heading(screen)
        whole(table)


async def test_the_mouse_wheel_sideways_moves_a_column_at_a_time(tmp_path: Path) -> None:
    app = WaicReaderApp(Workspace(corpus(tmp_path), tmp_path / "ix"), save_settings=False)
    async with app.run_test(size=(60, 20)) as pilot:
        screen, table = await open_matrix(pilot)
        seen = [table.first]
        for event in (events.MouseScrollRight,) * 3 + (events.MouseScrollDown,):
            shift = event is events.MouseScrollDown  # shift + the wheel: sideways
            table.post_message(event(table, 5, 5, 0, 0, 0, shift, False, False))
            await pilot.pause()
            whole(table)
            seen.append(table.first)
        assert seen == [0, 1, 2, 3, 4], seen
        table.post_message(events.MouseScrollLeft(table, 5, 5, 0, 0, 0, False, False, False))
        await pilot.pause()
        assert table.first == 3
        assert "articles 3–6 of 64" in heading(screen)  # the label column 0: article i at i


async def test_the_headers_are_named_in_the_worker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The articles' names the headers show are worked out off the UI thread, once each (naming
    221 articles twice was half of filling the matrix on the UI thread, round s39-p); a new column
    width names them again for it, once."""
    import threading

    from waic_reader.tui.screens import entity_matrix

    on_ui: list[int | None] = []
    real = entity_matrix.source_names

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        if threading.current_thread() is threading.main_thread():
            on_ui.append(kwargs.get("width"))
        return real(*args, **kwargs)

    monkeypatch.setattr(entity_matrix, "source_names", counted)
    app = WaicReaderApp(Workspace(corpus(tmp_path), tmp_path / "ix"), save_settings=False)
    async with app.run_test(size=(120, 40)) as pilot:
        screen, _table = await open_matrix(pilot)
        for key in ["right"] * 12 + ["l", "l", "end", "home"]:
            await pilot.press(key)
            await pilot.pause()
        assert on_ui == []
        await pilot.resize_terminal(60, 20)
        await settle(pilot)
        # the whole names never again; a width only if new, once (here 8 cells at both sizes)
        assert None not in on_ui and len(on_ui) == len(set(on_ui))
        assert "articles 1–" in heading(screen)
