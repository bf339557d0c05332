"""An article that takes long to open says so (issue 13: nothing goes stale, nothing looks stuck).

A 2 MB article is read, split into blocks and classified the first time it is opened: seconds of
work in the reader's worker. The reader showed a blank page meanwhile, with no title and no status,
so it looked hung. Past ``OPENING_NOTICE_DELAY`` the article view shows Textual's loading indicator
and the status line "opening DOC…"; both go when the article is shown. A quick open never shows
them, and neither does a doc that turns out to be gone.
"""

from __future__ import annotations

import threading
import time
from typing import Any

import pytest
from snapshot_app import make_app, settle
from textual.widgets import Static

from waic_reader.tui.early_keys import HOLD_AT_MOST_S
from waic_reader.tui.screens.reader import OPENING_NOTICE_DELAY, ReaderScreen
from waic_reader.tui.widgets.article_view import ArticleView


def status(reader: ReaderScreen) -> str:
    return str(reader.query_one("#reader-status", Static).render())


def slow_open(monkeypatch: pytest.MonkeyPatch, app: Any) -> tuple[threading.Event, threading.Event]:
    """Make the workspace's open_article wait for ``release``; ``entered`` is set inside it."""
    ws = app.workspace
    release, entered = threading.Event(), threading.Event()
    real = ws.open_article

    def held(*args: Any, **kwargs: Any) -> Any:
        entered.set()
        assert release.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(ws, "open_article", held)
    return release, entered


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
@pytest.mark.parametrize("how", ["enter", "next-article"])
async def test_a_slow_open_says_it_is_opening_until_the_article_is_shown(
    monkeypatch: pytest.MonkeyPatch, size: tuple[int, int], how: str
) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        if how == "next-article":  # ] in the reader opens the next article in the same screen
            await pilot.press("enter")
            await settle(pilot)
        release, entered = slow_open(monkeypatch, app)
        await pilot.press("enter" if how == "enter" else "right_square_bracket")
        for _ in range(100):
            await pilot.pause(0.02)
            if entered.is_set():
                break
        assert entered.is_set()
        await pilot.pause(OPENING_NOTICE_DELAY + 0.2)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        view = reader.query_one(ArticleView)
        assert view.loading
        assert status(reader) == f"opening {reader.doc}…"
        release.set()
        await settle(pilot)
        assert reader.loaded is not None and reader.loaded.article.doc == reader.doc
        assert not view.loading
        assert "opening" not in status(reader)


async def test_a_quick_open_never_shows_the_notice(monkeypatch: pytest.MonkeyPatch) -> None:
    app = make_app()
    # The notices shown (the timer fired while the open was still under way) and how long each
    # open took: on a loaded machine an open of the seeds can itself take longer than the delay
    # (the clean-clone CI at load ~6 once did), and then the notice is right; what must never
    # happen is a notice for an open quicker than the delay, or one left after the article is shown.
    shown: list[bool] = []
    took: list[float] = []
    real = ReaderScreen._opening_notice

    def noted(self: ReaderScreen) -> None:
        shown.append(self._in_open)
        real(self)

    ws = app.workspace
    real_open = ws.open_article

    def timed(*args: Any, **kwargs: Any) -> Any:
        start = time.monotonic()
        try:
            return real_open(*args, **kwargs)
        finally:
            took.append(time.monotonic() - start)

    monkeypatch.setattr(ReaderScreen, "_opening_notice", noted)
    monkeypatch.setattr(ws, "open_article", timed)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.loaded is not None
        await pilot.pause(OPENING_NOTICE_DELAY + 0.2)  # the timer, had it been left running
        assert took, "the article was opened"
        if any(shown):
            assert max(took) >= OPENING_NOTICE_DELAY * 0.9, (took, shown)
        assert not reader.query_one(ArticleView).loading
        assert not status(reader).startswith("opening ")


async def test_a_doc_gone_before_it_opens_leaves_no_notice_behind(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:  # type: ignore[no-untyped-def]
    corpus = tmp_path / "c"
    corpus.mkdir()
    for i in range(3):
        (corpus / f"a{i}.txt").write_text(f"Story {i}\n\nThe ferry resumed on the island route {i}.\n", "utf-8")
    app = make_app(corpus=corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        release, entered = slow_open(monkeypatch, app)
        await pilot.press("enter")
        for _ in range(100):
            await pilot.pause(0.02)
            if entered.is_set():
                break
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        (corpus / f"{reader.doc}.txt").unlink()
        app.workspace.corpus.forget(reader.doc)
        await pilot.pause(OPENING_NOTICE_DELAY + 0.2)
        assert reader.query_one(ArticleView).loading
        release.set()
        await settle(pilot)
        assert not isinstance(app.screen, ReaderScreen)  # back in the library, said as gone
        await pilot.pause(OPENING_NOTICE_DELAY + 0.2)  # a notice timer left running would fail here
        assert not isinstance(app.screen, ReaderScreen)


async def test_an_open_that_fails_takes_the_notice_down_and_says_so(monkeypatch: pytest.MonkeyPatch) -> None:
    # Reviewer: an error other than CorpusError left the loading indicator and "opening DOC…" up.
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        release, entered = slow_open(monkeypatch, app)
        real = app.workspace.open_article

        def broken(*args: Any, **kwargs: Any) -> Any:
            real(*args, **kwargs)  # waits for release
            raise OSError(5, "Input/output error")

        monkeypatch.setattr(app.workspace, "open_article", broken)
        await pilot.press("enter")
        for _ in range(100):
            await pilot.pause(0.02)
            if entered.is_set():
                break
        await pilot.pause(OPENING_NOTICE_DELAY + 0.2)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        assert reader.query_one(ArticleView).loading
        release.set()
        await settle(pilot)
        assert not reader.query_one(ArticleView).loading
        assert status(reader) == f"{reader.doc} could not be opened"


async def test_an_earlier_open_finishing_late_does_not_replace_the_article_asked_for(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Reviewer: ] twice during a slow open; the first (cancelled) thread still showed its article
    # under the second doc's name and took the notice down.
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        ws = app.workspace
        real = ws.open_article
        gates: dict[str, threading.Event] = {}
        entered: list[str] = []

        def held(doc: str, *args: Any, **kwargs: Any) -> Any:
            gates.setdefault(doc, threading.Event())
            entered.append(doc)
            assert gates[doc].wait(30)
            return real(doc, *args, **kwargs)

        monkeypatch.setattr(ws, "open_article", held)
        await pilot.press("right_square_bracket")
        for _ in range(int((HOLD_AT_MOST_S + 5) / 0.02)):
            await pilot.pause(0.02)
            if entered:
                break
        middle = reader.doc
        await pilot.press("right_square_bracket")
        # The second ] may be held while the first step is under way (HeldKeys, at most
        # HOLD_AT_MOST_S): wait past that, as a loaded machine needs (clean-clone CI at 291b107
        # and be724a5 failed here after 2 s).
        for _ in range(int((HOLD_AT_MOST_S + 5) / 0.02)):
            await pilot.pause(0.02)
            if len(entered) == 2:
                break
        wanted = reader.doc
        assert wanted != middle and entered == [middle, wanted]
        gates[middle].set()  # the superseded open ends first
        await pilot.pause(OPENING_NOTICE_DELAY + 0.2)
        assert reader.loaded is None or reader.loaded.article.doc != middle
        assert reader.query_one(ArticleView).loading  # still waiting for the doc asked for
        assert status(reader) == f"opening {wanted}…"
        gates[wanted].set()
        await settle(pilot)
        assert reader.loaded is not None and reader.loaded.article.doc == wanted
        assert not reader.query_one(ArticleView).loading
