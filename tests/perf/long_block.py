"""The reader on a very long one-paragraph article (t13x/t13y F15, issue 13): opening it, then
``G``, ``?`` and ``g``, timed as CPU in a new process each run.

    python tests/perf/long_block.py [--megabytes 2.4] [--runs 3] [--size 120x40]

Writes a corpus of one plain-text article (a title and one paragraph of ``--megabytes`` MB of
varied sentences, ~30,000 lines at 120 columns) into a temporary folder, then in each run opens
it in the app under ``App.run_test`` (the index built first, not timed) and times the open (until
every worker is done and the screen repainted) and each key after it. Prints one JSON line:
{"megabytes": m, "open": [cpu s …], "G": […], "?": […], "g": […], "median": {…}} (CPU seconds of
the process, all threads: on a shared machine wall time includes waiting for a core).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WORDS = "rescuers river bank council bridge water evening engineers morning crews pumps levee town".split()


def write_corpus(folder: Path, megabytes: float) -> None:
    rng = random.Random(5)
    out, size = [], 0
    while size < megabytes * 1_000_000:
        sentence = " ".join(rng.choice(WORDS) for _ in range(rng.randint(6, 18))).capitalize() + "."
        out.append(sentence)
        size += len(sentence) + 1
    (folder / "big.txt").write_text("Big flood file\n\n" + " ".join(out) + "\n", "utf-8")


async def _run(corpus: Path, size: tuple[int, int]) -> dict[str, float]:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from snapshot_app import make_app, settle

    from waic_reader.tui.screens.reader import ReaderScreen

    app = make_app(corpus=corpus)
    out: dict[str, float] = {}
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        t = time.process_time()
        app.push_screen(ReaderScreen("big"))
        await settle(pilot)
        out["open"] = time.process_time() - t
        for key in ("G", "question_mark", "escape", "g"):
            t = time.process_time()
            await pilot.press(key)
            await settle(pilot)
            if key != "escape":
                out["?" if key == "question_mark" else key] = time.process_time() - t
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--megabytes", type=float, default=2.4)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--size", default="120x40")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.split("x"))
    if args.child:
        print(json.dumps(asyncio.run(_run(Path(args.child), (width, height)))))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        write_corpus(corpus, args.megabytes)
        subprocess.run(
            [sys.executable, "-m", "waic_reader.tui.cli.main", "--corpus", str(corpus), "index"],
            check=True,
            capture_output=True,
        )
        runs = []
        for _ in range(args.runs):
            done = subprocess.run(
                [sys.executable, __file__, "--child", str(corpus), "--size", args.size],
                check=True,
                capture_output=True,
                text=True,
            )
            runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    keys = ("open", "G", "?", "g")
    result = {"megabytes": args.megabytes, **{k: [round(r[k], 3) for r in runs] for k in keys}}
    result["median"] = {k: round(statistics.median(r[k] for r in runs), 3) for k in keys}
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
