"""A negation of a negation is its words (t13aa K21): ``NOT -corvenna``, ``NOT NOT corvenna``,
``bridge NOT -corvenna``, ``NOT -"Corvenna Bridge"`` made the query parser fail with "cannot read
this query (list index out of range)", exit 1, in the CLI and the app's search box, while
``NOT (-corvenna)`` found the articles. Now each finds what its words find."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "a.txt").write_text("Bridge falls\n\nThe Corvenna Bridge fell into the river.\n", "utf-8")
    (root / "b.txt").write_text("Ferry late\n\nThe ferry from Haldor was late again.\n", "utf-8")
    (root / "c.txt").write_text("Talvik vote\n\nThe council of Talvik voted on the bridge.\n", "utf-8")
    return root


def search(corpus: Path, tmp_path: Path, query: str, capsys: pytest.CaptureFixture[str]) -> list[str]:
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix"), "search", query, "--json"])
    out = capsys.readouterr()
    assert code == 0, out.err
    return sorted(hit["doc"] for hit in json.loads(out.out)["hits"])


@pytest.mark.parametrize(
    ("query", "same_as"),
    [
        ("NOT -corvenna", "corvenna"),
        ("NOT NOT corvenna", "corvenna"),
        ("bridge NOT -corvenna", "bridge corvenna"),
        ('NOT -"Corvenna Bridge"', '"Corvenna Bridge"'),
        ("-NOT talvik", "talvik"),
        ("NOT NOT NOT ferry", "NOT ferry"),
    ],
)
def test_a_negated_negation_finds_its_words(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], query: str, same_as: str
) -> None:
    assert search(corpus, tmp_path, query, capsys) == search(corpus, tmp_path, same_as, capsys)
    assert search(corpus, tmp_path, query, capsys)  # something, not an error
