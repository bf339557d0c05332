"""A problem with the user's noise marks file reaches the CLI and the TUI through the façade
(``Workspace.marks_error``), never by reaching into the analyser's objects."""

from __future__ import annotations

import ast
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from processes import run

from waic_reader.index.analysis.overrides import block_key, marks_path
from waic_reader.index.workspace import Workspace

ROOT = Path(__file__).resolve().parents[2]
BLOCK = "Share this story with your friends and family on every network you use."


def corpus(root: Path) -> Path:
    root.mkdir()
    (root / "a.txt").write_text(f"# Ferry\n\nThe council voted to rebuild the pier.\n\n{BLOCK}\n", "utf-8")
    return root


def reaches_into_the_analyser(path: Path) -> list[int]:
    """Lines of ``path`` that read ``<anything>.analyser.overrides``."""
    tree = ast.parse(path.read_text("utf-8"), str(path))
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute)
        and node.attr == "overrides"
        and isinstance(node.value, ast.Attribute)
        and node.value.attr == "analyser"
    ]


def test_the_ui_reads_the_marks_problem_through_the_workspace() -> None:
    """The reported case: tui/cli/commands.py and tui/app.py read ``ws.analyser.overrides.error``."""
    found = {p.relative_to(ROOT).as_posix(): reaches_into_the_analyser(p) for p in (ROOT / "tui").rglob("*.py")}
    assert {path: lines for path, lines in found.items() if lines} == {}


def test_a_marks_file_that_is_not_json_is_said_once_by_the_cli(tmp_path: Path) -> None:
    root = corpus(tmp_path / "c")
    path = marks_path()
    path.parent.mkdir(parents=True)
    path.write_text("{not json", "utf-8")
    ws = Workspace(root, tmp_path / "ix")
    assert ws.marks_error is not None and "is not valid JSON" in ws.marks_error
    out = run("--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "noise", "--json")
    assert out.returncode == 0
    (line,) = out.stderr.splitlines()
    assert line.startswith("waic-reader: noise marks file ") and "is not valid JSON" in line


def test_malformed_marks_are_said_and_the_rest_apply(tmp_path: Path) -> None:
    root = corpus(tmp_path / "c")
    ws = Workspace(root, tmp_path / "ix")
    assert ws.marks_error is None
    assert ws.mark_block("a", BLOCK, "noise") is None
    data = json.loads(marks_path().read_text("utf-8"))
    (entry,) = data["articles"].values()
    entry["marks"]["not-a-key"] = {"mark": "noise"}
    entry["marks"][block_key("x")] = {"mark": "maybe"}
    marks_path().write_text(json.dumps(data), "utf-8")
    again = Workspace(root, tmp_path / "ix")
    assert again.marks_error is not None and again.marks_error.endswith("2 malformed mark(s) ignored")
    assert [s.text for s in again.analyser.doc("a").split.noise if s.marked] == [BLOCK]
    assert again.mark_block("a", "The council voted to rebuild the pier.", "content") is None
    assert again.marks_error is None  # the file was written again, well-formed
