"""Concurrent use with real processes: two builds at once, a search while another process
writes, noise marks saved by two processes, and a TUI/Workspace after a CLI rebuild."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hostile import BODY, write
from processes import CLI, generations, long_corpus, run, start, wait_for_build_start
from snapshot_app import settle

from waic_reader.index.analysis.overrides import Overrides
from waic_reader.index.workspace import Workspace


@pytest.mark.parametrize("second", [["index"], ["search", "council"], ["index", "--rebuild"]])
def test_two_first_runs_at_once_both_succeed(tmp_path: Path, second: list[str]) -> None:
    corpus = long_corpus(tmp_path / "corpus", 300)
    ix = tmp_path / "ix"
    first = start("--corpus", str(corpus), "--index-dir", str(ix), "index")
    wait_for_build_start(ix, [])
    other = start("--corpus", str(corpus), "--index-dir", str(ix), *second)
    _out_first, err_first = first.communicate(timeout=300)
    out_other, err_other = other.communicate(timeout=300)
    assert first.returncode == 0, err_first
    assert other.returncode == 0, err_other
    assert "index busy: waiting for another waic-reader to finish building it" in err_other
    assert "Traceback" not in err_first + err_other
    if second[0] == "index":
        assert out_other.startswith("300 articles indexed")
    else:
        assert out_other.startswith("300 articles match council")
    assert len(generations(ix)) == 1  # the second used the first's index (no second build)


def test_search_while_another_process_updates_says_busy_and_uses_the_index(tmp_path: Path) -> None:
    corpus = long_corpus(tmp_path / "corpus", 300)
    ix = tmp_path / "ix"
    assert run("--corpus", str(corpus), "--index-dir", str(ix), "index").returncode == 0
    before = generations(ix)
    writer = start("--corpus", str(corpus), "--index-dir", str(ix), "index", "--rebuild")
    wait_for_build_start(ix, before)
    write(corpus, "late.txt", f"# Late\n\n{BODY} A zebrafish arrived late.\n")  # something to update
    try:
        search = run("--corpus", str(corpus), "--index-dir", str(ix), "search", "council")
        index = run("--corpus", str(corpus), "--index-dir", str(ix), "index")
        as_json = run("--corpus", str(corpus), "--index-dir", str(ix), "search", "zebrafish", "--json")
        assert writer.poll() is None, "the rebuild ended before the checks: make the corpus larger"
    finally:
        _out, err = writer.communicate(timeout=300)
    busy = "waic-reader: index busy: another waic-reader is updating it; searching the index as it is\n"
    assert search.returncode == 0 and search.stderr == busy
    assert search.stdout.startswith("300 articles match council")  # the existing index
    assert index.returncode == 0 and index.stderr == busy and "not updated" in index.stdout
    assert as_json.returncode == 0 and json.loads(as_json.stdout)["total"] == 0 and as_json.stderr == busy
    assert writer.returncode == 0, err
    after = run("--corpus", str(corpus), "--index-dir", str(ix), "index")
    assert "updated: 1 added" in after.stdout and after.stderr == ""


_MARKER = """
import sys
from pathlib import Path
from waic_reader.index.analysis.overrides import Overrides
marks = Overrides.load(Path(sys.argv[1]))
print("loaded", flush=True)
for line in sys.stdin:
    doc, text = line.rstrip("\\n").split("\\t")
    marks.mark_and_save(doc, text, "noise")
    print("saved", flush=True)
"""


def marker(corpus: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", _MARKER, str(corpus)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline() == "loaded\n"
    return proc


def mark_in(proc: subprocess.Popen[str], doc: str, text: str) -> None:
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(f"{doc}\t{text}\n")
    proc.stdin.flush()
    assert proc.stdout.readline() == "saved\n"


def test_marks_saved_by_two_processes_are_both_kept(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    one, two = marker(corpus), marker(corpus)  # both read the (empty) marks first
    mark_in(one, "a", "Related: first block")
    mark_in(two, "b", "Related: second block")
    mark_in(one, "b", "Related: third block")
    mark_in(two, "a", "Related: first block")  # the same mark again: kept once
    for proc in (one, two):
        assert proc.stdin is not None
        proc.stdin.close()
        assert proc.wait(timeout=30) == 0
    marks = Overrides.load(corpus)
    assert len(marks) == 3
    assert marks.get("a", "Related: first block") == "noise"
    assert marks.get("b", "Related: second block") == marks.get("b", "Related: third block") == "noise"


def test_many_marks_saved_at_once_by_two_processes_are_all_kept(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    script = _MARKER.replace('print("saved", flush=True)', "pass")
    procs = [
        subprocess.Popen([sys.executable, "-c", script, str(corpus)], stdin=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    for n, proc in enumerate(procs):
        assert proc.stdin is not None
        proc.stdin.write("".join(f"d{n}\tblock {k} of process {n}\n" for k in range(30)))
        proc.stdin.close()
    assert [p.wait(timeout=60) for p in procs] == [0, 0]
    assert len(Overrides.load(corpus)) == 60


def test_an_open_workspace_marks_into_the_generation_a_cli_rebuild_made(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(3):
        write(corpus, f"s{i}.txt", f"# Story {i}\n\n{BODY}\n\nA zebrafish swam by in story {i}.\n")
    ix = tmp_path / "ix"
    ws = Workspace(corpus, index_dir=ix)  # the open TUI's workspace
    ws.ensure_index()
    for _ in range(2):  # the CLI rebuilds the index twice while the TUI is open
        assert run("--corpus", str(corpus), "--index-dir", str(ix), "index", "--rebuild").returncode == 0
    block = "A zebrafish swam by in story 1."
    ws.analyser.overrides.mark_and_save("s1", block, "noise")  # what the reader's `m` does
    ws.analyser.invalidate("s1")
    ws.corpus.forget("s1")
    ws.index.update_docs(["s1"])  # no FileNotFoundError …/MAIN_WRITELOCK
    hits = {
        h["doc"]: h["in"]
        for h in json.loads(
            run("--corpus", str(corpus), "--index-dir", str(ix), "search", "zebrafish", "--json").stdout
        )["hits"]
    }
    assert hits == {"s0": ["content"], "s1": ["noise"], "s2": ["content"]}  # the entry is current
    assert {h.doc: h.where for h in ws.search("zebrafish").hits}["s1"] == ["noise"]
    assert len(generations(ix)) == 1  # the generations the TUI no longer reads were removed


async def test_a_mark_that_could_not_be_saved_is_not_applied(
    tmp_path: Path, seeds_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from waic_reader.tui.app import WaicReaderApp
    from waic_reader.tui.screens.reader import ReaderScreen

    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the data folder should be")  # saving fails, even for root
    monkeypatch.setenv("XDG_DATA_HOME", str(blocked))
    app = WaicReaderApp(Workspace(seeds_copy), save_settings=False)
    app.options.open_doc = "002_a8425d810b543e9c"
    said: list[str] = []
    real_notify = app.notify
    monkeypatch.setattr(app, "notify", lambda message, **kw: (said.append(str(message)), real_notify(message, **kw)))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        monkeypatch.setattr(
            reader, "notify", lambda message, **kw: (said.append(str(message)), real_notify(message, **kw))
        )
        await pilot.press("right_curly_bracket", "m")
        await settle(pilot)
        assert reader.loaded.analysis.noise_count() == 0
        assert len(app.workspace.analyser.overrides) == 0
    assert any(m.startswith("Could not save your mark, so it was not applied") for m in said), said
    assert not any(m.startswith("Moved ") for m in said), said
    again = Workspace(seeds_copy)
    again.ensure_index()
    assert again.analyser.doc("002_a8425d810b543e9c").noise_count() == 0


def _file_size_limit(limit: int) -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))  # "disk full" for this process


@pytest.mark.parametrize("failure", ["disk full", "lock not writable"])
def test_when_the_index_cannot_be_written_search_uses_the_existing_one(tmp_path: Path, failure: str) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(3):
        write(corpus, f"s{i}.txt", f"# Story {i}\n\n{BODY}\n")
    ix = tmp_path / "ix"
    assert run("--corpus", str(corpus), "--index-dir", str(ix), "index").returncode == 0
    write(corpus, "late.txt", f"# Late\n\n{BODY} A zebrafish arrived late.\n" * 50)  # an update to write
    preexec = None
    if failure == "disk full":
        preexec = lambda: _file_size_limit(2000)
    else:
        (ix / "waic-index.lock").unlink()
        (ix / "waic-index.lock").mkdir()  # cannot be opened for writing, even by root
    cmd = [*CLI, "--corpus", str(corpus), "--index-dir", str(ix)]
    search = subprocess.run([*cmd, "search", "council"], capture_output=True, text=True, preexec_fn=preexec)
    index = subprocess.run([*cmd, "index"], capture_output=True, text=True, preexec_fn=preexec)
    assert search.returncode == 0 and search.stdout.startswith("3 articles match council")
    (line,) = search.stderr.splitlines()
    assert line.startswith("waic-reader: index update failed (") and line.endswith("searching the index as it is")
    assert index.returncode == 0 and "not updated" in index.stdout and index.stderr == search.stderr
    if failure == "lock not writable":
        (ix / "waic-index.lock").rmdir()
    after = run("--corpus", str(corpus), "--index-dir", str(ix), "index")
    assert "updated: 1 added" in after.stdout and after.stderr == ""


async def test_m_in_an_open_tui_after_a_cli_rebuild_marks_and_indexes(tmp_path: Path, seeds_copy: Path) -> None:
    """The reader's `m` after `waic-reader index --rebuild` ran in another process: no
    FileNotFoundError …/MAIN_WRITELOCK, and the index entry follows the mark."""
    from waic_reader.tui.app import WaicReaderApp
    from waic_reader.tui.screens.reader import ReaderScreen

    ix = tmp_path / "ix"
    app = WaicReaderApp(Workspace(seeds_copy, index_dir=ix), save_settings=False)
    app.options.open_doc = "002_a8425d810b543e9c"
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.index_ready
        for _ in range(2):
            rebuild = run("--corpus", str(seeds_copy), "--index-dir", str(ix), "index", "--rebuild")
            assert rebuild.returncode == 0, rebuild.stderr
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        await pilot.press("right_curly_bracket", "m")
        await settle(pilot)
        assert reader.loaded.analysis.noise_count() == 1
        assert not app.index_error
    query = '"introduced a global action plan"'
    found = run("--corpus", str(seeds_copy), "--index-dir", str(ix), "search", query, "--json")
    hits = {h["doc"]: h["in"] for h in json.loads(found.stdout)["hits"]}
    assert hits.get("002_a8425d810b543e9c") == ["noise"], hits
