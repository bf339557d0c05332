"""Every test module's file name is unique across ``tests/``.

pytest's default ``prepend`` import mode imports a test module under its
bare file name (the test folders are not packages), so two folders holding
``test_x.py`` make collection stop with "import file mismatch" and the whole
run fail (stop 48's CI run failed exactly so).
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

TESTS = Path(__file__).resolve().parent


def test_test_module_names_are_unique() -> None:
    seen: dict[str, list[str]] = defaultdict(list)
    for path in TESTS.rglob("test_*.py"):
        seen[path.name].append(str(path.relative_to(TESTS)))
    clashes = {name: paths for name, paths in seen.items() if len(paths) > 1}
    assert clashes == {}


def test_helpers_are_imported_by_bare_name() -> None:
    """Helpers under ``tests/`` are imported as ``name_helpers``, never as
    ``tests.analysis.name_helpers``: ``tests`` is not a package and is on
    ``sys.path`` only through ``pythonpath = ["tests"]``.  ``python -m pytest``
    also puts the working folder on ``sys.path``, so the dotted form passes
    there and fails collection under CI's bare ``pytest`` (stop 53's CI run
    failed exactly so)."""
    offenders = []
    for path in TESTS.rglob("*.py"):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            stripped = line.strip()
            if stripped.startswith(("from tests.", "import tests.", "from tests import")):
                offenders.append(f"{path.relative_to(TESTS)}:{number}: {stripped}")
    assert offenders == []
