"""Keys read while a step is loading what it steps to are kept and applied in order (issue 13,
s16, items 1 and 4; HeldKeys in tui/early_keys.py). Reported: ``n n`` in one read across the
search's articles took one step (the second ``n`` found no article loaded: ``article 2 of 3``,
not 3 of 3); ``down right`` in one read on the fact sheet lost the ``right`` (the row's
highlight, handled after it, reset the value to the first)."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import make_app, settle
from textual import events
from textual.widgets import DataTable

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.fact_sheet import FactSheetScreen
from waic_reader.tui.screens.reader import ReaderScreen

NAMES = ["a_port", "b_wire", "c_daily", "d_weekly"]
CHARS = {"left_square_bracket": "[", "right_square_bracket": "]"}


def typed_at_once(app: WaicReaderApp, *keys: str) -> None:
    """Post ``keys`` as the terminal delivers keys read in one go: all queued before the first
    is handled (``Pilot.press`` waits for the app to go idle after each key)."""
    for key in keys:
        app.post_message(events.Key(key, CHARS.get(key, key if len(key) == 1 else None)))


def write_corpus(root: Path, count: int) -> Path:
    corpus = root / "corpus"
    corpus.mkdir()
    for i, name in enumerate(NAMES[:count]):
        filler = "\n\n".join(f"Paragraph {k} of the {name} harbour report, read at the quay." for k in range(30))
        (corpus / f"{name}.txt").write_text(
            f"Harbour radar questions, part {i + 1}\n\n{filler}\n\n"
            "Transport minister Hiroshi Ueda said the Tollbridge radar station had failed.\n\n"
            f"{filler}\n",
            "utf-8",
        )
    return corpus


async def searched(pilot, corpus: Path) -> ReaderScreen:  # type: ignore[no-untyped-def]
    app = pilot.app
    while not app.index_ready:
        await pilot.pause(0.05)
    await settle(pilot)
    typed_at_once(app, "slash", *"Tollbridge", "enter")
    await settle(pilot)
    reader = app.screen
    assert isinstance(reader, ReaderScreen) and reader.loaded is not None
    assert len(reader.results) == len(list(corpus.iterdir()))
    return reader


def status(reader: ReaderScreen) -> str:
    return str(reader.query_one("#reader-status").render())


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
@pytest.mark.parametrize(
    ("count", "keys", "steps"),
    [
        (3, ("n", "n"), 2),  # the reported case: article 3 of 3
        (3, ("N", "N"), -2),  # backwards, wrapping round
        (4, ("n", "n", "n"), 3),
        (4, ("n", "right_square_bracket", "N"), 1),  # a step, a jump and a step back: in order
    ],
)
async def test_steps_across_articles_in_one_read_all_count(
    tmp_path: Path, size: tuple[int, int], count: int, keys: tuple[str, ...], steps: int
) -> None:
    corpus = write_corpus(tmp_path, count)
    app = WaicReaderApp(Workspace(corpus), save_settings=False)
    async with app.run_test(size=size) as pilot:
        reader = await searched(pilot, corpus)
        results = list(reader.results)
        first = results.index(reader.doc)
        typed_at_once(app, *keys)
        for _ in range(100):  # until every kept key has been given on and its article shown
            await settle(pilot)
            if not app.held_keys.holding and reader.loaded is not None:
                break
        want = results[(first + steps) % len(results)]
        assert app.screen is reader
        assert reader.doc == want, (reader.doc, want, status(reader))
        assert f"article {results.index(want) + 1} of {count}" in status(reader)
        assert "match 1/1" in status(reader)


async def open_sheet(app: WaicReaderApp, pilot) -> FactSheetScreen:  # type: ignore[no-untyped-def]
    await settle(pilot)
    screen = FactSheetScreen()
    await app.push_screen(screen)
    await settle(pilot)
    assert screen.sheet is not None
    return screen


def detail(screen: FactSheetScreen) -> str:
    return str(screen.query_one("#coverage-detail").render())


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
@pytest.mark.parametrize(
    ("start", "keys", "row", "value"),
    [
        (0, ("down", "right"), 1, 1),  # the reported case
        (1, ("up", "right"), 0, 1),
        (0, ("j", "l", "l", "down", "down", "right"), 3, 1),
    ],
)
async def test_a_value_step_after_a_row_move_in_one_read_counts(
    size: tuple[int, int], start: int, keys: tuple[str, ...], row: int, value: int
) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        screen = await open_sheet(app, pilot)
        assert all(len(f.values) >= 2 for f in screen.rows[:4])  # the seeds' first rows: shared facts
        table = screen.query_one(DataTable)
        table.move_cursor(row=start)
        await settle(pilot)
        typed_at_once(app, *keys)
        for _ in range(50):
            await settle(pilot)
            if not app.held_keys.holding:
                break
        assert table.cursor_row == row
        fact, shown = screen.current()
        assert fact is screen.rows[row] and shown is fact.values[value]
        assert detail(screen).split("\n")[1].startswith(f"{value + 1}/{len(fact.values)} ")


@pytest.mark.parametrize(
    ("keys", "want"), [(("n", "n"), "c_daily"), (("N", "N"), "c_daily"), (("n", "n", "n"), "d_weekly")]
)
async def test_steps_through_a_followed_entity_in_one_read_all_count(
    tmp_path: Path, keys: tuple[str, ...], want: str
) -> None:
    """The same across the followed entity's mentions: each step first looks for the next
    article that mentions it (a worker), then opens it; keys read meanwhile wait for both."""
    corpus = write_corpus(tmp_path, 4)
    app = WaicReaderApp(Workspace(corpus), save_settings=False)
    async with app.run_test(size=(60, 20)) as pilot:
        while not app.index_ready:
            await pilot.pause(0.05)
        await settle(pilot)
        mention = next(m for m in app.workspace.analyser.doc("a_port").mentions if m.text == "Hiroshi Ueda")
        await app.push_screen(ReaderScreen("a_port", follow=(mention.key, "Hiroshi Ueda")))
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.loaded is not None
        typed_at_once(app, *keys)
        for _ in range(100):
            await settle(pilot)
            if not app.held_keys.holding and reader.loaded is not None:
                break
        assert reader.doc == want, (reader.doc, status(reader))
        assert "mention 1/1 of Hiroshi Ueda" in status(reader)
