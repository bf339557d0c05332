"""An article's quotes are found in a worker, never on the UI thread (t13z, issue #13).

Reported: ``"`` (tint quotes) on a 51,000-word article froze the app for 2.3 s: the reader asked
for the article's quotes while drawing, and finding them reads the whole article. Now ``"``
starts a worker and tints the quotes when it is done; an article opened with its quotes tinted
(the Quotes screen's jump) has them found by the worker that opens it. Checked: the quotes are
tinted and stepped through, and the recogniser never ran on the main thread.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from snapshot_app import make_app, settle

from waic_reader.index.analysis.quotes import recognise
from waic_reader.tui.highlights import QUOTE_STYLE
from waic_reader.tui.screens.reader import ReaderScreen

SPEAKERS = ["Dagny Holt", "Marcus Penhallow", "Ilse Varga"]


def write_corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    paragraphs = [
        f'"We will open the line again by the {n}th," {SPEAKERS[n % 3]} said on Monday. '
        "Crews worked through the night on the embankment near the old station."
        for n in range(1, 40)
    ]
    (corpus / "long.txt").write_text("Line closed\n\n" + "\n\n".join(paragraphs) + "\n", "utf-8")
    return corpus


@pytest.fixture
def threads(monkeypatch: pytest.MonkeyPatch) -> list[bool]:
    """Whether each call of the quote recogniser ran on the main thread."""
    calls: list[bool] = []
    real = recognise.find_quotes

    def spy(*args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(recognise, "find_quotes", spy)
    return calls


async def test_quote_key_finds_them_in_a_worker(tmp_path: Path, threads: list[bool]) -> None:
    app = make_app(corpus=write_corpus(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.push_screen(ReaderScreen("long"))
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        assert not reader.quotes_on
        await pilot.press("quotation_mark")
        await settle(pilot)
        assert reader.quotes_on
        quotes = reader.content_quotes()
        assert len(quotes) == 39
        assert sum(1 for h in reader.highlights() if h[2] == QUOTE_STYLE) >= 39
        await pilot.press("n")
        await settle(pilot)
        assert reader.current_quote() is quotes[0]
        # Off and on again: found once, tinted at once.
        await pilot.press("quotation_mark", "quotation_mark")
        await settle(pilot)
        assert reader.quotes_on
        assert threads and not any(threads), threads


@pytest.mark.parametrize("size", [(60, 20), (120, 40)])
async def test_an_article_opened_with_quotes_tinted_has_them_found_by_its_opening_worker(
    tmp_path: Path, threads: list[bool], size: tuple[int, int]
) -> None:
    app = make_app(corpus=write_corpus(tmp_path))
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        app.push_screen(ReaderScreen("long", quotes=True))
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        assert reader.quotes_on and len(reader.content_quotes()) == 39
        assert reader.current_quote() is reader.content_quotes()[0]  # the jump's quote
        await pilot.press("n")
        await settle(pilot)
        assert reader.current_quote() is reader.content_quotes()[1]
        assert threads and not any(threads), threads


async def test_pressed_again_while_they_are_found_they_are_not_tinted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The second `"` withdraws the first: the worker's end must not tint them later, out of the blue.
    release = threading.Event()
    real = recognise.find_quotes

    def slow(*args, **kwargs):  # type: ignore[no-untyped-def]
        release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(recognise, "find_quotes", slow)
    app = make_app(corpus=write_corpus(tmp_path))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        app.push_screen(ReaderScreen("long"))
        for _ in range(200):  # opened (the open itself finds no quotes: none were asked for)
            await pilot.pause(0.02)
            reader = app.screen
            if isinstance(reader, ReaderScreen) and reader.loaded is not None:
                break
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.loaded is not None
        if reader.loaded.analysis.quotes_found:
            pytest.skip("this build found the article's quotes while opening it")
        await pilot.press("quotation_mark")
        await pilot.press("quotation_mark")
        release.set()
        await settle(pilot)
        assert not reader.quotes_on
        await pilot.press("quotation_mark")  # and a third press tints them (found by now)
        await settle(pilot)
        assert reader.quotes_on
