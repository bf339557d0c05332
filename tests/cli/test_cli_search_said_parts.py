"""t13ah N12: a ``said:`` hit lights only the quoted parts that hold the searched words.

``said:Quispe curve`` on AP's '"The driver appears to have lost control on the curve," regional
governor Marisol Quispe told local radio station RPP. "We will not rest until those responsible
answer for this tragedy."' lit both parts of that quote split by its cue, the second holding no
"curve" (``quotes.said.said_spans`` scored the quote whole). Each part is scored on its own words.
The reported input (AP's paragraph, copied) and two variants: the other part searched, and a
speaker of our own whose quote is split in three.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

AP = (
    "BUS CRASH KILLS 17 IN PERU'S ANDES\n\n"
    "HUANCAYO, Peru (AP) — A bus carrying more than 50 passengers tumbled down a mountainside in central"
    " Peru late Sunday, killing at least 17 people, authorities said.\n\n"
    "Rescuers worked through the night near La Oroya. Police said the bus was traveling at about 90 km/h"
    " when it missed a curve.\n\n"
    '"The driver appears to have lost control on the curve," regional governor Marisol Quispe told local'
    ' radio station RPP. "We will not rest until those responsible answer for this tragedy."\n'
)
FARKAS = (
    "Flood in Kellby\n\n"
    '"The water came in minutes," Mayor Ilona Farkas told reporters on Monday. "The school is open for'
    ' anyone who lost a home," she said. "Nobody will sleep outside tonight."\n'
)


def lit(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, query: str) -> list[str]:
    root = tmp_path / "c"
    root.mkdir()
    (root / "story.txt").write_text(text, "utf-8")
    capsys.readouterr()
    assert main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "search", query, "--json"]) == 0
    (hit,) = json.loads(capsys.readouterr().out)["hits"]
    return [text[s:e] for s, e in hit["spans"]]


@pytest.mark.parametrize(
    ("text", "query", "words"),
    [
        (AP, "said:Quispe curve", ["The driver appears to have lost control on the curve"]),
        (AP, "said:Quispe rest", ["We will not rest until those responsible answer for this tragedy"]),
        (FARKAS, 'said:Farkas "lost a home"', ["The school is open for anyone who lost a home"]),
    ],
    ids=["reported", "other-part", "phrase-in-three-parts"],
)
def test_a_said_hit_lights_only_the_parts_holding_the_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, query: str, words: list[str]
) -> None:
    assert lit(tmp_path, capsys, text, query) == words


def test_the_name_alone_lights_every_part(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert len(lit(tmp_path, capsys, AP, "said:Quispe")) == 2
