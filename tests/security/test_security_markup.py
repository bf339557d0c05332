"""No markup or action injection: untrusted strings show literally, never parsed, never clickable."""

from __future__ import annotations

from pathlib import Path

import pytest
from hostile import FILE_NAME, MARKUP_BOLD, MARKUP_CLICK, MARKUP_LINK, markup_corpus
from textual.widgets import OptionList

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.safe import line, plain, spans_content
from waic_reader.tui.widgets.article_table import ArticleTable


def screen_text(app: WaicReaderApp) -> str:
    """What the terminal shows, as text (every layer, toasts included)."""
    return "\n".join(strip.text for strip in app.screen._compositor.render_strips())


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return markup_corpus(tmp_path / "corpus")


def make_app(corpus: Path, tmp_path: Path) -> WaicReaderApp:
    return WaicReaderApp(Workspace(corpus, index_dir=tmp_path / "ix"), save_settings=False)


async def settle(app: WaicReaderApp, pilot) -> None:
    for _ in range(3):
        await app.workers.wait_for_complete()
        await pilot.pause()


def test_safe_helpers_keep_markup_literal() -> None:
    for text in (MARKUP_CLICK, MARKUP_BOLD, MARKUP_LINK, "[/]", "[", "]", "[[", "\\[b]"):
        assert plain(text).plain == text
        assert line(text).plain == text
        assert spans_content(text, [(0, 1, "bold")]).plain == text
    assert plain(MARKUP_CLICK).spans == []


async def test_library_shows_markup_literally_and_clicks_do_nothing(corpus: Path, tmp_path: Path) -> None:
    app = make_app(corpus, tmp_path)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        text = screen_text(app)
        assert "[@click=app.quit]x[/]" in text  # the title of evil.txt and meta's title
        assert "[b]bold[/b]" in text
        assert "[@click=a" in text  # the file name (doc id), cut to the column
        table = app.screen.query_one("#library", ArticleTable)
        for y in range(2, 2 + table.row_count + 1):
            for x in (5, 25, 60):
                await pilot.click(offset=(x, y))
                await pilot.pause()
                assert app.is_running
                if type(app.screen).__name__ != "LibraryScreen":
                    await pilot.press("escape")
                    await pilot.pause()
        assert app.is_running and app.return_code is None


async def test_reader_shows_markup_literally(corpus: Path, tmp_path: Path) -> None:
    app = make_app(corpus, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        app.open_article("evil")
        await settle(app, pilot)
        text = screen_text(app)
        for payload in (MARKUP_CLICK, MARKUP_BOLD, MARKUP_LINK):
            assert payload in text
        assert "Residents said [i]nothing[/i] and [red]red[/red]" in text
        for y in range(10):  # title, meta and the first paragraphs (where the payloads are)
            for x in (12, 40):
                await pilot.click(offset=(x, y))
            assert app.is_running
        assert type(app.screen).__name__ == "ReaderScreen"
        app.open_article("meta")
        await settle(app, pilot)
        text = screen_text(app)
        assert "[@click=app.quit]x[/] [b]bold[/b] meta title" in text
        assert "[link=http://e]l[/link] outlet" in text


async def test_reader_with_markup_query(corpus: Path, tmp_path: Path) -> None:
    app = make_app(corpus, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        app.open_article("evil", query="zebrafish [@click=app.quit]")
        await settle(app, pilot)
        assert app.is_running
        assert "[@click=app.quit]" in screen_text(app)


async def test_search_results_show_markup_literally(corpus: Path, tmp_path: Path) -> None:
    app = make_app(corpus, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("slash")
        await pilot.pause()
        app.screen.query_one("#query").value = "zebrafish"
        await settle(app, pilot)
        results = app.screen.query_one(OptionList)
        assert results.option_count >= 3
        text = screen_text(app)
        assert MARKUP_CLICK in text and MARKUP_BOLD in text
        for y in (4, 5, 7, 8):
            await pilot.click(offset=(40, y))
            await pilot.pause()
            assert app.is_running
            if type(app.screen).__name__ != "SearchScreen":
                await pilot.press("escape")
                await pilot.pause()
        # A query that is itself markup shows literally in the status line.
        await pilot.press("slash")
        app.screen.query_one("#query").value = "[@click=app.quit]x[/]"
        await settle(app, pilot)
        assert app.is_running


async def test_command_palette_shows_markup_literally(corpus: Path, tmp_path: Path) -> None:
    app = make_app(corpus, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+p")
        await pilot.pause()
        for key in "harbour":
            await pilot.press(key)
        await pilot.pause(0.3)
        text = screen_text(app)
        assert "[@click=app.quit]x[/]" in text
        for key in ["backspace"] * 7 + list("[b]"):
            await pilot.press(key)
        await pilot.pause(0.3)
        text = screen_text(app)
        assert "Search: [b]" in text
        for y in range(2, 12):
            await pilot.click(offset=(30, y))
            await pilot.pause()
        assert app.is_running


async def test_notifications_and_help_show_markup_literally(corpus: Path, tmp_path: Path) -> None:
    app = make_app(corpus, tmp_path)
    async with app.run_test(size=(160, 50)) as pilot:
        await settle(app, pilot)
        # The unknown field in corpus.yaml is notified with its name quoted, as typed.
        messages = [n.message for n in app._notifications]
        assert any("[@click=app.quit]x[/]" in m for m in messages), messages
        assert "[@click=app.quit]x[/]" in screen_text(app)
        app.notify(MARKUP_CLICK, markup=False)
        await pilot.press("question_mark")
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen"
        await pilot.click(offset=(140, 45))
        await pilot.press("escape")
        await pilot.pause()
        assert app.is_running


async def test_pick_and_compare_show_markup_literally(corpus: Path, tmp_path: Path) -> None:
    app = make_app(corpus, tmp_path)
    async with app.run_test(size=(160, 40)) as pilot:
        await settle(app, pilot)
        app.open_compare("evil", "meta")
        await settle(app, pilot)
        text = screen_text(app)
        assert MARKUP_CLICK in text and "[link=http://e]l[/link] outlet" in text
        await pilot.press("o")
        await pilot.pause()
        text = screen_text(app)
        assert "[link=http://e]l[/link]" in text or MARKUP_CLICK in text
        await pilot.press("escape")
        for y in range(0, 12, 2):
            await pilot.click(offset=(40, y))
            await pilot.click(offset=(120, y))
        assert app.is_running


def test_file_name_payload_is_a_real_file(corpus: Path) -> None:
    assert (corpus / FILE_NAME).is_file()
