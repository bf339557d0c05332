"""The library's columns follow the terminal back to its width after it was narrowed, whether
the library was on screen or under other screens meanwhile (t13z H11, round s36-f).

Reported once (t13z H11, not reproduced then): at 120x40, library → an article → search → the
terminal narrowed to 60x20 → help → escape → back to 120x40 → `q` `q` `q`: the library showed its
60-column layout (`Doc  Outlet  Title  Date`) at 120 columns until `ctrl+r`. Each round trip
below ends with the columns, their labels and widths, those of a library opened at that size.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from snapshot_app import COVERAGE_MIX, make_app, settle
from textual.pilot import Pilot
from textual.screen import Screen

from waic_reader.tui.screens.library import LibraryScreen
from waic_reader.tui.widgets.article_table import ArticleTable


def _columns(app: object) -> list[tuple[str, int]]:
    screen = app.screen  # type: ignore[attr-defined]
    assert isinstance(screen, LibraryScreen)
    return [(label, width) for _, label, width in screen.query_one(ArticleTable).columns]


async def _fresh(corpus: Path | None, size: tuple[int, int]) -> list[tuple[str, int]]:
    app = make_app(corpus=corpus) if corpus is not None else make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        return _columns(app)


async def _back_to_library(app: object, pilot: Pilot[None]) -> None:
    for _ in range(8):
        if isinstance(app.screen, LibraryScreen):  # type: ignore[attr-defined]
            return
        await pilot.press("escape")
        await settle(pilot)
    assert isinstance(app.screen, LibraryScreen)  # type: ignore[attr-defined]


def _coverage(tmp_path: Path) -> Path:
    corpus = tmp_path / "c"
    shutil.copytree(COVERAGE_MIX, corpus)
    return corpus


@pytest.mark.parametrize(
    ("which", "narrow", "between"),
    [
        ("coverage", (60, 20), "search, reader, help"),  # the reported path
        ("coverage", (60, 20), "reader+help"),
        ("coverage", (60, 20), "nothing"),
        ("coverage", (60, 20), "reader"),
        ("coverage", (60, 20), "pushed screen"),
        ("coverage", (60, 20), "reader, back, then grown"),
        ("coverage", (80, 24), "reader+help"),
        ("coverage", (80, 24), "pushed screen"),
        ("seeds", (60, 20), "search, reader, help"),
        ("seeds", (60, 20), "nothing"),
    ],
)
async def test_the_columns_are_those_of_the_width_after_a_round_trip(
    tmp_path: Path, which: str, narrow: tuple[int, int], between: str
) -> None:
    corpus = _coverage(tmp_path) if which == "coverage" else None
    wide = (120, 40)
    expected = await _fresh(corpus, wide)
    expected_narrow = await _fresh(corpus, narrow)
    assert expected != expected_narrow  # the narrow layout differs (else the test shows nothing)
    app = make_app(corpus=corpus) if corpus is not None else make_app()
    async with app.run_test(size=wide) as pilot:
        await settle(pilot)
        assert _columns(app) == expected
        if between == "search, reader, help":
            await pilot.press("slash", "t", "h", "e")
            await settle(pilot)
            await pilot.press("enter")  # the results, then the first one opened
            await settle(pilot)
            await pilot.press("enter")
            await settle(pilot)
            assert not isinstance(app.screen, LibraryScreen)
        elif between in ("reader", "reader+help", "reader, back, then grown"):
            await pilot.press("enter")  # the article under the cursor
            await settle(pilot)
            assert not isinstance(app.screen, LibraryScreen)
        elif between == "pushed screen":
            await app.push_screen(Screen())
            await settle(pilot)
        await pilot.resize_terminal(*narrow)
        await settle(pilot)
        if between in ("reader+help", "search, reader, help"):
            await pilot.press("question_mark")
            await settle(pilot)
            await pilot.press("escape")
            await settle(pilot)
        if between == "reader, back, then grown":
            await _back_to_library(app, pilot)
            assert _columns(app) == expected_narrow
            await pilot.resize_terminal(*wide)
            await settle(pilot)
        else:
            await pilot.resize_terminal(*wide)
            await settle(pilot)
            if between == "pushed screen":
                app.pop_screen()
                await settle(pilot)
            await _back_to_library(app, pilot)
        assert _columns(app) == expected
        await pilot.press("j")
        await settle(pilot)
        assert _columns(app) == expected
