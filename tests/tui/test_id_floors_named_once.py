"""The fewest cells a doc id cut by ``id_keeping`` keeps are named once, in tui/safe.py, with why
they differ (round s50-z): the mentions list had its ``ID_CELLS = 16``, the search screen its
``TWIN_ID_CELLS = 28`` and a bare 24 in ``head_name``, three floors for "the one way every screen
cuts ids", none saying why it was not another's."""

from __future__ import annotations

import ast
from pathlib import Path

from waic_reader.tui import safe

TUI = Path(safe.__file__).parent
FLOORS = {"ID_FLOOR", "HEAD_ID_FLOOR", "TWIN_ID_FLOOR"}


def _modules() -> list[tuple[Path, ast.Module]]:
    return [(p, ast.parse(p.read_text("utf-8"))) for p in sorted(TUI.rglob("*.py"))]


def test_the_floors_are_safes() -> None:
    assert all(isinstance(getattr(safe, name), int) for name in FLOORS)
    own = [
        f"{path.relative_to(TUI)}: {target.id}"
        for path, tree in _modules()
        if path.name != "safe.py"
        for node in tree.body
        if isinstance(node, (ast.Assign, ast.AnnAssign))
        for target in (node.targets if isinstance(node, ast.Assign) else [node.target])
        if isinstance(target, ast.Name) and ("ID_CELLS" in target.id or "ID_FLOOR" in target.id)
    ]
    assert own == []


def test_no_bare_floor_where_an_id_is_cut() -> None:
    """In every function that cuts an id, a ``max`` (the floor under the room the line gives)
    takes no number written out: a floor is one of safe's names."""
    bare = []
    for path, tree in _modules():
        for func in ast.walk(tree):
            if not isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            calls = [n for n in ast.walk(func) if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)]
            if not any(c.func.id == "id_keeping" for c in calls):  # type: ignore[attr-defined]
                continue
            for c in calls:
                if c.func.id == "max":  # type: ignore[attr-defined]
                    for arg in c.args:
                        if isinstance(arg, ast.Constant) and isinstance(arg.value, int):
                            bare.append(f"{path.relative_to(TUI)}:{c.lineno}")
                        if isinstance(arg, ast.Name) and "ID" in arg.id.split("_") and arg.id not in FLOORS:
                            bare.append(f"{path.relative_to(TUI)}:{c.lineno} {arg.id}")
    assert bare == []
