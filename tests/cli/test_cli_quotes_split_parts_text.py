"""``quotes`` text output gives a direct quote split by its cue as its parts, as ``--json`` does
("A … B"), never the raw span with the cue inside it (t13s F10, round s31-i: Costa Herald's
'The stairwell acted like a chimney," Ferrández told reporters outside the charred buildin…');
wire copy's ``…'' marks are quotation marks there too."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main


def _quotes(tmp_path: Path, capsys: pytest.CaptureFixture[str], paragraph: str, *args: str) -> str:
    corpus = tmp_path / "c"
    corpus.mkdir(exist_ok=True)
    (corpus / "a.txt").write_text(
        f"Hotel fire\n\nThe fire was put out on Wednesday.\n\n{paragraph}\n", encoding="utf-8"
    )
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "quotes", *args])
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


@pytest.mark.parametrize(
    ("paragraph", "parts"),
    [
        # reported (t13s pages/costa-herald-saved)
        (
            '"The stairwell acted like a chimney," Ferrández told reporters outside the charred building. '
            '"By the time the first engine arrived the fourth floor was already lost."',
            "The stairwell acted like a chimney … By the time the first engine arrived",
        ),
        # variants of my own: curly and TeX marks, other names and words
        (
            "“We had no warning,” Ines Castro said on Thursday morning. “The smoke came under the door.”",
            "We had no warning … The smoke came under the door",
        ),
        (
            "``Nobody could have stopped it,'' harbour master Olav Dahl told the radio station. "
            "``It spread in minutes.''",
            "Nobody could have stopped it … It spread in minutes",
        ),
    ],
)
def test_a_split_quote_is_its_parts(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], paragraph: str, parts: str
) -> None:
    data = json.loads(_quotes(tmp_path, capsys, paragraph, "--json"))
    (said,) = [q["text"] for s in data["speakers"] for q in s["quotes"]]
    assert said.startswith(parts), said
    text = _quotes(tmp_path, capsys, paragraph)
    (row,) = [line for line in text.splitlines() if " direct " in line]
    assert parts in row and "told" not in row and "said" not in row, text
