"""``facts`` on reports nothing orders (t13y G11, round s35-b): values reported the same day
with no time, or at one time, are no steps in time; a row lists them by value, " · " between
them ("17 (Wire1; Wire3; Wire5) · 18 (Wire2; Wire4; Wire6)"), never "17 → 18 → 17 → 18" in doc-id
order. Ordered steps keep their arrows, and an unordered group among them is bracketed; the
Markdown export writes the same chain. The corpora are invented, written in tmp_path."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")


def _wire(n: int, count: str) -> str:
    # t13y repro v11: six wires of one day, no time, alternating 17 and 18
    return (
        f"Miners trapped at San Telmo\n\nPONTEGRIS, Calveira, March 9 (Wire{n}) - {count} miners were trapped "
        "underground on Monday after a gallery collapsed at the copper mine, emergency services said.\n"
    )


REPORTED = {f"w{n}.txt": _wire(n, "Seventeen" if n % 2 else "Eighteen") for n in range(1, 7)}

# one time for every article: the same hour is no order either
SAME_TIME = {
    f"{outlet.lower()}.txt": f"Ferry accident\n\nBy Staff · {outlet} · 14 March 2026 08:30\n\n"
    f"{count} people were killed when the ferry struck the pier at Osterby, the coastguard said.\n"
    for outlet, count in (("Harbour Times", "Four"), ("Coast Post", "Five"), ("Fjord Daily", "Four"))
}

# a step before and after a day of unordered reports
STEPS = {
    "a.txt": "Dam burst\n\nBy Staff · Kellby Herald · 8 March 2026 09:00\n\n"
    "Two people were killed when the Velmora dam burst, officials said.\n",
    "b.txt": "Dam burst toll\n\nKELLBY, March 9, 2026 (Nordwire) - Three people were killed when the dam burst, "
    "officials said.\n",
    "c.txt": "Dam burst toll\n\nKELLBY, March 9, 2026 (Eastpress) - Four people were killed when the dam burst, "
    "officials said.\n",
    "d.txt": "Dam toll rises\n\nBy Staff · Valley Times · 10 March 2026 10:00\n\n"
    "Five people were killed when the dam burst, officials said.\n",
}


def _facts(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str], *extra: str) -> str:
    corpus = tmp_path / "c"
    corpus.mkdir(exist_ok=True)
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", *extra])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def _line(out: str, label: str) -> str:
    lines = [line for line in out.splitlines() if line.startswith(label + " ")]
    assert len(lines) == 1, out
    return lines[0]


def test_same_day_reports_grouped_by_value(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    line = _line(_facts(tmp_path, capsys, REPORTED), "miners trapped")
    assert "DISAGREE" in line
    assert "→" not in line
    assert "17 (9 Mar, Wire1; 9 Mar, Wire3; 9 Mar, Wire5) · 18 (9 Mar, Wire2; 9 Mar, Wire4; 9 Mar, Wire6)" in line
    data = json.loads(_facts(tmp_path, capsys, REPORTED, "--json"))
    row = next(f for f in data["facts"] if f["label"] == "miners trapped")
    assert row["status"] == "disagree"  # --json keeps its keys and its values
    assert len(row["values"]) == 6
    # one added key: the values nothing orders, listed by value
    [group] = row["order_unknown"]
    assert sorted(row["values"][i]["doc"] for i in group) == [f"w{n}" for n in range(1, 7)]


def test_same_time_reports_grouped_by_value(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    line = _line(_facts(tmp_path, capsys, SAME_TIME), "death toll")
    assert "→" not in line
    entries = sorted(line.split("DISAGREE", 1)[1].strip().split(" · "))
    assert entries == [
        "4 (14 Mar 08:30, Fjord Daily; 14 Mar 08:30, Harbour Times)",
        "5 (14 Mar 08:30, Coast Post)",
    ], line


def test_ordered_steps_keep_arrows(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = _facts(tmp_path, capsys, STEPS)
    line = _line(out, "death toll")
    assert (
        "2 (8 Mar 09:00, Kellby Herald) → [3 (9 Mar, Nordwire) · 4 (9 Mar, Eastpress)] → 5 (10 Mar 10:00, Valley Times)"
        in line
    )
    markdown = _facts(tmp_path, capsys, STEPS, "--markdown", "-")
    data = json.loads(_facts(tmp_path, capsys, STEPS, "--json"))
    [toll] = [f for f in data["facts"] if f["label"] == "death toll"]
    assert [[toll["values"][i]["doc"] for i in g] for g in toll["order_unknown"]] == [["b", "c"]]
    row = next(line for line in markdown.splitlines() if line.startswith("| death toll |"))
    assert "→ \\[3 \\(9 Mar, Nordwire\\) · 4 \\(9 Mar, Eastpress\\)\\] →" in row, row
