"""The fact sheet (f) and the entities × outlets matrix (E) follow files edited while the app
runs (issue #13, s16b N1): they kept an edited article's old figures and entities until the
library was shown again. A screen open when a file is edited makes its analysis again (a folder
check every few seconds while it is on top: tui/corpus_follower.py); one under another screen
(the reader) does when it comes back; opening one lists the folder first."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import settle

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.entity_matrix import EntityMatrixScreen
from waic_reader.tui.screens.fact_sheet import FactSheetScreen
from waic_reader.tui.screens.reader import ReaderScreen

GU = "Dam C\n\nThe company faces questions after at least 11 people died and 3,400 people were evacuated.\n"
AP = "Dam A\n\nOfficials in Veldhaven said 11 people died after the dam broke and Mayor Anna Brandt spoke.\n"


def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "c"
    folder.mkdir()
    (folder / "gu.txt").write_text(GU, encoding="utf-8")
    (folder / "ap.txt").write_text(AP, encoding="utf-8")
    return folder


def app_on(folder: Path, tmp_path: Path) -> WaicReaderApp:
    return WaicReaderApp(Workspace(folder, index_dir=tmp_path / "i"), save_settings=False)


async def ready(app: WaicReaderApp, pilot) -> None:  # type: ignore[no-untyped-def]
    while not app.index_ready:
        await pilot.pause(0.05)
    await settle(pilot)


async def until(pilot, cond, seconds: float = 10.0) -> bool:  # type: ignore[no-untyped-def]
    for _ in range(int(seconds / 0.1)):
        if cond():
            return True
        await pilot.pause(0.1)
    return cond()


def sheet_values(app: WaicReaderApp) -> set[str]:
    [screen] = [s for s in app.screen_stack if isinstance(s, FactSheetScreen)]
    if screen.sheet is None:
        return set()
    return {v.text for f in screen.sheet.facts for v in f.values}


def matrix_names(app: WaicReaderApp) -> set[str]:
    [screen] = [s for s in app.screen_stack if isinstance(s, EntityMatrixScreen)]
    return {r.entity.name for r in screen.matrix.rows} if screen.matrix is not None else set()


@pytest.mark.parametrize(
    ("edit", "old", "new"),
    [
        # reported: the death toll edited while the sheet is open
        (
            lambda t: t.replace("at least 11 people died", "at least 14 people died"),
            "at least 11 people",
            "at least 14 people",
        ),
        # a figure added, and the file grows
        (lambda t: t + "\nRepairs will cost €65 million, the company said.\n", None, "€65 million"),
        # a figure removed
        (lambda t: t.replace("and 3,400 people were evacuated", "and many left"), "3,400 people", None),
    ],
)
async def test_fact_sheet_open_follows_an_edit(tmp_path: Path, edit, old: str | None, new: str | None) -> None:  # type: ignore[no-untyped-def]
    folder = corpus(tmp_path)
    app = app_on(folder, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("f")
        await settle(pilot)
        assert old is None or old in sheet_values(app)
        path = folder / "gu.txt"
        path.write_text(edit(path.read_text("utf-8")), "utf-8")

        def taken_in() -> bool:
            values = sheet_values(app)
            return (new is None or new in values) and (old is None or old not in values)

        assert await until(pilot, taken_in), sheet_values(app)


async def test_fact_sheet_under_the_reader_follows_an_edit(tmp_path: Path) -> None:
    folder = corpus(tmp_path)
    app = app_on(folder, tmp_path)
    async with app.run_test(size=(60, 20)) as pilot:
        await ready(app, pilot)
        await pilot.press("f")
        await settle(pilot)
        await pilot.press("enter")  # the value's article, on top of the sheet
        assert await until(pilot, lambda: isinstance(app.screen, ReaderScreen))
        await settle(pilot)
        path = folder / "gu.txt"
        path.write_text(GU.replace("3,400 people", "3,900 people"), "utf-8")
        await pilot.press("escape")
        assert await until(pilot, lambda: "3,900 people" in sheet_values(app)), sheet_values(app)
        assert "3,400 people" not in sheet_values(app)


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
async def test_matrix_open_follows_an_edit(tmp_path: Path, size: tuple[int, int]) -> None:
    folder = corpus(tmp_path)
    app = app_on(folder, tmp_path)
    async with app.run_test(size=size) as pilot:
        await ready(app, pilot)
        await pilot.press("E")
        assert await until(pilot, lambda: bool(matrix_names(app)))
        assert "Anna Brandt" in matrix_names(app)
        path = folder / "ap.txt"
        path.write_text(AP.replace("Mayor Anna Brandt", "Mayor Pieter Vos"), "utf-8")
        assert await until(pilot, lambda: "Pieter Vos" in matrix_names(app)), matrix_names(app)
        assert "Anna Brandt" not in matrix_names(app)


async def test_matrix_opened_after_an_edit_shows_it(tmp_path: Path) -> None:
    """Opened again after an edit made while another screen was on top (not the library)."""
    folder = corpus(tmp_path)
    app = app_on(folder, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await ready(app, pilot)
        await pilot.press("E")
        assert await until(pilot, lambda: "Anna Brandt" in matrix_names(app))
        await pilot.press("f")  # the fact sheet over the matrix
        await settle(pilot)
        (folder / "ap.txt").write_text(AP.replace("Mayor Anna Brandt", "Mayor Pieter Vos"), "utf-8")
        await pilot.press("escape")
        assert await until(pilot, lambda: "Pieter Vos" in matrix_names(app)), matrix_names(app)
