"""``facts --json`` on outlets' accounts of one storm (#16, round s34-e): the ferry operator's "loss
of $40 million" is a financial result, *loss*, and the storm's "losses estimated at $2 billion",
"insured losses" and "damage put at" are *damage*; the operator's loss was a value of the damage, one
row in disagreement. The corpus is invented, written in tmp_path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")

STORM = {
    "ledger.txt": "Storm closes ferries\n\nBy Ana Holm · The Halvik Ledger · 14 March 2026\n\n"
    "Halvik Ferries, the operator, posted a loss of $40 million for the quarter after the storm closed its "
    "routes. Losses from the storm were estimated at $2 billion, the governor said.\n",
    "wire.txt": "Storm damage mounts\n\nHALVIK, March 15 (Nordwire) - Insured losses from the storm reached "
    "$2 billion, insurers said. Halvik Ferries reported a net loss of $40 million for the quarter.\n",
    "post.txt": "Counting the cost\n\nBy Per Lind · South Daily Post · 15 March 2026\n\n"
    "Damage from the storm was put at $2.2 billion by the regional government.\n",
}


def _run(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str], command: str) -> dict:
    corpus = tmp_path / "c"
    corpus.mkdir(exist_ok=True)
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), command, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def _facts(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str]) -> list[dict]:
    return _run(tmp_path, capsys, files, "facts")["facts"]


def test_a_firms_loss_and_a_storms_damage_are_two_facts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    facts = _facts(tmp_path, capsys, STORM)
    rows = {f["label"]: f for f in facts if any(v["kind"] == "money" for v in f["values"])}
    damage = rows["damage"]
    assert {v["doc"] for v in damage["values"]} == {"ledger", "wire", "post"}
    assert {v["value"] for v in damage["values"]} == {2e9, 2.2e9}
    [loss] = [f for label, f in rows.items() if label.startswith("loss")]
    assert loss["status"] == "agree" and {v["doc"] for v in loss["values"]} == {"ledger", "wire"}
    assert {v["value"] for v in loss["values"]} == {40e6}
    assert all(v["measure"] != "damage" for v in loss["values"])
