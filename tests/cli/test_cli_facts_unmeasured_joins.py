"""`waic-reader facts --json` (issue #16, t13n F17): spelled-out and digit figures of one thing,
one with a measure and one without, are one row that agrees (the same value of another
thing staying apart is pinned in tests/analysis/test_fact_unmeasured_joins.py)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from fact_corpora import write

from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")

FILES = {
    "corpus.yaml": (
        "a.txt:\n  outlet: North Wire\n  date: 2026-06-01T08:00+00:00\n"
        "b.txt:\n  outlet: South Post\n  date: 2026-06-02T09:00+00:00\n"
    ),
    "a.txt": (
        "Flood checks in Vellmar\n\n"
        "The agency will spend ninety thousand pounds on the inspections. "
        "Eighteen miles of canal were closed after the storm.\n"
    ),
    "b.txt": (
        "Vellmar counts the cost\n\n"
        "Engineers will inspect every lock, at a cost of £90,000, the agency said. "
        "Canal closures cover 18 miles.\n"
    ),
}


def test_one_value_of_one_thing_agrees(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = write(tmp_path / "c", FILES)
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    facts = json.loads(out)["facts"]
    rows = {f["label"]: (f["status"], sorted((v["doc"], v["value"]) for v in f["values"])) for f in facts}
    assert rows["cost"] == ("agree", [("a", 90000), ("b", 90000)]), rows
    assert rows["length closed"] == ("agree", [("a", 18), ("b", 18)]), rows
