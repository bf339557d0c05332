"""``facts --json`` on five outlets' accounts of an invented wildfire (a probe of issue #16,
session 25; tests/fixtures/wildfire_s25: wire copy, a local "what we know" page with a fact box,
a press release, a live blog, dated in corpus.yaml): the area burned, the homes destroyed and
the death toll are each one row, in disagreement, their values in the articles' date order, so
a growing fire reads as a timeline (the area was three "area (acre)" rows, the homes two rows
and a dropped fact-box line)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "wildfire_s25"


def test_the_fires_figures_are_compared_in_date_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "c"
    shutil.copytree(FIXTURES, corpus)
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    rows: dict[str, list[dict]] = {}
    for f in json.loads(out)["facts"]:
        rows.setdefault(f["label"], []).append(f)
    shown = {k: [[(v["doc"], v["display"]) for v in f["values"]] for f in fs] for k, fs in rows.items()}
    for label in ("area burned", "homes destroyed", "death toll"):
        assert len(rows.get(label, [])) == 1, shown
    area = rows["area burned"][0]
    assert area["status"] == "disagree"
    assert [v["doc"] for v in area["values"]] == ["ap", "local", "release", "reuters"], shown
    homes = rows["homes destroyed"][0]
    # the wire's "112 structures, including 94 homes, had been destroyed" is the release's value
    # of the homes destroyed (grouping._join_measured_counts, t13z H2), no row of its own
    assert [(v["doc"], v["value"]) for v in homes["values"]] == [
        ("ap", 86),
        ("local", 90),
        ("release", 94),
        ("reuters", 94),
    ], shown
    assert [v["value"] for v in rows["death toll"][0]["values"]] == [2, 2, 3, 3]
    assert not any(label.startswith("area (") and f["sources"] > 1 for label, fs in rows.items() for f in fs), shown
