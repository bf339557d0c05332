"""Running waic-reader as real processes, for the concurrency and signal tests."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from hostile import BODY, WORDS, write

CLI = [sys.executable, "-m", "waic_reader.tui.cli.main"]


def long_corpus(folder: Path, n: int) -> Path:
    """``n`` articles long enough that building their index takes a few seconds."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        paragraphs = "\n\n".join(
            f"{BODY} Part {k} on {WORDS[(i + k) % len(WORDS)]} number {i * 31 + k}." for k in range(40)
        )
        write(folder, f"story{i:04d}.txt", f"# Story {i}\n\n{paragraphs}\n")
    return folder


def start(*args: str, procs: int = 0, **kwargs: object) -> subprocess.Popen[str]:
    """``waic-reader ARGS`` started in the background with ``procs`` build workers."""
    env = {**os.environ, "WAIC_READER_BUILD_PROCS": str(procs)}
    return subprocess.Popen(  # type: ignore[call-overload]
        [*CLI, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, **kwargs
    )


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([*CLI, *args], capture_output=True, text=True, timeout=300)


def generations(index_dir: Path) -> list[Path]:
    """The generation folders the app made (with their marker), oldest first."""
    return sorted(p for p in index_dir.glob("gen-*") if (p / "waic-generation").exists())


def wait_for_build_start(index_dir: Path, before: list[Path]) -> None:
    """Until another process has started a new generation (it holds the write lock by then)."""
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if [g for g in generations(index_dir) if g not in before]:
            return
        time.sleep(0.01)
    raise AssertionError("the first build never started")
