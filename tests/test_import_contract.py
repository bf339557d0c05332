"""The layering of the code, checked on its imports (read from the source, so an import inside a
function or under ``TYPE_CHECKING`` counts too):

- nothing under ``index/`` (the engine) imports Textual or Rich;
- only ``index/search/whoosh/`` imports whoosh;
- nothing under ``tui/`` imports the whoosh backend: the UI reaches search through the workspace;
- the date modules import one way: ``dates`` (dates in text) reads ``date_parse`` (metadata
  values) and ``date_stamps`` (stamp lines), which read ``date_patterns`` alone, never each other
  or ``dates`` (an import cycle among them undid the first split of ``dates.py``).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGES = {"index": "waic_reader.index", "tui": "waic_reader.tui"}


def _module_name(path: Path, root: Path) -> tuple[str, bool]:
    top, *rest = path.relative_to(root).with_suffix("").parts
    is_package = rest[-1:] == ["__init__"]
    if is_package:
        rest = rest[:-1]
    return ".".join([PACKAGES[top], *rest]), is_package


def imports_of(path: Path, root: Path = ROOT) -> list[tuple[int, str]]:
    """(line, absolute module name) of every import in ``path``; relative imports resolved."""
    name, is_package = _module_name(path, root)
    package = name if is_package else name.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                parts = parts[: len(parts) - (node.level - 1)]
                base = ".".join(parts + ([base] if base else []))
            found.append((node.lineno, base))
            found += [(node.lineno, f"{base}.{alias.name}") for alias in node.names]
    return found


def _sources(top: str) -> list[Path]:
    return sorted((ROOT / top).rglob("*.py"))


def _violations(top: str, forbidden: tuple[str, ...], allowed_under: str | None = None) -> list[str]:
    out = []
    for path in _sources(top):
        rel = path.relative_to(ROOT).as_posix()
        if allowed_under and rel.startswith(allowed_under):
            continue
        for line, module in imports_of(path):
            if any(module == f or module.startswith(f + ".") for f in forbidden):
                out.append(f"{rel}:{line} imports {module}")
    return out


def test_the_engine_imports_no_ui_library() -> None:
    assert _violations("index", ("textual", "rich")) == []


def test_only_the_whoosh_backend_imports_whoosh() -> None:
    assert _violations("index", ("whoosh",), allowed_under="index/search/whoosh/") == []
    assert _violations("tui", ("whoosh",)) == []


def test_the_ui_never_imports_the_search_backend() -> None:
    assert _violations("tui", ("waic_reader.index.search.whoosh",)) == []


# Each date module and the date modules it must not import (directly or inside a function).
DATE_LAYERS = {
    "date_patterns": ("date_parse", "date_stamps", "dates"),
    "date_parse": ("date_stamps", "dates"),
    "date_stamps": ("date_parse", "dates"),
}


@pytest.mark.parametrize(("module", "forbidden"), DATE_LAYERS.items())
def test_the_date_modules_import_one_way(module: str, forbidden: tuple[str, ...]) -> None:
    path = ROOT / "index" / "corpus" / f"{module}.py"
    names = {f"waic_reader.index.corpus.{f}" for f in forbidden}
    # ``from …corpus import dates`` gives the module's name; ``from …corpus.dates import x`` its name's.
    found = [f"{line}: {m}" for line, m in imports_of(path) if m in names or m.rpartition(".")[0] in names]
    assert found == []


@pytest.mark.parametrize(
    ("source", "module"),
    [
        ("from textual.app import App\n", "textual.app"),
        ("def f():\n    import rich.text\n", "rich.text"),
        ("from ..search import whoosh\n", "waic_reader.index.search.whoosh"),
        ("from .whoosh.engine import SearchIndex\n", "waic_reader.index.search.whoosh.engine"),
    ],
)
def test_the_checker_sees_each_kind_of_import(tmp_path: Path, source: str, module: str) -> None:
    """The checks above cannot pass by missing an import: each form is found and resolved."""
    target = tmp_path / "index" / "search" / "probe.py"
    target.parent.mkdir(parents=True)
    target.write_text(source, "utf-8")
    assert module in [m for _, m in imports_of(target, tmp_path)]
