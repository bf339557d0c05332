"""``facts --json`` on three outlets' reports of one cold night (issue #16, round s29-e;
tests/fixtures/facts_s29e_temperatures): a bare temperature with its conversion ("-3C (27F)",
"-3°C (27°F)", "4 degrees Celsius (39 Fahrenheit)") is one figure, the temperature in °C, below
zero where it is written so: the wire's "-3C (27F)" was no figure, the paper's "-3°C" was 3 °C
and the radio's "(39 Fahrenheit)" a number of its own."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "facts_s29e_temperatures"


def test_one_temperature_per_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "c"
    shutil.copytree(FIXTURES, corpus)
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    facts = json.loads(out)["facts"]
    values = [(v["doc"], v["value"], v["unit"], v["display"]) for f in facts for v in f["values"]]
    assert sorted(values) == [
        ("paper", -3, "°C", "-3°C"),
        ("radio", 4, "°C", "4 degrees Celsius"),
        ("wire", -3, "°C", "-3C"),
    ], values
    night = next(f for f in facts if f["sources"] == 2)
    # the night's air temperature is the weather's, a measure of its own (round s35-fb, t13aa K4;
    # was "temperature (°C)"); the radio's forecast high stays apart
    assert (night["label"], night["status"]) == ("temperature", "agree"), night
