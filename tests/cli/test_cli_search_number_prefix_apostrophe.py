"""Round s30-h (t13q F6): a number prefix grouped with a Swiss apostrophe (``'`` or ``’``) is read
as one grouped with commas (README: a number prefix may hold its separator; the apostrophe is a
thousands separator as the comma is): ``412'0*`` finds "412,000" and "412'000", never "41'200";
the typed ``412'0`` reads it so too (tests/tui/test_tui_search_typing_number_separator.py).
Before, the apostrophe was dropped and ``412'0*`` was ``4120*``: "41'200" (41200) matched."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

ARTICLES = {
    "oberland": "Cable car line\n\nThe line carried 412,000 passengers last year.",
    "swissinfo": "Grauhorn analysis\n\nThe line carried 412'000 passengers last year.",
    "other": "Other line\n\nA line nearby carried 41'200 skiers and 4,120 hikers.",
    "budget": "Budget\n\nThe canton granted 1’250’000 francs; 86'500 visitors came.",
    "rival": "Rival\n\nThe rival resort counted 125,000 visitors and 8,650 cars.",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = tmp_path_factory.mktemp("apostrophe")
    corpus = root / "c"
    corpus.mkdir()
    for name, text in ARTICLES.items():
        (corpus / f"{name}.txt").write_text(text, "utf-8")
    return corpus, root / "index"


@pytest.mark.parametrize(
    ("query", "want"),
    [
        ("412'0*", {"oberland", "swissinfo"}),  # reported number: not "41'200"
        ("86'5*", {"budget"}),  # variant: not "8,650"
        ("1’25*", {"budget"}),  # variant: a typographic apostrophe; not "125,000"
    ],
)
def test_an_apostrophe_in_a_number_prefix_groups_it_as_a_comma_does(
    capsys: pytest.CaptureFixture[str], corpus: tuple[Path, Path], query: str, want: set[str]
) -> None:
    root, ix = corpus
    capsys.readouterr()
    assert main(["--corpus", str(root), "--index-dir", str(ix), "search", query, "--json"]) == 0
    got = json.loads(capsys.readouterr().out)
    assert ({h["doc"] for h in got["hits"]}, got["total"]) == (want, len(want))
    comma = query.replace("'", ",").replace("’", ",")
    assert main(["--corpus", str(root), "--index-dir", str(ix), "search", comma, "--json"]) == 0
    assert {h["doc"] for h in json.loads(capsys.readouterr().out)["hits"]} == want
