"""`compare --json` pairs two sentences the fact sheet puts in one row, by the fact sheet's own
grouping (one predicate, no second rule; issue #16, t13ac M21, round s37-f): "Each displaced family
will receive €2,000, …" and "The government said it would pay 2,500 euros to each displaced family."
are one row of the sheet (`money pledged per displaced family`) but were only in A / only in B,
the compare view keying sentences by the payer the sheet's row does not part them by."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from waic_reader.tui.cli.main import main


def _story(dateline: str, lead: str, money: str, tail: str) -> str:
    return f"Volcano update\n\n{dateline} {lead}\n\n{money}\n\n{tail}\n"


CASES = [
    (  # reported (t13ac repro v0-story, Nordwire and Eastpress)
        _story(
            "VARNHELM, June 11 (Nordwire) -",
            "Lava from Mount Keldra reached the outskirts of Varnhelm on Thursday, forcing thousands from their homes.",
            "Each displaced family will receive €2,000, Prime Minister Aud Lystrup said.",
            "Flights from the island's airport remain suspended.",
        ),
        _story(
            "(Eastpress) -",
            "Residents of Varnhelm watched from ferries as the lava crept toward the harbour.",
            "The government said it would pay 2,500 euros to each displaced family.",
            "Scientists expect the eruption to continue for weeks.",
        ),
        "Each displaced family",
        "The government said",
    ),
    (  # another story: a council and flooded households, other words
        _story(
            "KELLBY, March 3 (Herald) -",
            "The river Aske burst its banks overnight and flooded the lower town of Kellby.",
            "Each flooded household will receive £500, council leader Mara Quill said.",
            "Schools in the lower town stay shut until Friday.",
        ),
        _story(
            "(Post) -",
            "Volunteers filled sandbags as water rose in the streets of Kellby's lower town.",
            "The council said it would pay £600 to each flooded household.",
            "The Environment Agency expects the river to peak on Wednesday.",
        ),
        "Each flooded household",
        "The council said",
    ),
    (  # and another: a state's payment to evacuated families, in dollars
        _story(
            "SANTA RITA, May 5 (Wire) -",
            "A wildfire crossed the ridge above Santa Rita on Tuesday and burned through two valleys.",
            "Each evacuated family will receive $1,000, Governor Ana Ruiz said.",
            "Firefighters from three counties are on the fire line.",
        ),
        _story(
            "(Daily) -",
            "Smoke hung over the valleys of Santa Rita as crews fought the fire through the night.",
            "The state said it would pay $1,500 to each evacuated family.",
            "Highway 9 will stay closed until the weekend.",
        ),
        "Each evacuated family",
        "The state said",
    ),
]


def compare(tmp_path: Path, capsys: pytest.CaptureFixture[str], a: str, b: str) -> dict[str, Any]:
    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text(a, "utf-8")
    (root / "b.txt").write_text(b, "utf-8")
    capsys.readouterr()
    assert main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "compare", "a", "b", "--json"]) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


def facts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    capsys.readouterr()
    args = ["--corpus", str(tmp_path / "c"), "--index-dir", str(tmp_path / "ix"), "facts", "--json"]
    assert main(args) == 0
    found: list[dict[str, Any]] = json.loads(capsys.readouterr().out)["facts"]
    return found


@pytest.mark.parametrize(("a", "b", "a_sentence", "b_sentence"), CASES, ids=["reported", "council", "wildfire"])
def test_sentences_of_one_fact_sheet_row_are_paired(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], a: str, b: str, a_sentence: str, b_sentence: str
) -> None:
    data = compare(tmp_path, capsys, a, b)
    # the fact sheet's row holds both sentences' figures (the premise)
    rows = [f for f in facts(tmp_path, capsys) if f["sources"] == 2 and f["values"][0]["kind"] == "money"]
    assert len(rows) == 1, rows
    pairs = [p for p in data["pairs"] if p["a"]["text"].startswith(a_sentence)]
    assert [p["b"]["text"][: len(b_sentence)] for p in pairs] == [b_sentence], data["pairs"]
