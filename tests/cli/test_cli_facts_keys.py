"""``facts --json`` gives every value every key: ``"date": null`` for an undated article (it had
been left out), ``"high": null`` for a figure that is no range."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

KEYS = {
    "doc",
    "value",
    "unit",
    "display",
    "text",
    "start",
    "end",
    "kind",
    "qualifier",
    "measure",
    "sentence",
    "high",
    "date",
    "superseded",  # round s29-e: what the article said first ([] when nothing)
}


def _values(capsys: pytest.CaptureFixture[str], tmp_path: Path, files: dict[str, str]) -> list[dict]:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    values = [v for f in json.loads(out)["facts"] for v in f["values"]]
    assert values
    for v in values:
        assert set(v) == KEYS, v
    return values


TOLL_A = "Ferry sinks off Halvik\n\nAt least 12 people were killed when the ferry sank off Halvik, officials said.\n"
TOLL_B = "Halvik ferry disaster\n\nFourteen people were killed when the ferry sank off Halvik, the coast guard said.\n"


def test_undated_values_say_date_null(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """The report: no article has a date, and no value said so."""
    values = _values(capsys, tmp_path, {"a.txt": TOLL_A, "b.txt": TOLL_B})
    assert [v["date"] for v in values] == [None, None]


def test_dated_and_undated_values_side_by_side(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    dated = TOLL_B.replace("\n\n", "\n\nPosted: March 14, 2025\n\n", 1)
    values = _values(capsys, tmp_path, {"a.txt": TOLL_A, "b.txt": dated})
    assert {v["doc"]: v["date"] for v in values} == {"b": "2025-03-14", "a": None}


def test_high_is_null_unless_a_range(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    ranged = TOLL_B.replace("Fourteen people", "Between 12 and 14 people")
    values = _values(capsys, tmp_path, {"a.txt": TOLL_A, "b.txt": ranged})
    assert {v["doc"]: (v["value"], v["high"]) for v in values} == {"a": (12, None), "b": (12, 14)}
