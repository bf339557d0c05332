"""``quotes --json``: a passive report verb's agent with a "that" clause is the speaker of the
clause ("He was told by police that …", "were informed by Tollan District Council that …"); the
police by their kind word alone, the article naming no police force, leave the words unattributed
as "Police said" does. Before, the passive was no statement at all (s35-q "Left undone")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main


def quotes(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> dict:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(f"Hospital hit\n\nThe attack began on Sunday.\n\n{text}\n", encoding="utf-8")
    assert main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "quotes", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        # the helper's note: "He was told by police that …", the police force named earlier
        (
            "Halvik Police arrived at noon. He was told by police that the records had been copied.",
            "Halvik Police",
            "the records had been copied",
        ),
        # variants of my own: a council by name, "were informed"; a titled person, "had been warned"
        (
            "Residents were informed by Tollan District Council that the water was safe to drink.",
            "Tollan District Council",
            "the water was safe to drink",
        ),
        (
            "Nurses had been warned by Superintendent Jonas Pellworth that the gang might strike again.",
            "Jonas Pellworth",
            "the gang might strike again",
        ),
    ],
)
def test_agent_speaks(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, speaker: str, words: str) -> None:
    data = quotes(tmp_path, capsys, text)
    said = {sp["name"]: [q["text"] for q in sp["quotes"]] for sp in data["speakers"]}
    assert said.get(speaker) == [words], data


def test_police_unnamed_is_unattributed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = quotes(tmp_path, capsys, "He was told by police that the records had been copied.")
    assert data["speakers"] == [], data
    assert [q["text"] for q in data["unattributed"]] == ["the records had been copied"], data
