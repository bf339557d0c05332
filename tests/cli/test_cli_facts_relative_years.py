"""``facts --json`` and ``timeline --json`` on relative years (#16, round s34-e): "fined £2.3m last
year" in an article of 14 March 2026, a wire dated "March 15" alone (the year the corpus gives it),
"two years ago" in the same wire, and the years written out are one fine of 2025 and one of 2024;
never a row "fine" or "fine in 2026" of the clock's year, and the timeline follows "fine in 2025"
from the first article that reported it. The corpus is invented, written in tmp_path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")

FINES = {
    "coastal.txt": "Kalvik plant fined before\n\nBy Oskar Vinter · The Coastal Times · 14 March 2026 19:20\n\n"
    "Inspector Henrik Solberg said the plant had been fined £2.3m last year over a chlorine leak.\n",
    "wire.txt": "Veltmark record\n\nKALVIK, March 15 (Eastpress) - The company was fined 2.3 mln pounds last year "
    "and paid £900,000 two years ago after a spill.\n",
    "chem.txt": "Kalvik questions\n\nBy Ruth Aalto · Chemical Week Review · 15 March 2026\n\n"
    "Records show the site was fined £2.3 million in 2025 and £900,000 in 2024.\n",
}


def _run(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str], command: str) -> dict:
    corpus = tmp_path / "c"
    corpus.mkdir(exist_ok=True)
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), command, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def test_relative_years_are_the_articles_years(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    facts = _run(tmp_path, capsys, FINES, "facts")["facts"]
    rows = {f["label"]: f for f in facts if any(v["kind"] == "money" for v in f["values"])}
    assert rows["fine in 2025"]["status"] == "agree"
    assert {v["doc"] for v in rows["fine in 2025"]["values"]} == {"coastal", "wire", "chem"}
    assert not [label for label in rows if label in ("fine", "fine in 2026")]
    assert not [f for f in facts if f["label"] == "duration"]
    # "paid £900,000 two years ago" (the wire, dated by its dateline's day) and "£900,000 in 2024"
    assert {v["doc"] for v in rows["fine in 2024"]["values"]} == {"wire", "chem"}
    # the timeline follows the fine of 2025 from the first article that reported it
    first = _run(tmp_path, capsys, FINES, "timeline")["first"]
    assert first["fine in 2025"]["doc"] == "coastal"
    assert "fine" not in first and "fine in 2026" not in first


# review s34-r items 2 and 3 (round s34-q): the reviewer's two corpora, as the CLI reads them
FINED_AGAIN = {
    "a.txt": "Mine fined again\n\nKELLBY, March 10, 2026 - Regulators fined Halvik Mining Ltd $3 million on Tuesday "
    "over a tailings leak.\n\nThe mine was fined $2 million in 2019. It had been fined $750,000 the year before.\n",
    "b.txt": "Halvik fined\n\nOSTRAND, March 10, 2026 (Reuters) - Halvik Mining Ltd was fined $3 million on "
    "Tuesday.\n\nThe company was fined $750,000 last year for a spill.\n",
}
LOSS = {
    "a.txt": "Mine owner posts loss\n\nKELLBY, March 10, 2026 - Halvik Mining Ltd said on Tuesday that it lost $40 "
    "million over the last year as copper prices fell.\n\nThe firm employs 900 people at the pit.\n",
    "b.txt": "Halvik loss widens\n\nOSTRAND, March 10, 2026 (Reuters) - Halvik Mining Ltd lost $40 million, the "
    "company said on Tuesday, blaming copper prices.\n",
}


def test_the_year_before_a_named_year(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    facts = _run(tmp_path, capsys, FINED_AGAIN, "facts")["facts"]
    rows = {f["label"]: sorted(v["doc"] for v in f["values"]) for f in facts if f["values"][0]["kind"] == "money"}
    # the year before 2019, never a false "agree" with the other outlet's fine of last year
    assert rows == {"fine": ["a", "b"], "fine in 2019": ["a"], "fine in 2018": ["a"], "fine in 2025": ["b"]}


def test_over_the_last_year_is_one_loss(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    facts = _run(tmp_path, capsys, LOSS, "facts")["facts"]
    [loss] = [f for f in facts if f["values"][0]["kind"] == "money"]
    assert loss["label"] == "loss" and loss["status"] == "agree" and len(loss["values"]) == 2
