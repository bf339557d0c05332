"""A saved page's photo caption closed by a copyright sign and its credit ("… pour apologie du
terrorisme. © Henri Frasque") is a caption, so the article's main text starts at its prose and the
headline and standfirst over the byline stay the article's, the headline its title (issue #14,
round s34-d: unseen29's lepoint-1 took the caption for the article's first paragraph, lost its
headline and standfirst as another story's teaser and outside-article, and was titled by the
caption)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

_MENU = ["Mon compte", "Se connecter", "S'abonner", "Politique", "International", "Économie", "Culture", "Sport"]
_SHARE = ["Temps de lecture : 3 min", "Ajouter à mes favoris", "Commenter", "Partager", "Facebook", "Twitter", "LinkedIn"]
_FOOT = ["Mentions légales", "Contact", "Cookies", "Newsletter", "Plan du site"]

# doc → (headline, standfirst, byline, stamp, caption, body paragraphs)
PAGES = {
    "copy-fr": (
        "Incendie au port de Toulon : un docker condamné à de la prison avec sursis",
        "Marc D., docker au port de Toulon, avait mis le feu à un entrepôt. Il était jugé ce matin en "
        "comparution immédiate.",
        "Par Claire Martin",
        "Publié le 02/11/2025 à 15h57",
        "C'est à Toulon qu'un docker a été condamné, jeudi 2 novembre 2025, pour incendie volontaire. © Claire Martin",
        [
            "Pour avoir mis le feu à un entrepôt du port le 12 octobre, un docker de 41 ans a été condamné jeudi "
            "à huit mois de prison avec sursis par le tribunal correctionnel de Toulon, qui lui a aussi interdit "
            "d'exercer pendant un an.",
            "À l'audience, le prévenu a reconnu les faits, évoquant un conflit avec son employeur et une période "
            "difficile, avant de présenter ses excuses aux salariés de l'entrepôt détruit.",
        ],
    ),
    "copy-en": (
        "Harbour worker sentenced over warehouse fire",
        "Mark Dunn, a docker at Halvik harbour, set fire to a warehouse in October. He was sentenced on "
        "Thursday after pleading guilty.",
        "By Jane Roe",
        "Published 2 November 2025, 15:57",
        "The burnt-out warehouse at Halvik harbour, photographed on Tuesday. © Jane Roe",
        [
            "A docker who set fire to a warehouse at Halvik harbour in October was given an eight-month "
            "suspended sentence on Thursday and banned from working at the port for a year, the court said.",
            "Dunn told the court he had been in a dispute with his employer and apologised to the workers "
            "whose jobs were lost when the warehouse burned down.",
        ],
    ),
    "copy-de": (
        "Hafenarbeiter nach Brand in Lagerhalle verurteilt",
        "Ein Hafenarbeiter aus Kiel hatte im Oktober eine Lagerhalle angezündet. Er wurde am Donnerstag "
        "zu einer Bewährungsstrafe verurteilt.",
        "Von Jana Peters",
        "02.11.2025, 15:57 Uhr",
        "Die ausgebrannte Lagerhalle im Kieler Hafen am Dienstag. © Jana Peters/dpa",
        [
            "Ein Hafenarbeiter, der im Oktober eine Lagerhalle im Kieler Hafen angezündet hatte, ist am "
            "Donnerstag zu acht Monaten auf Bewährung verurteilt worden, teilte das Amtsgericht mit.",
            "Der Mann gab vor Gericht an, er habe sich mit seinem Arbeitgeber gestritten, und entschuldigte "
            "sich bei den Beschäftigten, deren Arbeitsplätze verloren gingen.",
        ],
    ),
}


@pytest.fixture
def corpus(tmp_path: Path) -> list[str]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for doc, (headline, deck, byline, stamp, caption, body) in PAGES.items():
        lines = [*_MENU, "Société", headline, deck, byline, stamp, caption, *_SHARE, *body, *_FOOT]
        (folder / f"{doc}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ["--corpus", str(folder), "--index-dir", str(tmp_path / "ix")]


@pytest.mark.parametrize("doc", list(PAGES))
def test_the_caption_is_a_caption_and_the_head_the_articles(
    capsys: pytest.CaptureFixture[str], corpus: list[str], doc: str
) -> None:
    headline, deck, _, _, caption, body = PAGES[doc]
    assert main([*corpus, "noise", doc, "--json"]) == 0
    [out] = json.loads(capsys.readouterr().out)["docs"]
    kinds = {" ".join(b["text"].split()): b["kind"] for b in out["noise"]}
    assert {line: kinds.get(line) for line in [headline, deck, *body]} == dict.fromkeys([headline, deck, *body])
    assert kinds.get(caption) == "caption"


@pytest.mark.parametrize("doc", list(PAGES))
def test_the_headline_is_the_title(capsys: pytest.CaptureFixture[str], corpus: list[str], doc: str) -> None:
    assert main([*corpus, "list", "--json"]) == 0
    row = next(r for r in json.loads(capsys.readouterr().out)["articles"] if r["doc"] == doc)
    assert row["title"] == PAGES[doc][0]
