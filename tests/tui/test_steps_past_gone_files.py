"""Stepping into an article whose file was deleted while the app ran says so and goes on to the
next article of the same walk (issue 13, re-test): the search results (``n`` past the last
match, ``]`` / ``[``), the library's order (``]`` opened from the library), the followed
entity's mentions (``n`` past the last); ``n`` in an article deleted under the reader goes on
too. Before, the step returned the user to the search results (or the library). Fact values:
see test_fact_steps_edited_files.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from jumps import assert_lands
from snapshot_app import settle

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.screens.search import SearchScreen

NAMES = ["a_port", "b_wire", "c_daily", "d_weekly"]


def filler(tag: str, n: int) -> str:
    return "\n\n".join(f"Paragraph {i} of the {tag} harbour report, read aloud at the quay." for i in range(n))


def write_corpus(root: Path) -> Path:
    corpus = root / "corpus"
    corpus.mkdir()
    for i, name in enumerate(NAMES):
        (corpus / f"{name}.txt").write_text(
            f"Harbour radar questions, part {i + 1}\n\n"
            f"{filler(name, 12 + i)}\n\n"
            "Transport minister Hiroshi Ueda said the Tollbridge radar station had failed.\n\n"
            f"{filler(name + ' late', 8)}\n",
            "utf-8",
        )
    return corpus


def make_app(corpus: Path) -> tuple[WaicReaderApp, list[str]]:
    app = WaicReaderApp(Workspace(corpus), save_settings=False)
    notices: list[str] = []
    notify = app.notify
    app.notify = lambda message, *a, **k: (notices.append(str(message)), notify(message, *a, **k))[1]  # type: ignore[method-assign]
    return app, notices


def status(reader: ReaderScreen) -> str:
    return str(reader.query_one("#reader-status").render())


async def wait_for_reader(pilot, doc: str) -> ReaderScreen:  # type: ignore[no-untyped-def]
    for _ in range(200):
        screen = pilot.app.screen
        if isinstance(screen, ReaderScreen) and screen.doc == doc and screen.loaded is not None:
            break
        await pilot.pause(0.02)
    await settle(pilot)
    reader = pilot.app.screen
    assert isinstance(reader, ReaderScreen), type(reader)
    assert reader.doc == doc and reader.loaded is not None, (reader.doc, doc)
    return reader


async def searched(app: WaicReaderApp, pilot) -> ReaderScreen:  # type: ignore[no-untyped-def]
    while not app.index_ready:
        await pilot.pause(0.05)
    await settle(pilot)
    await pilot.press("slash", *"Tollbridge")
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)
    reader = app.screen
    assert isinstance(reader, ReaderScreen) and len(reader.results) == 4
    return reader


def gone(corpus: Path, doc: str) -> None:
    (corpus / f"{doc}.txt").unlink()


@pytest.mark.parametrize(("key", "delta"), [("n", 1), ("right_square_bracket", 1), ("left_square_bracket", -1)])
async def test_a_gone_search_result_is_stepped_past(tmp_path: Path, key: str, delta: int) -> None:
    corpus = write_corpus(tmp_path)
    app, notices = make_app(corpus)
    async with app.run_test(size=(60, 20)) as pilot:
        reader = await searched(app, pilot)
        results = list(reader.results)
        skipped, then = results[delta % 4], results[(2 * delta) % 4]
        gone(corpus, skipped)
        await pilot.press(key)
        reader = await wait_for_reader(pilot, then)
        assert skipped not in reader.results
        assert "match 1/1 for Tollbridge" in status(reader)
        assert_lands(reader, reader.targets()[reader.current][0])
        assert any(skipped in n and "gone" in n and "skipped" in n for n in notices)


async def test_a_gone_article_is_stepped_past_in_the_library_order(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path)
    app, notices = make_app(corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("enter")  # the library's first row
        await wait_for_reader(pilot, app.docs[0])
        docs = list(app.docs)
        gone(corpus, docs[1])
        await pilot.press("right_square_bracket")
        await wait_for_reader(pilot, docs[2])
        assert any(docs[1] in n and "skipped" in n for n in notices)


async def test_a_gone_article_is_stepped_past_when_following(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path)
    app, notices = make_app(corpus)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        mention = next(m for m in app.workspace.analyser.doc("a_port").mentions if m.text == "Hiroshi Ueda")
        app.push_screen(ReaderScreen("a_port", follow=(mention.key, "Hiroshi Ueda")))
        reader = await wait_for_reader(pilot, "a_port")
        assert "mention 1/1" in status(reader)
        gone(corpus, "b_wire")
        await pilot.press("n")
        reader = await wait_for_reader(pilot, "c_daily")
        assert "mention 1/1 of Hiroshi Ueda" in status(reader)
        assert_lands(reader, reader.targets()[reader.current][0])
        assert any("b_wire" in n and "skipped" in n for n in notices)


async def test_n_in_an_article_deleted_under_the_reader_goes_on(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path)
    app, notices = make_app(corpus)
    async with app.run_test(size=(60, 20)) as pilot:
        reader = await searched(app, pilot)
        results = list(reader.results)
        gone(corpus, results[0])
        await pilot.press("n")
        reader = await wait_for_reader(pilot, results[1])
        assert not isinstance(app.screen, SearchScreen)
        assert "match 1/1" in status(reader)
        assert any(results[0] in n and "skipped" in n for n in notices)
