"""A saved page's photo caption closed by a copyright sign and its credit ("… pour apologie du
terrorisme. © Henri Frasque") is a caption, so the article's main text starts at its prose and the
headline and standfirst over the byline stay the article's, the headline its title (issue #14,
round s34-d: unseen29's lepoint-1 took the caption for the article's first paragraph, lost its
headline and standfirst as another story's teaser and outside-article, and was titled by the
caption). The lead paragraph under such a caption, set apart from the rest of the text by a box of
other stories' headlines, is still the article's standfirst: a caption whole in itself is no part of
the line beside it (unseen26's zeit-1 lost its lead so once its caption was read)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

_MENU = ["Mon compte", "Se connecter", "S'abonner", "Politique", "International", "Économie", "Culture", "Sport"]
_SHARE = [
    "Temps de lecture : 3 min",
    "Ajouter à mes favoris",
    "Commenter",
    "Partager",
    "Facebook",
    "Twitter",
    "LinkedIn",
]
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


_BOX = {
    "copy-fr": [
        "À lire aussi",
        "Toulon : un nouveau parking relais près de la gare",
        "Hyères : le marché de Noël ouvre ses portes",
        "Cuers : la boulangerie rouvre en janvier",
        "Plus d'actualités",
    ],
    "copy-en": [
        "Latest headlines",
        "Council names new harbour master after long search",
        "Halvik ferry fares to rise in spring",
        "Storm closes coastal road for a second day",
        "More news",
    ],
    "copy-de": [
        "Aktuelles: Schlagzeilen",
        "Kieler Woche: Neuer Rekord bei den Besuchern erwartet",
        "Stadtwerke erhöhen die Preise für Fernwärme",
        "Sturm sperrt Küstenstraße den zweiten Tag",
        "Mehr News",
    ],
}
# (the body tells again what the lead paragraph says: a standfirst shares most of its words with it)
_MORE = {
    "copy-fr": [
        "Le docker de 41 ans avait mis le feu à l'entrepôt du port de Toulon le 12 octobre ; le tribunal "
        "correctionnel l'a condamné jeudi à huit mois de prison avec sursis et lui a interdit d'exercer un an.",
        "Le tribunal a également ordonné l'indemnisation de l'entreprise propriétaire de l'entrepôt, dont le "
        "montant sera fixé lors d'une prochaine audience, a précisé le parquet de Toulon dans un communiqué.",
        "Les syndicats du port ont salué une décision « équilibrée » et appelé la direction à rouvrir le dialogue "
        "avec les salariés, dont une partie est au chômage technique depuis l'incendie du mois d'octobre.",
        "L'entrepôt, qui stockait des pièces détachées pour la réparation navale, devrait être reconstruit d'ici "
        "à la fin de l'année prochaine, selon la chambre de commerce du Var.",
    ],
    "copy-en": [
        "The court also ordered him to pay compensation to the company that owned the warehouse, the amount to be "
        "set at a later hearing, the prosecutor's office said in a statement on Thursday evening.",
        "Harbour unions welcomed what they called a balanced decision and urged the management to reopen talks "
        "with the workers, some of whom have been laid off since the fire in October.",
        "The warehouse, which stored spare parts for ship repairs, is to be rebuilt by the end of next year, "
        "according to the regional chamber of commerce.",
    ],
    "copy-de": [
        "Der Hafenarbeiter hatte die Lagerhalle im Kieler Hafen im Oktober angezündet. Das Amtsgericht hat ihn am "
        "Donnerstag zu acht Monaten auf Bewährung verurteilt, teilte eine Sprecherin mit.",
        "Das Gericht verpflichtete ihn außerdem zu Schadenersatz an die Eigentümerfirma der Lagerhalle, dessen Höhe "
        "in einer späteren Verhandlung festgelegt werden soll, teilte die Staatsanwaltschaft am Abend mit.",
        "Die Gewerkschaften im Hafen begrüßten das Urteil als ausgewogen und forderten die Geschäftsführung auf, "
        "die Gespräche mit den Beschäftigten wieder aufzunehmen, von denen einige seit dem Brand in Kurzarbeit sind.",
        "Die Lagerhalle, in der Ersatzteile für Schiffsreparaturen lagerten, soll bis Ende nächsten Jahres neu "
        "gebaut werden, teilte die Industrie- und Handelskammer mit.",
    ],
}


@pytest.fixture
def boxed(tmp_path: Path) -> list[str]:
    folder = tmp_path / "boxed"
    folder.mkdir()
    for doc, (headline, _, _, stamp, caption, body) in PAGES.items():
        lines = [*_MENU, headline, stamp, caption, body[0], *_BOX[doc], body[1], *_MORE[doc], *_FOOT, *_MENU]
        (folder / f"{doc}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return ["--corpus", str(folder), "--index-dir", str(tmp_path / "ix2")]


@pytest.mark.parametrize("doc", list(PAGES))
def test_the_lead_under_the_caption_is_the_articles(
    capsys: pytest.CaptureFixture[str], boxed: list[str], doc: str
) -> None:
    _, _, _, _, caption, body = PAGES[doc]
    assert main([*boxed, "noise", doc, "--json"]) == 0
    [out] = json.loads(capsys.readouterr().out)["docs"]
    kinds = {" ".join(b["text"].split()): b["kind"] for b in out["noise"]}
    assert kinds.get(caption) == "caption"
    assert kinds.get(body[0]) is None
    assert kinds.get(_BOX[doc][1]) is not None
