"""``facts --json`` on the tester's three accounts of "212 passengers" (#13 s18 t13 fault 3):
"was carrying 212 passengers", "- 212 passengers were on board" (a Markdown list item) and "212
passengers had boarded" are one ``passengers`` row, agreeing, from three sources, where they had
been two single-source ``passengers`` rows and a ``passengers boarded`` row. Variant: a crew
carried, aboard and boarded is one row; a ship licensed to carry as many stays a row apart."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ferry_aboard"
CREW = {
    "a.txt": "Trawler lost off Halvik\n\nThe trawler Gull Wing was carrying 40 crew when it sank on Monday.\n",
    "b.md": "# Gull Wing sinks\n\nThe search went on through the night.\n\n- 40 crew were aboard\n- A distress call came at 2 a.m.\n",
    "c.txt": "Storm claims trawler\n\nThe skipper's brother said 40 crew had boarded before the warning came.\n",
    "d.txt": "Fleet news\n\nThe co-operative's newest ship is licensed to carry 40 crew and joins the fleet in May.\n",
}


def facts(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str] | None) -> list[dict]:
    corpus = tmp_path / "c"
    corpus.mkdir()
    if files is None:
        for path in FIXTURES.iterdir():
            shutil.copy(path, corpus / path.name)
    else:
        for name, text in files.items():
            (corpus / name).write_text(text, encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return list(json.loads(out)["facts"])


def test_the_reported_passengers_are_one_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    got = facts(tmp_path, capsys, None)
    rows = [f for f in got if f["label"].startswith("passengers")]
    assert len(rows) == 1, [(f["label"], f["status"]) for f in rows]
    [row] = rows
    assert row["label"] == "passengers" and row["status"] == "agree" and row["sources"] == 3
    assert sorted(v["doc"] for v in row["values"]) == ["001_harbour_wire", "002_coastal_times", "003_nordic_post"]
    assert {v["value"] for v in row["values"]} == {212}


def test_a_crew_aboard_is_one_row_and_a_capacity_apart(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    got = [f for f in facts(tmp_path, capsys, CREW) if f["label"].startswith("crew")]
    assert sorted((f["label"], f["status"], [v["doc"] for v in f["values"]]) for f in got) == [
        ("crew", "agree", ["a", "b", "c"]),
        ("crew: fleet", "single source", ["d"]),  # the row apart names what tells it (t13ad N23, round s37-x2)
    ]
