"""`quotes --json` and `entities --json` on the storm corpus shapes of acceptance report t13m (F1,
F2, F17, F12; Hungarian town names, English prose, people invented): group subjects of a statement
("Women said", "Midwives on the ward said", "Residents of Szigetvár said", "Officials at the
hospital said", "The nurse who insists on anonymity said") are unattributed statements, never a
person "Women" or the town as the speaker, never dropped, and the entity list holds no person
"Women", "Children", "People" or "Men". One sentence a paragraph, as in the tester's corpus; the
reported sentences and invented variants."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from waic_reader.tui.cli.main import main

HEAD = "Storm\n\nKarsten Vollmer and Ines Brandauer attended. Weisskamm Logistik AG was named.\n\n"
FILES = {
    # F1 (reported), after a wire dateline and a quote too
    "a.txt": HEAD + "Women said the shelter was cold.\n\nChildren said they were frightened.\n\n"
    "People said the water rose fast.\n\nMen said the dyke held.\n\nOlder people said the water rose fast.\n",
    "b.txt": HEAD + "PÉCS, Hungary (Danubewire) - Women said the shelter was cold.\n\n"
    '"We were frightened," Children said.\n\nMany women in Pécs said the shelter was cold.\n',
    # F1 invented
    "c.txt": HEAD + "Schoolchildren said the gym was flooded.\n\nTownspeople said the sirens never sounded.\n\n"
    "Women and children said the school was dry.\n",
    # F2 (reported) and invented
    "d.txt": HEAD + "Midwives on the ward said the generator failed.\n\nHousewives said prices doubled.\n\n"
    "Clergymen said the church was flooded.\n\nThieves said the doors were open.\n",
    # F17 (reported) and invented
    "e.txt": HEAD
    + "Residents of Szigetvár said the bridge shook.\n\nOfficials at the hospital said the wards were full.\n\n"
    "Doctors in Mohács said the wards were full.\n\nVisitors from Győr said the hotels were closed.\n\n"
    "Officials in Baja said the ferry stopped.\n",
    # F12 (reported) and invented
    "f.txt": HEAD + "The nurse who insists on anonymity said the ward flooded.\n\n"
    "A union that argues for higher pay said the cuts were unfair.\n\n"
    "The driver who refused to give his name said the road was closed.\n\n"
    "The porter who complains about the rota said the lifts failed.\n",
}
WORDS = {
    "a": [
        "the dyke held",
        "the shelter was cold",
        "the water rose fast",
        "the water rose fast",
        "they were frightened",
    ],
    "b": ["We were frightened", "the shelter was cold", "the shelter was cold"],
    "c": ["the gym was flooded", "the school was dry", "the sirens never sounded"],
    "d": ["prices doubled", "the church was flooded", "the doors were open", "the generator failed"],
    "e": [
        "the bridge shook",
        "the hotels were closed",
        "the wards were full",
        "the wards were full",
    ],
    "f": ["the cuts were unfair", "the lifts failed", "the road was closed", "the ward flooded"],
}


def run(tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str) -> dict[str, Any]:
    root = tmp_path / "c"
    if not root.exists():
        root.mkdir()
        for name, text in FILES.items():
            (root / name).write_text(text, "utf-8")
    capsys.readouterr()
    assert main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), command, "--json"]) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


def test_group_subjects_are_unattributed_statements(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = run(tmp_path, capsys, "quotes")
    named = {s["name"]: sorted((q["doc"], q["text"]) for q in s["quotes"]) for s in data["speakers"]}
    # only the names the head paragraph gives could speak; none of them does. A place's
    # officials are its government speaking (round s49-q: "Officials in Baja" were unattributed)
    assert named == {"Baja officials": [("e", "the ferry stopped")]}
    found: dict[str, list[str]] = {}
    for q in data["unattributed"]:
        found.setdefault(q["doc"], []).append(q["text"])
    assert {doc: sorted(texts) for doc, texts in found.items()} == WORDS


def test_no_plural_of_people_is_a_person(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = run(tmp_path, capsys, "entities")
    persons = {e["name"] for e in data["entities"] if e["type"] == "PERSON"}
    assert persons == {"Karsten Vollmer", "Ines Brandauer"}
    places = {e["name"] for e in data["entities"] if e["type"] == "GPE"}
    assert {"Szigetvár", "Mohács", "Győr"} <= places
