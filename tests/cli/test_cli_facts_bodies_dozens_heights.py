"""``facts`` on t13aa K2, K3 and K10 (round s35-fa), corpora in tmp_path: bodies recovered are no
death toll (the live blog's toll 6 → 9 → 11 and the wire's 9, each alone in the row), a number of
dozens is twelve times the number ("two dozen" 24, "three dozen" 36, "A dozen" 12), and a bridge's
heights above the water and lengths are one row each, labelled by what they are of."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")

BODIES = {
    "corpus.yaml": "articles:\n  live.txt:\n    date: 2026-07-14\n  wire.txt:\n    date: 2026-07-14T16:00:00\n",
    "live.txt": "Bridge collapse: live updates\n\n18.05 BST\nOfficials now put the toll at 11. The Ministry said two "
    "bodies were recovered downstream.\n\n13.40 BST\nThe death toll has risen to nine, the council said.\n\n"
    "09.15 BST\nAt least six people have died after part of the bridge fell into the river, police said.\n",
    "wire.txt": "Bridge falls\n\nLINDMARK, July 14 (Nordline) - Nine people were killed when the Corvenna Bridge "
    "collapsed on Tuesday. Divers recovered three bodies from the river overnight.\n",
}

DOZENS = {
    "a.txt": "Bridge falls\n\nLINDMARK, July 14 (Nordline) - Nine people were killed and 23 were injured when the "
    "Corvenna Bridge collapsed.\n",
    "b.txt": "Bridge falls\n\nLINDMARK, July 14 (Aske Watch) - The Corvenna Bridge came down today. Ten people are "
    "dead, the Council says, and two dozen are injured.\n",
    "c.txt": "Bridge falls\n\nLINDMARK, July 14 (Post) - Dozens of people were injured and half a dozen were killed "
    "when the bridge fell.\n",
    "d.txt": "Bridge falls\n\nLINDMARK, July 14 (Herald) - A dozen people were killed and three dozen were hurt when "
    "the bridge fell.\n",
}

BRIDGE = {
    "wire.txt": "Bridge falls\n\nLINDMARK, July 14 (Nordline) - The 340-metre bridge, which opened in 1974, carried "
    "the main road.\n",
    "tv.txt": "Bridge falls\n\nBy Staff · Channel 9 · 14 July 2026\n\nThe bridge, 1,115 feet long, stands 150 feet "
    "above the water.\n",
    "analysis.md": '---\ntitle: "The bridge in numbers"\noutlet: Structures Weekly\ndate: 2026-07-15\n---\n\n'
    "The bridge in numbers:\n\n| Item | Value |\n| --- | --- |\n| Length of the bridge | 380 m |\n"
    "| Height above the river | 45 m |\n",
}


def _facts(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str], *extra: str) -> str:
    corpus = tmp_path / "c"
    corpus.mkdir(exist_ok=True)
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", *extra])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def _rows(out: str) -> dict[str, tuple[str, dict[str, list[float]]]]:
    rows: dict[str, tuple[str, dict[str, list[float]]]] = {}
    for f in json.loads(out)["facts"]:
        by_doc: dict[str, list[float]] = {}
        for v in f["values"]:
            by_doc.setdefault(v["doc"], []).append(round(v["value"], 1))
        rows[f["label"]] = (f["status"], by_doc)
    return rows


def test_bodies_recovered_are_no_toll(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _rows(_facts(tmp_path, capsys, BODIES, "--json"))
    assert rows["death toll"][1] == {"wire": [9], "live": [11]}, rows
    assert rows["bodies recovered"][1] == {"wire": [3], "live": [2]}, rows
    text = _facts(tmp_path, capsys, BODIES)
    toll = next(line for line in text.splitlines() if line.startswith("death toll"))
    assert "first said at least 6, then 9" in toll, toll
    assert "→ 2" not in toll and "→ 3" not in toll, toll


def test_dozens(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _rows(_facts(tmp_path, capsys, DOZENS, "--json"))
    assert rows["people injured"][1] == {"a": [23], "b": [24], "d": [36]}, rows
    assert rows["death toll"][1] == {"a": [9], "b": [10], "c": [6], "d": [12]}, rows


def test_bridge_heights_and_lengths(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _rows(_facts(tmp_path, capsys, BRIDGE, "--json"))
    assert rows["length of the bridge"] == (
        "disagree",
        {"wire": [340], "tv": [1115], "analysis": [380]},
    ), rows
    assert rows["height above the water"] == ("agree", {"tv": [150], "analysis": [45]}), rows
    assert not {"length", "height", "length (m)", "length (ft)"} & set(rows), rows
