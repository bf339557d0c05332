"""A reading time labelled in another language is a stamp, page furniture (issue #14, unseen27
framablog-1): "Temps de lecture 14 min" over a French blog post's first paragraph was kept as the
article's own line, where "5 min read" is a stamp. The reported line, then two variants of my own:
a Spanish label with a colon and the unit written out, a German one after the minutes. A sentence
about reading stays the article's. Invented text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

# (headline, the reading-time line, the article's paragraphs)
_CASES: dict[str, tuple[str, str, list[str]]] = {
    "reported": (
        "Avancer ensemble vers la contribution",
        "Temps de lecture 14 min",
        [
            "Contribuer, oui, mais comment ? Comment susciter des contributions, les accueillir et lever les"
            " obstacles qui empêchent tant de personnes de participer aux projets libres ?",
            "C'était la question de départ de la rencontre organisée à Lyon à la fin du mois de novembre,"
            " où une trentaine de personnes ont travaillé ensemble pendant trois jours.",
        ],
    ),
    "es": (
        "Cómo contribuir a un proyecto libre",
        "Tiempo de lectura: 6 minutos",
        [
            "Contribuir, sí, pero ¿cómo? ¿Cómo animar a la gente a participar, recibir sus aportes y quitar"
            " los obstáculos que impiden a tantas personas sumarse a los proyectos libres?",
            "Esa fue la pregunta de partida del encuentro organizado en Lyon a fines de noviembre, donde"
            " unas treinta personas trabajaron juntas durante tres días.",
        ],
    ),
    "de": (
        "Gemeinsam zu freien Projekten beitragen",
        "4 Minuten Lesezeit",
        [
            "Beitragen, ja, aber wie? Wie gewinnt man Menschen für ein Projekt, wie nimmt man ihre Beiträge"
            " an, und wie räumt man die Hürden weg, die so viele von der Mitarbeit abhalten?",
            "Das war die Ausgangsfrage des Treffens in Lyon Ende November, bei dem rund dreißig Menschen"
            " drei Tage lang gemeinsam an diesen Fragen gearbeitet haben.",
        ],
    ),
}


def _article(tmp_path: Path, text: str) -> Article:
    (tmp_path / "post.txt").write_text(text, encoding="utf-8")
    corpus = Corpus.scan(tmp_path)
    return corpus.article(next(iter(corpus.entries)))


@pytest.mark.parametrize("case", sorted(_CASES))
def test_a_reading_time_in_another_language_is_a_stamp(tmp_path: Path, case: str) -> None:
    headline, stamp, paragraphs = _CASES[case]
    split = split_noise(_article(tmp_path, "\n\n".join([headline, stamp, *paragraphs]) + "\n"))
    noise = {s.text: s.kind for s in split.noise}
    assert noise.get(stamp) == "byline"
    content = {s.text for s in split.content}
    assert all(p in content for p in paragraphs)


def test_a_sentence_about_reading_time_stays_the_articles(tmp_path: Path) -> None:
    headline, _, paragraphs = _CASES["reported"]
    line = "Temps de lecture : 14 minutes, mais chaque minute compte."
    split = split_noise(_article(tmp_path, "\n\n".join([headline, *paragraphs[:1], line, *paragraphs[1:]]) + "\n"))
    assert line in {s.text for s in split.content}
