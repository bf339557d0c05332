"""A newspaper's masthead in another language over the headline, and its byline with the fields
set apart by commas ("Por María Sánchez, El Comercio del Sur, 16 de agosto de 2026"): the masthead
is no title (the headline is), the byline names the author (t13v F7: the title was "El Comercio
del Sur" / "Le Courrier du Var", the author None, while the English "Var Herald" / "By Olivier
Marchand, Var Herald, August 16, 2026" worked)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

PAGES = {
    # the reported texts (repro/v12/es.txt, fr.txt)
    "es": (
        "El Comercio del Sur",
        "Incendio en la Costa Azul: siete muertos",
        "Por María Sánchez, El Comercio del Sur, 16 de agosto de 2026",
        "TOULON (Francia).- Un violento incendio forestal arrasó el sábado la localidad de Saint-Aubrac-des-Pins "
        "y dejó siete muertos, según la prefectura del Var.",
        "María Sánchez",
    ),
    "fr": (
        "Le Courrier du Var",
        "Incendie : le bilan s alourdit à sept morts",
        "Par Jean Dupont, Le Courrier du Var, 16 août 2026",
        "Le bilan de l incendie qui a ravagé samedi les collines de Saint-Aubrac-des-Pins s est alourdi à sept "
        "morts, a annoncé la préfecture dans la nuit.",
        "Jean Dupont",
    ),
    # variants: other languages, papers and names
    "pt": (
        "O Diário do Minho",
        "Cheias no Douro obrigam a retirar 300 famílias",
        "Por João Almeida, O Diário do Minho, 15 de março de 2026",
        "As águas do rio Douro subiram três metros durante a noite e inundaram a zona ribeirinha do Porto, "
        "segundo a Proteção Civil.",
        "João Almeida",
    ),
    "it": (
        "Il Tirreno di Livorno",
        "Mareggiata a Livorno, due dispersi in mare",
        "Di Marco Rossi, Il Tirreno di Livorno, 3 marzo 2026",
        "Una violenta mareggiata ha colpito la costa di Livorno nella notte di domenica e due pescatori "
        "risultano dispersi, secondo la Capitaneria di porto.",
        "Marco Rossi",
    ),
}


@pytest.fixture
def corpus(tmp_path: Path) -> list[str]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for doc, (masthead, headline, byline, prose, _author) in PAGES.items():
        text = "\n\n".join([masthead, headline, byline, prose, "Fin."]) + "\n"
        (folder / f"{doc}.txt").write_text(text, encoding="utf-8")
    return ["--corpus", str(folder), "--index-dir", str(tmp_path / "ix")]


@pytest.mark.parametrize("doc", list(PAGES))
def test_the_headline_is_the_title_and_the_byline_names_the_author(
    capsys: pytest.CaptureFixture[str], corpus: list[str], doc: str
) -> None:
    _masthead, headline, _byline, _prose, author = PAGES[doc]
    assert main([*corpus, "show", doc, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["title"] == headline
    assert out["author"] == author


@pytest.mark.parametrize("doc", list(PAGES))
def test_the_masthead_and_the_byline_are_no_content(
    capsys: pytest.CaptureFixture[str], corpus: list[str], doc: str
) -> None:
    masthead, _headline, byline, _prose, _author = PAGES[doc]
    assert main([*corpus, "noise", doc, "--json"]) == 0
    [out] = json.loads(capsys.readouterr().out)["docs"]
    noise = {" ".join(b["text"].split()) for b in out["noise"]}
    assert masthead in noise
    assert byline in noise
