"""Per-key latency of the app's everyday keys, measured with Textual's Pilot (the bench's TUI section).

    python tests/perf/tui_keys.py [--workdir DIR] [--repeat N] [--think S] [--json FILE] [--pilot-waits]

Corpus: the 220 generated articles of ``gen.py`` plus one long article of ~4,900 words
(``gen.long_article_text``), indexed once. The app runs headless at 120x40.

What one sample is: the time from the key press until (1) the key's visible effect is in the
widgets (the reader holds the article, the panel lists its entities, the compare panes are
filled, the fact table has its first rows, …), (2) every worker the key started has finished and
any animation it started has ended, (3) every message queued for the app, the screen and its
widgets has been handled, those the handlers posted meanwhile included, and (4) the screen has
made its layout and paint pass (``Screen._on_timer_update``, what its refresh timer calls: it
lays out and renders into the headless driver), and once more after the callbacks that pass
scheduled (``call_after_refresh``) have run. That is the time until the terminal would show the
result; the terminal's own drawing is not included, nor the wait for the screen's next refresh
tick (at most 1/60 s in the app, where the paint is driven by that timer). Each sample also
records the process's CPU time over the same interval (all its threads, the harness's own
polling included): on a shared machine the wall time includes waiting for a core, the CPU time
does not; and the time spent in Python's garbage collector, with the number of samples a full
collection (generation 2, ~15-100 ms here, growing with the objects the session keeps) fell in:
those land in whichever key allocates when one is due, and set most of the p95s.

The key is posted to the app as ``Pilot.press`` posts it, without Pilot's waits: ``Pilot.press``
waits twice for the process to look idle (Textual's ``wait_for_idle``: sleeps of 20 ms until one
passes with under 1 ms of CPU, so at least 40 ms, in 20 ms steps) and ``Pilot.pause`` a third
time: a key that does nothing measured ~65 ms that way, ``n`` (~16 ms of CPU) ~105 ms; waited
for as above they take ~3 ms and ~16–22 ms. The idle waits also counted time after the work
was done and painted, and ended only when the process went quiet for 20 ms. ``--pilot-waits``
measures as before (``Pilot.press``, then (1), (2) and ``Pilot.pause``), for figures comparable
with earlier runs.

Think time (``--think S``, default 0): a person reads between keys; the app uses such pauses
(after ``WaicReaderApp.IDLE_COLLECT_AFTER_S`` without input it collects garbage and freezes what
survived, so the collections during the next keys are short). With ``--think S`` the harness
waits S seconds, doing nothing, before each sample (before the first letter of each word typed,
not between letters: a typist does not pause there), so those passes happen as they would for
a person; each sample is still measured from the key press until its result is painted, as
above, and the pause is not in it. ``--think 0`` (the default) presses each key as soon as the
previous one is painted and settled: the back-to-back measure of earlier runs. The idle passes
the app ran, and what they took, are reported beside the keys (they ran while nobody waited).

Keys (the screen they are pressed on): ``enter`` open the long article (library), first as
an article not read in this session (its text, split and mentions dropped from the process's
caches, as for every article a user opens the first time) and then again,
``e`` entity panel open and close, ``b`` boilerplate panel open and close, ``n`` next search
match (reader opened with a query), ``enter`` compare open (article picker), ``y`` aligned→free
and free→aligned (compare), ``f`` fact sheet to its first rows (library), and typing in the
search box (each letter to its results, as ``bench.py``'s "keystroke to results").

Then the first press of ``enter`` (the long article), ``f`` and compare in a fresh process, as a
user meets them once a session (``first_keys.py``: nothing imported beforehand, 3 s of quiet
before each key; ``min(repeat, 3)`` processes).

Speed is reported, never asserted; the machine's load (``os.getloadavg``) is reported beside it.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import gen  # noqa: E402

KEYS_CORPUS_SIZE = 220
LONG_WORDS = 4900
LONG_NAME = "long-feature.txt"
QUERY = "artificial OR conference OR tencent"  # words spread over the long article: ~25 matches
TYPED = ["semiconductor", "government policy"]
TIMEOUT_S = 60.0


def ensure_keys_corpus(workdir: Path) -> Path:
    """220 generated articles plus the long one, generated once under ``workdir``."""
    folder = workdir / f"corpus-keys-{KEYS_CORPUS_SIZE}-v{gen.GENERATOR_VERSION}"
    marker = folder / ".complete"
    if marker.exists():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(KEYS_CORPUS_SIZE):
        (folder / f"a{i:06d}.txt").write_text(gen.article_text(i), "utf-8")
    (folder / LONG_NAME).write_text(gen.long_article_text(LONG_WORDS), "utf-8")
    marker.write_text("ok", "utf-8")
    return folder


def _summary(values: list[float]) -> dict[str, Any]:
    if not values:
        return {"n": 0}
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {
        "n": len(values),
        "median": round(statistics.median(ordered), 1),
        "p95": round(p95, 1),
        "max": round(ordered[-1], 1),
        "samples": [round(v, 1) for v in values],
    }


class _CollectorClock:
    """Time the process spends in Python's cyclic garbage collector (``gc.callbacks``), and how
    many of its collections were full ones (generation 2: each walks every object not frozen)."""

    def __init__(self) -> None:
        self.seconds = 0.0
        self.full = 0
        self._started = 0.0

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._started = time.perf_counter()
        else:
            self.seconds += time.perf_counter() - self._started
            self.full += info["generation"] == 2


def _key_event(app: Any, key: str) -> Any:
    """The ``Key`` event ``Pilot.press`` posts for ``key`` (as Textual's ``App._press_keys`` makes it)."""
    from textual import events
    from textual.keys import REPLACED_KEYS, _character_to_key, _get_unicode_name_from_key

    if len(key) == 1 and not key.isalnum():
        key = _character_to_key(key)
    char: str | None
    try:
        char = unicodedata.lookup(_get_unicode_name_from_key(REPLACED_KEYS.get(key, key)))
    except KeyError:
        char = key if len(key) == 1 else None
    event = events.Key(key, char)
    event.set_sender(app)
    return event


async def _handled(app: Any) -> None:
    """Until every message queued for the app, its screen and the screen's widgets is handled
    (a callback queued behind each, as ``Pilot`` waits for the screen), again while the handlers
    posted more."""
    while True:
        await _queued_handled([app, *app.screen.walk_children(with_self=True)])
        if not any(pump.message_queue_size for pump in [app, *app.screen.walk_children(with_self=True)]):
            return


async def _queued_handled(pumps: list[Any]) -> None:
    """Until what is queued now for each of ``pumps`` is handled."""
    pending = 0
    all_done = asyncio.Event()

    def one_done() -> None:
        nonlocal pending
        pending -= 1
        if pending == 0:
            all_done.set()

    for pump in pumps:
        if pump.call_later(one_done):
            pending += 1
    if pending:
        await asyncio.wait_for(all_done.wait(), TIMEOUT_S)


async def _workers_done(app: Any) -> None:
    """Until every worker of the app has ended, those it cancelled meanwhile included (a screen
    cancels its running search or sheet when a newer one starts: its thread still runs on until it
    notices, and is waited for)."""
    from textual.worker import WorkerCancelled

    while running := [worker for worker in app.workers if not worker.is_finished]:
        for worker in running:
            with contextlib.suppress(WorkerCancelled):  # it ended, cancelled: its result is not wanted
                await worker.wait()


async def _painted(app: Any) -> None:
    """Steps (2)-(4) of the module docstring: workers, animations, messages, layout and paint."""
    await _workers_done(app)
    await app.animator.wait_until_complete()
    await _handled(app)
    app.screen._on_timer_update()  # lay out and paint, as the screen's refresh timer does
    await _handled(app)  # what the paint scheduled (call_after_refresh), then paint what it changed
    app.screen._on_timer_update()


async def _run(
    corpus: Path, index_dir: Path, repeat: int, pilot_waits: bool = False, think: float = 0.0
) -> dict[str, Any]:
    from textual.css.query import NoMatches
    from textual.pilot import Pilot
    from textual.widgets import OptionList

    from waic_reader.index.workspace import Workspace
    from waic_reader.tui.app import WaicReaderApp
    from waic_reader.tui.screens.compare import CompareScreen
    from waic_reader.tui.screens.fact_sheet import FactSheetScreen, FactTable
    from waic_reader.tui.screens.library import LibraryScreen
    from waic_reader.tui.screens.pick import PickArticleScreen
    from waic_reader.tui.screens.reader import ReaderScreen
    from waic_reader.tui.screens.search import QueryInput, SearchScreen
    from waic_reader.tui.widgets.article_table import ArticleTable
    from waic_reader.tui.widgets.article_view import ArticleView
    from waic_reader.tui.widgets.entity_panel import EntityPanel
    from waic_reader.tui.widgets.noise_panel import NoisePanel

    ws = Workspace(corpus, index_dir)
    ws.ensure_index()
    long_doc = ws.corpus.resolve(Path(LONG_NAME).stem)
    settings = Path(tempfile.mkdtemp(prefix="waic-keys-"))
    app = WaicReaderApp(ws, settings_dir=settings, save_settings=False)
    samples: dict[str, list[float]] = {}
    cpu_samples: dict[str, list[float]] = {}  # CPU time of the whole process (all its threads)
    timeouts: dict[str, int] = {}
    gc_samples: dict[str, list[float]] = {}  # of which in the garbage collector
    full_collections: dict[str, int] = {}  # samples holding a full collection
    collector = _CollectorClock()

    async def settle(pilot: Pilot[None]) -> None:
        for _ in range(2):
            await pilot.pause()
            await app.workers.wait_for_complete()
        await pilot.pause()

    async def timed(
        pilot: Pilot[None], name: str, key: str, done: Callable[[], bool], *, reads_first: bool = True
    ) -> None:
        if think and reads_first:
            await asyncio.sleep(think)  # the user reads; the app may collect meanwhile (not timed)
        t, cpu, in_gc, full = time.perf_counter(), time.process_time(), collector.seconds, collector.full
        if pilot_waits:
            await pilot.press(key)
        else:
            app.post_message(_key_event(app, key))
        limit = time.monotonic() + TIMEOUT_S
        while not shown(done):
            if time.monotonic() > limit:
                timeouts[name] = timeouts.get(name, 0) + 1
                await settle(pilot)
                return
            await asyncio.sleep(0.0005)
        if pilot_waits:
            await app.workers.wait_for_complete()
            await pilot.pause()
        else:
            await _painted(app)
        samples.setdefault(name, []).append((time.perf_counter() - t) * 1000)
        cpu_samples.setdefault(name, []).append((time.process_time() - cpu) * 1000)
        gc_samples.setdefault(name, []).append((collector.seconds - in_gc) * 1000)
        full_collections[name] = full_collections.get(name, 0) + (collector.full > full)

    def shown(done: Callable[[], bool]) -> bool:
        try:
            return done()
        except NoMatches:  # the screen is still composing its widgets
            return False

    def reader() -> ReaderScreen | None:
        screen = app.screen
        return screen if isinstance(screen, ReaderScreen) else None

    def reader_shows(doc: str) -> bool:
        r = reader()
        return (
            r is not None
            and r.loaded is not None
            and r.loaded.article.doc == doc
            and bool(r.query_one(ArticleView).block_views)
        )

    def panel_open(kind: type[EntityPanel] | type[NoisePanel]) -> bool:
        r = reader()
        if r is None or not r.query_one("#side-panel").display:
            return False
        panel = r.query_one(kind)
        return bool(panel.display and panel.query_one(OptionList).option_count)

    def panel_closed() -> bool:
        r = reader()
        return r is not None and not r.query_one("#side-panel").display

    gc.callbacks.append(collector)  # removed below; an exception ends the run
    async with app.run_test(headless=True, size=(120, 40)) as pilot:
        await settle(pilot)
        deadline = time.monotonic() + 600
        while not app.index_ready and time.monotonic() < deadline:
            await pilot.pause(0.05)
        await settle(pilot)
        for _ in range(repeat):
            # -- library: open the long article ------------------------------------------------
            assert isinstance(app.screen, LibraryScreen), app.screen
            table = app.screen.query_one("#library", ArticleTable)
            table.move_cursor(table.keys.index(long_doc))
            table.focus()
            await settle(pilot)
            # First as a user meets it: an article not read in this session (its text, split and
            # mentions forgotten), then again (what the app keeps of it in memory).
            ws.analyser.invalidate(long_doc)
            ws.corpus.forget(long_doc)
            await timed(pilot, "open article, first time (4,900 words)", "enter", lambda: reader_shows(long_doc))
            await settle(pilot)
            await pilot.press("escape")
            await settle(pilot)
            await timed(pilot, "open article again (4,900 words)", "enter", lambda: reader_shows(long_doc))
            await settle(pilot)
            # -- reader: panels --------------------------------------------------------------
            for key, kind, name in (("e", EntityPanel, "entity panel"), ("b", NoisePanel, "boilerplate panel")):
                await timed(pilot, f"{key} {name} open", key, lambda kind=kind: panel_open(kind))  # type: ignore[misc]
                await settle(pilot)
                await timed(pilot, f"{key} {name} close", key, panel_closed)
                await settle(pilot)
            # -- compare: picker enter, y, y ---------------------------------------------------
            await pilot.press("c")
            await settle(pilot)
            assert isinstance(app.screen, PickArticleScreen), app.screen

            def compare_shown() -> bool:
                s = app.screen
                if not isinstance(s, CompareScreen) or s.alignment is None:
                    return False
                aligned = s.query_one("#aligned")
                # the rows are drawn (AlignedView.rows; a widget per row before it, as children)
                return bool(getattr(aligned, "rows", None) or aligned.children)

            await timed(pilot, "compare open (enter in picker)", "enter", compare_shown)
            await settle(pilot)
            compare = app.screen
            assert isinstance(compare, CompareScreen)

            def free_shown(compare: CompareScreen = compare) -> bool:
                return not compare.synced and bool(compare.query_one("#free-a", ArticleView).block_views)

            await timed(pilot, "y compare aligned → free", "y", free_shown)
            await settle(pilot)
            await timed(pilot, "y compare free → aligned", "y", lambda compare=compare: compare.synced)  # type: ignore[misc]
            await settle(pilot)
            await pilot.press("escape")
            await settle(pilot)
            await pilot.press("escape")  # the reader
            await settle(pilot)
            # -- reader with search matches: n --------------------------------------------------
            app.push_screen(ReaderScreen(long_doc, query=QUERY))
            await settle(pilot)
            r = reader()
            assert r is not None and len(r.targets()) > 10, "the long article should hold many matches"
            for _ in range(5):
                before = r.current
                await timed(pilot, "n next match", "n", lambda r=r, before=before: r.current == before + 1)  # type: ignore[misc]
                await settle(pilot)
            await pilot.press("escape")
            await settle(pilot)
            # -- fact sheet ----------------------------------------------------------------------
            assert isinstance(app.screen, LibraryScreen), app.screen

            def facts_shown() -> bool:
                s = app.screen
                return isinstance(s, FactSheetScreen) and s.query_one(FactTable).row_count > 0

            await timed(pilot, "f fact sheet (first rows)", "f", facts_shown)
            await settle(pilot)
            await pilot.press("escape")
            await settle(pilot)
            # -- search typing ---------------------------------------------------------------------
            await pilot.press("slash")
            await settle(pilot)
            search = app.screen
            assert isinstance(search, SearchScreen), search
            box = search.query_one(QueryInput)
            for text in TYPED:
                await pilot.press("ctrl+u")
                await settle(pilot)
                for i, ch in enumerate(text):
                    key = "space" if ch == " " else ch

                    def typed(expected: str = box.value + ch, search: SearchScreen = search) -> bool:
                        return search.results is not None and search.results.query == expected

                    await timed(pilot, "search typing (each letter)", key, typed, reads_first=i == 0)
            await pilot.press("escape")
            await settle(pilot)
    gc.callbacks.remove(collector)
    idle_passes = getattr(app, "idle_collections", None)  # None: an app without idle passes
    idle_seconds = getattr(app, "idle_collection_seconds", 0.0)
    idle_full = getattr(app, "idle_full_collections", None)  # None: every pass is a full one
    ws.index.close()
    shutil.rmtree(settings, ignore_errors=True)
    return {
        "keys": {name: _summary(values) for name, values in samples.items()},
        "keys_cpu": {name: _summary(values) for name, values in cpu_samples.items()},
        "keys_gc": {name: _summary(values) for name, values in gc_samples.items()},
        "full_collections": full_collections,
        "timeouts": timeouts,
        "size": "120x40",
        "articles": KEYS_CORPUS_SIZE + 1,
        "long_article_words": len(gen.long_article_text(LONG_WORDS).split()),
        "waits": "pilot" if pilot_waits else "tight",
        "think_s": think,
        "idle_collections": idle_passes,
        "idle_full_collections": idle_full if idle_full is not None else idle_passes,
        "idle_collection_ms_mean": round(idle_seconds * 1000 / idle_passes, 1) if idle_passes else None,
    }


def measure_tui_keys(workdir: Path, repeat: int, pilot_waits: bool = False, think: float = 0.0) -> dict[str, Any]:
    """Per-key latency (see the module docstring), with the load average before and after, and
    the first press of each key in a fresh process (``first_keys``: :func:`measure_first_keys`)."""
    corpus = ensure_keys_corpus(workdir)
    index_dir = workdir / f"index-keys-{KEYS_CORPUS_SIZE}"
    load_before = os.getloadavg()
    result = asyncio.run(_run(corpus, index_dir, repeat, pilot_waits, think))
    result["first_keys"] = measure_first_keys(corpus, index_dir, min(repeat, FIRST_ROUNDS))
    result["loadavg_before"] = [round(x, 2) for x in load_before]
    result["loadavg_after"] = [round(x, 2) for x in os.getloadavg()]
    return result


FIRST_ROUNDS = 3  # fresh processes for the first presses (each waits 3 s before each key)


def measure_first_keys(corpus: Path, index_dir: Path, rounds: int) -> dict[str, dict[str, Any]]:
    """The first ``enter`` (long article), ``f`` and compare of a session: ``first_keys.py`` in a
    new process per round; per key the wall-time summary and the CPU median (ms)."""
    import subprocess

    wall: dict[str, list[float]] = {}
    cpu: dict[str, list[float]] = {}
    for _ in range(rounds):
        proc = subprocess.run(
            [sys.executable, str(HERE / "first_keys.py"), str(corpus), str(index_dir)],
            capture_output=True,
            text=True,
            timeout=600,
        )
        if proc.returncode != 0:
            # check=True would raise CalledProcessError, whose message drops the child's stderr
            raise RuntimeError(f"first_keys.py exited with {proc.returncode}; its stderr:\n{proc.stderr}")
        for name, (w, c) in json.loads(proc.stdout.strip().splitlines()[-1]).items():
            wall.setdefault(name, []).append(w)
            cpu.setdefault(name, []).append(c)
    return {name: {**_summary(wall[name]), "cpu_median": _summary(cpu[name])["median"]} for name in wall}


def table_rows(result: dict[str, Any]) -> list[tuple[str, str]]:
    """(key, "median / p95 / max ms (n)") rows for the bench's table."""
    rows = []
    for name, s in result["keys"].items():
        if s["n"]:
            cpu = result["keys_cpu"][name]
            figures = f"{s['median']} / {s['p95']} / {s['max']} ms ({s['n']}), CPU median {cpu['median']} ms"
            if "keys_gc" in result:
                in_gc, full = result["keys_gc"][name], result["full_collections"][name]
                figures += f", GC max {in_gc['max']} ms, full collections in {full}/{s['n']}"
            rows.append((name, figures))
    return rows


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--workdir", metavar="DIR", help="cache of generated corpora and indexes")
    p.add_argument("--repeat", type=int, default=5, help="rounds of every key (median and p95 over them)")
    p.add_argument(
        "--think",
        type=float,
        default=0.0,
        metavar="S",
        help="seconds of doing nothing before each sample, as a reader would (0: back to back)",
    )
    p.add_argument("--json", metavar="FILE", help="write every figure and sample to FILE")
    p.add_argument(
        "--pilot-waits", action="store_true", help="wait as Pilot.press and Pilot.pause do (the measure before 2026-12)"
    )
    args = p.parse_args(argv)
    workdir = Path(args.workdir or Path.home() / ".cache" / "waic-reader-bench").expanduser()
    workdir.mkdir(parents=True, exist_ok=True)
    result = measure_tui_keys(workdir, max(1, args.repeat), args.pilot_waits, max(0.0, args.think))
    print(
        f"per-key latency, {result['articles']} articles, {result['size']}, load {result['loadavg_before']}"
        f" (after: {result['loadavg_after']}), {result['waits']} waits, think {result['think_s']} s"
    )
    if result["idle_collections"] is not None:
        print(
            f"idle collections by the app: {result['idle_collections']} ({result['idle_full_collections']} full),"
            f" mean {result['idle_collection_ms_mean']} ms"
        )
    print("key                                  median / p95 / max (samples)")
    for name, figures in table_rows(result):
        print(f"{name:<36} {figures}")
    print("first press in a fresh process (after 3 s of quiet)")
    for name, s in result["first_keys"].items():
        print(
            f"{'first ' + name:<36} {s['median']} / {s['p95']} / {s['max']} ms ({s['n']}), CPU median {s['cpu_median']} ms"
        )
    if result["timeouts"]:
        print(f"timeouts: {result['timeouts']}")
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
