"""`quotes --json` on the acceptance re-test's shapes (t13j F3-F7, F14, F16), one sentence a
paragraph as in the tester's scratch corpora (/tmp/h13j/s7, s12, s17, s18, s22): each statement is
listed under the person who said it, or unattributed, never under the dateline's agency, an
earlier speaker, a person "Residents" or a person "THE COMPANY"."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from waic_reader.tui.cli.main import main

FILES = {
    # F4 (s7/a.txt, s22/a.txt)
    "a.txt": (
        "Speaking at the scene, Inspector Tor Aamodt said the points would be examined.\n\n"
        "Asked about the cost, Kari Lund said the budget was fine.\n\n"
        "Standing by the tracks, Ola Brekke said the noise was loud.\n"
    ),
    # F14 (s12/a.txt)
    "b.txt": (
        "Astrid Holm said the fence was cut.\n\nNyhus said he wrote twice.\n\nIngrid Berg said the gate was open.\n\n"
        "Tor Nyhus said he wrote to the minister twice.\n"
    ),
    # F3 (biz, s5/g.txt)
    "c.txt": (
        "Torvik Wagons AS will cut 240 jobs.\n\n"
        "The cuts are the deepest in a decade, said Polish Welder Hope Nowak, who has worked at the plant "
        "for twelve years.\n"
    ),
    # F16 (s17, s18)
    "d.txt": "VARDØ, May 4 (Fjordwire) - Fishermen in the harbour said the catch was spoiled.\n",
    "e.txt": "MOSJØEN, Norway, June 2 (Fjordwire) - Workers said the plant had been losing money.\n",
    "f.txt": "Kvist Marine AS said the ship was empty.\n\nA spokesperson for the port said the quay was safe.\n",
    # F5 (wire/update-0312.txt)
    "g.txt": (
        "OSLO, March 12 (Nordpress) - BRATLAND FREIGHT AS HAS SUSPENDED ALL SERVICES ON THE VALLEY LINE. "
        "THE COMPANY SAID THE TRACK WAS NOT SAFE.\n\nTrains will resume next week.\n"
    ),
    # F6 (blog/live.md)
    "h.md": (
        "# Live\n\n**12:30** Astrid Holm said the fence was cut.\n\n"
        "**12:45** The fire brigade, for its part, said the fire was out.\n"
    ),
    # F7 (union/statement.md)
    "i.txt": (
        "Lyngdal Bygg AS said the wagons were old.\n\n"
        "The river bank echoed with radio chatter long after the television crews left.\n"
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
        "Tor Aamodt": [("a", "the points would be examined")],
        "Kari Lund": [("a", "the budget was fine")],
        "Ola Brekke": [("a", "the noise was loud")],
        "Astrid Holm": [("b", "the fence was cut"), ("h", "the fence was cut")],
        "Tor Nyhus": [("b", "he wrote to the minister twice"), ("b", "he wrote twice")],
        "Ingrid Berg": [("b", "the gate was open")],
        "Hope Nowak": [("c", "The cuts are the deepest in a decade")],
        "Kvist Marine AS": [("f", "the ship was empty")],
        "Bratland Freight AS": [("g", "THE TRACK WAS NOT SAFE")],
        "Lyngdal Bygg AS": [("i", "the wagons were old")],
    }
    assert sorted((q["doc"], q["text"]) for q in data["unattributed"]) == [
        ("d", "the catch was spoiled"),
        ("e", "the plant had been losing money"),
        ("f", "the quay was safe"),
        ("h", "the fire was out"),
    ]
