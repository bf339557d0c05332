"""``quotes --json``, ``entities --json`` and ``who:`` on the tester's live blogs (t13k F1, F16):
every entry's statement after a stamp in any of the blogs' forms is listed and credited to the
firm or person the corpus names, and a zone or "Updated" in a stamp never makes a firm's bare
name a person anywhere."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

FILES = {
    "a.txt": "Port deal\n\nLunde Maskin AS and Vikane Transport AS signed the contract on Monday. Gunhild Bakk "
    "chaired the meeting and Randi Orheim took notes.\n",
    "b.md": "# Live\n\n**10:00** Crews arrived.\n\n**11:20 CET** Vikane said the trucks had been moved.\n\n"
    "(14:05) Lunde said the engineers were on their way.\n\n[16:45] Vikane said the depot was safe.\n\n"
    "15.30: Lunde said the pumps were running.\n\n*17:10* Vikane said the road was open.\n\n"
    "**Updated 18:00** Lunde said the crews were tired.\n",
    "c.txt": "Warranty\n\nLunde said the warranty covered the pumps. Vikane said the warranty covered the trucks.\n",
    "d.txt": "Live\n\n10:00 Crews arrived.\n\n12:10 Orheim said the pumps were running.\n\n"
    "12:40 Vikane said the gate was shut.\n",
}


def run(tmp_path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> dict:
    corpus = tmp_path / "c"
    if not corpus.exists():
        corpus.mkdir()
        for name, text in FILES.items():
            (corpus / name).write_text(text, encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), *args, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return dict(json.loads(out))


def test_every_stamped_entry_is_in_quotes_under_its_speaker(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    got = run(tmp_path, capsys, "quotes")
    said = {sp["name"]: sorted((q["doc"], q["text"]) for q in sp["quotes"]) for sp in got["speakers"]}
    assert said.get("Vikane Transport AS") == [
        ("b", "the depot was safe"),
        ("b", "the road was open"),
        ("b", "the trucks had been moved"),
        ("c", "the warranty covered the trucks"),
        ("d", "the gate was shut"),
    ], said
    assert said.get("Lunde Maskin AS") == [
        ("b", "the crews were tired"),
        ("b", "the engineers were on their way"),
        ("b", "the pumps were running"),
        ("c", "the warranty covered the pumps"),
    ], said
    assert said.get("Randi Orheim") == [("d", "the pumps were running")], said


def test_no_firm_word_becomes_a_person(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    got = run(tmp_path, capsys, "entities")
    people = {e["name"] for e in got["entities"] if e["type"] == "PERSON"}
    assert people == {"Gunhild Bakk", "Randi Orheim"}, people
    hits = run(tmp_path, capsys, "search", 'who:"Vikane Transport"')
    assert sorted(h["doc"] for h in hits["hits"]) == ["a", "b", "c", "d"], hits
