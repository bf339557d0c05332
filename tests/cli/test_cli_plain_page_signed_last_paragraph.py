"""A saved page's last paragraph signed with its author's initials in brackets after the full stop
("… an die Filiale in Olpe wenden. (JP)", "… by the end of May. (RH)", "… au printemps. (JMD)")
ends a sentence, so it is the article's, never text outside it (issue #14, round s34-d: unseen29's
ak-kurier-1 lost its last paragraph as outside-article). The same initials standing alone after a
caption's words stay no sentence end."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

_MENU_DE = ["Home", "Region", "Politik", "Wirtschaft", "Vereine", "Kultur", "Lokales", "Sport", "Wetter", "Archiv"]
_MENU_EN = ["Home", "News", "Politics", "Business", "Sport", "Culture", "Weather", "Jobs", "Archive", "Contact"]
_MENU_FR = ["Accueil", "Région", "Politique", "Économie", "Sport", "Culture", "Météo", "Emploi", "Archives"]
_TEASERS_DE = [
    "Aktuelle Artikel aus der Region",
    "Neuer Radweg zwischen Wissen und Hamm eröffnet",
    "Wissen. Der neue Radweg entlang der Sieg ist am Samstag feierlich eröffnet worden ...",
    "Feuerwehr übt Ernstfall am Stausee",
    "Kirchen. Mehr als 80 Einsatzkräfte probten am Wochenende die Rettung aus dem Wasser ...",
    "Impressum",
    "Datenschutz",
    "Kontakt",
]
_TEASERS_EN = [
    "More from the region",
    "New cycle path opens along the river",
    "Firefighters rehearse lake rescue",
    "Council names new harbour master",
    "Privacy",
    "Terms of use",
    "Contact us",
]
_TEASERS_FR = [
    "À lire aussi",
    "Une nouvelle piste cyclable le long du Gapeau",
    "Les pompiers s'entraînent au sauvetage en mer",
    "Hyères : le marché de Noël ouvre ses portes",
    "Toulon : un nouveau parking relais près de la gare",
    "Newsletter",
    "Mentions légales",
    "Cookies",
    "Contact",
]

PAGES = {
    "signed-de": (
        _MENU_DE,
        "Bank schließt nach fast 60 Jahren ihre Filiale in Kirchheim",
        "Von Jana Peters",
        [
            "Nach beinahe sechs Jahrzehnten schließt die Nordbank ihre Filiale in der Marktstraße in Kirchheim. "
            "Die Entscheidung betrifft vor allem ältere Kunden, die bisher am Schalter bedient wurden.",
            "Auf Anfrage unserer Redaktion erklärte ein Sprecher der Bank, das Verhalten der Kunden habe sich in "
            "Zeiten der Digitalisierung deutlich verändert, immer mehr Geschäfte liefen über das Internet.",
            "Die Filiale besteht seit Anfang der 1970er-Jahre und beschäftigt aktuell sechs Mitarbeiter, die "
            "nach der Schließung größtenteils in die Filiale nach Siegen wechseln werden.",
        ],
        "Für die persönliche Beratung können sich Kunden in der Region ebenso an die Filiale der Nordbank in "
        "Olpe wenden. (JP)",
        _TEASERS_DE,
    ),
    "signed-en": (
        _MENU_EN,
        "Harbour ferry service to end after forty years",
        "By Rhys Harlow",
        [
            "The ferry linking the two sides of Halvik harbour will stop running at the end of May, its operator "
            "said on Tuesday, ending a service that has carried commuters for four decades.",
            "The operator said passenger numbers had fallen by half since the new bridge opened, and that the "
            "two boats needed repairs it could no longer afford to make.",
            "Councillors said they would ask the regional transport authority to look at a subsidy, but admitted "
            "that the chances of saving the route were slim.",
        ],
        "Season ticket holders will be refunded for the months they can no longer use, the operator said, "
        "and its eight staff will be offered jobs on its coastal routes by the end of May. (RH)",
        _TEASERS_EN,
    ),
    "signed-fr": (
        _MENU_FR,
        "La dernière boulangerie du village ferme ses portes",
        "Par Aline Bertrand",
        [
            "Après trente-deux ans d'activité, la boulangerie de la place de l'Église fermera définitivement "
            "ses portes samedi, faute de repreneur, a annoncé son propriétaire à la mairie.",
            "Les habitants devront désormais se rendre à Cuers, à une dizaine de kilomètres, pour acheter leur "
            "pain, une perspective qui inquiète surtout les personnes âgées du village.",
            "Le maire a indiqué qu'il cherchait un dépôt de pain provisoire dans l'épicerie de la commune, en "
            "attendant qu'un nouveau boulanger s'installe dans les locaux.",
        ],
        "Une réunion publique sur l'avenir du commerce de proximité se tiendra à la salle des fêtes "
        "au printemps. (JMD)",
        _TEASERS_FR,
    ),
}


def _page(menu: list[str], headline: str, byline: str, body: list[str], last: str, after: list[str]) -> str:
    return "\n".join([*menu, headline, byline, *body, last, *after]) + "\n"


@pytest.fixture
def corpus(tmp_path: Path) -> list[str]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for doc, parts in PAGES.items():
        (folder / f"{doc}.txt").write_text(_page(*parts), encoding="utf-8")
    return ["--corpus", str(folder), "--index-dir", str(tmp_path / "ix")]


@pytest.mark.parametrize("doc", list(PAGES))
def test_the_signed_last_paragraph_is_the_articles(
    capsys: pytest.CaptureFixture[str], corpus: list[str], doc: str
) -> None:
    menu, headline, _, body, last, after = PAGES[doc]
    assert main([*corpus, "noise", doc, "--json"]) == 0
    [out] = json.loads(capsys.readouterr().out)["docs"]
    dropped = {" ".join(b["text"].split()) for b in out["noise"]}
    assert [p for p in [headline, *body, last] if p in dropped] == []
    assert menu[0] in dropped and after[-1] in dropped
