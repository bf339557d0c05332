"""Boilerplate kinds on plain-text pages (issue #14, round s33-b, F14): comments closed in any
language ("Readers' comments are closed for this article.", "Les commentaires sont fermés") are
comments; a press release's end mark ("ENDS", "-ENDS-", "– FIN –"), its name and release note in
other languages ("COMMUNIQUÉ DE PRESSE", "POUR DIFFUSION IMMÉDIATE", "PRESSEMITTEILUNG") and its
"About" header with an article ("Über die Nordwerft GmbH") are press-release furniture; a release
with no headline is titled by its first sentence after the dateline, cut at a clause; a
newspaper's name at the page's head is its masthead and names the outlet."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

_EN_BODY = (
    "The operator of the ferry that struck the harbour wall in Halvik last May was fined 40,000 euros "
    "on Friday, the district court said.\n\nThe court found that the crew had ignored two warnings from "
    "the harbour master before the collision.\n\n"
)
PAGES = {
    "closed-en": "Ferry operator fined over harbour collision\n\nBy Anna Lind\n\n14 March 2026\n\n"
    + _EN_BODY
    + "Readers' comments are closed for this article.\n",
    "closed-en2": "Ferry operator fined over harbour collision\n\n"
    + _EN_BODY
    + "Comments on this story have been closed.\n",
    "closed-fr": "Incendie au port de Toulon : trois blessés\n\nUn violent incendie s'est déclaré mardi soir "
    "dans un entrepôt du port de Toulon, faisant trois blessés légers, selon les pompiers du Var.\n\n"
    "Une enquête a été ouverte pour déterminer l'origine du sinistre.\n\nLes commentaires sont fermés\n",
    "closed-es": "Incendio en el puerto de Valencia\n\nUn incendio declarado el martes por la noche en un "
    "almacén del puerto de Valencia dejó tres heridos leves, según los bomberos.\n\nLa policía investiga "
    "las causas del fuego.\n\nLos comentarios están cerrados.\n",
    "press-en": "FOR IMMEDIATE RELEASE\n\nHALVIK, Norway, March 14, 2026 /PRNewswire/ -- Nordøy Seafood ASA, "
    "the Norwegian salmon producer, today announced that it will open a new processing plant in Halvik, "
    "creating 120 jobs by the end of 2027. The plant will process up to 40,000 tonnes of salmon a year.\n\n"
    '"Halvik has the workforce and the harbour we need," said chief executive Kari Berg.\n\n'
    "Construction will begin in June.\n\nENDS\n",
    "press-fr": "COMMUNIQUÉ DE PRESSE\n\nPOUR DIFFUSION IMMÉDIATE\n\nTOULON, le 12 mars 2026 – La société "
    "Varmer, spécialiste de la réparation navale, annonce l'ouverture d'un nouveau chantier sur le port de "
    "Toulon, qui emploiera 80 personnes d'ici à la fin de l'année.\n\n« Toulon est le port naturel de notre "
    "croissance », a déclaré sa directrice générale, Claire Martin.\n\nLes travaux débuteront au printemps."
    "\n\n– FIN –\n",
    "press-de": "PRESSEMITTEILUNG\n\nKiel, 12. März 2026 – Die Nordwerft GmbH eröffnet im Kieler Hafen ein "
    "neues Reparaturdock und schafft damit 60 Arbeitsplätze bis Ende 2027.\n\n„Kiel ist für uns der ideale "
    "Standort“, sagte Geschäftsführer Jonas Weber.\n\nDer Bau beginnt im Juni.\n\nÜber die Nordwerft GmbH"
    "\n\nDie Nordwerft GmbH ist ein Schiffsreparaturbetrieb mit Sitz in Kiel.\n\n-ENDS-\n",
    "mast-en": "The Halvik Courier\n\nCouncil approves new harbour bridge\n\nThe city council approved plans "
    "for a new bridge across Halvik harbour on Thursday, ending a decade of debate over the crossing.\n\n"
    "Opponents said they would challenge the decision in court.\n",
    "mast-fr": "Le Courrier du Var\n\nUn nouveau rond-point inauguré à Hyères\n\nLe nouveau rond-point de "
    "l'avenue de la Mer a été inauguré samedi à Hyères, après deux ans de travaux.\n\nLes riverains restent "
    "partagés.\n",
    "mast-copy": "Harbour Beacon Online\n\nFerry strikes harbour wall in Halvik\n\nThe ferry struck the harbour "
    "wall on Tuesday evening, injuring three passengers, police said.\n\nThe cause of the collision is not "
    "yet known.\n\n© 2026 Harbour Beacon Online. All rights reserved.\n",
    # a masthead corpus.yaml names as the outlet, in German
    "mast-yaml": "Kieler Rundblick\n\nFähre rammt Kaimauer im Kieler Hafen\n\nEine Fähre hat am Dienstagabend im "
    "Kieler Hafen die Kaimauer gerammt, dabei wurden drei Menschen leicht verletzt, teilte die Polizei mit.\n\n"
    "Die Ursache des Unfalls ist noch unklar.\n",
}

# doc → the lines judged noise of that kind
NOISE = {
    "closed-en": ("comments", "Readers' comments are closed for this article."),
    "closed-en2": ("comments", "Comments on this story have been closed."),
    "closed-fr": ("comments", "Les commentaires sont fermés"),
    "closed-es": ("comments", "Los comentarios están cerrados."),
    "press-en": ("press-release", "ENDS"),
    "press-fr": ("press-release", "COMMUNIQUÉ DE PRESSE", "POUR DIFFUSION IMMÉDIATE", "– FIN –"),
    "press-de": ("press-release", "PRESSEMITTEILUNG", "Über die Nordwerft GmbH", "-ENDS-"),
    "mast-en": ("navigation", "The Halvik Courier"),
    "mast-fr": ("navigation", "Le Courrier du Var"),
    "mast-copy": ("navigation", "Harbour Beacon Online"),
    "mast-yaml": ("navigation", "Kieler Rundblick"),
}

# doc → (title, outlet or None when not asked)
TITLES = {
    "press-en": (
        "Nordøy Seafood ASA, the Norwegian salmon producer, today announced that it will open a new "
        "processing plant in Halvik",
        None,
    ),
    "press-fr": (
        "La société Varmer, spécialiste de la réparation navale, annonce l'ouverture d'un nouveau chantier "
        "sur le port de Toulon",
        None,
    ),
    "press-de": (
        "Die Nordwerft GmbH eröffnet im Kieler Hafen ein neues Reparaturdock und schafft damit 60 "
        "Arbeitsplätze bis Ende 2027.",
        None,
    ),
    "mast-en": ("Council approves new harbour bridge", "The Halvik Courier"),
    "mast-fr": ("Un nouveau rond-point inauguré à Hyères", "Le Courrier du Var"),
    "mast-copy": ("Ferry strikes harbour wall in Halvik", "Harbour Beacon Online"),
    "mast-yaml": ("Fähre rammt Kaimauer im Kieler Hafen", "Kieler Rundblick"),
}


@pytest.fixture
def corpus(tmp_path: Path) -> list[str]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for doc, text in PAGES.items():
        (folder / f"{doc}.txt").write_text(text, encoding="utf-8")
    (folder / "corpus.yaml").write_text("articles:\n  mast-yaml.txt:\n    outlet: Kieler Rundblick\n", encoding="utf-8")
    return ["--corpus", str(folder), "--index-dir", str(tmp_path / "ix")]


@pytest.mark.parametrize("doc", list(NOISE))
def test_the_furniture_is_noise_of_its_kind(capsys: pytest.CaptureFixture[str], corpus: list[str], doc: str) -> None:
    kind, *lines = NOISE[doc]
    assert main([*corpus, "noise", doc, "--json"]) == 0
    [out] = json.loads(capsys.readouterr().out)["docs"]
    kinds = {" ".join(b["text"].split()): b["kind"] for b in out["noise"]}
    assert {line: kinds.get(line) for line in lines} == dict.fromkeys(lines, kind)


@pytest.mark.parametrize("doc", list(TITLES))
def test_title_and_outlet(capsys: pytest.CaptureFixture[str], corpus: list[str], doc: str) -> None:
    title, outlet = TITLES[doc]
    assert main([*corpus, "list", "--json"]) == 0
    row = next(r for r in json.loads(capsys.readouterr().out)["articles"] if r["doc"] == doc)
    assert row["title"] == title
    if outlet is not None:
        assert row["outlet"] == outlet
