"""A review's spec sheet straight under its introduction is the article's (issue #14, unseen20):
a heading ("Specifications"), labels written alone over their values ("Manufacturer:" over the
maker's name) and "Label: value" lines with figures, after the article's last paragraph and over
the page's navigation. As a fact box heading the main text is kept with it, so is one closing it;
the short lines had gone as menus and headlines. Each case: invented text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

_MENU = ["Home", "News", "Reviews", "Forums", "Database", "Downloads", "Guides", "Deals", "Contact", "About"]
_NAV = ["View as single page", "Next Page » Packaging", "Page:", "1- Introduction", "2- Packaging", "3- A Closer Look"]
_FOOTER = ["Latest Drivers", "Sign in / Register", "Privacy Policy", "Terms of Use", "Advertise", "Jobs"]

_CASES: dict[str, tuple[str, list[str], list[str], list[str]]] = {
    "en": (
        "Halvik Frost 240 Liquid Cooler Review",
        [
            "Halvik is a young maker of cooling parts from Osland, and the Frost 240 is its first all-in-one liquid cooler sold outside its home market, at a price well under its rivals.",
            "In today's review we look at how the Frost 240 handles a hot desktop processor, how loud its two fans become under load, and whether its pump is as quiet as the maker claims.",
        ],
        ["Specifications", "Manufacturer:", "Halvik", "Model:", "Frost 240", "Socket Support:"],
        [
            "Intel: LGA1851, LGA1700",
            "AMD: AM5, AM4",
            "Base Material: Copper",
            "Pump Speed: 900–2700 RPM",
            "Radiator Size: 272 x 120 x 27 mm",
            "Fan Airflow: 78.5 CFM",
            "Fan Noise: 29.5 dBA",
        ],
    ),
    "de": (
        "Test: Halvik Frost 240 Wasserkühlung",
        [
            "Halvik ist ein junger Hersteller von Kühlern aus Osland, und die Frost 240 ist seine erste Komplettwasserkühlung, die auch außerhalb des Heimatmarktes verkauft wird.",
            "In diesem Test prüfen wir, wie die Frost 240 mit einem heißen Prozessor zurechtkommt, wie laut ihre zwei Lüfter unter Last werden und ob die Pumpe so leise ist, wie der Hersteller sagt.",
        ],
        ["Technische Daten", "Hersteller:", "Halvik", "Modell:", "Frost 240", "Sockel:"],
        [
            "Intel: LGA1851, LGA1700",
            "AMD: AM5, AM4",
            "Bodenplatte: Kupfer",
            "Pumpendrehzahl: 900–2700 U/min",
            "Radiator: 272 x 120 x 27 mm",
            "Luftdurchsatz: 78,5 CFM",
            "Lautstärke: 29,5 dBA",
        ],
    ),
    "fr": (
        "Test du refroidissement liquide Halvik Frost 240",
        [
            "Halvik est un jeune fabricant de refroidisseurs venu d'Osland, et le Frost 240 est son premier kit de refroidissement liquide vendu hors de son marché d'origine.",
            "Dans ce test, nous regardons comment le Frost 240 refroidit un processeur très chaud, quel bruit font ses deux ventilateurs en charge et si sa pompe est aussi discrète que promis.",
        ],
        ["Caractéristiques", "Fabricant :", "Halvik", "Modèle :", "Frost 240", "Sockets :"],
        [
            "Intel : LGA1851, LGA1700",
            "AMD : AM5, AM4",
            "Base : cuivre",
            "Vitesse de la pompe : 900–2700 tr/min",
            "Radiateur : 272 x 120 x 27 mm",
            "Débit d'air : 78,5 CFM",
            "Bruit : 29,5 dBA",
        ],
    ),
}


def _article(tmp_path: Path, text: str) -> Article:
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    corpus = Corpus.scan(tmp_path)
    return corpus.article(next(iter(corpus.entries)))


@pytest.mark.parametrize("lang", sorted(_CASES))
def test_a_spec_sheet_under_the_article_is_content(tmp_path: Path, lang: str) -> None:
    headline, body, lead_in, facts = _CASES[lang]
    lines = [*_MENU, headline, "By Jane Roe | March 14, 2025", *body, *lead_in, *facts, *_NAV, *_FOOTER]
    split = split_noise(_article(tmp_path, "\n".join(lines) + "\n"))
    content = {s.text for s in split.content}
    lost = [line for line in [*body, *lead_in, *facts] if line not in content]
    assert not lost, lost
    # The page's navigation under the sheet and its footer are still the page's.
    noise = {s.text for s in split.noise}
    assert {*_NAV[1:], *_FOOTER} <= noise
