"""`search '"per cent"' --json` finds the articles writing a percentage with those words, lit
where they stand (acceptance t13ak N13: total 0, though "78 per cent" was in the text; the index
keeps a percentage's words at its one position)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

ARTICLES = {
    "herald": "Coverage\n\nVaccination coverage stood at 78 per cent of children in the city.\n",
    "watch": "Targets\n\nOfficials want 95 per cent coverage; only 3 per cent were unvaccinated by choice.\n",
    "plain": "Rates\n\nCoverage was 78% and the target is 95 percent.\n",
}


@pytest.mark.parametrize(
    ("query", "want"),
    [
        ('"per cent"', {"herald": ["per cent"], "watch": ["per cent", "per cent"]}),  # reported
        ('"per cent of children"', {"herald": ["per cent of children"]}),
        ('"per cent coverage"', {"watch": ["per cent coverage"]}),
    ],
)
def test_search_a_phrase_of_percentage_words(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], query: str, want: dict[str, list[str]]
) -> None:
    root = tmp_path / "corpus"
    root.mkdir()
    for name, text in ARTICLES.items():
        (root / f"{name}.txt").write_text(text, "utf-8")
    capsys.readouterr()
    assert main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "search", query, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"] == len(want)
    for hit in data["hits"]:
        text = ARTICLES[hit["doc"]]
        assert [text[a:b] for a, b in hit["spans"]] == want[hit["doc"]]
