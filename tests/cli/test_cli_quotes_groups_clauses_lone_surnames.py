"""`quotes --json` on the acceptance re-test's shapes (t13l F2-F7, F11, F12, F14, F17), one
sentence a paragraph as in the tester's scratch corpora, with invented names: each statement is
listed under the person or firm who made it, or unattributed, never under the dateline's agency or
a firm named before, never dropped, and never the fronted clause."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from waic_reader.tui.cli.main import main

FILES = {
    # F4, F3: bare plurals of people, a group by the river bank
    "a.txt": (
        "Report\n\nSelmeci Fuvar AS said the lorries were new.\n\n"
        "Engineers said the cables were old.\n\nPensioners said they were afraid.\n\n"
        "Auditors said the ledgers were wrong.\n\n"
        "Farmers on the eastern bank said they could not get their harvest across.\n"
    ),
    # F17, F11, F6
    "b.txt": (
        "Report\n\nKarsten Vollmer and Ines Brandauer attended. Weisskamm Logistik AG was named.\n\n"
        "Asked whether the bridge was safe, Vollmer said it was.\n\n"
        "Although the cables were new, Brandauer said the bridge was unsound.\n\n"
        "Per the rules, Vollmer said, the county should have closed the bridge.\n\n"
        "A company which insists on safety was hired.\n"
    ),
    # F5: the full names, then the lone surnames in another article
    "c.txt": "Hearing\n\nOwen Daniels and Rhian Jones attended the hearing on Monday.\n",
    "d.txt": (
        "Depot\n\nDaniels said the depot was shut.\n\nBut Jones said more work was needed.\n\n"
        "Citizens said the bridge was unsafe.\n"
    ),
    # F5: a firm's bare name in "-s", its full name in another article
    "g.txt": "Contract\n\nThe contract went to Varenes Logistikk AS last year.\n",
    "h.txt": "Lorries\n\nVarenes said the lorries were moved.\n",
    # F2, F12
    "e.txt": (
        "Jobs\n\nSZEGED, Oct 16 (Danubewire) - Tarnok Vasút Kft will cut 320 jobs, the company said.\n\n"
        "Kertes Malom Zrt will sell the mill, the company told staff on Monday.\n"
    ),
    # F14, F7
    "f.txt": (
        "Report\n\nLorant Feher attended.\n\n"
        "The crossing was unsafe, said the Chief Fire Officer, Lorant Feher.\n\n"
        "REPORTER: The collapse killed 7 people, police said, and divers searched.\n"
    ),
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


def test_the_reported_statements(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = quotes_json(tmp_path, capsys)
    by = {s["name"]: sorted((q["doc"], q["text"]) for q in s["quotes"]) for s in data["speakers"]}
    assert by == {
        "Selmeci Fuvar AS": [("a", "the lorries were new")],
        "Karsten Vollmer": [("b", "it was"), ("b", "the county should have closed the bridge")],
        "Ines Brandauer": [("b", "the bridge was unsound")],
        "Owen Daniels": [("d", "the depot was shut")],
        "Rhian Jones": [("d", "more work was needed")],
        "Tarnok Vasút Kft": [("e", "Tarnok Vasút Kft will cut 320 jobs")],
        "Kertes Malom Zrt": [("e", "Kertes Malom Zrt will sell the mill")],
        "Lorant Feher": [("f", "The crossing was unsafe")],
        "Varenes Logistikk AS": [("h", "the lorries were moved")],
    }
    assert sorted((q["doc"], q["text"]) for q in data["unattributed"]) == [
        ("a", "the cables were old"),
        ("a", "the ledgers were wrong"),
        ("a", "they could not get their harvest across"),
        ("a", "they were afraid"),
        ("d", "the bridge was unsafe"),
        ("f", "The collapse killed 7 people"),
    ]
