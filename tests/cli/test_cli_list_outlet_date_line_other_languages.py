"""``list --json`` dates an article by a date line giving its outlet and date apart by a spaced
dash in another language (t13z H10: repro/v13's "Le Quotidien de l'Europe – 12 mars 2026" left
``fr-endash`` undated while its English twin and ``fr-dot`` were dated), and ``show --json`` keeps
the headline its title. The reported file, and Italian and Portuguese lines of my own."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

PAGES = {
    "fr-endash": (  # reported
        "Cyberattaque contre l'hôpital de Velmont",
        "Le Quotidien de l'Europe – 12 mars 2026",
        "L'hôpital général de Velmont, à Kesterbridge, a été paralysé jeudi par une cyberattaque. "
        "Selon la direction, 65 ambulances ont été détournées.",
    ),
    "it-endash": (
        "Attacco informatico all'ospedale di Velmont",
        "La Gazzetta dello Sport – 12 marzo 2026",
        "L'ospedale generale di Velmont è stato colpito giovedì da un attacco informatico. "
        "Secondo la direzione, 65 ambulanze sono state deviate.",
    ),
    "pt-endash": (
        "Ciberataque contra o hospital de Velmont",
        "Diário da Manhã — 12 de março de 2026",
        "O hospital geral de Velmont foi atingido na quinta-feira por um ciberataque. "
        "Segundo a direção, 65 ambulâncias foram desviadas.",
    ),
}


@pytest.fixture
def corpus(tmp_path: Path) -> list[str]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for doc, lines in PAGES.items():
        (folder / f"{doc}.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return ["--corpus", str(folder), "--index-dir", str(tmp_path / "ix")]


def test_list_dates_each_article(capsys: pytest.CaptureFixture[str], corpus: list[str]) -> None:
    assert main([*corpus, "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["articles"]
    assert {r["doc"]: r["date"] for r in rows} == dict.fromkeys(PAGES, "2026-03-12")


@pytest.mark.parametrize("doc", list(PAGES))
def test_the_headline_stays_the_title(capsys: pytest.CaptureFixture[str], corpus: list[str], doc: str) -> None:
    assert main([*corpus, "show", doc, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["title"] == PAGES[doc][0]
    assert out["date"] == "2026-03-12"
