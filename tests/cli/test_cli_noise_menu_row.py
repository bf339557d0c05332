"""t13r F11 (s31-b) through the CLI: ``noise DOC --json`` gives a site's menu written on one line
("Home  News  Sport  Business  Opinion  Video", in any language) the kind navigation and a reason in
words, and ``show DOC --json`` never takes it for the title. The rules and more:
tests/analysis/test_noise_menu_row.py."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PAGE = (FIXTURES / "t13r_s30s" / "saved-page.txt").read_text("utf-8")
REPORTED = "Home  News  Sport  Business  Opinion  Video"
TEXTS = {
    "saved-page": PAGE,  # reported
    "spanish-page": PAGE.replace(REPORTED, "Inicio  Bolivia  Mundo  Deportes  Opinión"),  # ours
    # ours: alone over the headline, the page's other menu lines gone
    "german-page": PAGE.replace(
        "Skip to content\n" + REPORTED + "\nSign in | Subscribe\n\nANDEAN POST\n\n",
        "Startseite · Politik · Wirtschaft · Sport · Kultur\n\n",
    ),
}
MENUS = {
    "saved-page": REPORTED,
    "spanish-page": "Inicio  Bolivia  Mundo  Deportes  Opinión",
    "german-page": "Startseite · Politik · Wirtschaft · Sport · Kultur",
}


@pytest.fixture
def corpus(tmp_path: Path) -> list[str]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for doc, text in TEXTS.items():
        (folder / f"{doc}.txt").write_text(text, encoding="utf-8")
    return ["--corpus", str(folder), "--index-dir", str(tmp_path / "ix")]


@pytest.mark.parametrize("doc", list(TEXTS))
def test_a_menu_on_one_line_is_navigation(capsys: pytest.CaptureFixture[str], corpus: list[str], doc: str) -> None:
    assert main([*corpus, "noise", doc, "--json"]) == 0
    [out] = json.loads(capsys.readouterr().out)["docs"]
    [menu] = [b for b in out["noise"] if b["text"] == MENUS[doc]]
    assert menu["kind"] == "navigation"
    assert menu["reason"].startswith("a menu on one line: short capitalised links side by side")
    assert out["title"] == "Rail crash: driver says brakes failed"
    assert main([*corpus, "show", doc, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "Rail crash: driver says brakes failed"
