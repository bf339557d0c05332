"""A box of the people the article names, under a header ending in ":" ("W tym artykule dowiesz się o:",
"In this article:"), set between the article's first paragraph and the rest, does not cut the first
paragraph off (issue #14, unseen18 wp-1). Its short lines, each written word for word in the article's
paragraphs, neither extend nor split the article, as a gallery does not. A box of names the prose does
not write (a menu's sections) still does: a teaser's blurb above it is not joined to the article. Each
case: invented text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

_MENU = [
    "Skip to content", "Home", "News", "Politics", "Business", "Sport", "Culture", "Opinion", "Weather",
    "Podcasts", "Newsletter", "Contact", "About", "Search",
]  # fmt: skip
_FOOTER = ["Privacy Policy", "Terms of Use", "Advertise", "Jobs", "Cookie settings", "© 2025 Osland Media"]

# (headline, first paragraph, box header, names, body naming them)
_CASES: dict[str, tuple[str, str, str, list[str], list[str]]] = {
    # The reported shape: a Polish sports report (wp-1).
    "pl": (
        "Żużel. Dominacja Polaków w Osland. Nowak i Lis nie przegrali żadnego wyścigu",
        "W sobotni wieczór na torze w Osland rozegrano 12. edycję turnieju par. Pojawiło się w nim dwóch Polaków.",
        "W tym artykule dowiesz się o:",
        ["Jan Nowak", "Piotr Lis", "Karl Berger", "Otto Vogel"],
        [
            "Zaproszenie organizatorów do występu w Osland przyjęli Jan Nowak i Piotr Lis, którzy startowali razem w jednej parze. Obaj wygrali wszystkie swoje wyścigi i zdobyli komplet punktów.",
            "Drugie miejsce zajęli gospodarze, Karl Berger i Otto Vogel, którzy stracili punkty tylko w dwóch biegach. Trzecia była para z Czech, która długo walczyła o podium.",
        ],
    ),
    # Variant: an English report, "In this article:".
    "en": (
        "Two riders unbeaten as Osland pairs cup goes to the visitors",
        "The twelfth Osland pairs cup was raced on Saturday night, and two visiting riders won every heat.",
        "In this article:",
        ["Jan Nowak", "Piotr Lis", "Karl Berger", "Otto Vogel"],
        [
            "Jan Nowak and Piotr Lis accepted the organisers' invitation late, after another pair withdrew, and rode together in one pair. Both won each of their heats and took the maximum points between them.",
            "The home pair, Karl Berger and Otto Vogel, finished second, dropping points in only two heats, and a pair from the north took third place after a long fight for the podium.",
        ],
    ),
    # Variant: a German report, "In diesem Artikel:".
    "de": (
        "Zwei Fahrer ungeschlagen beim Paarpokal in Osland",
        "Am Samstagabend wurde in Osland der zwölfte Paarpokal ausgetragen, und zwei Gäste gewannen jedes Rennen.",
        "In diesem Artikel:",
        ["Jan Nowak", "Piotr Lis", "Karl Berger", "Otto Vogel"],
        [
            "Jan Nowak und Piotr Lis nahmen die Einladung der Veranstalter spät an, nachdem ein anderes Paar abgesagt hatte. Beide gewannen jeden ihrer Läufe und holten zusammen die volle Punktzahl.",
            "Das Heimpaar Karl Berger und Otto Vogel wurde Zweiter und gab nur in zwei Läufen Punkte ab, Dritter wurde nach langem Kampf um das Podium ein Paar aus dem Norden.",
        ],
    ),
}


def _article(tmp_path: Path, text: str) -> Article:
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    corpus = Corpus.scan(tmp_path)
    return corpus.article(next(iter(corpus.entries)))


@pytest.mark.parametrize("lang", sorted(_CASES))
def test_a_box_of_the_names_the_article_writes_does_not_cut_it(tmp_path: Path, lang: str) -> None:
    headline, first, header, names, body = _CASES[lang]
    lines = [*_MENU, headline, "By Jane Roe | March 14, 2025", first, header, *names, *body, *_FOOTER]
    split = split_noise(_article(tmp_path, "\n".join(lines) + "\n"))
    content = {s.text for s in split.content}
    lost = [line for line in [first, *body] if line not in content]
    assert not lost, lost
    assert {*_MENU[1:], *_FOOTER[:4]} <= {s.text for s in split.noise}


def test_a_box_of_names_the_prose_does_not_write_still_splits(tmp_path: Path) -> None:
    # Another story's blurb, then a box of the site's sections: the blurb is not the article's.
    headline, _, _, _, body = _CASES["en"]
    blurb = "Harbour board raises ferry fares by a fifth from June, saying the money will pay for two new piers."
    lines = [*_MENU, blurb, "More sections:", "Motor Racing", "Ice Hockey", "Horse Racing", "Winter Sports"]
    lines += [headline, "By Jane Roe | March 14, 2025", *body, *_FOOTER]
    split = split_noise(_article(tmp_path, "\n".join(lines) + "\n"))
    assert set(body) <= {s.text for s in split.content}
    assert blurb in {s.text for s in split.noise}
