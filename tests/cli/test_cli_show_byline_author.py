"""t13r F11 (s31-b) through the CLI: a byline under a saved page's headline with its date first
("June 3, 2026 | By Mateo Ruiz") is a byline in ``noise DOC --json``, and ``show DOC --json`` reads
the article's date and author from it (the author was null). The rules and more:
tests/analysis/test_noise_byline_date_first.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PAGE = (FIXTURES / "t13r_s30s" / "saved-page.txt").read_text("utf-8")
REPORTED = "June 3, 2026 | By Mateo Ruiz"
LINES = {
    "reported": (REPORTED, "Mateo Ruiz", "2026-06-03"),
    "day-first": ("3 June 2026 · By Ana Soto", "Ana Soto", "2026-06-03"),  # ours
    "with-outlet": ("14 March 2025 — By Jon Berg — Halvik Post", "Jon Berg", "2025-03-14"),  # ours
    "by-first": ("By Mateo Ruiz | June 3, 2026", "Mateo Ruiz", "2026-06-03"),  # ours: its kind held before
}


@pytest.fixture
def corpus(tmp_path: Path) -> list[str]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for doc, (line, _, _) in LINES.items():
        (folder / f"{doc}.txt").write_text(PAGE.replace(REPORTED, line), encoding="utf-8")
    return ["--corpus", str(folder), "--index-dir", str(tmp_path / "ix")]


@pytest.mark.parametrize("doc", list(LINES))
def test_the_byline_dates_and_names_the_article(
    capsys: pytest.CaptureFixture[str], corpus: list[str], doc: str
) -> None:
    line, author, date = LINES[doc]
    assert main([*corpus, "noise", doc, "--json"]) == 0
    [out] = json.loads(capsys.readouterr().out)["docs"]
    assert [b["kind"] for b in out["noise"] if b["text"] == line] == ["byline"]
    assert main([*corpus, "show", doc, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert (shown["author"], shown["date"][:10], shown["title"]) == (
        author,
        date,
        "Rail crash: driver says brakes failed",
    )
