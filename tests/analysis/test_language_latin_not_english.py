"""An article written in Latin script in another language than English is told (issue 13, t13p F7):
``10_spanish.txt`` ("Cinco personas murieron y más de 4.500 fueron evacuadas", "prometió 150.000
dólares") had no figure read and was not said "not analysed": only scripts the analyses do not
read (Chinese, Japanese) were. :func:`analysis.language.text_language` now names its language,
on the article's main text (boilerplate left out), with a confidence floor: a short English text,
an English article quoting Spanish and an English article among Spanish menus stay English.
The report's article, and Portuguese, French and German reports of my own (invented)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.language import NotAnalysed, not_analysed_note, text_language
from waic_reader.index.workspace import Workspace

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "languages_t13p"

PORTUGUESE = (
    "Incêndio em fábrica de Setúbal deixa três mortos\n\n"
    "Três trabalhadores morreram e mais de 1.200 moradores foram retirados das suas casas depois de um "
    "incêndio numa fábrica de papel em Setúbal, informou a Proteção Civil. O presidente da câmara, "
    "Joaquim Brito, disse que a autarquia vai disponibilizar 250 mil euros para as famílias afetadas.\n"
)
FRENCH = (
    "Explosion dans une usine chimique près de Lyon : deux morts\n\n"
    "Deux personnes ont été tuées et une trentaine blessées mardi dans l'explosion d'une usine chimique "
    "à Feyzin, a indiqué la préfecture. Environ 800 habitants ont été évacués par précaution, et la "
    "région a promis une aide de 2,5 millions d'euros aux entreprises touchées.\n"
)
GERMAN = (
    "Hochwasser in Passau: Zwei Tote, Tausende evakuiert\n\n"
    "Bei dem schweren Hochwasser in Passau sind nach Angaben der Polizei zwei Menschen ums Leben "
    "gekommen. Mehr als 3.000 Anwohner mussten ihre Häuser verlassen, teilte die Stadtverwaltung am "
    "Dienstag mit. Der Freistaat sagte eine Soforthilfe von 5 Millionen Euro zu.\n"
)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ((FIXTURES / "10_spanish.txt").read_text("utf-8"), "Spanish"),
        (PORTUGUESE, "Portuguese"),
        (FRENCH, "French"),
        (GERMAN, "German"),
    ],
    ids=["spanish-t13p", "portuguese", "french", "german"],
)
def test_an_article_in_another_latin_script_language_is_named(text: str, language: str) -> None:
    assert text_language(text) == language


ENGLISH_QUOTING_SPANISH = (
    "Rescue teams worked through the night in Huaraz after the Rocío Alto dam burst, and the governor, "
    'María José Quispe-Huamán, told reporters: "Necesitamos maquinaria pesada ya, y la necesitamos hoy '
    'mismo en toda la región." Officials said five people had died and more than 4,500 were evacuated '
    "from villages along the river. The company that runs the dam said it would cooperate with prosecutors.\n"
)
ENGLISH_QUOTING_FRENCH = (
    'The mayor of Feyzin, Murielle Laurent, said the town had been lucky. "Nous avons eu beaucoup de chance, '
    'les pompiers sont arrivés en quelques minutes et ont évité le pire," she said on Tuesday. Two workers '
    "were killed in the blast and about 800 residents were told to leave their homes for the night.\n"
)


@pytest.mark.parametrize(
    "text",
    [
        "Cinco muertos en Áncash",  # a Spanish headline alone: too short to tell
        "Five dead as dam bursts in Peru",
        "Police said the toll rose to five.",
        ENGLISH_QUOTING_SPANISH,
        ENGLISH_QUOTING_FRENCH,
        "Julio César Ñáñez, María José Quispe-Huamán and Tomás Villarreal met in Huaraz on Tuesday.",
    ],
    ids=["spanish-headline", "english-headline", "english-sentence", "quoting-spanish", "quoting-french", "names"],
)
def test_english_or_too_short_is_never_another_language(text: str) -> None:
    assert text_language(text) is None


SPANISH = (FIXTURES / "10_spanish.txt").read_text("utf-8")
# An English-language site's furniture around the Spanish article: read as the article's, its
# words made the page read as English.
ENGLISH_FURNITURE = """Sign up for our newsletter to get the most important stories of the day in your inbox.

Share this article

More from the Andean Times

Peru dam breach: what we know so far about the collapse and the rescue
Why were the warnings about the dam ignored for so many years by the regulator
Photos: the villages that were swept away by the flood in the valley
How you can help the families who have lost their homes in the disaster
The engineers who had said that the dam was not safe speak out at last

© 2026 Andean Times. All rights reserved. Please do not copy or redistribute this content without our permission.
"""


def test_the_main_text_decides_not_the_page_around_it(tmp_path: Path) -> None:
    """A Spanish article on a page of English furniture (newsletter box, share row, a list of
    other stories, a footer) is Spanish: the language is read on the article's content, its
    boilerplate left out, though the whole page reads as English."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "page.txt").write_text(f"{SPANISH}\n{ENGLISH_FURNITURE}", "utf-8")
    ws = Workspace(corpus, tmp_path / "i")
    analysis = ws.analyser.analyse(ws.article("page"))
    assert analysis.noise_spans()  # the furniture is the page's
    assert text_language(analysis.article.text) is None  # the whole page reads as English
    assert analysis.language == "Spanish"


def test_the_note_names_the_analyses_not_read() -> None:
    assert not_analysed_note("a", "Spanish") == NotAnalysed(
        "a",
        "Spanish",
        "written in Spanish; figures and quotes' speakers are read in English text only",
        ("facts", "quotes"),
    )
    chinese = not_analysed_note("b", "Chinese")
    assert chinese.analyses == ("entities", "facts", "quotes")
    assert chinese.reason == "written in Chinese; names, figures and quotes are read in Latin-script text only"
    assert set(chinese.to_json()) == {"doc", "language", "reason", "analyses"}
