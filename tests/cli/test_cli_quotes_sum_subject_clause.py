"""``quotes --json``: a sum that is the subject of the clause after a speech verb is reported speech
("Olaf Lind claimed €300,000 of it went to repairs."), a sum that is the verb's object is none
("claimed €300,000 from the council"; round s36-g, left undone by s36-d)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main


def quotes(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> dict:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(text, encoding="utf-8")
    assert main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "quotes", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize(
    ("sentence", "words", "speaker"),
    [
        ("Olaf Lind claimed €300,000 of it went to repairs.", "€300,000 of it went to repairs", "Olaf Lind"),
        ("Ines Varga added $1.2 million had vanished.", "$1.2 million had vanished", "Ines Varga"),
        (
            "Piet Smal claimed £80,000 of the fund went on consultants.",
            "£80,000 of the fund went on consultants",
            "Piet Smal",
        ),
    ],
)
def test_sum_subject_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], sentence: str, words: str, speaker: str
) -> None:
    text = (
        "Bridge money questioned\n\nBy Sam Ferrow | Lindmark Echo | 15 July 2026\n\n"
        "The Corvenna Bridge was repaired last year at a cost of €2 million.\n\n"
        f"{sentence} He also claimed €300,000 from the council.\n"
    )
    data = quotes(tmp_path, capsys, text)
    said = {sp["name"]: [q["text"] for q in sp["quotes"]] for sp in data["speakers"]}
    assert words in said.get(speaker, [])
    # the sum claimed from the council is money, no words of anyone's
    every = [t for texts in said.values() for t in texts] + [q["text"] for q in data["unattributed"]]
    assert not any("from the council" in t for t in every)
