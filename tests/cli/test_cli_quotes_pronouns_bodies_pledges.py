"""`quotes --json` on a small invented corpus holding each kind of the acceptance report t13n F10:
a pronoun after a person named since the last speaker as a sentence's subject is that person; a
place's body ("Hungary's interior ministry"), a group at an institution in a town, a nationality's
group ("according to Polish officials") are never the place or nation; "the company" is a firm,
never a public office; a pledge of a sum is no statement; a relative clause after "According to X,"
is no part of the statement."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from waic_reader.tui.cli.main import main

FILES = {
    "a.txt": (
        "Mine fire\n\n"
        '"We were never warned," said Olga Berg, whose son works at the mine.\n\n'
        'The mine\'s manager, Dr. Peter Lund, rejected the claim. "Every alarm was tested last month,"'
        " he told reporters.\n\n"
        "Hungary's interior ministry said two officers were sent to the site.\n\n"
        "Nurses at the clinic in Pécs said the ward was full.\n\n"
        "No other citizens were hurt, according to Polish officials.\n"
    ),
    "b.txt": (
        "Flood\n\n"
        "The Supreme Court in Győr will hear the case. Residents said the water was brown. The firm says"
        " the claim is untrue.\n\n"
        "Hungary’s government pledged $3 million in aid.\n\n"
        "According to Hydrolyne Corp, which has run the mine since 2010, the shaft is safe.\n"
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


def test_the_t13n_kinds(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = quotes_json(tmp_path, capsys)
    by = {s["name"]: sorted((q["doc"], q["text"]) for q in s["quotes"]) for s in data["speakers"]}
    assert by == {
        "Olga Berg": [("a", "We were never warned")],
        "Peter Lund": [("a", "Every alarm was tested last month")],
        "Hydrolyne Corp": [("b", "the shaft is safe")],
    }
    assert sorted((q["doc"], q["text"]) for q in data["unattributed"]) == [
        ("a", "No other citizens were hurt"),
        ("a", "the ward was full"),
        ("a", "two officers were sent to the site"),
        ("b", "the claim is untrue"),
        ("b", "the water was brown"),
    ]
