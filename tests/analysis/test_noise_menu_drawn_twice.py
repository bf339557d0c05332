"""A menu the page draws twice above the headline is a menu both times (issue #14, unseen36
pagina12-1): the site's "Hoy:" menu (its intro line, then one-word section links) stood twice
over the article; the first copy went as navigation, the second was taken for a list the article
introduces and the article's start moved up over it, keeping the whole second copy. The reported
layout, then two variants of my own: an English "Today:" menu and a French "Aujourd'hui :" one,
each drawn twice. A list the article introduces with a colon straight above its prose stays the
article's. Invented text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

# The page's foot, under the article: enough of the page's own lines that the text is read as a whole
# saved page (as the reported one is), where an introduced list can move the article's start up.
_FOOT = [
    "Most read",
    "Harbour ferry fares to rise in June as operator reports losses",
    "School board delays vote on new term dates until autumn",
    "Storm warning issued for the coast as winds reach 90 km/h",
    "Police appeal for witnesses after late-night crash on ring road",
    "About us",
    "Contact",
    "Advertise",
    "Jobs",
    "Newsletters",
    "Privacy policy",
    "Cookie settings",
    "Terms of use",
    "© 2026 The Harbour Courier. All rights reserved.",
]

# (the page's header lines, the menu: its intro then its links, the headline, the article's paragraphs)
_CASES: dict[str, tuple[list[str], list[str], str, list[str]]] = {
    "reported": (
        ["21 de julio de 2022", "Iniciar sesión", "Ingresar"],
        ["Hoy:", "Universidad", "Líbero", "Secciones y Suplementos"],
        "Se registraron 26.053 casos y 561 muertes en las últimas 24 horas",
        [
            "El Ministerio de Salud de la Nación confirmó que en las últimas 24 horas el número total de"
            " contagios desde el inicio de la pandemia superó los tres millones en todo el país.",
            "El reporte precisó que la provincia de Buenos Aires sumó la mitad de los casos nuevos, y que"
            " la ocupación de camas de terapia intensiva llegó al setenta por ciento.",
            "Por otro lado, fueron realizados en el día ochenta mil tests en los laboratorios públicos y"
            " privados, según informó el ministerio por la tarde.",
        ],
    ),
    "en": (
        ["Monday, 4 May 2026", "Sign in", "Register"],
        ["Today:", "Elections", "Weather", "Sport and culture"],
        "Council approves new harbour ferry timetable after long dispute",
        [
            "The council on Monday approved the new ferry timetable for the harbour after a dispute that"
            " lasted most of the winter and divided the town's two main parties.",
            "Under the plan, boats will leave every twenty minutes at peak hours, and the last crossing"
            " of the night will be an hour later than it is now.",
            "The operator said it would hire four more crew members before the summer season opens.",
        ],
    ),
    "fr": (
        ["Lundi 4 mai 2026", "Se connecter", "S'abonner"],
        ["Aujourd'hui :", "Politique", "Économie", "Sport et culture"],
        "Le conseil adopte les nouveaux horaires du bac du port",
        [
            "Le conseil municipal a adopté lundi les nouveaux horaires du bac du port, après un conflit"
            " qui a duré presque tout l'hiver et divisé les deux principaux partis de la ville.",
            "Selon le projet, les bateaux partiront toutes les vingt minutes aux heures de pointe, et la"
            " dernière traversée de la nuit aura lieu une heure plus tard qu'aujourd'hui.",
            "L'exploitant a indiqué qu'il embaucherait quatre membres d'équipage avant l'été.",
        ],
    ),
}


def _article(tmp_path: Path, text: str) -> Article:
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    corpus = Corpus.scan(tmp_path)
    return corpus.article(next(iter(corpus.entries)))


@pytest.mark.parametrize("case", sorted(_CASES))
def test_a_menu_drawn_twice_above_the_headline_is_a_menu_both_times(tmp_path: Path, case: str) -> None:
    header, menu, headline, paragraphs = _CASES[case]
    lines = [*header, *menu, *menu, headline, *paragraphs, *_FOOT]
    split = split_noise(_article(tmp_path, "\n".join(lines) + "\n"))
    kept = [s.text for s in split.content]
    assert not any(line in kept for line in menu)
    assert all(p in kept for p in paragraphs)


def test_a_list_the_article_introduces_stays_the_articles(tmp_path: Path) -> None:
    header, menu, headline, paragraphs = _CASES["en"]
    listed = [
        "The changes at a glance:",
        "Every twenty minutes at peak hours",
        "A later last crossing",
        "Four more crew members",
    ]
    lines = [*header, *menu, headline, *listed, *paragraphs, *_FOOT]
    split = split_noise(_article(tmp_path, "\n".join(lines) + "\n"))
    kept = [s.text for s in split.content]
    assert all(line in kept for line in listed)
