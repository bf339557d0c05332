"""A search typed before the index is open says what it waits for: on an unchanged index the
index is being opened, not built (acceptance t13ak N15: the first search of a session said "The
index is being built; results follow shortly…" for 1–4 s when no build ran). The opening is held
here by the test, as a slow disk or a loaded machine holds it; the results follow once it is open."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from snapshot_app import settle
from test_keys_while_a_step_loads import typed_at_once, write_corpus

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp


def _held(ws: Workspace, gate: threading.Event) -> None:
    """``ws.ensure_index`` waits for ``gate`` before it opens the index."""
    opening = ws.ensure_index

    def ensure_index(*args: Any, **kwargs: Any) -> Any:
        gate.wait(10)
        return opening(*args, **kwargs)

    ws.ensure_index = ensure_index  # type: ignore[method-assign]


def _status(app: WaicReaderApp) -> str:
    return str(app.screen.query_one("#search-status").render())


@pytest.mark.parametrize(
    ("query", "size"),
    [
        ("who:Ueda", (120, 40)),  # the reported kind: a who: search right after start
        ("Tollbridge radar", (120, 40)),
        ("harbour", (60, 20)),
    ],
)
async def test_unchanged_index_is_opened_not_built(tmp_path: Path, query: str, size: tuple[int, int]) -> None:
    corpus = write_corpus(tmp_path, 2)
    Workspace(corpus, tmp_path / "data").ensure_index()  # the last session's index, unchanged since
    ws = Workspace(corpus, tmp_path / "data")
    gate = threading.Event()
    _held(ws, gate)
    app = WaicReaderApp(ws, save_settings=False)
    async with app.run_test(size=size) as pilot:
        await pilot.pause()
        typed_at_once(app, "slash", *query)
        for _ in range(100):
            await pilot.pause(0.02)
            if "follow shortly" in _status(app):
                break
        waiting = _status(app)
        gate.set()
        assert "Opening the index" in waiting and "built" not in waiting, waiting
        await settle(pilot)
        assert "match" in _status(app), _status(app)  # the results came once it was open
