"""A spec sheet saved one cell a line is the article's (issue #14, unseen19's frandroid-1 and unseen7's
ascii-1): a review's technical sheet set as a two-column table, each label on its line over its value
("Vitesse max" over "25 km/h", "Poids" over "25 kg"), between the review's introduction and its body.
Its thirty short lines had gone as a menu, and with them the introduction above, cut off from the body
by them. A run of label-over-value pairs, enough of whose values are measures (a figure and its unit),
is a fact box, as "Label: value" lines are: neither prose nor page furniture. A menu of names over
names ("Tips" over "9to5 Forums") and a teaser list's titles over their "3 hours ago" lines are none.
Each case: invented text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

_MENU = [
    "Skip to content",
    "Home",
    "News",
    "Reviews",
    "Bikes",
    "Phones",
    "Laptops",
    "Deals",
    "Guides",
    "Forums",
    "Podcasts",
    "Newsletter",
    "Contact",
    "About",
]
_FOOTER = ["Privacy Policy", "Terms of Use", "Advertise", "Jobs", "Cookie settings", "© 2025 Osland Media"]

# (headline, introduction, spec sheet as (label, value) pairs, body)
_CASES: dict[str, tuple[str, list[str], list[tuple[str, str]], list[str]]] = {
    # The reported shape: a French review (frandroid-1), its sheet between the introduction and the body.
    "fr": (
        "Test du Halvik Cargo 2 : le vélo cargo compact qui emmène deux enfants",
        [
            "Le vélo cargo électrique est un investissement important pour une famille. Pour trouver un modèle moins cher, il faut souvent accepter des compromis sur la charge ou sur l'autonomie.",
            "Le Halvik Cargo 2 coûte 700 euros de moins que son grand frère, mais entraîne-t-il des concessions ? Moteur, batterie, équipement : nous l'avons utilisé pendant un mois en ville.",
        ],
        [
            ("Modèle", "Halvik Cargo 2"),
            ("Vitesse max", "25 km/h"),
            ("Puissance du moteur", "250 watts"),
            ("Autonomie annoncée", "80 km"),
            ("Batterie amovible", "Oui"),
            ("Bluetooth", "Non"),
            ("Poids", "27 kg"),
            ("Couleur", "Vert"),
            ("Poids maximal supporté", "160 kg"),
        ],
        [
            "Le Halvik Cargo 2 est un vélo cargo à l'arrière allongé. Ce format intermédiaire se voit surtout au porte-bagages, plus long que celui d'un vélo de ville, sur lequel on fixe un siège enfant.",
            "Il n'y a pas d'encombrement supplémentaire, tout en offrant plus de charge : 160 kg en tout, dont 60 kg sur le porte-bagages, ce qui suffit pour deux enfants et leurs sacs d'école.",
        ],
    ),
    # Variant: an English phone review, figures with units glued on ("62.5g", "3GB").
    "en": (
        "Osland Pocket review: a tiny phone that lasts a whole day",
        [
            "Small phones have nearly vanished from the shops, so the Osland Pocket arrives as a surprise: a handset that fits in a shirt pocket and still runs every app we tried on it.",
            "We used it as our only phone for two weeks to see whether its small battery and small screen are a price worth paying for a phone that is so easy to carry around.",
        ],
        [
            ("Maker", "Osland"),
            ("Display", "3.3in LCD"),
            ("Resolution", "720×1280"),
            ("Size", "50.6×96.6×7.4mm"),
            ("Weight", "62.5g"),
            ("Memory", "3GB"),
            ("Storage", "32GB"),
            ("Operating system", "Android"),
        ],
        [
            "The screen is sharp enough for reading messages and maps, although typing on a keyboard this narrow takes a few days to get used to, and longer for anyone with large thumbs.",
            "Battery life was the pleasant surprise of the test: with mail, maps and music the Pocket lasted from seven in the morning until late evening on most days of our two weeks.",
        ],
    ),
    # Variant: a German e-bike review, bare figures among the values ("4") and a price.
    "de": (
        "Halvik Cargo 2 im Test: Das kompakte Lastenrad für zwei Kinder",
        [
            "Ein elektrisches Lastenrad ist für eine Familie eine große Anschaffung. Wer ein günstigeres Modell sucht, muss meist bei der Zuladung oder bei der Reichweite Abstriche machen.",
            "Das Halvik Cargo 2 kostet 700 Euro weniger als sein großer Bruder, aber muss man dafür auf etwas verzichten? Wir sind einen Monat lang damit durch die Stadt gefahren.",
        ],
        [
            ("Modell", "Halvik Cargo 2"),
            ("Preis", "2 199 €"),
            ("Höchstgeschwindigkeit", "25 km/h"),
            ("Unterstützungsstufen", "4"),
            ("Reichweite", "80 km"),
            ("Akku abnehmbar", "Ja"),
            ("Gewicht", "27 kg"),
            ("Farbe", "Grün"),
        ],
        [
            "Das Halvik Cargo 2 ist ein Lastenrad mit verlängertem Heck. Man erkennt das vor allem am Gepäckträger, der länger ist als bei einem Stadtrad und auf dem ein Kindersitz Platz findet.",
            "Mehr Platz braucht es dafür nicht, und doch trägt es mehr: 160 kg insgesamt, davon 60 kg auf dem Gepäckträger, was für zwei Kinder und ihre Schultaschen gut ausreicht.",
        ],
    ),
}


def _article(tmp_path: Path, text: str) -> Article:
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    corpus = Corpus.scan(tmp_path)
    return corpus.article(next(iter(corpus.entries)))


@pytest.mark.parametrize("lang", sorted(_CASES))
def test_a_spec_sheet_one_cell_a_line_is_content(tmp_path: Path, lang: str) -> None:
    headline, intro, pairs, body = _CASES[lang]
    sheet = [cell for pair in pairs for cell in pair]  # one cell a line, each label over its value
    lines = [*_MENU, headline, "By Jane Roe | March 14, 2025", *intro, *sheet, *body, *_FOOTER]
    split = split_noise(_article(tmp_path, "\n".join(lines) + "\n"))
    content = {s.text for s in split.content}
    lost = [line for line in [*intro, *sheet, *body] if line not in content]
    assert not lost, lost
    # The page's menu and footer are still the page's.
    noise = {s.text for s in split.noise}
    assert {*_MENU[1:], *_FOOTER[:4]} <= noise


# Pairs that are no spec sheet: a menu's names (a figure inside a name is no measure) and a teaser
# list's titles over their time lines.
_NOT_SHEETS: dict[str, list[tuple[str, str]]] = {
    "menu": [
        ("Industry Intel", "9to5 Forums"),
        ("Devices", "Apple"),
        ("Enterprise", "Tips"),
        ("Apps", "Reviews"),
        ("Guides", "2023 Awards"),
        ("Podcasts", "Video"),
    ],
    "teasers": [
        ("Storm Edda batters coast", "3 hours ago"),
        ("Rail strike called off", "5 hours ago"),
        ("Harbour museum reopens", "6 hours ago"),
        ("Ferry fares to rise", "8 hours ago"),
        ("New mayor sworn in", "9 hours ago"),
    ],
}


@pytest.mark.parametrize("shape", sorted(_NOT_SHEETS))
def test_pairs_of_names_or_teasers_after_the_article_stay_noise(tmp_path: Path, shape: str) -> None:
    headline, intro, _, body = _CASES["en"]
    pairs = [cell for pair in _NOT_SHEETS[shape] for cell in pair]
    lines = [*_MENU, headline, "By Jane Roe | March 14, 2025", *intro, *body, "More from Osland", *pairs, *_FOOTER]
    split = split_noise(_article(tmp_path, "\n".join(lines) + "\n"))
    content = {s.text for s in split.content}
    assert [line for line in [*intro, *body] if line not in content] == []
    assert [line for line in pairs if line in content] == []
