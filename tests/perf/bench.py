"""waic-reader benchmark: cold start, search while typing, indexing, memory; SQLite FTS5 beside it.

    python tests/perf/bench.py --sizes 1k,10k [--repeat 5] [--json FILE] [--workdir DIR]

Corpora are generated deterministically (tests/perf/gen.py) into the work folder (default: the
user cache, ``~/.cache/waic-reader-bench``) once and reused, with their indexes. Every timing is
reported as median and p95 over repeated runs; ``--json FILE`` writes every figure and every raw
sample. Speed is reported, never asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import gen  # noqa: E402
from correctness import CORRECTNESS_LOG, measure_correctness  # noqa: E402
from tui_keys import measure_tui_keys, table_rows  # noqa: E402

SEEDS_SIZE = "seeds"

# The fixed query log: (class, query). "typed" entries are expanded one letter at a time, exactly
# as the search box sends them (typing=True); all others are run as submitted queries.
QUERY_LOG: list[tuple[str, str]] = [
    ("common", "government"),
    ("common", "people"),
    ("common", "market"),
    ("common", "year"),
    ("rare", gen.VOCAB[9000]),
    ("rare", gen.VOCAB[18000]),
    ("rare", gen.VOCAB[27000]),
    ("rare", "Hinton"),
    ("two words", "chip export"),
    ("two words", "government policy"),
    ("two words", "security Nvidia"),
    ("two words", f"people {gen.VOCAB[4000]}"),
    ("phrase", '"Eric Schmidt"'),
    ("phrase", '"World Artificial Intelligence Conference"'),
    ("phrase", '"the government"'),
    ("phrase", '"people said"'),
    ("field", "outlet:reuters"),
    ("field", "outlet:guardian chip"),
    ("field", "title:market"),
    ("field", 'entity:"Geoffrey Hinton"'),
    ("prefix", "sem*"),
    ("prefix", "gov*"),
    ("prefix", "ch*"),
    ("prefix", "in*"),
    ("typed", "semiconductor"),
    ("typed", "government policy"),
    ("typed", "hinton"),
    ("typed", "artificial intel"),
    ("typed", '"the government"'),  # a phrase typed: its unfinished last word left out (parser.close_typed)
    ("typed", f"{gen.VOCAB[6000]}"),
]

QUERIES_TYPED_IN_TUI = ["semiconductor", "government policy", "artificial intel"]


def typed_steps(text: str) -> list[str]:
    return [text[:i] for i in range(1, len(text) + 1) if text[:i].strip()]


def expanded_log() -> list[tuple[str, str, bool]]:
    """(class, query, typing) for every query the engine runs, keystrokes expanded."""
    out = []
    for cls, q in QUERY_LOG:
        if cls == "typed":
            out.extend((cls, step, True) for step in typed_steps(q))
        else:
            out.append((cls, q, False))
    return out


# -- statistics ----------------------------------------------------------------------------------


def pct(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    k = (len(s) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)


def summary(values: list[float], digits: int = 2) -> dict[str, Any]:
    return {
        "median": round(statistics.median(values), digits) if values else None,
        "p95": round(pct(values, 95), digits) if values else None,
        "max": round(max(values), digits) if values else None,
        "n": len(values),
    }


def parse_size(text: str) -> int | str:
    text = text.strip().lower()
    if text == SEEDS_SIZE:
        return SEEDS_SIZE
    if text.endswith("k"):
        return int(float(text[:-1]) * 1000)
    return int(text)


def label(n: int | str) -> str:
    if isinstance(n, str):
        return n
    return f"{n // 1000}k" if n % 1000 == 0 and n >= 1000 else str(n)


# -- setting up corpora and indexes ------------------------------------------------------------


def seeds_dir(workdir: Path) -> Path:
    """A copy of the bundled seeds (the update timing rewrites a file; never the installed one)."""
    from waic_reader.index.paths import bundled_seeds

    copy = workdir / "corpus-seeds"
    if copy.exists():
        shutil.rmtree(copy)
    shutil.copytree(bundled_seeds(), copy, ignore=shutil.ignore_patterns("__pycache__", "*.py", "*.pyc"))
    return copy


def open_workspace(corpus: Path, index_dir: Path):  # type: ignore[no-untyped-def]
    from waic_reader.index.workspace import Workspace

    return Workspace(corpus, index_dir)


def measure_build(corpus: Path, index_dir: Path, repeat: int) -> dict[str, Any]:
    """Full rebuild with analysis; the last build is left in ``index_dir`` for the other steps."""
    rates, seconds = [], []
    n = 0
    for _ in range(repeat):
        ws = open_workspace(corpus, index_dir)
        n = len(ws.corpus.entries)
        t = time.perf_counter()
        report = ws.ensure_index(rebuild=True)
        dt = time.perf_counter() - t
        ws.index.close()
        seconds.append(dt)
        rates.append(report.indexed / dt)
    # The live generation only: an older one may stay on disk (kept while another process could
    # read it), and counting it doubled the figure.
    current = (index_dir / "CURRENT").read_text("utf-8").strip() if (index_dir / "CURRENT").is_file() else ""
    live = index_dir / current if current else index_dir
    size = sum(f.stat().st_size for f in live.rglob("*") if f.is_file())
    return {
        "articles": n,
        "seconds": summary(seconds),
        "articles_per_s": summary(rates, 1),
        "index_mb": round(size / 1e6, 1),
        "cpus": os.cpu_count(),
    }


def index_ready(
    corpus: Path, index_dir: Path, n: int | str, repeat: int, build_repeat: int, results: dict[str, Any]
) -> None:
    """Build (and time) the index unless an up-to-date one is cached; then time an update."""
    ws = open_workspace(corpus, index_dir)
    cached, _ = ws.index._open_existing()
    if cached is None or cached.doc_count() != len(ws.corpus.entries) or build_repeat > 0:
        print(f"  building the index of {label(n)} ({len(ws.corpus.entries)} articles)…", flush=True)
        results["build"] = measure_build(corpus, index_dir, max(1, build_repeat))
    else:
        results["build"] = {"skipped": "index cached from an earlier run; pass --build-repeat N"}
    ws.index.close()


def measure_update(corpus: Path, index_dir: Path, repeat: int) -> dict[str, Any]:
    """One article changes: time rescanning the folder and syncing the index (as the app does)."""
    docs = sorted(p for p in corpus.iterdir() if p.suffix == ".txt")
    path = docs[len(docs) // 2]
    ws = open_workspace(corpus, index_dir)
    ws.ensure_index()  # current first (a cached index of a fresh copy of the seeds is not)
    ws.index.close()
    original = path.read_bytes()
    st = path.stat()
    samples, syncs = [], []
    try:
        for i in range(repeat):
            path.write_bytes(original + f"\n\nCorrection {i}: an earlier version misstated the figure.\n".encode())
            os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + (i + 1) * 1_000_000_000))
            t = time.perf_counter()
            ws = open_workspace(corpus, index_dir)
            t_sync = time.perf_counter()
            report = ws.ensure_index()
            end = time.perf_counter()
            ws.index.close()
            assert report.updated == [path.stem] and not report.rebuilt, report.to_json()
            samples.append((end - t) * 1000)
            syncs.append((end - t_sync) * 1000)
    finally:
        path.write_bytes(original)
        os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
        ws = open_workspace(corpus, index_dir)
        ws.ensure_index()
        ws.index.close()
    return {"doc": path.stem, "rescan_and_sync_ms": summary(samples), "sync_ms": summary(syncs)}


# -- engine search ------------------------------------------------------------------------------


def measure_engine(corpus: Path, index_dir: Path, repeat: int) -> dict[str, Any]:
    ws = open_workspace(corpus, index_dir)
    ws.ensure_index()
    index = ws.index
    log = expanded_log()
    for cls, q, typing in log:  # warm-up: first touches of the term files
        _search(index, q, typing)
    by_class: dict[str, list[float]] = {}
    per_query: dict[str, list[float]] = {}
    totals: dict[str, int] = {}
    for _ in range(repeat):
        for cls, q, typing in log:
            t = time.perf_counter()
            res = _search(index, q, typing)
            ms = (time.perf_counter() - t) * 1000
            by_class.setdefault(cls, []).append(ms)
            per_query.setdefault(f"{cls}\t{q}", []).append(ms)
            totals[f"{cls}\t{q}"] = res.total if res is not None else -1
    index.close()
    all_ms = [v for vs in by_class.values() for v in vs]
    worst = max(per_query.items(), key=lambda kv: max(kv[1]))
    return {
        "classes": {c: summary(v) for c, v in by_class.items()},
        "all": summary(all_ms),
        "slowest_query": {"query": worst[0].split("\t", 1)[1], "max_ms": round(max(worst[1]), 2)},
        "queries": {k: {**summary(v), "total": totals[k]} for k, v in per_query.items()},
    }


def _search(index, q: str, typing: bool):  # type: ignore[no-untyped-def]
    from waic_reader.index.search.whoosh.parser import QueryError

    try:
        return index.search(q, limit=50, typing=typing)
    except QueryError:
        return None


# -- SQLite FTS5 reference ----------------------------------------------------------------------


def fts_build(corpus: Path, index_dir: Path, db_path: Path) -> dict[str, Any]:
    """Same articles, same titles and outlets (from the index's stored fields)."""
    if db_path.exists():
        db_path.unlink()
    ws = open_workspace(corpus, index_dir)
    ws.ensure_index()
    stored = ws.index.stored()
    ws.index.close()
    t = time.perf_counter()
    con = sqlite3.connect(db_path)
    con.execute("CREATE VIRTUAL TABLE fts USING fts5(doc UNINDEXED, title, outlet, body, prefix='2 3')")
    rows = []
    for doc, entry in ws.corpus.entries.items():
        f = stored.get(doc)
        rows.append((doc, f.title if f else "", (f.outlet or "") if f else "", entry.path.read_text("utf-8")))
        if len(rows) >= 1000:
            con.executemany("INSERT INTO fts VALUES (?,?,?,?)", rows)
            rows = []
    con.executemany("INSERT INTO fts VALUES (?,?,?,?)", rows)
    con.commit()
    dt = time.perf_counter() - t
    con.close()
    return {
        "seconds": round(dt, 2),
        "articles_per_s": round(len(stored) / dt, 1),
        "db_mb": round(db_path.stat().st_size / 1e6, 1),
    }


def to_fts(q: str, typing: bool) -> str | None:
    """The waic query in FTS5 syntax (words AND-ed, phrases, prefixes, column filters)."""
    if typing and q.count('"') % 2:
        # A phrase being typed, read as the engine reads it (parser.close_typed): one word a
        # prefix; of several words, the unfinished last one left out until a space follows it.
        head, _, phrase = q.rpartition('"')
        words = phrase.split()
        if not words:
            return to_fts(head, False) if head.strip() else None
        if len(words) == 1 and not q.endswith(" "):
            return to_fts(f"{head}{words[0]}", True)
        kept = words if q.endswith(" ") else words[:-1]
        return to_fts(f'{head}"{" ".join(kept)}"', False)
    parts = re.findall(r'(\w+:)?("[^"]*"|\S+)', q)
    out = []
    for i, (field, word) in enumerate(parts):
        last = i == len(parts) - 1
        if word.startswith('"'):
            term = word
        else:
            w = re.sub(r"[^\w*]", "", word)
            if not w.strip("*"):
                continue
            if typing and last and len(w) >= 3 and not q.endswith(" ") and not w.endswith("*"):
                w += "*"
            term = w if w.endswith("*") else f'"{w}"'
        field = field[:-1] if field else ""
        if field in ("outlet", "title"):
            out.append(f"{field} : {term}")
        else:  # entity: and unfielded words search title and body
            out.append(f"{{title body}} : {term}")
    return " AND ".join(out) or None


def measure_fts(db_path: Path, repeat: int) -> dict[str, Any]:
    con = sqlite3.connect(db_path)
    log = expanded_log()

    def run(q: str, typing: bool) -> int:
        expr = to_fts(q, typing)
        if expr is None:
            return 0
        hits = con.execute(
            "SELECT doc, snippet(fts, 3, '[', ']', '…', 24) FROM fts WHERE fts MATCH ? ORDER BY rank LIMIT 50", (expr,)
        ).fetchall()
        total = con.execute("SELECT count(*) FROM fts WHERE fts MATCH ?", (expr,)).fetchone()[0]
        return total if hits or total else 0

    for _, q, typing in log:
        run(q, typing)
    by_class: dict[str, list[float]] = {}
    for _ in range(repeat):
        for cls, q, typing in log:
            t = time.perf_counter()
            run(q, typing)
            by_class.setdefault(cls, []).append((time.perf_counter() - t) * 1000)
    con.close()
    all_ms = [v for vs in by_class.values() for v in vs]
    return {"classes": {c: summary(v) for c, v in by_class.items()}, "all": summary(all_ms, 3)}


# -- processes: cold start and memory ---------------------------------------------------------


def run_harness(args: list[str], timeout: float = 600) -> dict[str, Any]:
    t0 = time.time()
    proc = subprocess.run(
        [sys.executable, str(HERE / "harness.py"), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ, "TEXTUAL_ANIMATIONS": "none"},
    )
    lines = [ln for ln in proc.stdout.splitlines() if ln.startswith("{")]
    if proc.returncode != 0 or not lines:
        raise RuntimeError(f"harness {args[0]} failed ({proc.returncode}): {proc.stderr[-1500:]}")
    data = json.loads(lines[-1])
    data["start_to_paint_ms"] = (data["painted"] - t0) * 1000
    if "checked" in data:
        data["start_to_checked_ms"] = (data["checked"] - t0) * 1000
    if "loaded" in data:
        data["start_to_loaded_ms"] = (data["loaded"] - t0) * 1000
    return data


def measure_cold_start(corpus: Path, index_dir: Path, repeat: int) -> dict[str, Any]:
    waic, bare = [], []
    for _ in range(repeat):  # interleaved so both see the same machine state
        bare.append(run_harness(["bare", str(corpus)])["start_to_paint_ms"])
        waic.append(run_harness(["waic", str(corpus), str(index_dir)])["start_to_paint_ms"])
    w, b = summary(waic, 1), summary(bare, 1)
    return {
        "waic_ms": w,
        "bare_textual_ms": b,
        "ratio_median": round(w["median"] / b["median"], 2),
        "ratio_p95": round(w["p95"] / b["p95"], 2),
    }


def measure_listing(corpus: Path, index_dir: Path, repeat: int) -> dict[str, Any]:
    """The one listing path (``Workspace.list_rows``) as a user meets it, both ways:

    ``list --json`` as run from a shell (a new process each time), and the library's
    start-to-rows: from the app's process start until the library has painted every row's
    title, date and counts (harness ``rows`` mode, Pilot-free headless run at 120x40). The first
    ``list`` after the listing cache is removed fills it from the rows the index stored
    (``first_list_s``); the following runs are the figures that matter.
    """
    cmd = [
        sys.executable,
        "-m",
        "waic_reader.tui.cli.main",
        "--corpus",
        str(corpus),
        "--index-dir",
        str(index_dir),
        "list",
        "--json",
    ]
    (index_dir / "listing.json").unlink(missing_ok=True)
    t = time.perf_counter()
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    first = time.perf_counter() - t
    rows = len(json.loads(out)["articles"])
    warm, library, checked = [], [], []
    for _ in range(repeat):  # interleaved so both see the same machine state
        t = time.perf_counter()
        subprocess.run(cmd, capture_output=True, check=True)
        warm.append((time.perf_counter() - t) * 1000)
        data = run_harness(["rows", str(corpus), str(index_dir)])
        library.append(data["start_to_paint_ms"])
        checked.append(data["start_to_checked_ms"])
    return {
        "rows": rows,
        "first_list_s": round(first, 2),
        "list_ms": summary(warm, 1),
        "library_rows_painted_ms": summary(library, 1),
        # The rows painted first are the last listing's; then the folder is listed and they are
        # checked (replaced where a file changed).
        "library_rows_checked_ms": summary(checked, 1),
    }


def measure_memory(corpus: Path, index_dir: Path) -> dict[str, Any]:
    data = run_harness(["memory", str(corpus), str(index_dir)])
    return {
        "peak_rss_mb": round(data["maxrss_kb"] / 1024, 1),
        "start_to_library_filled_ms": round(data["start_to_loaded_ms"], 1),
        "first_two_searches_ms": round(data["search_ms"], 1),
    }


# -- TUI: keystroke to results painted -------------------------------------------------------


async def _pilot_typing(corpus: Path, index_dir: Path, repeat: int) -> dict[str, Any]:
    from waic_reader.tui.app import WaicReaderApp
    from waic_reader.tui.screens.search import QueryInput, SearchScreen

    ws = open_workspace(corpus, index_dir)
    app = WaicReaderApp(ws, settings_dir=Path(tempfile.mkdtemp(prefix="waic-bench-")), save_settings=False)
    samples: list[float] = []
    timeouts = 0
    async with app.run_test(headless=True, size=(120, 40)) as pilot:
        deadline = time.monotonic() + 600
        while not app.index_ready and time.monotonic() < deadline:
            await pilot.pause(0.05)
        await pilot.press("slash")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SearchScreen), screen
        box = screen.query_one(QueryInput)
        for r in range(repeat):
            for text in QUERIES_TYPED_IN_TUI:
                await pilot.press("ctrl+u")
                await pilot.pause()
                for ch in text:
                    t = time.perf_counter()
                    await pilot.press("space" if ch == " " else ch)
                    value = box.value
                    limit = time.monotonic() + 10
                    while not (screen.results is not None and screen.results.query == value):
                        if time.monotonic() > limit:
                            break
                        await asyncio.sleep(0.0005)
                    else:
                        await pilot.pause()  # the OptionList repaints
                        samples.append((time.perf_counter() - t) * 1000)
                        continue
                    timeouts += 1
    ws.index.close()
    return {
        "keystroke_to_results_ms": summary(samples, 1),
        "keystrokes": len(samples),
        "timeouts": timeouts,
        "queries": QUERIES_TYPED_IN_TUI,
    }


def measure_tui_typing(corpus: Path, index_dir: Path, repeat: int) -> dict[str, Any]:
    return asyncio.run(_pilot_typing(corpus, index_dir, repeat))


# -- the CLI's --batch ------------------------------------------------------------------------


def check_cli_batch(corpus: Path, index_dir: Path, workdir: Path) -> dict[str, Any]:
    queries = [q for _, q, _ in expanded_log() if not _]
    batch = workdir / "batch-queries.txt"
    batch.write_text("\n".join(["# comment lines are skipped", *queries]) + "\n", "utf-8")
    t = time.perf_counter()
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "waic_reader.tui.cli.main",
            "--corpus",
            str(corpus),
            "--index-dir",
            str(index_dir),
            "search",
            "--batch",
            str(batch),
            "--json",
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    dt = time.perf_counter() - t
    lines = [json.loads(ln) for ln in proc.stdout.splitlines() if ln.strip()]
    ok = (
        proc.returncode == 0 and len(lines) == len(queries) and all({"query", "total", "hits"} <= set(d) for d in lines)
    )
    return {
        "ok": ok,
        "exit": proc.returncode,
        "queries": len(queries),
        "json_lines": len(lines),
        "seconds": round(dt, 2),
        "stderr": proc.stderr[-300:],
    }


# -- driver -----------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    mem = ""
    try:
        with open("/proc/meminfo") as fh:
            kb = int(fh.readline().split()[1])
            mem = f"{kb / 1024 / 1024:.0f} GiB"
    except OSError:
        pass
    cpu = ""
    try:
        for ln in open("/proc/cpuinfo"):
            if ln.startswith("model name"):
                cpu = ln.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    from importlib.metadata import version as _version

    import whoosh

    return {
        "cpus": os.cpu_count(),
        "cpu": cpu,
        "memory": mem,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "whoosh": whoosh.versionstring(),
        "textual": _version("textual"),
        "sqlite": sqlite3.sqlite_version,
    }


def bench_size(n: int | str, args: argparse.Namespace, workdir: Path) -> dict[str, Any]:
    res: dict[str, Any] = {"size": label(n)}
    t = time.perf_counter()
    corpus = seeds_dir(workdir) if n == SEEDS_SIZE else gen.ensure_corpus(workdir, n)  # type: ignore[arg-type]
    res["generate_s"] = round(time.perf_counter() - t, 1)
    index_dir = workdir / f"index-{label(n)}"
    res["articles"] = sum(1 for p in corpus.iterdir() if p.suffix in (".txt", ".md"))
    print(f"[{label(n)}] {res['articles']} articles in {corpus}", flush=True)
    want = lambda section: not args.only or section in args.only
    index_ready(corpus, index_dir, n, args.repeat, args.build_repeat if want("build") else 0, res)
    if want("update"):
        print(f"[{label(n)}] update one article…", flush=True)
        res["update"] = measure_update(corpus, index_dir, max(3, args.repeat))
    if want("search"):
        print(f"[{label(n)}] engine search…", flush=True)
        res["search"] = measure_engine(corpus, index_dir, args.repeat)
    if want("correctness"):
        print(f"[{label(n)}] correctness: search vs a scan of the corpus…", flush=True)
        ws = open_workspace(corpus, index_dir)
        ws.ensure_index()
        res["correctness"] = measure_correctness(ws)
        ws.index.close()
    if not args.no_fts and want("fts5") and "search" in res:
        print(f"[{label(n)}] SQLite FTS5…", flush=True)
        db = workdir / f"fts-{label(n)}.sqlite"
        res["fts5_build"] = fts_build(corpus, index_dir, db)
        res["fts5_search"] = measure_fts(db, args.repeat)
        ratios = {}
        for cls, s in res["search"]["classes"].items():
            f = res["fts5_search"]["classes"].get(cls)
            if f and f["p95"]:
                ratios[cls] = round(s["p95"] / max(f["p95"], 1e-3), 1)
        res["whoosh_over_fts5_p95"] = ratios
        db.unlink(missing_ok=True)
    if (n == SEEDS_SIZE or n in args.cold_sizes) and want("cold"):
        print(f"[{label(n)}] cold start…", flush=True)
        res["cold_start"] = measure_cold_start(corpus, index_dir, args.repeat)
    if n in args.memory_sizes and want("memory"):
        print(f"[{label(n)}] memory…", flush=True)
        res["memory"] = measure_memory(corpus, index_dir)
    if n in args.tui_sizes and want("tui"):
        print(f"[{label(n)}] keystroke to results (Pilot)…", flush=True)
        res["tui_typing"] = measure_tui_typing(corpus, index_dir, max(1, args.repeat // 2))
    if n in args.list_sizes and want("list"):
        print(f"[{label(n)}] list and library rows…", flush=True)
        res["listing"] = measure_listing(corpus, index_dir, args.repeat)
    if n == SEEDS_SIZE and want("cli"):
        res["cli_batch"] = check_cli_batch(corpus, index_dir, workdir)
    return res


# Real English news with many figures, the corpus of the fact sheet's "dense" timing: the seeds and
# the fact sheet's test corpora (every article a story's report with tolls, money, measures).
FACT_SOURCES = (
    "quake",
    "dam_t13d",
    "wildfire_s25",
    "typhoon_s26",
    "ferry_aboard",
    "ferry_repeats",
    "facts_s29f_mine",
    "facts_s29i_dam",
    "facts_s30b_money",
    "facts_s30n_rates",
)
_SMALL_NUMBER = re.compile(r"(?<![\d.,:])\d{1,3}(?![\d,.:])")


def figure_dense_corpus(workdir: Path, n: int) -> Path:
    """``n`` articles copied from the seeds and :data:`FACT_SOURCES` (cycled: copy ``k`` of each
    named ``NAME-k``), the numbers of one to three digits of two copies in three raised by one or
    two, so a fact's values agree across some copies and disagree across others, as many
    outlets' reports of a few stories do. Made once under ``workdir``; the generated corpus
    (``gen.py``), whose invented words name little, gives a fact sheet a few figures only."""
    from waic_reader.index.paths import bundled_seeds

    folder = workdir / f"facts-dense-{n}-v1"
    marker = folder / ".complete"
    if marker.exists():
        return folder
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    fixtures = HERE.parent / "fixtures"
    sources = sorted(p for p in bundled_seeds().iterdir() if p.suffix in (".txt", ".md"))
    for name in FACT_SOURCES:
        sources += sorted(p for p in (fixtures / name).iterdir() if p.suffix in (".txt", ".md"))
    for i in range(n):
        src, copy = sources[i % len(sources)], i // len(sources)
        text = src.read_text("utf-8")
        if copy % 3:
            text = _SMALL_NUMBER.sub(lambda m, d=copy % 3: str(int(m.group()) + d), text)
        (folder / f"{src.parent.name}-{src.stem}-{copy:04d}{src.suffix}").write_text(text, "utf-8")
    marker.write_text("", "utf-8")
    return folder


def measure_facts(n: int, workdir: Path, repeat: int, dense: bool = False) -> dict[str, Any]:
    """The fact sheet over a whole corpus of ``n`` articles, as the fact sheet screen and
    ``waic-reader facts`` compute it (``Workspace.fact_sheet``) with the index open, a fresh
    workspace each run. The first run is the first fact sheet after indexing (``figures.json``
    removed): it reads the figures the index kept for each article while indexing it, and
    groups them (``cold_seconds``); the ``repeat`` runs after it do the same with the index's
    outlets and dates (``seconds``). ``figures_and_grouping_s``: extraction and
    grouping again from articles in memory, the recogniser's own share. The corpus is the
    generated one, or with ``dense`` :func:`figure_dense_corpus` (``"corpus": "dense"``)."""
    from waic_reader.index.analysis.facts import fact_sheet
    from waic_reader.index.analysis.figure_cache import FILE_NAME

    corpus = figure_dense_corpus(workdir, n) if dense else gen.ensure_corpus(workdir, n)
    index_dir = workdir / f"index-facts-{'dense-' if dense else ''}{label(n)}"
    totals, grouping, cpu, cold, cold_cpu = [], [], [], [], []
    facts = figures = 0
    for run in range(repeat + 1):
        ws = open_workspace(corpus, index_dir)
        ws.ensure_index()  # as in the app, where the index is open (built once, not timed)
        if run == 0:
            (index_dir / FILE_NAME).unlink(missing_ok=True)
        t, c = time.perf_counter(), time.process_time()
        got = ws.fact_sheet()
        (cold if run == 0 else totals).append(time.perf_counter() - t)
        (cold_cpu if run == 0 else cpu).append(time.process_time() - c)
        if run == 0:
            continue
        sheet = got.facts
        # The same again from the articles in memory: the figures' and grouping's own share.
        articles = ws.corpus.articles()
        pairs = list(zip(articles, ws.noise_spans(articles), strict=True))
        t2 = time.perf_counter()
        fact_sheet(pairs)
        grouping.append(time.perf_counter() - t2)
        facts, figures = len(sheet), sum(len(f.values) for f in sheet)
    return {
        "articles": n,
        "corpus": "dense" if dense else "generated",
        "seconds": summary(totals),
        "cpu_seconds": summary(cpu),  # the process's CPU time: what a shared machine's load does not inflate
        "cold_seconds": summary(cold),
        "cold_cpu_seconds": summary(cold_cpu),
        "figures_and_grouping_s": summary(grouping),
        "facts": facts,
        "figures": figures,
    }


def measure_quotes(n: int, workdir: Path, repeat: int) -> dict[str, Any]:
    """Quotes of ``n`` articles as ``waic-reader quotes`` computes them: recognition and attribution
    in every article (``find_quotes``, given its boilerplate spans and entity mentions, which the
    analysis computes for the index anyway: done once beforehand, not timed), then the grouping of
    all quotes into statements (``statements``). Also on a quote-dense corpus: the seeds and the
    labelled quote set (tests/fixtures/quotes) repeated to ``n`` articles, so every statement is
    reported by ~n/15 articles: the grouping's worst case."""
    from dataclasses import replace

    from waic_reader.index.analysis.analyser import Analyser
    from waic_reader.index.analysis.quotes.group import statements
    from waic_reader.index.analysis.quotes.recognise import find_quotes
    from waic_reader.index.corpus.reader import Corpus
    from waic_reader.index.paths import bundled_seeds

    data_dir = workdir / "quotes-data"  # no user noise marks

    def prepared(folder: Path) -> list[Any]:
        corpus = Corpus.scan(folder)
        analyser = Analyser(corpus, data_dir)
        out = []
        for article in corpus.articles():
            analysis = analyser.analyse(article)
            out.append((article, analysis.mentions, analysis.noise_spans()))
        return out

    def timed(items: list[Any], copies: int) -> dict[str, Any]:
        recognise, grouping, total, cpu = [], [], [], []
        quotes_n = statements_n = 0
        for _ in range(repeat):
            c0 = time.process_time()
            t0 = time.perf_counter()
            quotes = []
            for k in range(copies):
                for article, mentions, spans in items:
                    found = find_quotes(article, mentions, spans)
                    quotes.extend(replace(q, doc=f"{q.doc}#{k}") for q in found) if copies > 1 else quotes.extend(found)
            t1 = time.perf_counter()
            grouped = statements(quotes)
            t2 = time.perf_counter()
            cpu.append(time.process_time() - c0)
            recognise.append(t1 - t0)
            grouping.append(t2 - t1)
            total.append(t2 - t0)
            quotes_n, statements_n = len(quotes), len(grouped)
        return {
            "articles": len(items) * copies,
            "quotes": quotes_n,
            "statements": statements_n,
            "recognise_s": summary(recognise, 3),
            "group_s": summary(grouping, 3),
            "total_s": summary(total, 3),
            "cpu_s": summary(cpu, 3),  # the process's CPU time: what a shared machine's load does not inflate
        }

    print(f"[{label(n)}] quotes: analysing (not timed)…", flush=True)
    res: dict[str, Any] = {"size": label(n), "generated": timed(prepared(gen.ensure_corpus(workdir, n)), 1)}
    dense: list[Any] = []
    for folder in (
        bundled_seeds(),
        HERE.parent / "fixtures" / "quotes" / "tuned",
        HERE.parent / "fixtures" / "quotes" / "unseen",
    ):
        dense += prepared(folder)
    res["dense"] = timed(dense, -(-n // len(dense)))
    return res


def measure_first_open(n: int, workdir: Path, repeat: int) -> dict[str, Any]:
    """The first entity matrix (``E``) and Quotes screen (``Q``) of a session, each in ``repeat``
    new app processes (at least 5) on :func:`figure_dense_corpus` of ``n`` articles (real news
    text: names, quotes; the generated corpus's invented words name little), indexed once, the
    key pressed from a reader once the app's warm-up has run to its end
    (``analysis_screens.first_only`` with ``warm``: what issue 13's 150 ms a key asks of a
    screen's first open). Per key: the process's CPU ms over the key until the screen shows its
    rows, its workers have ended and it has painted (``cpu``), the UI thread's alone
    (``ui_cpu``; the rest is the screen's worker) and the wall ms (``first``: on a shared machine
    mostly waiting for a core), each a :func:`summary` of the runs; ``load``: the load average
    after them."""
    from analysis_screens import first_only

    corpus = figure_dense_corpus(workdir, n)
    index_dir = workdir / f"index-first-open-{label(n)}"
    got = first_only(corpus, index_dir, max(5, repeat), "EQ", 0.0, warm=True)
    out: dict[str, Any] = {"articles": n, "load": got["load"]}
    for key in "EQ":
        out[key] = {figure: summary(got[key][figure], 1) for figure in ("cpu", "ui_cpu", "first")}
        out[key]["samples"] = got[key]
    return out


def fmt(s: dict[str, Any] | None, key: str = "median") -> str:
    if not s or s.get(key) is None:
        return "-"
    v = s[key]
    return f"{v:.0f}" if v >= 100 else f"{v:.1f}" if v >= 10 else f"{v:.2f}"


def print_table(report: dict[str, Any]) -> None:
    m = report["machine"]
    print(
        f"\nwaic-reader benchmark · {m['cpus']} CPUs ({m['cpu']}), {m['memory']}, Python {m['python']}, "
        f"whoosh {m['whoosh']}, textual {m['textual']}, SQLite {m['sqlite']} · repeat {report['repeat']}"
    )
    rows = []
    for r in report["sizes"]:
        sz = r["size"]
        b = r.get("build", {})
        if "articles_per_s" in b:
            rows.append(
                (
                    sz,
                    "build with analysis",
                    f"{b['articles_per_s']['median']:.0f} articles/s, "
                    f"{b['seconds']['median']:.1f} s, {b['index_mb']} MB",
                )
            )
        if "fts5_build" in r:
            rows.append((sz, "  FTS5 build (reference)", f"{r['fts5_build']['articles_per_s']:.0f} articles/s"))
        u = r.get("update")
        if u:
            rows.append(
                (
                    sz,
                    "one article changed: rescan+sync ms",
                    f"{fmt(u['rescan_and_sync_ms'])} / {fmt(u['rescan_and_sync_ms'], 'p95')}",
                )
            )
        for cls, s in r.get("search", {}).get("classes", {}).items():
            f = r.get("fts5_search", {}).get("classes", {}).get(cls)
            ratio = r.get("whoosh_over_fts5_p95", {}).get(cls)
            rows.append(
                (
                    sz,
                    f"search {cls} ms (median / p95 / max)",
                    f"{fmt(s)} / {fmt(s, 'p95')} / {fmt(s, 'max')}"
                    + (f"   FTS5 {fmt(f)} / {fmt(f, 'p95')}   p95 ratio {ratio}x" if f else ""),
                )
            )
        a = r.get("search", {}).get("all")
        if a:
            rows.append(
                (
                    sz,
                    "search all queries ms",
                    f"{fmt(a)} / {fmt(a, 'p95')} / {fmt(a, 'max')}  slowest: "
                    f"{r['search']['slowest_query']['query']} {r['search']['slowest_query']['max_ms']} ms",
                )
            )
        if "correctness" in r:
            c = r["correctness"]
            rows.append(
                (
                    sz,
                    "correctness: recall vs corpus scan",
                    f"min {c['recall_min']} ({', '.join(f'{k} {v}' for k, v in c['recall_by_class'].items())}); "
                    f"precision min {c['precision_min']}; totals exact: {c['totals_exact']}",
                )
            )
        if "cold_start" in r:
            c = r["cold_start"]
            rows.append(
                (
                    sz,
                    "cold start to library painted ms",
                    f"waic {fmt(c['waic_ms'])} / {fmt(c['waic_ms'], 'p95')}"
                    f"   bare Textual {fmt(c['bare_textual_ms'])} / {fmt(c['bare_textual_ms'], 'p95')}"
                    f"   ratio {c['ratio_median']}x (p95 {c['ratio_p95']}x)",
                )
            )
        if "tui_typing" in r:
            t = r["tui_typing"]
            rows.append(
                (
                    sz,
                    "keystroke to results painted ms",
                    f"{fmt(t['keystroke_to_results_ms'])} / "
                    f"{fmt(t['keystroke_to_results_ms'], 'p95')} / {fmt(t['keystroke_to_results_ms'], 'max')}"
                    f" ({t['keystrokes']} keystrokes)",
                )
            )
        if "memory" in r:
            rows.append((sz, "peak RSS, TUI with index open", f"{r['memory']['peak_rss_mb']} MB"))
        if "listing" in r:
            li = r["listing"]
            rows.append(
                (
                    sz,
                    "list --json ms (cached rows; new process)",
                    f"{fmt(li['list_ms'])} / {fmt(li['list_ms'], 'p95')}   first run (fills the cache) "
                    f"{li['first_list_s']} s, {li['rows']} rows",
                )
            )
            rows.append(
                (
                    sz,
                    "library start to rows painted ms (new process)",
                    f"{fmt(li['library_rows_painted_ms'])} / {fmt(li['library_rows_painted_ms'], 'p95')}",
                )
            )
            rows.append(
                (
                    sz,
                    "library start to rows checked against the folder ms",
                    f"{fmt(li['library_rows_checked_ms'])} / {fmt(li['library_rows_checked_ms'], 'p95')}",
                )
            )
        if "cli_batch" in r:
            rows.append(
                (sz, "waic-reader search --batch --json", "ok" if r["cli_batch"]["ok"] else f"FAILED {r['cli_batch']}")
            )
    for q in report.get("quotes", []):
        for kind in ("generated", "dense"):
            r = q[kind]
            rows.append(
                (
                    q["size"],
                    f"quotes ({kind}): recognise + group s",
                    f"{fmt(r['total_s'])} / {fmt(r['total_s'], 'p95')}   recognise {fmt(r['recognise_s'])}, "
                    f"group {fmt(r['group_s'])}, CPU {fmt(r['cpu_s'])}   ({r['articles']} articles, {r['quotes']} quotes, "
                    f"{r['statements']} statements)",
                )
            )
    for f in report.get("facts", []):
        rows.append(
            (
                label(f["articles"]),
                f"fact sheet s ({f.get('corpus', 'generated')} corpus)",
                f"{fmt(f['seconds'])} / {fmt(f['seconds'], 'p95')}   CPU {fmt(f['cpu_seconds'])}"
                f"   first run after indexing {fmt(f['cold_seconds'])} CPU {fmt(f['cold_cpu_seconds'])}"
                f"   figures and grouping from memory "
                f"{fmt(f['figures_and_grouping_s'])}   ({f['figures']} figures in {f['facts']} facts)",
            )
        )
    for f in report.get("first_open", []):
        for key in "EQ":
            r = f[key]
            rows.append(
                (
                    str(f["articles"]),
                    f"first {key} of a session after the warm-up: CPU ms",
                    f"{fmt(r['cpu'])} / {fmt(r['cpu'], 'p95')} (n {r['cpu']['n']})   UI thread {fmt(r['ui_cpu'])}"
                    f"   wall {fmt(r['first'])}   load {f['load'][0]}",
                )
            )
    keys = report.get("tui_keys")
    if keys:
        load = keys["loadavg_before"]
        for name, figures in table_rows(keys):
            rows.append((str(keys["articles"]), f"key: {name} (median/p95/max)", f"{figures}   load {load[0]}"))
        for name, s in keys.get("first_keys", {}).items():
            figures = f"{s['median']} / {s['p95']} / {s['max']} ms ({s['n']}), CPU median {s['cpu_median']} ms"
            rows.append((str(keys["articles"]), f"first {name} of a session (median/p95/max)", figures))
    w = max(len(x[1]) for x in rows) if rows else 10
    for sz, name, val in rows:
        print(f"{sz:>6}  {name:<{w}}  {val}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--sizes", default="1k,10k", help="comma-separated: seeds, 1k, 10k, 100k, or a number")
    p.add_argument("--repeat", type=int, default=5, help="runs per timing (median and p95 over them)")
    p.add_argument(
        "--build-repeat",
        type=int,
        default=1,
        help="full builds per size (0: reuse a cached index and skip the build timing)",
    )
    p.add_argument("--json", metavar="FILE", help="write every figure to FILE")
    p.add_argument("--workdir", metavar="DIR", help="cache of generated corpora and indexes")
    p.add_argument("--cold-sizes", default="10k", help="sizes that also get the cold-start run (seeds always)")
    p.add_argument("--memory-sizes", default="10k,100k", help="sizes whose TUI peak RSS is measured")
    p.add_argument("--list-sizes", default="1k,10k", help="sizes whose `list` and library rows are timed (e.g. 20000)")
    p.add_argument("--tui-sizes", default="10k", help="sizes with the Pilot keystroke-to-results run")
    p.add_argument("--no-fts", action="store_true", help="skip the SQLite FTS5 reference")
    p.add_argument("--fact-sizes", default="250,1k,3k", help="corpus sizes of the fact sheet timing")
    p.add_argument("--quote-sizes", default="1k", help="corpus sizes of the quotes timing")
    p.add_argument(
        "--first-open-sizes", default="221", help="corpus sizes of the first E and Q of a session (first-open)"
    )
    p.add_argument(
        "--only",
        default="",
        help="comma-separated sections to run (build, update, search, correctness, fts5, cold, memory, tui, list, "
        "cli, facts, quotes, keys, first-open); "
        "default: all",
    )
    args = p.parse_args(argv)
    args.only = {x.strip() for x in args.only.split(",") if x.strip()}
    args.sizes = [parse_size(s) for s in args.sizes.split(",") if s.strip()]
    args.cold_sizes = [parse_size(s) for s in args.cold_sizes.split(",") if s.strip()]
    args.memory_sizes = [parse_size(s) for s in args.memory_sizes.split(",") if s.strip()]
    args.tui_sizes = [parse_size(s) for s in args.tui_sizes.split(",") if s.strip()]
    args.list_sizes = [parse_size(s) for s in args.list_sizes.split(",") if s.strip()]
    args.fact_sizes = [parse_size(s) for s in args.fact_sizes.split(",") if s.strip()]
    args.quote_sizes = [parse_size(s) for s in args.quote_sizes.split(",") if s.strip()]
    args.first_open_sizes = [parse_size(s) for s in args.first_open_sizes.split(",") if s.strip()]
    if args.repeat < 1:
        p.error("--repeat must be at least 1")
    workdir = Path(args.workdir or Path.home() / ".cache" / "waic-reader-bench").expanduser()
    workdir.mkdir(parents=True, exist_ok=True)
    sizes = args.sizes if SEEDS_SIZE in args.sizes else [SEEDS_SIZE, *args.sizes]
    started = time.time()
    report: dict[str, Any] = {
        "machine": machine(),
        "repeat": args.repeat,
        "command": sys.argv,
        "query_log": [list(x) for x in QUERY_LOG],
        "correctness_log": [list(x) for x in CORRECTNESS_LOG],
        "sizes": [],
    }
    standalone = bool(args.only) and args.only <= {"facts", "quotes", "keys", "first-open"}  # no index needed
    for n in [] if standalone else sizes:
        report["sizes"].append(bench_size(n, args, workdir))
        if args.json:  # written after every size so a long run leaves partial figures
            report["seconds"] = round(time.time() - started, 1)
            Path(args.json).write_text(json.dumps(report, indent=2), "utf-8")
    if not args.only or "facts" in args.only:
        report["facts"] = []
        for n in args.fact_sizes:
            print(f"[{label(n)}] fact sheet…", flush=True)
            report["facts"].append(measure_facts(int(n), workdir, args.repeat))
            print(f"[{label(n)}] fact sheet, figure-dense corpus…", flush=True)
            report["facts"].append(measure_facts(int(n), workdir, args.repeat, dense=True))
    if not args.only or "keys" in args.only:
        print("[keys] per-key latency in the app (Pilot, 220 articles + one of 4,900 words)…", flush=True)
        report["tui_keys"] = measure_tui_keys(workdir, args.repeat)
    if not args.only or "quotes" in args.only:
        report["quotes"] = [measure_quotes(int(n), workdir, args.repeat) for n in args.quote_sizes]
    if not args.only or "first-open" in args.only:
        report["first_open"] = []
        for n in args.first_open_sizes:
            print(f"[{label(n)}] first E and Q of a session (new processes, after the warm-up)…", flush=True)
            report["first_open"].append(measure_first_open(int(n), workdir, args.repeat))
    report["seconds"] = round(time.time() - started, 1)
    print_table(report)
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2), "utf-8")
        print(f"\nfigures written to {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
