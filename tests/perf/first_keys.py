"""The first press of each key in a fresh app process: what a user meets once per session.

    python tests/perf/first_keys.py CORPUS INDEX_DIR [IDLE_S]

``tui_keys.py`` imports every screen before it measures and repeats each key, so it measures
keys pressed again. Here one new process starts the app on the keys corpus (the index already
built), waits for the index and ``IDLE_S`` seconds (default 3) of quiet, as a user would look at
the library, then presses, waiting ``IDLE_S`` again before each: ``enter`` on the 4,900-word
article (back with escape), ``f`` (back), ``c`` then ``enter`` in the picker (compare). Nothing
of the app is imported beforehand but the app itself. Each sample is the time from the key
until the screen shows its result (the reader holds the article, the fact table has rows, the
comparison is aligned), every worker has finished and the screen has painted, waited for as
``tui_keys.py`` waits (its ``_painted``: the messages handled, the screen laid out and painted).
Until session 15 it waited with ``Pilot.press`` and ``Pilot.pause``, which sleep in 20 ms slices
until one passes with the process nearly idle: at least one slice after the key's work, often
more, and ``pause`` another, ~40-100 ms of the "first press" figures that nobody waits
(``FIRST_KEYS_PILOT=1`` measures that way again, for comparison).

Prints one JSON line: ``{"open": [wall_ms, cpu_ms], "f": [...], "compare": [...]}`` (CPU: the
process's, every thread). Run by ``tui_keys.py`` in a new process per round.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

LONG_DOC = "long-feature"
PILOT_WAITS = os.environ.get("FIRST_KEYS_PILOT") == "1"

sys.path.insert(0, str(Path(__file__).parent))
from tui_keys import _key_event, _painted  # noqa: E402  (imports none of the app's screens)


async def _until(done: Callable[[], bool], limit: float = 60) -> None:
    end = time.monotonic() + limit
    while not done():
        if time.monotonic() > end:
            raise TimeoutError("the key's result never showed")
        await asyncio.sleep(0.001)


async def measure(corpus: Path, index_dir: Path, idle: float) -> dict[str, list[float]]:
    from waic_reader.index.workspace import Workspace
    from waic_reader.tui.app import WaicReaderApp

    ws = Workspace(corpus, index_dir)
    doc = ws.corpus.resolve(LONG_DOC)
    app = WaicReaderApp(ws, settings_dir=Path(tempfile.mkdtemp(prefix="waic-first-")), save_settings=False)
    out: dict[str, list[float]] = {}

    def screen_is(name: str) -> bool:  # by name: importing the screen's class would warm it up
        return type(app.screen).__name__ == name

    async with app.run_test(headless=True, size=(120, 40)) as pilot:
        await _until(lambda: app.index_ready, 600)
        table: Any = app.screen.query_one("#library")
        table.move_cursor(table.keys.index(doc))
        table.focus()

        async def timed(name: str, key: str, shown: Callable[[], bool]) -> None:
            await asyncio.sleep(idle)
            wall, cpu = time.perf_counter(), time.process_time()
            if PILOT_WAITS:
                await pilot.press(key)
                await _until(shown)
                await app.workers.wait_for_complete()
                await pilot.pause()
            else:
                app.post_message(_key_event(app, key))
                await _until(shown)
                await _painted(app)
            out[name] = [round((time.perf_counter() - wall) * 1000, 1), round((time.process_time() - cpu) * 1000, 1)]

        await timed(
            "open", "enter", lambda: screen_is("ReaderScreen") and getattr(app.screen, "loaded", None) is not None
        )
        await pilot.press("escape")
        await pilot.pause()
        # query, not query_one: the screen is current a moment before its table is mounted.
        await timed(
            "f",
            "f",
            lambda: screen_is("FactSheetScreen") and any(t.row_count > 0 for t in app.screen.query("FactTable")),
        )
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("c")
        await _until(lambda: screen_is("PickArticleScreen"))
        await pilot.pause()
        await timed(
            "compare",
            "enter",
            lambda: screen_is("CompareScreen") and getattr(app.screen, "alignment", None) is not None,
        )
    return out


def main(argv: list[str]) -> int:
    corpus, index_dir = Path(argv[0]), Path(argv[1])
    idle = float(argv[2]) if len(argv) > 2 else 3.0
    print(json.dumps(asyncio.run(measure(corpus, index_dir, idle))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
