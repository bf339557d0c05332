"""The Quotes screen's statements grid shows the articles the speaker table's window shows: when
the heading says "articles 4–6 of 9", the grid's columns of those articles are on screen, after
the window moved (right) and after another speaker is chosen with the window moved (session
40's leftover of review s39-rv finding 15: the heading and the speaker table moved on, the grid
stayed at the first articles). The articles are written for this test."""

from __future__ import annotations

import re
from pathlib import Path

from snapshot_app import settle
from textual.widgets import Static

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.quotes import QuotesScreen, StatementTable

POLICE = '"The driver appears to have lost control on the curve," police Colonel Raul Mendoza told reporters.\n'
GOVERNOR = '\n"We are sending two medical teams to the valley tonight," regional governor Ana Torres said.\n'
GOVERNOR_IN = {2, 5, 6, 8}  # the articles quoting the governor too (the police colonel: all nine)


def corpus(root: Path) -> Path:
    folder = root / "c"
    folder.mkdir()
    for n in range(1, 10):
        body = POLICE + (GOVERNOR if n in GOVERNOR_IN else "")
        (folder / f"a{n}.txt").write_text(f"Bus falls into ravine\n\n{body}", "utf-8")
    return folder


def heading_articles(screen: QuotesScreen) -> list[str]:
    """The docs of the articles the heading names ("articles 4–6 of 9")."""
    assert screen.sheet is not None
    said = str(screen.query_one("#quotes-heading", Static).render())
    got = re.search(r"articles (\d+)–(\d+) of 9", said)
    assert got is not None, said
    return [a.doc for a in screen.sheet.articles[int(got.group(1)) - 1 : int(got.group(2))]]


def on_screen(grid: StatementTable) -> list[str]:
    """The keys of the grid's columns drawn whole inside its visible region."""
    left, right = grid.scroll_x, grid.scroll_x + grid.scrollable_content_region.width
    x, seen = 0, []
    for column in grid.ordered_columns:
        width = column.get_render_width(grid)
        if left <= x and x + width <= right:
            seen.append(str(column.key.value))
        x += width
    return seen


def shown_as_said(screen: QuotesScreen, speaker_in: set[int]) -> None:
    """The grid shows the heading's articles the speaker is quoted in: all of them, or (more than
    fit) from the first on, as many as fit."""
    said = heading_articles(screen)
    wanted = [d for d in said if int(d[1:]) in speaker_in]
    seen = on_screen(screen.query_one(StatementTable))
    assert wanted and seen, (said, seen)
    assert set(wanted) <= set(seen) or seen[: len(wanted)] == wanted[: len(seen)], (said, seen)


async def choose(screen: QuotesScreen, pilot, name: str) -> None:  # type: ignore[no-untyped-def]
    """The speaker table's cursor on the speaker ``name`` (its rows: speakers by statements)."""
    names = [speaker.name for speaker, _ in screen.speakers]
    key, times = ("down", names.index(name) - names.index(screen.speaker.name))  # type: ignore[union-attr]
    if times < 0:
        key, times = "up", -times
    for _ in range(times):
        await pilot.press(key)
    await settle(pilot)
    assert screen.speaker is not None and screen.speaker.name == name


async def open_quotes(app: WaicReaderApp, pilot) -> QuotesScreen:  # type: ignore[no-untyped-def]
    await settle(pilot)
    await pilot.press("Q")
    await settle(pilot)
    screen = app.screen
    assert isinstance(screen, QuotesScreen) and screen.sheet is not None
    return screen


async def test_the_grid_follows_the_window_as_it_moves(tmp_path: Path) -> None:
    app = WaicReaderApp(Workspace(corpus(tmp_path), tmp_path / "index"), save_settings=False)
    async with app.run_test(size=(60, 20)) as pilot:
        screen = await open_quotes(app, pilot)
        await choose(screen, pilot, "Raul Mendoza")
        firsts = []
        for _ in range(5):
            await pilot.press("right")
            await settle(pilot)
            shown_as_said(screen, set(range(1, 10)))
            firsts.append(heading_articles(screen)[0])
        assert firsts[0] != firsts[-1]  # the window moved, and the grid with it


async def test_a_speaker_chosen_with_the_window_moved_shows_its_articles_there(tmp_path: Path) -> None:
    app = WaicReaderApp(Workspace(corpus(tmp_path), tmp_path / "index"), save_settings=False)
    async with app.run_test(size=(60, 20)) as pilot:
        screen = await open_quotes(app, pilot)
        await choose(screen, pilot, "Raul Mendoza")
        for _ in range(6):  # the window at its end, articles 6-9: the governor's 6 and 8 in it
            await pilot.press("right")
        await settle(pilot)
        await choose(screen, pilot, "Ana Torres")
        assert heading_articles(screen) == ["a6", "a7", "a8", "a9"]
        shown_as_said(screen, GOVERNOR_IN)


async def test_a_narrower_terminal_keeps_the_window_and_the_grid_together(tmp_path: Path) -> None:
    """The window moved, then the terminal made narrower: the speaker table is filled again for
    the new width (fewer articles in view) and the grid shows those articles."""
    app = WaicReaderApp(Workspace(corpus(tmp_path), tmp_path / "index"), save_settings=False)
    async with app.run_test(size=(90, 20)) as pilot:
        screen = await open_quotes(app, pilot)
        await choose(screen, pilot, "Raul Mendoza")
        for _ in range(4):
            await pilot.press("right")
        await settle(pilot)
        wide = heading_articles(screen)
        await pilot.resize_terminal(60, 20)
        await settle(pilot)
        assert len(heading_articles(screen)) < len(wide)
        shown_as_said(screen, set(range(1, 10)))
