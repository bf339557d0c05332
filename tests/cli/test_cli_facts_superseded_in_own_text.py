"""``facts --json`` and ``timeline --json`` on three outlets' reports of one gas blast (issue #16,
round s29-e; tests/fixtures/facts_s29e_superseded): each wire story first says three were killed
and later that the toll rose to four ("Later, officials said the toll had risen to four", "Police
later put the death toll at four"). Each outlet has one value, the latest, 4, with what it said
first under ``superseded``; the row agrees with the outlet that only ever said four. The
timeline's steps are that one outlet's, 3 then 4 (``changes``; the text output's "Figures that
changed"). Before, the 3 of the first was dropped unseen and the second's was a value of its own,
the row a disagreement."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "facts_s29e_superseded"


def _run(tmp_path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    corpus = tmp_path / "c"
    if not corpus.exists():
        shutil.copytree(FIXTURES, corpus)
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def test_one_value_per_outlet_with_what_it_said_first(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    facts = json.loads(_run(tmp_path, capsys, "facts", "--json"))["facts"]
    (toll,) = [f for f in facts if f["label"] == "death toll"]
    assert toll["status"] == "agree", toll
    assert [(v["doc"], v["value"], [(e["value"], e["display"]) for e in v["superseded"]]) for v in toll["values"]] == [
        ("wire", 4, [(3, "Three")]),
        ("radio", 4, [(3, "Three")]),
        ("gazette", 4, []),
    ]
    first = toll["values"][0]["superseded"][0]
    assert set(first) >= set(toll["values"][0]) - {"superseded"}  # every key of a value
    assert (first["doc"], first["date"], first["text"]) == ("wire", "2026-03-09T08:00", "Three people")
    text = _run(tmp_path, capsys, "facts")
    assert "9 Mar 08:00, Nordwire, first said 3; 9 Mar 09:00, Radio Harwick, first said 3" in text, text


def test_the_timeline_steps_are_the_outlets_own(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = json.loads(_run(tmp_path, capsys, "timeline", "--json"))
    steps = [(c["value"], c["doc"], c["date"]) for c in data["changes"]["death toll"]]
    assert steps == [("3", "wire", "2026-03-09T08:00"), ("4", "wire", "2026-03-09T08:00")], data["changes"]
    text = _run(tmp_path, capsys, "timeline")
    assert "death toll: 3 (Nordwire, 9 Mar 2026 08:00)  →  4 (Nordwire, 9 Mar 2026 08:00)" in text, text
