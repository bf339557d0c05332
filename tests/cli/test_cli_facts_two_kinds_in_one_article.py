"""``facts --json`` / ``timeline --json`` (t13r F2, round s30-p): an article giving two kinds of
people counted ("About 3,600 residents were evacuated …, while 3,400 people were evacuated …") gives
two values of different kinds, never one superseding the other, and is not compared with an article
counting people alone ("Residents said about 4,000 people were evacuated": the number's own noun,
"people", is what it counts). The row is "not compared" and the timeline has no step between them
(it was "DISAGREE about 3,600 → 3,400 → about 4,000", the first article disagreeing with itself)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")


def _run(tmp_path: Path, capsys: pytest.CaptureFixture[str], texts: dict[str, str], command: str) -> dict:
    corpus = tmp_path / "c"
    if not corpus.exists():
        corpus.mkdir()
        for name, text in texts.items():
            (corpus / name).write_text(text, encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), command, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


CASES = [
    # reported (/work/t13r/probe2 c.txt, d.txt)
    (
        {
            "c.txt": "Evacuations 3\n\nLIMA, June 3 (AFP) - About 3,600 residents were evacuated from homes below the bridge, while 3,400 people were evacuated from the station area.\n",
            "d.txt": "Evacuations 4\n\nHUARAZ, June 3 (EFE) - Residents said about 4,000 people were evacuated from the riverbank.\n",
        },
        "people evacuated",
        {("c", "residents"), ("c", "people"), ("d", "people")},
    ),
    # variants of my own
    (
        {
            "a.txt": "Floods on the Sava\n\nZAGREB, May 10 (HINA) - Some 1,200 villagers were evacuated from the lowlands, while 800 people were evacuated from the town centre.\n",
            "b.txt": "Sava floods\n\nSISAK, May 10 (N1) - Police said nearly 2,500 people were evacuated along the river.\n",
        },
        "people evacuated",
        {("a", "villagers"), ("a", "people"), ("b", "people")},
    ),
    (
        {
            "a.txt": "Wildfire near Patras\n\nATHENS, Aug 2 (ANA) - About 900 tourists were evacuated from the beaches and 650 people were evacuated from two villages.\n",
            "b.txt": "Patras fire\n\nPATRAS, Aug 2 (ERT) - Villagers said around 1,700 people were evacuated overnight.\n",
        },
        "people evacuated",
        {("a", "tourists"), ("a", "people"), ("b", "people")},
    ),
]


@pytest.mark.parametrize(("texts", "label", "kinds"), CASES)
def test_two_kinds_in_one_article_not_compared(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], texts: dict[str, str], label: str, kinds: set[tuple[str, str]]
) -> None:
    facts = _run(tmp_path, capsys, texts, "facts")
    [row] = [f for f in facts["facts"] if f["label"] == label]
    assert {(v["doc"], v["unit"]) for v in row["values"]} == kinds, row
    assert row["status"] == "not compared", row
    timeline = _run(tmp_path, capsys, texts, "timeline")
    assert not [name for name in timeline["changes"] if name.startswith(label)], timeline["changes"]
    # residents (villagers, tourists) a figure apart from people
    named = [name for name in timeline["first"] if name.startswith(f"{label} · ")]
    assert len(named) == 3, named
