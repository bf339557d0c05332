"""A byline's date field in another language dates the article with or without a time, and the
French "19h30" hour form is read (t13r F5): "Par Claire Dubois | Le Courrier | 3 juin 2026",
"Von Jonas Weber | Berliner Blatt | 3. Juni 2026" and "… | 3 juin 2026, 19h30" gave no date, while
"3 juin 2026, 19:30", "20:15 Uhr", the Spanish "3 de junio de 2026" and the Portuguese "3 de junho de
2026, 21h10" did. The date was found; the boilerplate split dropped the line: a row of three short
fields, the last of four words or fewer, read as a breadcrumb trail (the Spanish and Portuguese
dates are five words or more), and the German date's field lost its "3." to the list-marker rule
and was no stamp. A byline in another language (``bylines.FOREIGN_BY``) is no trail now, and a
field is judged a stamp as written. The report's lines, and lines of my own (other names, outlets
and dates)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "languages_t13r"
BODIES = {
    "fr": "Sept personnes sont mortes mercredi dans le déraillement d'un train près de Huancarí.",
    "de": "Sieben Menschen sind am Mittwoch bei einem Zugunglück nahe Huancarí ums Leben gekommen.",
    "nl": "Drie vissers worden sinds donderdag vermist voor de kust van Den Helder.",
}


def _article(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text(text, "utf-8")
    return Corpus.scan(tmp_path).article("a")


@pytest.mark.parametrize("name", ["fr.txt", "de2.txt"])
def test_the_reported_articles_are_dated(tmp_path: Path, name: str) -> None:
    article = _article(tmp_path, (FIXTURES / name).read_text("utf-8"))
    assert (article.date, article.date_source) == ("2026-06-03", "text")


@pytest.mark.parametrize(
    ("line", "body", "iso"),
    [
        ("Par Claire Dubois | Le Courrier | 3 juin 2026, 19h30", "fr", "2026-06-03T19:30"),
        ("Par Luc Martin · La Voix du Nord · 12 mai 2025", "fr", "2025-05-12"),
        ("Par Anne Leroy | Sud Ouest | 12 mai 2025, 21h10", "fr", "2025-05-12T21:10"),
        ("Von Anna Berg · Kieler Nachrichten · 14. März 2025", "de", "2025-03-14"),
        ("Von Max Huber | Tiroler Bote | 9. Oktober 2025", "de", "2025-10-09"),
        ("Door Pieter de Vries | Het Dagblad | 4 juni 2026", "nl", "2026-06-04"),
    ],
)
def test_a_byline_date_without_a_time_or_with_an_hour_form_dates_the_article(
    tmp_path: Path, line: str, body: str, iso: str
) -> None:
    article = _article(tmp_path, f"Titre de l'article\n\n{line}\n\n{BODIES[body]}\n")
    assert (article.date, article.date_source) == (iso, "text")
