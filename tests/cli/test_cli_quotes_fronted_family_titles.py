"""`quotes --json` on the storm corpus of the acceptance report t13m: a fronted time or adverbial
phrase is neither statement nor speaker (F3), a family is an unattributed group, never the person
of its name (F4), and a trailing title in lower case or with a possessive, then a name in commas,
credits the name (F13). One sentence a paragraph, as in the tester's corpus."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from waic_reader.tui.cli.main import main

FILES = {
    # F3
    "a.txt": (
        "Lajos Kovács and Péter Tóth lead the county's flood team.\n\n"
        "Hours after the storm, Kovács said the roads were closed.\n\n"
        "Shortly before noon, the mayor said the river peaked.\n\n"
        "Minutes later, Tóth said the bridge was shut.\n\n"
        "Above all, said Farkas, the dykes must hold.\n"
    ),
    # F4
    "b.txt": (
        "Tamás Gyenes farms by the river, and Ilona Farkas chairs the dyke board.\n\n"
        "The Gyenes family said they had lost everything.\n\n"
        "The Horvath brothers said the barn was gone.\n\n"
        "Ferenc Horvath keeps cattle on the flood plain.\n"
    ),
    # F13
    "c.txt": (
        "“We are exhausted,” said the spokeswoman, Anna Fekete.\n\n"
        "The wards are full, said the hospital's director, Gábor Nagy.\n\n"
        "The dyke held, said the county's chief engineer, Péter Tóth.\n"
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


def test_the_storm_corpus(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = quotes_json(tmp_path, capsys)
    by = {s["name"]: sorted((q["doc"], q["text"]) for q in s["quotes"]) for s in data["speakers"]}
    assert by == {
        "Lajos Kovács": [("a", "the roads were closed")],
        "Péter Tóth": [("a", "the bridge was shut"), ("c", "The dyke held")],
        "Ilona Farkas": [("a", "the dykes must hold")],
        "Anna Fekete": [("c", "We are exhausted")],
        "Gábor Nagy": [("c", "The wards are full")],
    }
    assert sorted((q["doc"], q["text"]) for q in data["unattributed"]) == [
        ("a", "the river peaked"),
        ("b", "the barn was gone"),
        ("b", "they had lost everything"),
    ]
