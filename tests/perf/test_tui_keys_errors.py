"""A failing ``first_keys.py`` child must not lose its stderr: the error names it."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))
import tui_keys


def test_first_keys_child_failure_carries_its_stderr(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "first_keys.py").write_text(
        "import sys\nsys.stderr.write('Traceback: index missing at /nowhere\\n')\nsys.exit(3)\n", encoding="utf-8"
    )
    monkeypatch.setattr(tui_keys, "HERE", tmp_path)
    with pytest.raises(RuntimeError, match="exited with 3") as err:
        tui_keys.measure_first_keys(tmp_path / "corpus", tmp_path / "index", rounds=1)
    assert "index missing at /nowhere" in str(err.value)
