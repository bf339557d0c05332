"""``quotes --json`` on t13ae P17's and P21's sentences (issue #16, round s38-x2): an account after
"told how" and a naming verb's words far into a long sentence are partial quotes, the narration
before them no one's; a partial quote before "according to" an unnamed official is its quoted
words alone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

FRONT = "---\ntitle: Mud slide\noutlet: {outlet}\ndate: 2026-11-09\n---\n"
LEDE = "FOURTEEN people were killed when a torrent of mud smashed into Brenzola in the early hours.\n\n"


def quotes(tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str) -> list[dict]:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.md").write_text(FRONT.format(outlet="Daily Blare") + LEDE + body + "\n", "utf-8")
    assert main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "quotes", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    return [q for sp in data["speakers"] for q in sp["quotes"]] + data["unattributed"]


@pytest.mark.parametrize(
    ("body", "text", "cue"),
    [
        (
            'Terrified locals told how the hillside "just came down like a wave". The mud hurtled at nearly 40mph.',
            'the hillside "just came down like a wave"',
            "told",
        ),
        (
            "Geotekna has offered €2,000 to each family that lost a home, a sum the residents' committee"
            ' called "an insult". The committee is demanding €10m.',
            '"an insult"',
            "called",
        ),
        (
            'Prosecutors are examining whether "the warnings were ignored for weeks", according to an'
            " official who declined to be named.",
            "the warnings were ignored for weeks",
            "according to",
        ),
    ],
)
def test_partial_quotes_of_t13ae(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str, text: str, cue: str
) -> None:
    got = quotes(tmp_path, capsys, body)
    assert [(q["text"], q["kind"], q["cue"]) for q in got] == [(text, "partial", cue)], got
