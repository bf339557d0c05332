"""The one place snapshot tests build their app: the bundled seed corpus, deterministic state.

Each test gets fresh XDG folders (see conftest), so the index is built anew and no user theme
or noise mark leaks in; the cursor does not blink so frames are stable.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

from textual.app import App
from textual.pilot import Pilot
from textual.widgets import Input
from textual.worker import WorkerCancelled

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import StartOptions, WaicReaderApp

SIZE = (120, 40)
# A small corpus in every format the app reads, with dates (and one undated article).
COVERAGE_MIX = Path(__file__).parent / "fixtures" / "coverage_mix"
# A week of coverage (14-20 July 2025) with two stray dates: an archive piece of 1990 and a typo's 2099.
STRAY_DATES = Path(__file__).parent / "fixtures" / "stray_dates"


def make_app(
    open_doc: str | None = None, compare: tuple[str, str] | None = None, corpus: Path | None = None
) -> WaicReaderApp:
    """The app on the bundled seeds, or on ``corpus``."""
    Input.cursor_blink = False
    ws = Workspace(corpus)
    options = StartOptions(
        open_doc=ws.corpus.resolve(open_doc) if open_doc else None,
        compare=(ws.corpus.resolve(compare[0]), ws.corpus.resolve(compare[1])) if compare else None,
    )
    return WaicReaderApp(ws, options, save_settings=False)


async def workers_done(app: App[None]) -> None:
    """Wait until no worker runs. A worker the app cancels while this waits (an exclusive worker
    replaced: the fact sheet and the matrix start their analysis again when the index changes
    under them, tui/corpus_follower.py) ends the wait with WorkerCancelled; its replacement is
    then waited for in turn."""
    for _ in range(20):
        try:
            await app.workers.wait_for_complete()
            return
        except WorkerCancelled:
            continue
    await app.workers.wait_for_complete()


async def settle(pilot: Pilot[None]) -> None:
    """Wait until every worker (index, search, analysis) has finished and the screen repainted."""
    for _ in range(3):
        await pilot.pause()
        await workers_done(pilot.app)
    await pilot.pause()


def then(*keys: str) -> Callable[[Pilot[None]], Awaitable[None]]:
    """A run_before that settles, presses ``keys`` one by one (settling after each), settles."""

    async def run(pilot: Pilot[None]) -> None:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)

    return run
