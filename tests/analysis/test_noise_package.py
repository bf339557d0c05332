"""The boilerplate package (index/analysis/noise/) is a stack of modules, one kind of rule each:
no module imports the package itself or one that imports it back (an import cycle works only
until someone moves a line), and the package exports the names the rest of the code imports."""

from __future__ import annotations

import ast
import subprocess
import sys
from graphlib import CycleError, TopologicalSorter
from pathlib import Path

import pytest

import waic_reader.index.analysis.noise as noise

PACKAGE = "waic_reader.index.analysis.noise"
FOLDER = Path(noise.__file__).parent


def sibling_imports(path: Path) -> set[str]:
    """The package's modules ``path`` imports (``"__init__"`` for the package itself), at any depth
    of the file (a lazy import inside a function closes a cycle as well)."""
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level:  # relative: ``from . import x``, ``from .x import y``
            if node.module:
                out.add(node.module.split(".")[0])
            else:
                out |= {"__init__", *(alias.name for alias in node.names)}
        elif isinstance(node, ast.ImportFrom) and node.module is not None:
            if node.module == PACKAGE:
                out.add("__init__")
            elif node.module.startswith(PACKAGE + "."):
                out.add(node.module.removeprefix(PACKAGE + ".").split(".")[0])
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == PACKAGE:
                    out.add("__init__")
                elif alias.name.startswith(PACKAGE + "."):
                    out.add(alias.name.removeprefix(PACKAGE + ".").split(".")[0])
    return out


def graph() -> dict[str, set[str]]:
    return {p.stem: sibling_imports(p) for p in sorted(FOLDER.glob("*.py"))}


def order(g: dict[str, set[str]]) -> list[str]:
    return list(TopologicalSorter(g).static_order())


def test_the_package_has_its_modules() -> None:
    # (So the tests below cannot pass on an empty folder.)
    g = graph()
    assert {"__init__", "patterns", "features", "classify", "article", "split"} <= set(g)
    assert len(g) >= 10


def test_no_module_of_the_package_imports_the_package_itself() -> None:
    importers = sorted(m for m, deps in graph().items() if m != "__init__" and "__init__" in deps)
    assert importers == []


def test_the_modules_import_each_other_without_a_cycle() -> None:
    g = graph()
    ordered = order(g)
    assert ordered[-1] == "__init__"
    # The tables and the text features are at the bottom: they import no rule module.
    assert g["patterns"] == set()
    assert g["features"] <= {"patterns"}


@pytest.mark.parametrize(
    "edges",
    [
        {"features": {"patterns"}, "patterns": {"features"}},  # two modules importing each other
        {"a": {"b"}, "b": {"c"}, "c": {"a"}},  # a longer cycle
        {"a": {"a"}},  # a module importing itself
    ],
)
def test_a_cycle_would_be_found(edges: dict[str, set[str]]) -> None:
    with pytest.raises(CycleError):
        order(edges)


def test_a_lazy_or_relative_import_counts(tmp_path: Path) -> None:
    f = tmp_path / "m.py"
    f.write_text(
        "from . import split\n"
        "def g():\n"
        f"    from {PACKAGE}.classify import _classify\n"
        f"    import {PACKAGE}\n"
        "    from .lists import x\n"
    )
    assert sibling_imports(f) == {"__init__", "split", "classify", "lists"}


def test_the_public_names_are_exported() -> None:
    for name in noise.__all__:
        assert getattr(noise, name) is not None, name
    assert {"split_noise", "NoiseSplit", "Segment", "classify_article", "headline_block", "noise_json"} <= set(
        noise.__all__
    )


@pytest.mark.parametrize("module", sorted(p.stem for p in FOLDER.glob("*.py") if p.stem != "__init__"))
def test_each_module_imports_first_on_its_own(module: str) -> None:
    code = f"import {PACKAGE}.{module}"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
