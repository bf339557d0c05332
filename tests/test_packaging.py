"""What a fresh ``pip install .`` gets: every package and data file of the source tree, and every
third-party module the code imports declared as a dependency (a non-editable install into a new
venv is too slow for the suite; these checks read ``pyproject.toml`` and the tree instead)."""

from __future__ import annotations

import ast
import fnmatch
import re
import subprocess
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CONFIG = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))
SETUP = CONFIG["tool"]["setuptools"]
PACKAGE_DIRS = SETUP["package-dir"]  # "waic_reader.index" → "index", …


def _installed_name(folder: Path) -> str:
    for package, where in PACKAGE_DIRS.items():
        base = ROOT / where
        if folder == base or base in folder.parents:
            rel = folder.relative_to(base).parts
            return ".".join([package, *rel])
    raise AssertionError(f"{folder} is under no package-dir of pyproject.toml")


def _tracked(*folders: str) -> list[Path]:
    out = subprocess.run(["git", "ls-files", *folders], cwd=ROOT, capture_output=True, text=True, check=True).stdout
    return [ROOT / line for line in out.splitlines() if line]


def test_every_package_folder_is_installed() -> None:
    folders = {p.parent for p in _tracked(*PACKAGE_DIRS.values())}  # code or data (seeds/)
    assert {_installed_name(f) for f in folders} == set(SETUP["packages"])


def test_every_data_file_the_code_reads_is_package_data() -> None:
    globs = SETUP.get("package-data", {})
    missing = []
    for path in _tracked(*PACKAGE_DIRS.values()):
        if path.suffix == ".py" or path.name.startswith("."):
            continue
        package = _installed_name(path.parent)
        if not any(fnmatch.fnmatch(path.name, g) for g in globs.get(package, [])):
            missing.append(str(path.relative_to(ROOT)))
    assert missing == []


def _imports(paths: list[Path]) -> tuple[set[str], set[str]]:
    """Top-level names imported at module level, and inside functions (imported lazily)."""
    eager: set[str] = set()
    lazy: set[str] = set()

    def walk(node: ast.AST, inside: bool) -> None:
        for child in ast.iter_child_nodes(node):
            names: set[str] = set()
            if isinstance(child, ast.Import):
                names = {a.name.split(".")[0] for a in child.names}
            elif isinstance(child, ast.ImportFrom) and child.module and child.level == 0:
                names = {child.module.split(".")[0]}
            (lazy if inside else eager).update(names)
            walk(child, inside or isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef))

    for path in paths:
        walk(ast.parse(path.read_text("utf-8")), False)
    return eager, lazy


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _names(requirements: list[str]) -> set[str]:
    return {_norm(re.split(r"[<>=!~;\[ ]", d, maxsplit=1)[0]) for d in requirements}


def _undeclared(modules: set[str], declared: set[str]) -> dict[str, list[str]]:
    distributions = packages_distributions()
    out = {}
    for module in modules - set(sys.stdlib_module_names) - {"waic_reader", "__future__"}:
        dists = distributions.get(module, [module])
        if not {_norm(d) for d in dists} & declared:
            out[module] = dists
    return out


def test_every_imported_library_is_a_dependency() -> None:
    eager, lazy = _imports([p for p in _tracked(*PACKAGE_DIRS.values()) if p.suffix == ".py"])
    required = _names(CONFIG["project"]["dependencies"])
    extras = {n for reqs in CONFIG["project"].get("optional-dependencies", {}).values() for n in _names(reqs)}
    # Imported when a module loads or a reader runs: a plain install must bring it.
    assert _undeclared(eager, required) == {}
    # Inside a function: a dependency, or a development step's extra (regenerating cities.txt).
    assert _undeclared(lazy, required | extras) == {}
    # The readers of every format import these lazily: a plain install must bring them all.
    assert _undeclared({"feedparser", "dateutil", "trafilatura", "lxml", "lxml_html_clean", "yaml"}, required) == {}
