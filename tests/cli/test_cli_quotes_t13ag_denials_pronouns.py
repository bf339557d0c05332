"""`quotes --json` on the shape of t13ag N10's corpus: the minister's "she said" is hers, never
the factory owner's; "denied the claim" is no statement; a denial keeps its verb and is never lined
up with a report saying the opposite; 'denied this, saying "…"' is the quotation alone."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from waic_reader.tui.cli.main import main

FILES = {
    "ledger.txt": (
        "Factory fire\n\n"
        'Factory owner Rezaul Haque denied the claim. "No door was locked. Our staff opened every gate'
        ' within minutes," Haque said in a statement.\n\n'
        "Labour and Employment Minister Farida Chowdhury visited the site on Wednesday. The government has"
        " also set up a $3 million relief fund, she said.\n"
    ),
    "newsnow.txt": "Fire\n\nThe factory's owner, Rezaul Haque, has denied that any exit was locked.\n",
    "live.txt": "Live\n\nFactory owner Rezaul Haque says no exit was locked.\n",
    "explainer.txt": 'Explainer\n\nFactory owner Rezaul Haque denied this, saying "no door was locked".\n',
}


def quotes_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    root = tmp_path / "c"
    root.mkdir()
    for name, text in FILES.items():
        (root / name).write_text(text, "utf-8")
    capsys.readouterr()
    assert main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "quotes", "--json"]) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


def test_t13ag_n10(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = quotes_json(tmp_path, capsys)
    by = {s["name"]: sorted((q["doc"], q["text"]) for q in s["quotes"]) for s in data["speakers"]}
    assert by["Farida Chowdhury"] == [("ledger", "The government has also set up a $3 million relief fund")]
    assert sorted(by["Rezaul Haque"]) == [
        ("explainer", '"no door was locked"'),
        ("ledger", "No door was locked. Our staff opened every gate within minutes"),
        ("live", "no exit was locked"),
        ("newsnow", "denied that any exit was locked"),
    ]
    for st in data["statements"]:
        cues = {
            q["cue"].lower().startswith("den")
            for s in data["speakers"]
            for q in s["quotes"]
            for m in st["members"]
            if (q["doc"], q["start"]) == (m["doc"], m["start"])
        }
        assert len(cues) == 1, st
