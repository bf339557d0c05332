"""Text output names entity labels in words (Person, Place, Nationality or group…), from the one
label-words table (``entities/labels.py``); the JSON output keeps the OntoNotes codes."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.labels import LABEL_WORDS, label_name
from waic_reader.tui.cli.main import main

CODES = re.compile(r"\b(" + "|".join(LABEL_WORDS) + r")\b")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    assert main(list(argv)) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("docs", [[], ["003"], ["000", "004"]])
def test_entities_text_says_labels_in_words(capsys: pytest.CaptureFixture[str], docs: list[str]) -> None:
    data = json.loads(run(capsys, "entities", *docs, "--json"))
    codes = {e["type"] for e in data["entities"]}
    assert "PERSON" in codes and codes <= set(LABEL_WORDS)  # the JSON keeps the codes
    text = run(capsys, "entities", *docs)
    assert not CODES.search(text), CODES.search(text)
    lines = text.splitlines()
    for code in codes:
        assert any(line.startswith(label_name(code) + " ") for line in lines), code
    li = next(line for line in text.splitlines() if "Li Qiang" in line)
    assert li.startswith("Person ")


def test_quotes_text_and_markdown_say_labels_in_words(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = json.loads(run(capsys, "quotes", "--json"))
    types = {s["type"] for s in data["speakers"]}
    assert types and types <= set(LABEL_WORDS)
    text = run(capsys, "quotes")
    speakers = [line for line in text.splitlines() if line and not line.startswith(" ") and "statements" in line]
    assert speakers and not any(CODES.search(line) for line in speakers), speakers
    assert any(f"({label_name(t)})" in line for t in types for line in speakers)
    target = tmp_path / "quotes.md"
    run(capsys, "quotes", "--markdown", str(target))
    headings = [line for line in target.read_text("utf-8").splitlines() if line.startswith("## ")]
    assert headings and not any(CODES.search(h) for h in headings), headings
