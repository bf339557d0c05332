"""``timeline --json`` follows the fact sheet's comparison: reports the sheet does not compare
(a row "not compared": "residents" beside "people" evacuated) are no step of a figure that changed
(t13p F16, round s30-b: the timeline listed "people evacuated: about 4,500 (Reuters) → some 4,600"
while the fact sheet kept those reports apart). Since round s50-f (t13as N3) a place's population,
"residents" or "villagers", is people where no article tells them apart: the kinds here are
tourists and pupils."""

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


@pytest.mark.parametrize(
    ("texts", "label", "apart"),
    [
        # reported (Reuters, El Heraldo de Áncash)
        (
            {
                "reuters.txt": "Dam bursts in Peru\n\nLIMA, June 3, 2026 (Reuters) - About 4,500 tourists were evacuated from the valley, officials said.\n",
                "local.txt": "Valley evacuated\n\nHUARAZ, June 4, 2026 (El Heraldo de Áncash) - Some 4,600 people were evacuated, the regional government said.\n",
            },
            "people evacuated",
            ("4,500", "4,600"),
        ),
        # variants of my own
        (
            {
                "a.txt": "Floods in Vojvodina\n\nNOVI SAD, May 10, 2026 (Tanjug) - Nearly 2,100 pupils were evacuated as the Tisa rose.\n",
                "b.txt": "Tisa floods\n\nBELGRADE, May 11, 2026 (N1) - About 2,300 people were evacuated along the river, police said.\n",
            },
            "people evacuated",
            ("2,100", "2,300"),
        ),
        (
            {
                # (children, a part of the dead: three miners are one toll with five people, t13y G6)
                "a.txt": "School blast\n\nKATOWICE, March 2, 2026 (PAP) - Three children were killed in the blast at the school.\n",
                "b.txt": "Colliery blast toll\n\nWARSAW, March 3, 2026 (TVN) - Five people died in the explosion, the operator said.\n",
            },
            "death toll",
            ("3", "5"),
        ),
    ],
)
def test_no_step_between_kinds(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], texts: dict[str, str], label: str, apart: tuple[str, str]
) -> None:
    facts = _run(tmp_path, capsys, texts, "facts")
    [row] = [f for f in facts["facts"] if f["label"] == label]
    assert row["status"] == "not compared", row
    timeline = _run(tmp_path, capsys, texts, "timeline")
    for name, steps in timeline["changes"].items():
        if name.startswith(label):
            values = " ".join(step["value"] for step in steps)
            assert not all(a in values for a in apart), (name, steps)
    # each kind is a figure of its own, named so
    assert len([name for name in timeline["first"] if name.startswith(f"{label} · ")]) == 2, timeline["first"]
