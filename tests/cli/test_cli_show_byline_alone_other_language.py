"""A byline in another language alone on its line under the headline ("Por María Sánchez Ortega",
"Par Jean Dupont") names the article's author, and is never its outlet (t13v F7: author None,
and in a French text the outlet was "Par Jean Dupont", while "By Claire Dumont" gave the author)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

TEXTS = {
    # the reported texts (repro/v6/es1.txt, fr1.txt)
    "es1": (
        "Incendio en la Costa Azul deja siete muertos\n\nPor María Sánchez Ortega\n\n"
        "TOULON (Francia).- Un violento incendio forestal arrasó el sábado la localidad de Saint-Aubrac-des-Pins, "
        "en el sur de Francia, y dejó siete muertos, según la prefectura.\n\n"
        "Los bomberos trabajaron toda la noche para contener las llamas.\n",
        "María Sánchez Ortega",
    ),
    "fr1": (
        "Incendie : le bilan s alourdit à sept morts\n\nPar Jean Dupont\n\n"
        "Le bilan de l incendie qui a ravagé samedi les collines de Saint-Aubrac-des-Pins s est alourdi à sept "
        "morts, a annoncé la préfecture dans la nuit.\n\nLes pompiers restent mobilisés.\n",
        "Jean Dupont",
    ),
    # variants: other languages, names and layouts (a date under the byline, a particle)
    "pt": (
        "Cheias no Douro obrigam a retirar 300 famílias\n\nPor João Almeida\n15 de março de 2026\n\n"
        "As águas do rio Douro subiram três metros durante a noite e inundaram a zona ribeirinha do Porto, "
        "segundo a Proteção Civil.\n\nAs escolas da zona fecharam.\n",
        "João Almeida",
    ),
    "de": (
        "Sturm über Rügen: drei Tote\n\nVon Greta Voss\n\n"
        "Ein schwerer Sturm hat in der Nacht zum Sonntag auf Rügen Bäume entwurzelt und Dächer abgedeckt, "
        "wie die Polizei in Stralsund mitteilte.\n\nDie Fähre fährt wieder.\n",
        "Greta Voss",
    ),
    "nl": (
        "Dijk bij Zwolle breekt na dagen regen\n\nDoor Pieter de Vries\n\n"
        "Een dijk langs de IJssel is zondagochtend over een lengte van twintig meter bezweken, meldt de "
        "gemeente Zwolle.\n\nBewoners zijn geëvacueerd.\n",
        "Pieter de Vries",
    ),
}


@pytest.fixture
def corpus(tmp_path: Path) -> list[str]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for doc, (text, _author) in TEXTS.items():
        (folder / f"{doc}.txt").write_text(text, encoding="utf-8")
    return ["--corpus", str(folder), "--index-dir", str(tmp_path / "ix")]


@pytest.mark.parametrize("doc", list(TEXTS))
def test_a_byline_alone_names_the_author_not_the_outlet(
    capsys: pytest.CaptureFixture[str], corpus: list[str], doc: str
) -> None:
    assert main([*corpus, "show", doc, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["author"] == TEXTS[doc][1]
    assert out["outlet"] is None or TEXTS[doc][1] not in out["outlet"]


@pytest.mark.parametrize(
    "text",
    [
        "Storm hits the coast\n\nPar For The Course\n\nThe storm cut power to 4,000 homes on Sunday night, the utility said in a statement.\n",
        "Par For The Course\n\nThe storm cut power to 4,000 homes on Sunday night, the utility said in a statement.\n",
    ],
)
def test_a_headline_opening_with_such_a_word_is_no_byline(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str
) -> None:
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "h.txt").write_text(text, encoding="utf-8")
    assert main(["--corpus", str(folder), "--index-dir", str(tmp_path / "ix"), "show", "h", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["author"] is None
