"""Opening and reopening the whole-corpus screens: the entities × outlets matrix (``E``), the
Quotes screen (``Q``), the timeline (``t``) and the fact sheet (``f``, since round s39-p2), from
a reader, nothing changed in between (t13k F17; the timeline since t13n F22).

    python tests/perf/analysis_screens.py CORPUS [--index DIR] [--repeat N] [--profile FILE]
    python tests/perf/analysis_screens.py CORPUS --index DIR --first-only N [--idle S] [--warm] [--keys E]

The app runs headless at 120x40 on ``CORPUS`` (indexed first, into ``--index``, default a new
temporary folder), opened at its first article. For each key: pressed, then escape, ``N + 1``
times (the first is the first open of the session). Each sample is timed as ``tui_keys.py``
times a key: posted as ``Pilot.press`` posts it, until the screen shows its result (the matrix
has its rows, the Quotes screen its speakers, the timeline its chart), every worker has ended and the screen has laid
out and painted. ``answer`` is the time until the screen is on top (what the key shows at once:
the loading line). ``--profile FILE`` writes cProfile statistics of the whole run (UI thread
only; the workers' threads are not profiled by cProfile).

Prints one JSON line: {"E": {"first": ms, "again": [ms, …], "answer": [ms, …], "cpu": [ms, …],
"ui_cpu": [ms, …]}, "Q": …, "t": …, "load": …} (``cpu``: the process's CPU time over each sample,
all its threads: on a shared machine the wall time includes waiting for a core; ``ui_cpu``: the UI
thread's alone, the rest being the screen's worker; ``ui_hold``: the UI thread's longest hold, the
most CPU it spent between two turns of its event loop, each turn seen by a 1 ms heartbeat task,
in ms: how long a key pressed meanwhile would wait, load aside; ``ui_hold_wall``: the same gap in
wall time, load included).

``--first-only N``: the first press of each key of ``--keys`` (default ``E``) in N new processes
(one key a process: a session's very first open, imports included), each started as above and
left idle ``--idle`` seconds before the key (0: pressed as soon as the article is shown; 12: after
the app's warm-up, tui/warm_up.py, has had its pause); ``--warm``: pressed once the warm-up has
run to its end, however long that took (what ``bench.py --only first-open`` times). Prints {"E":
{"first": [ms, …], "answer": […], "cpu": […], "ui_cpu": […]}, "load": …}.
"""

from __future__ import annotations

import argparse
import asyncio
import cProfile
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from tui_keys import TIMEOUT_S, _key_event, _painted


async def _run(
    corpus: Path, index_dir: Path, repeat: int, keys: str = "EQt", idle: float = 0.0, warm: bool = False
) -> dict[str, Any]:
    from waic_reader.index.workspace import Workspace
    from waic_reader.tui.app import StartOptions, WaicReaderApp
    from waic_reader.tui.screens.entity_matrix import EntityMatrixScreen
    from waic_reader.tui.screens.fact_sheet import FactSheetScreen
    from waic_reader.tui.screens.quotes import QuotesScreen
    from waic_reader.tui.screens.reader import ReaderScreen
    from waic_reader.tui.screens.timeline import TimelineScreen

    screens = {"E": EntityMatrixScreen, "Q": QuotesScreen, "t": TimelineScreen, "f": FactSheetScreen}
    screens = {k: v for k, v in screens.items() if k in keys}

    ws = Workspace(corpus, index_dir)
    ws.ensure_index()
    first = ws.corpus.docs[0]
    settings = Path(tempfile.mkdtemp(prefix="waic-screens-"))
    app = WaicReaderApp(ws, StartOptions(open_doc=first), settings_dir=settings, save_settings=False)
    out: dict[str, Any] = {}
    hold = {"cpu": 0.0, "wall": 0.0}

    async def heartbeat() -> None:
        """The longest stretch between two turns of the UI thread's loop, CPU and wall, in s."""
        wall, cpu = time.perf_counter(), time.thread_time()
        while True:
            await asyncio.sleep(0.001)
            w, c = time.perf_counter(), time.thread_time()
            hold["wall"], hold["cpu"] = max(hold["wall"], w - wall), max(hold["cpu"], c - cpu)
            wall, cpu = w, c

    def shown(key: str) -> bool:
        screen = app.screen
        if isinstance(screen, EntityMatrixScreen):
            return key == "E" and screen.matrix is not None
        if isinstance(screen, TimelineScreen):
            return key == "t" and screen.timeline is not None
        if isinstance(screen, FactSheetScreen):
            return key == "f" and screen.sheet is not None
        return key == "Q" and isinstance(screen, QuotesScreen) and screen.sheet is not None

    def on_top(key: str) -> bool:
        return isinstance(app.screen, screens[key])

    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        while not isinstance(app.screen, ReaderScreen) or app.screen.loaded is None:
            await asyncio.sleep(0.01)
        await _painted(app)
        if idle:
            await asyncio.sleep(idle)  # the app runs meanwhile (its warm-up at the pause)
            await _painted(app)
        if warm:  # until the warm-up has imported and loaded all it does (tui/warm_up.py)
            limit = time.monotonic() + TIMEOUT_S
            while app._to_warm or app.busy():
                if time.monotonic() > limit:
                    raise TimeoutError("warm-up")
                await asyncio.sleep(0.05)
            await _painted(app)
        for key in screens:
            times: list[float] = []
            answers: list[float] = []
            cpu: list[float] = []
            ui: list[float] = []
            holds: list[float] = []
            holds_wall: list[float] = []
            for _ in range(repeat + 1):
                hold["cpu"] = hold["wall"] = 0.0
                beat = asyncio.create_task(heartbeat())
                t, c, u = time.perf_counter(), time.process_time(), time.thread_time()
                app.post_message(_key_event(app, key))
                limit = time.monotonic() + TIMEOUT_S
                answered = None
                while not shown(key):
                    if answered is None and on_top(key):
                        answered = time.perf_counter()
                    if time.monotonic() > limit:
                        raise TimeoutError(key)
                    await asyncio.sleep(0.0005)
                await _painted(app)
                beat.cancel()
                holds.append(round(hold["cpu"] * 1000, 1))
                holds_wall.append(round(hold["wall"] * 1000, 1))
                times.append(round((time.perf_counter() - t) * 1000, 1))
                cpu.append(round((time.process_time() - c) * 1000, 1))
                ui.append(round((time.thread_time() - u) * 1000, 1))  # this (the UI) thread's alone
                answers.append(round(((answered or time.perf_counter()) - t) * 1000, 1))
                app.post_message(_key_event(app, "escape"))
                while not isinstance(app.screen, ReaderScreen):
                    await asyncio.sleep(0.001)
                await _painted(app)
            out[key] = {"first": times[0], "again": times[1:], "answer": answers, "cpu": cpu, "ui_cpu": ui}
            out[key] |= {"ui_hold": holds, "ui_hold_wall": holds_wall}
    out["load"] = [round(x, 2) for x in os.getloadavg()]
    out["articles"] = len(ws.docs)
    return out


def first_only(corpus: Path, index_dir: Path, runs: int, keys: str, idle: float, warm: bool = False) -> dict[str, Any]:
    """The first press of each of ``keys`` in ``runs`` new processes each (see the docstring):
    {key: {"first": [ms, …], "answer": […], "cpu": […], "ui_cpu": […], "ui_hold": […], "ui_hold_wall": […]},
    "load": …, "idle_s": …, "warm": …}."""
    from waic_reader.index.workspace import Workspace

    ws = Workspace(corpus, index_dir)
    ws.ensure_index()  # built or brought up to date once, here
    # and the corpus grouping kept beside it, as the app leaves it once its index is ready: each
    # process's first E and Q read it (else the first process's warm wait let the app work it out
    # and the key found it in memory: round s38-p)
    ws.keep_grouping()
    figures = ("first", "answer", "cpu", "ui_cpu", "ui_hold", "ui_hold_wall")
    out: dict[str, Any] = {key: {figure: [] for figure in figures} for key in keys}
    for _ in range(runs):
        for key in keys:
            cmd = [sys.executable, __file__, str(corpus), "--index", str(index_dir), "--child", "--keys", key]
            cmd += ["--idle", str(idle), *(["--warm"] if warm else [])]
            got = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
            for figure in figures:
                value = got[key][figure]
                out[key][figure].append(value[0] if isinstance(value, list) else value)
    out["load"] = [round(x, 2) for x in os.getloadavg()]
    out["idle_s"] = idle
    out["warm"] = warm
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--index", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", type=Path, default=None)
    parser.add_argument("--first-only", type=int, default=0, metavar="N")
    parser.add_argument("--idle", type=float, default=0.0)
    parser.add_argument("--keys", default=None)
    parser.add_argument("--warm", action="store_true", help="press after the app's warm-up has run to its end")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    index_dir = args.index or Path(tempfile.mkdtemp(prefix="waic-screens-index-"))
    if args.child:  # one new process's first press of one key
        print(json.dumps(asyncio.run(_run(args.corpus, index_dir, 0, args.keys, args.idle, args.warm))))
        return 0
    if args.first_only:
        keys = args.keys or "E"
        print(json.dumps(first_only(args.corpus, index_dir, args.first_only, keys, args.idle, args.warm)))
        return 0
    profiler = cProfile.Profile() if args.profile else None
    if profiler is not None:
        profiler.enable()
    result = asyncio.run(_run(args.corpus, index_dir, args.repeat, args.keys or "EQt"))
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(str(args.profile))
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
