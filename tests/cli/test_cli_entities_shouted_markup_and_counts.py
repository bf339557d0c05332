"""``entities --json`` of a tabloid's headline in capitals holding markup tags and of a count
shouted in its text names no organisation (t13q, round s30-k: Blick's "[bold]DEATH[/bold] CABLE CAR
[red]HORROR AT GRAUHORN" and "rose to SEVEN last night" gave ORGs "HORROR" and "SEVEN"). The
reported input (the tabloid's opening) and two invented variants."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "names_t13q_tabloid" / "blick-tabloid.txt"

VARIANTS = [
    "[b]FERRY[/b] TERROR [yellow]IN THE FJORD\n\nThe ferry hit rocks near Bergen and the toll rose to FOUR, police said.\n",
    "<b>BRIDGE</b> CHAOS <i>AS</i> FLOODS HIT TOWN\n\nFloods cut the bridge into Ghent and left NINE families stranded.\n",
]


def _orgs(capsys: pytest.CaptureFixture[str], tmp_path: Path, root: Path) -> list[str]:
    code = main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "entities", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return [e["name"] for e in json.loads(out)["entities"] if e["type"] == "ORG"]


def test_reported_tabloid(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    root = tmp_path / "c"
    root.mkdir()
    shutil.copy(FIXTURE, root / "blick-tabloid.txt")
    assert _orgs(capsys, tmp_path, root) == []


@pytest.mark.parametrize("text", VARIANTS)
def test_variants(capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text(text, encoding="utf-8")
    assert _orgs(capsys, tmp_path, root) == []
