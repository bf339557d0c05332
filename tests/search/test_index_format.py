"""The whoosh index on disk names no module of this package (moving a module never damages it)."""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from pathlib import Path

import pytest

from waic_reader.index.workspace import Workspace


def _module_paths_in(index_dir: Path) -> dict[str, int]:
    """Files of the index naming ``waic_reader.`` (how often), plus the count of ``waic_index``."""
    found: dict[str, int] = {}
    stable = 0
    files = [p for p in index_dir.rglob("*") if p.is_file()]
    assert files
    for path in files:
        data = path.read_bytes()
        stable += data.count(b"waic_index.") + data.count(b"cwaic_index\n")
        if b"waic_reader." in data:
            found[str(path.relative_to(index_dir))] = data.count(b"waic_reader.")
    found["<stable names>"] = stable
    return found


def test_built_index_names_no_module_of_this_package(seeds_copy: Path, tmp_path: Path) -> None:
    ws = Workspace(seeds_copy, tmp_path / "index")
    ws.ensure_index(rebuild=True)
    found = _module_paths_in(ws.index_dir)
    # The schema and every posting block are pickled: they name the stable module instead.
    assert found.pop("<stable names>") > 0
    assert found == {}


def test_updated_and_re_marked_index_names_no_module_of_this_package(seeds_copy: Path, tmp_path: Path) -> None:
    ws = Workspace(seeds_copy, tmp_path / "index")
    ws.ensure_index()
    (seeds_copy / "009_new.txt").write_text("Zeppelins landed in Hinton park after the storm. " * 40, "utf-8")
    fresh = Workspace(seeds_copy, ws.index_dir)
    assert fresh.ensure_index().added == ["009_new"]  # a second segment, written by an update
    fresh.index.update_docs(["009_new"])
    found = _module_paths_in(ws.index_dir)
    found.pop("<stable names>")
    assert found == {}


def test_every_pickled_name_resolves_to_the_object_pickled_under_it() -> None:
    from waic_reader.index.search.whoosh.pickled import PICKLED, STABLE_MODULE, resolve

    for name in PICKLED:
        obj = resolve(name)
        assert (obj.__module__, obj.__qualname__) == (STABLE_MODULE, name)  # type: ignore[attr-defined]
        assert getattr(sys.modules[STABLE_MODULE], name) is obj
        assert pickle.loads(pickle.dumps(obj, 2)) is obj
    with pytest.raises(AttributeError):
        resolve("Popen")
    with pytest.raises(AttributeError):
        sys.modules[STABLE_MODULE].Popen  # an unknown name is never kept either


def test_a_stable_name_is_resolved_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # pickle looks the name up again for every posting block it writes: the module keeps it.
    from waic_reader.index.search.whoosh import pickled

    module = sys.modules[pickled.STABLE_MODULE]
    first = module.packed_values
    asked: list[str] = []
    monkeypatch.setattr(pickled, "resolve", asked.append)
    assert module.packed_values is first
    assert pickle.loads(pickle.dumps(first, 2)) is first
    assert asked == []


def test_index_opens_in_a_new_process_that_imported_only_the_engine(seeds_copy: Path, tmp_path: Path) -> None:
    """Unpickling needs ``waic_index`` registered and its names' modules importable on demand."""
    Workspace(seeds_copy, tmp_path / "index").ensure_index()
    code = (
        "import sys\n"
        "from waic_reader.index.workspace import Workspace\n"
        f"ws = Workspace({str(seeds_copy)!r}, {str(tmp_path / 'index')!r})\n"
        "report = ws.ensure_index()\n"
        "assert not report.rebuilt, report.reason\n"
        "print(ws.search('Hinton').total)\n"
    )
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) >= 3
