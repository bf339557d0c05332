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
