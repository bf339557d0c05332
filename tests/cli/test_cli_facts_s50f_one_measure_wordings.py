"""``facts --json`` and ``timeline --json`` (t13as N3, N4, t13at N1; round s50-f): people evacuated
named "people" and "residents" are one row, compared; flights grounded, halted and scrapped join
*flights cancelled*; people saved from a place in a rescue join *people rescued*, and the timeline
names the first report of it; warning times worded apart are one row *warning time*."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from facts_cli import facts_json

from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")


def _rows(facts: list[dict]) -> dict[str, tuple[str, list[str]]]:
    return {f["label"]: (f["status"], sorted(v["doc"] for v in f["values"])) for f in facts}


def test_evacuated_flights_one_row_each(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _rows(
        facts_json(
            tmp_path,
            capsys,
            {
                "a.txt": "Live\n\nOfficials say all 3,700 people in Hafnarvik are being evacuated. "
                "The ash grounded about 4,200 flights.\n",
                "b.txt": "Courier\n\nAll 3,700 residents of the fishing town of Hafnarvik were evacuated before dawn. "
                "By noon some 4,200 flights had been scrapped.\n",
                "c.txt": "Wire\n\nEurocontrol said 4,200 flights had been cancelled.\n",
            },
        )
    )
    assert rows.get("people evacuated") == ("agree", ["a", "b"]), rows
    assert rows.get("flights cancelled") == ("agree", ["a", "b", "c"]), rows


def test_warning_time_one_row(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _rows(
        facts_json(
            tmp_path,
            capsys,
            {
                "a.txt": "Dam\n\nTowns downstream had been given three hours of warning, the operator said.\n",
                "b.txt": "Radio\n\nCivil protection says the warning came at 03:50, ten minutes after the breach.\n",
                "c.md": "# Notes\n\n| Measure | Value |\n|---|---|\n| Warning time | about 95 minutes |\n",
                "d.txt": "Wire\n\nThe operator alerted civil protection at 02:05, 95 minutes before the breach.\n",
            },
        )
    )
    assert rows.get("warning time") == ("disagree", ["a", "b", "c", "d"]), rows


def test_saved_first_report_in_timeline(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "blog.txt").write_text(
        "Live\n\nRescuers have saved 38 people from the area, police say. Two hikers have died.\n", encoding="utf-8"
    )
    (corpus / "bbc.txt").write_text("BBC\n\nRescuers said 41 people had been rescued.\n", encoding="utf-8")
    (corpus / "corpus.yaml").write_text(
        "articles:\n  blog.txt:\n    outlet: Blog\n    date: 2026-11-18T06:45:00Z\n"
        "  bbc.txt:\n    outlet: BBC\n    date: 2026-11-18T07:50:00Z\n",
        encoding="utf-8",
    )
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "timeline", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    first = json.loads(out)["first"]
    assert first["people rescued"]["doc"] == "blog", first
