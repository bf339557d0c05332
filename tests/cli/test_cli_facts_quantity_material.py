"""``facts --json`` on the tester's shape (t13j F10): three outlets' 500,000 litres of diesel,
one of them "Around half a million litres of diesel" in a sentence sharing no other word with
the rest, are one agreeing row; a quantity of another stuff stays its own row."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

FILES = {
    "ministry.txt": "Minister visits the crossing\n\nChildren watched from the football pitch behind the tape. "
    "The minister said 500,000 litres of diesel had been on the train. The evening brought anger, mostly tiredness.\n",
    "magazine.txt": "The river after the spill\n\nOlder people talk about it sometimes. The diesel, half a million "
    "litres of it, spread down the river. The anger is mostly tiredness now.\n",
    "wire.txt": "Operator gives cargo figures\n\nThe fishing boats looked smaller than last summer. Around half a "
    "million litres of diesel were on board, the operator said. Crews pumped 500,000 litres of water from the "
    "cutting. Residents found the repainted wall familiar.\n",
}


def test_one_stuffs_quantity_is_one_row(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, text in FILES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    rows = [f for f in json.loads(out)["facts"] if any(v["unit"] == "l" for v in f["values"])]
    diesel = [f for f in rows if any(v["doc"] == "magazine" for v in f["values"])]
    shown = [[(v["doc"], v["display"]) for v in f["values"]] for f in rows]
    assert len(rows) == 2, shown
    assert len(diesel) == 1, shown
    assert {v["doc"] for v in diesel[0]["values"]} == {"ministry", "magazine", "wire"}, shown
    assert diesel[0]["status"] == "agree"
    water = [f for f in rows if f is not diesel[0]]
    assert [(v["doc"], v["value"]) for v in water[0]["values"]] == [("wire", 500000)], shown
