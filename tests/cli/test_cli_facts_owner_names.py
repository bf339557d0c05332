"""``facts --json`` on five articles (issue #16, round s29-e; tests/fixtures/facts_s29e_owners): one
owner written differently is one owner. "Hungary pledged €5m", "The Hungarian government pledged
€4.5m" and "Budapest pledged €5m" (a country, its nationality and government, its capital) are
one row, *money pledged (Hungary)*, in disagreement (were three single-source rows: Hungary, the
government, Budapest); a firm's fund stays its own. "Revenue at Acme rose to $2bn" is Acme's, like
"Acme's revenue" (it had no owner, a row apart beside Acme's and Borvik's)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "facts_s29e_owners"


def test_one_owner_by_any_of_its_names(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus = tmp_path / "c"
    shutil.copytree(FIXTURES, corpus)
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    rows = {f["label"]: (f["status"], [(v["doc"], v["value"]) for v in f["values"]]) for f in json.loads(out)["facts"]}
    assert rows["money pledged (Hungary)"] == (
        "disagree",
        [("wire", 5_000_000), ("daily", 4_500_000), ("radio", 5_000_000)],
    ), rows
    assert rows["money pledged (Dunaferr)"] == ("single source", [("daily", 1_000_000)]), rows
    # Acme's revenue "last year" in articles of 2026 is its revenue in 2025 (round s34-e: relative
    # years resolved), a fact apart from Borvik's "over the same period", which names no year
    assert rows["revenue in 2025"] == ("disagree", [("markets", 2_000_000_000), ("results", 2_100_000_000)]), rows
    assert rows["revenue"] == ("single source", [("markets", 900_000_000)]), rows
    assert len(rows) == 4, rows
