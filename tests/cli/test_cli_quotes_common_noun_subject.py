"""`quotes --json` on the acceptance tester's articles (t13i F1, F4).

F1: statements with a common-noun subject ("The harbour board, however, said", "The regional
hospital said", "Some workers said") are listed under ``unattributed``, none under the firm, the
doctor or the news agency named before them. F4: a firm's bare name written beside its sister's
("Lindgren Drilling said" / "Lindgren Drilling Services said") is credited to the firm the entity
list gives it to, by the same corpus grouping; with the reported names and two invented pairs.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from waic_reader.tui.cli.main import main

# /tmp/h13i/s1/a.txt, s7/a.txt and wire/update of the report, each sentence its own paragraph
STATEMENTS = (
    "Doctor Erlend Fossum said twelve people were treated.\n\n"
    "Kvalsund Polymers Ltd said its workers would be paid during the closure.\n\n"
    "The union has said that it warned Tennfjord Chemicals ASA in 2024.\n\n"
    "The harbour board, however, said the quay would stay shut.\n\n"
    "The fire service on Friday said the tanks were cool.\n\n"
    "The union has said it would demand an inquiry.\n\n"
    "The county, in a statement, said the water was safe.\n\n"
    "The regional hospital said it had enough beds.\n\n"
    "Brattvik Energi AS said the plant would reopen. The county governor, in a letter, said it would stay shut.\n\n"
    "Ingvild Sande said the town would recover. The fishermen's association, for its part, said the fjord was ruined.\n\n"
    "Brattvik Energi AS said the pipes were sound. The labour inspectorate has said the pipes were never tested.\n\n"
    "Doctor Erlend Fossum said twelve people were treated. The hospital on Sunday said nine people were treated.\n\n"
    "Some workers said the alarms were silent.\n"
)
WIRE = (
    "KVALSUND, Norway, April 13 (Nordwire) - The sirens sounded at intervals that many people said they did "
    "not understand.\n\n"
    "Chemist Will Farrow, who had warned of the overfilling, said the cost would be enormous.\n"
)
UNATTRIBUTED = [
    ("a", "it warned Tennfjord Chemicals ASA in 2024"),
    ("a", "the quay would stay shut"),
    ("a", "the tanks were cool"),
    ("a", "it would demand an inquiry"),
    ("a", "the water was safe"),
    ("a", "it had enough beds"),
    ("a", "it would stay shut"),
    ("a", "the fjord was ruined"),
    ("a", "the pipes were never tested"),
    ("a", "nine people were treated"),
    ("a", "the alarms were silent"),
    ("wire", "they did not understand"),
]


def quotes_json(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str]) -> dict[str, Any]:
    root = tmp_path / "c"
    root.mkdir()
    for name, text in files.items():
        (root / name).write_text(text, "utf-8")
    capsys.readouterr()
    assert main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "quotes", "--json"]) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


def test_common_noun_subjects_are_listed_unattributed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = quotes_json(tmp_path, capsys, {"a.txt": STATEMENTS, "wire.txt": WIRE})
    assert [(q["doc"], q["text"]) for q in data["unattributed"]] == UNATTRIBUTED
    by = {s["name"]: sorted(q["text"] for q in s["quotes"]) for s in data["speakers"]}
    assert by == {
        "Erlend Fossum": ["twelve people were treated", "twelve people were treated"],
        "Kvalsund Polymers Ltd": ["its workers would be paid during the closure"],
        "Brattvik Energi AS": ["the pipes were sound", "the plant would reopen"],
        "Ingvild Sande": ["the town would recover"],
        "Will Farrow": ["the cost would be enormous"],
    }
    farrow = next(s for s in data["speakers"] if s["name"] == "Will Farrow")
    assert [q["cue"] for q in farrow["quotes"]] == ["said"]


@pytest.mark.parametrize(
    ("firm", "sister"),
    [
        ("Lindgren Drilling", "Lindgren Drilling Services"),  # the reported names
        ("Myrvold Boring", "Myrvold Boring Services"),
        ("Brekke Diving", "Brekke Diving Services"),
    ],
)
def test_a_bare_firm_beside_its_sister_is_the_entity_list_s_firm(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], firm: str, sister: str
) -> None:
    files = {
        "a.txt": f"{firm} AS bored the tunnel.\n\n{sister} Ltd maintained the drills.\n",
        "b.txt": f"{firm} said its tunnel was sound.\n\n{sister} said the drills were serviced.\n",
    }
    data = quotes_json(tmp_path, capsys, files)
    by = {s["name"]: [(q["doc"], q["text"]) for q in s["quotes"]] for s in data["speakers"]}
    assert by == {
        f"{firm} AS": [("b", "its tunnel was sound")],
        f"{sister} Ltd": [("b", "the drills were serviced")],
    }
    # the entity list groups the bare names so
    capsys.readouterr()
    root = tmp_path / "c"
    assert main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "entities", "--json"]) == 0
    ents = json.loads(capsys.readouterr().out)["entities"]
    written = {e["name"]: sorted((m["doc"], m["text"]) for m in e["mentions"]) for e in ents}
    assert written[f"{firm} AS"] == [("a", f"{firm} AS"), ("b", firm)]
    assert written[f"{sister} Ltd"] == [("a", f"{sister} Ltd"), ("b", sister)]
