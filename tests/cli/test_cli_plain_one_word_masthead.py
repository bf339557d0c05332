"""A newspaper's name written as one word alone on the first line, over the headline of a plain
text ("Var-Matin", "Ouest-France", "Nordkurier") and named nowhere else in it, is the masthead: it
names the outlet and is the site's name (navigation), never the title (issue #14, round s34-d: a
one-word first line was read as a kicker, "Analysis", "Floods", and named no outlet). A kicker one
word long stays content and names no outlet."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

_FR = (
    "Un nouveau rond-point inauguré à Hyères\n\nLe nouveau rond-point de l'avenue de la Mer a été inauguré "
    "samedi à Hyères, après deux ans de travaux, a annoncé la mairie.\n\nLes riverains restent partagés sur "
    "le projet, qui a coûté 1,2 million d'euros.\n"
)
_FR2 = (
    "Une usine de conserves ferme à Lorient\n\nL'usine de conserves de poisson du port de Lorient fermera ses "
    "portes en juin, a annoncé mardi sa direction, laissant 85 salariés sans emploi.\n\nLes syndicats ont "
    "appelé à une grève jeudi devant le site.\n"
)
_DE = (
    "Fähre rammt Kaimauer im Hafen von Sassnitz\n\nEine Fähre hat am Dienstagabend im Hafen von Sassnitz die "
    "Kaimauer gerammt, dabei wurden drei Menschen leicht verletzt, teilte die Polizei mit.\n\nDie Ursache des "
    "Unfalls ist noch unklar, die Wasserschutzpolizei ermittelt.\n"
)
_EN = (
    "Ferry strikes harbour wall in Halvik\n\nA ferry struck the harbour wall in Halvik on Tuesday evening, "
    "injuring three passengers, police said.\n\nThe cause of the floods that followed the storm is not yet "
    "known, the harbour master said.\n"
)
# a whole page saved as text, one block a line
_PAGE = "\n".join(
    [
        "Un nouveau rond-point inauguré à Hyères",
        "Par Claire Martin",
        "Publié le 14/03/2026 à 09h40",
        "Le nouveau rond-point de l'avenue de la Mer a été inauguré samedi à Hyères, après deux ans de travaux, "
        "a annoncé la mairie dans un communiqué.",
        "Les riverains restent partagés sur le projet, qui a coûté 1,2 million d'euros, selon la commune.",
        "Le maire a défendu un aménagement qui doit fluidifier la circulation vers les plages pendant l'été.",
        "À lire aussi",
        "Toulon : un nouveau parking relais",
        "Hyères : le marché de Noël ouvre",
        *"Mentions légales|Contact|Cookies|Newsletter|Plan du site|Publicité|Abonnement|Météo|Jeux|Annonces".split("|"),
        *"Archives|Horoscope|Services|Nos offres".split("|"),
    ]
)
# doc → (first line, text under it, the outlet wanted (None: a kicker, no outlet), the title)
TEXTS = {
    "var-matin": ("Var-Matin", _FR, "Var-Matin", "Un nouveau rond-point inauguré à Hyères"),
    "ouest-france": ("Ouest-France", _FR2, "Ouest-France", "Une usine de conserves ferme à Lorient"),
    "nordkurier": ("Nordkurier", _DE, "Nordkurier", "Fähre rammt Kaimauer im Hafen von Sassnitz"),
    "page": ("Nice-Matin", _PAGE, "Nice-Matin", "Un nouveau rond-point inauguré à Hyères"),
    "kicker": ("Floods", _EN, None, None),
}


@pytest.fixture
def corpus(tmp_path: Path) -> list[str]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for doc, (first, text, _, _) in TEXTS.items():
        sep = "\n" if doc == "page" else "\n\n"
        (folder / f"{doc}.txt").write_text(f"{first}{sep}{text}", encoding="utf-8")
    return ["--corpus", str(folder), "--index-dir", str(tmp_path / "ix")]


@pytest.mark.parametrize("doc", list(TEXTS))
def test_the_masthead_names_the_outlet_not_the_title(
    capsys: pytest.CaptureFixture[str], corpus: list[str], doc: str
) -> None:
    _, _, outlet, title = TEXTS[doc]
    assert main([*corpus, "list", "--json"]) == 0
    row = next(r for r in json.loads(capsys.readouterr().out)["articles"] if r["doc"] == doc)
    assert row["outlet"] == outlet
    if title is not None:
        assert row["title"] == title


@pytest.mark.parametrize("doc", list(TEXTS))
def test_the_masthead_is_the_sites_name(capsys: pytest.CaptureFixture[str], corpus: list[str], doc: str) -> None:
    first, _, outlet, _ = TEXTS[doc]
    assert main([*corpus, "noise", doc, "--json"]) == 0
    [out] = json.loads(capsys.readouterr().out)["docs"]
    kinds = {" ".join(b["text"].split()): b["kind"] for b in out["noise"]}
    assert kinds.get(first) == ("navigation" if outlet else None)
