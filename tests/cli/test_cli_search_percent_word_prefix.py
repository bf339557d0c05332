"""``search '65 per*'`` (a number, then a prefix of a percent word) finds the percentage and lights
it, as ``65 percent`` does (issue 15, t13z H18: it lit only the bare "65" of "65 ambulances").
The real CLI on the reported article's paragraphs and two variants (another number and percent
word after a bare one; a percentage written with the sign only)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

ARTICLES = {
    "echo": (
        "Hospital hit by cyber-attack\n\nA cyber-attack took most of its computers offline, and 65 ambulances "
        "were sent to other hospitals by the afternoon.\n\nAccording to the trust, some 65 per cent of "
        "clinical systems were down.\n"
    ),
    "port": "Harbour reopens\n\nCranes moved 12 tonnes of debris.\n\nFreight volumes fell 12 pct over the week.\n",
    "sign": "Backups\n\nOnly 65% of the backups could be restored, engineers said.\n",
}


@pytest.mark.parametrize(
    ("query", "lit"),
    [
        ("65 per*", {"echo": "65 per cent", "sign": "65%"}),  # reported
        ("65 perc*", {"echo": "65 per cent", "sign": "65%"}),
        ("12 pc*", {"port": "12 pct"}),
    ],
)
def test_a_percent_word_prefix_lights_the_percentage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], query: str, lit: dict[str, str]
) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / f"{name}.txt").write_text(text, "utf-8")
    args = ["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix")]
    assert main([*args, "search", query, "--json"]) == 0
    hits = {h["doc"]: h for h in json.loads(capsys.readouterr().out)["hits"]}
    assert set(hits) == set(lit)
    for doc, written in lit.items():
        hit = hits[doc]
        lit_words = [hit["snippet"][a:b] for a, b in hit["matches"]]
        assert lit_words and lit_words[0] == written, hit
        assert main([*args, "show", doc, "--json"]) == 0
        text = json.loads(capsys.readouterr().out)["text"]
        a, b = hit["spans"][0]
        assert text[a:b] == written
