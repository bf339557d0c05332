"""The first `E` and `Q` of a session read the corpus grouping of names the app kept
beside the index (issue 13, "every key answers in ≤ 150 ms": round s38-p).

The first matrix and Quotes screen of a session grouped every article's mentions across the corpus
again (~50 ms of CPU each on 221 articles). Now the app (a worker of its own, once the index is ready) keeps the grouping in the index
folder (``grouping.json``) when the index changed or none is kept, and a later session's first
`E` and `Q` read it: their rows are those of every article analysed again. A corrupt kept file is
worked out again and the screen says so in a warning.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path
from typing import Any

import pytest
from snapshot_app import settle

from waic_reader.index.analysis.entities import grouping
from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.entity_matrix import EntityMatrixScreen, build_rows
from waic_reader.tui.screens.quotes import QuotesScreen

FIXTURES = Path(__file__).parents[1] / "fixtures"
KEPT = "grouping.json"


def _corpus(tmp_path: Path, fixture: str) -> Path:
    root = tmp_path / "corpus"
    shutil.copytree(FIXTURES / fixture, root)
    return root


def _count_groupings(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = grouping.group

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(grouping, "group", counted)
    return calls


def _rows(entities: list[Any]) -> list[tuple[object, ...]]:
    return [(r.entity.key, r.entity.name, r.entity.label, r.content, r.noise) for r in build_rows(entities)]


async def _shown(app: WaicReaderApp, pilot: Any, key: str) -> Any:
    await pilot.press(key)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        screen = app.screen
        if isinstance(screen, EntityMatrixScreen) and screen.matrix is not None:
            return screen
        if isinstance(screen, QuotesScreen) and screen.sheet is not None:
            return screen
        await pilot.pause(0.05)
    raise AssertionError(f"{key} showed nothing")


async def _session(root: Path, index: Path, size: tuple[int, int] = (120, 40)) -> Any:
    """A new app on ``root`` with its index in ``index``, settled (its workers done)."""
    return WaicReaderApp(Workspace(root, index), save_settings=False)


@pytest.mark.parametrize("fixture", ["quake", "quotes_t13t_first_open", "languages_t13p"])
async def test_the_app_keeps_the_grouping_the_next_session_reads(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fixture: str
) -> None:
    root = _corpus(tmp_path, fixture)
    index = tmp_path / "ix"
    monkeypatch.setattr(WaicReaderApp, "WARM_UP_AFTER_S", 3600.0)
    app = await _session(root, index)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)  # the index built, and the grouping kept, by the app's workers
        assert (index / KEPT).is_file()
    fresh = Workspace(root, tmp_path / "no-ix")  # no index: every article analysed
    expected_rows = _rows(fresh.entities().entities)
    expected_quotes = fresh.quotes().to_json()
    calls = _count_groupings(monkeypatch)
    app = await _session(root, index)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        matrix = await _shown(app, pilot, "E")
        assert [(r.entity.key, r.entity.name, r.entity.label, r.content, r.noise) for r in matrix.matrix.rows] == (
            expected_rows
        )
        await pilot.press("escape")
        await settle(pilot)
        quotes = await _shown(app, pilot, "Q")
        assert quotes.sheet.to_json() == expected_quotes
    assert calls == []


@pytest.mark.parametrize("key", ["E", "Q"])
@pytest.mark.parametrize("fixture", ["quake", "languages_t13p"])
async def test_a_corrupt_kept_grouping_is_made_again_with_a_warning(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fixture: str, key: str
) -> None:
    root = _corpus(tmp_path, fixture)
    index = tmp_path / "ix"
    ws = Workspace(root, index)
    ws.ensure_index()
    ws.keep_grouping()
    (index / KEPT).write_text('{"format": 1, "key": "x", "docs": [], "entities": [[1]]', encoding="utf-8")
    fresh = Workspace(root, tmp_path / "no-ix")
    monkeypatch.setattr(WaicReaderApp, "WARM_UP_AFTER_S", 3600.0)
    app = await _session(root, index)
    notes: list[str] = []
    real_notify = app.notify

    def noted(message: str, *args: Any, **kwargs: Any) -> None:
        notes.append(message)
        real_notify(message, *args, **kwargs)

    app.notify = noted  # type: ignore[method-assign]
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await settle(pilot)
        screen = await _shown(app, pilot, key)
        await settle(pilot)
        if key == "E":
            assert [(r.entity.key, r.entity.name, r.entity.label, r.content, r.noise) for r in screen.matrix.rows] == (
                _rows(fresh.entities().entities)
            )
        else:
            assert screen.sheet.to_json() == fresh.quotes().to_json()
    assert [n for n in notes if KEPT in n], notes
    assert (index / KEPT).read_text(encoding="utf-8").startswith('{"format":')  # rewritten whole
