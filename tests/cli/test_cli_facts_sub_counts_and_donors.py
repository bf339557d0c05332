"""`waic-reader facts --json` over a small invented corpus (issue #16, t13n F5, F7, F27): a part
of a count ("nine of them seriously", "three injured crew died") is no value of the count, the
government's aid and a firm's fund are two rows, "all but 25 families" are those not returned and
those "still in hospital" are people in hospital."""

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
        "Ferry fire in Vellmar\n\n"
        "Thirty people were injured in the ferry fire, nine of them seriously, officials said. "
        "Transport Minister Olle Brandt said the government would release 4 million euros in aid. "
        "About 600 residents were evacuated; all but 25 families have returned home.\n"
    ),
    "b.txt": (
        "Vellmar ferry fire: toll rises\n\n"
        "Thirty people were injured in the fire. The death toll rose to four after three injured crew died in hospital. "
        "Nordlys Ferries has set up a support fund of €1 million for the victims' families. "
        "The state would pledge 3.5 million euros to rebuild the harbour, the prime minister said. "
        "Eleven people are still in hospital.\n"
    ),
}


def test_parts_donors_and_labels(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = write(tmp_path / "c", FILES)
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    rows = {f["label"]: sorted((v["doc"], v["value"]) for v in f["values"]) for f in json.loads(out)["facts"]}
    assert rows["people injured"] == [("a", 30), ("b", 30)], rows
    assert rows["death toll"] == [("b", 4)], rows
    pledged = sorted(v for k, v in rows.items() if k.startswith("money pledged"))
    assert pledged == [[("a", 4_000_000), ("b", 3_500_000)], [("b", 1_000_000)]], rows
    assert rows["families not returned"] == [("a", 25)], rows
    assert rows["people in hospital"] == [("b", 11)], rows


RADIUS = {
    "corpus.yaml": (
        "a.txt:\n  outlet: North Wire\n  date: 2026-06-01T08:00+00:00\n"
        "b.txt:\n  outlet: South Post\n  date: 2026-06-02T09:00+00:00\n"
    ),
    "a.txt": (
        "Gas leak in Vellmar\n\n"
        "About 700 residents living within 2 kilometres of the depot were evacuated, the mayor said.\n"
    ),
    "b.txt": ("Vellmar gas leak\n\nSome 900 people were evacuated from homes within four kilometres of the depot.\n"),
}


def test_evacuation_count_and_radius(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = write(tmp_path / "c", RADIUS)
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    facts = {f["label"]: f for f in json.loads(out)["facts"]}
    assert [(v["doc"], v["value"]) for v in facts["people evacuated"]["values"]] == [("a", 700), ("b", 900)]
    radius = facts["evacuation radius"]
    assert [(v["doc"], v["value"], v["unit"]) for v in radius["values"]] == [("a", 2, "km"), ("b", 4, "km")]
    assert radius["status"] == "disagree"
