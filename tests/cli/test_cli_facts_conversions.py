"""``facts --json`` and ``entities --json`` on figures with conversions (t13p F15, round s30-b): a
height in a sentence whose earlier clause dates what was built ("designed by [Kajimura
Construction](https://kajimura.example) in 2008") is a value (it was dropped as an earlier
event's), an amount's conversion after a comma and "about" is the same figure (was a second fact),
and each figure with its conversion is one entity mention."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "facts_s30b_conversions"


def _run(tmp_path: Path, capsys: pytest.CaptureFixture[str], command: str) -> dict:
    corpus = tmp_path / "c"
    if not corpus.exists():
        shutil.copytree(FIXTURES, corpus)
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), command, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def test_facts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    facts = _run(tmp_path, capsys, "facts")
    got = sorted(
        (v["doc"], f["label"].split(" (")[0], v["value"], v["unit"])
        for f in facts["facts"]
        for v in f["values"]
        if f["label"] != "year"
    )
    # reported (Andes Review), then variants of my own
    assert ("feature", "height", 62, "m") in got
    assert ("tower", "height", 300, "ft") in got
    assert ("pier", "length", 1700, "ft") in got
    assert [g for g in got if g[0] == "feature" and g[3] in ("INR", "USD")] == [("feature", "bid", 161890000000, "INR")]
    assert [g for g in got if g[0] == "tower" and g[3] in ("NOK", "USD")] == [
        ("tower", "restoration cost", 40000000, "NOK")
    ]


def test_entities(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # (each figure one mention holding its conversion; since round s49-f an entity is named by its
    # value spelled one way, "62 m", so the mentions' words are checked)
    names = {m["text"] for e in _run(tmp_path, capsys, "entities")["entities"] for m in e["mentions"]}
    for whole in (
        "62 metres (203 feet)",
        "Rs 16,189 crore, about $1.9 billion",
        "300 feet (91 metres)",
        "NOK 40 million, about $3.7 million",
        "1,700 feet (518 metres)",
    ):
        assert whole in names, sorted(names)
    for part in ("203 feet", "$1.9 billion", "91 metres", "518 metres"):
        assert part not in names
