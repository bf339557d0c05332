"""A byline in another language dates its article from its date field, as "By Jane Roe | Halvik Post
| 14 March 2025" does (issue 13, t13p F7): ``10_spanish.txt``'s "Por Lucía Fernández | El
Comercio del Norte | 3 de junio de 2026, 18:00" was not read (only "By" opened a byline), so
``list`` showed the article undated. The month names of those languages were read already (CLDR's,
``date_languages``); the byline's opening word is now read in them too (``bylines.FOREIGN_BY``:
"Por", "Par", "Von", "Av", "Door"), a name and a field separator after it. The report's byline,
and French, German and Portuguese ones of my own; English headlines opening with those
words are no bylines and keep their place as the title."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "languages_t13p"
BODY = "Cinco personas murieron y más de 4.500 fueron evacuadas tras la rotura de la presa, informó el ministro."


def _article(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text(text, "utf-8")
    return Corpus.scan(tmp_path).article("a")


def test_the_reported_article_is_dated_by_its_byline(tmp_path: Path) -> None:
    article = _article(tmp_path, (FIXTURES / "10_spanish.txt").read_text("utf-8"))
    assert (article.date, article.date_source) == ("2026-06-03T18:00", "text")


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Por Lucía Fernández | El Comercio del Norte | 3 de junio de 2026, 18:00", "2026-06-03T18:00"),
        ("Par Jean-Marc Dupont | Le Progrès | 3 juin 2026 à 18h00", "2026-06-03T18:00"),
        ("Von Hans Maier · Passauer Neue Presse · 3. Juni 2026, 18:00 Uhr", "2026-06-03T18:00"),
        ("Por Ana Souza — Jornal do Centro — 4 de junho de 2026", "2026-06-04"),
        ("Por María de la Cruz | 5 de marzo de 2025", "2025-03-05"),
        ("Par Claire Martin · Ouest-France · 14 mars 2025", "2025-03-14"),
    ],
)
def test_a_byline_in_another_language_dates_the_article(tmp_path: Path, line: str, iso: str) -> None:
    article = _article(tmp_path, f"Titular de la noticia\n\n{line}\n\n{BODY}\n")
    assert (article.date, article.date_source) == (iso, "text")


@pytest.mark.parametrize(
    "headline",
    ["Door to door sales end in Halvik", "Par for the course at Halvik Open", "Von Braun Rocket Hall Opens"],
)
def test_an_english_headline_opening_with_such_a_word_stays_the_title(tmp_path: Path, headline: str) -> None:
    body = "The council said on Friday that the plan would go ahead, and residents welcomed it."
    article = _article(tmp_path, f"{headline}\n\n{body}\n")
    assert article.title == headline
    assert article.date is None
