"""A date line under the headline giving the outlet's name and the date, set apart by a spaced
dash, in another language than English ("Le Quotidien de l'Europe – 12 mars 2026"): the date
dates the article as its English twin's does ("The Daily Ledger – 12 March 2026") and the line is
no title (t13z H10: the French line was left unread, the article undated, while "12 mars 2026"
alone and "Le Quotidien de l'Europe · 12 mars 2026" were read). An outlet's name holds lower-case
particles between its capitalised words ("de", "dello", "da", "van het") and elided articles
("l'Europe", "dell'Umbria"), which are no headline's words."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.date_stamps import is_stamp
from waic_reader.index.corpus.reader import Corpus

BODIES = {
    "fr": "L'hôpital général de Velmont, à Kesterbridge, a été paralysé jeudi par une cyberattaque. "
    "Selon la direction, 65 ambulances ont été détournées.",
    "de": "Das Krankenhaus in Velmont wurde am Donnerstag von einem Cyberangriff getroffen. "
    "Nach Angaben der Leitung wurden 65 Krankenwagen umgeleitet.",
    "es": "El hospital general de Velmont fue atacado el jueves por un ciberataque. "
    "Según la dirección, 65 ambulancias fueron desviadas.",
    "it": "L'ospedale generale di Velmont è stato colpito giovedì da un attacco informatico. "
    "Secondo la direzione, 65 ambulanze sono state deviate.",
    "pt": "O hospital geral de Velmont foi atingido na quinta-feira por um ciberataque. "
    "Segundo a direção, 65 ambulâncias foram desviadas.",
    "nl": "Het ziekenhuis van Velmont werd donderdag getroffen door een cyberaanval. "
    "Volgens de directie werden 65 ambulances omgeleid.",
    "en": "Velmont General Hospital in Kesterbridge was hit by a cyber-attack on Thursday, "
    "and 65 ambulances were diverted.",
}
TITLE = "Velmont: l'hôpital paralysé"


def _article(tmp_path: Path, line: str, lang: str):  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text(f"{TITLE}\n\n{line}\n\n{BODIES[lang]}\n", "utf-8")
    return Corpus.scan(tmp_path).article("a")


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        # reported (repro/v13/fr-endash.txt)
        ("Le Quotidien de l'Europe – 12 mars 2026", "fr"),
        # the brief's variants (read before this round: their particles are stamp words or none)
        ("Berliner Abendblatt – 12. März 2026", "de"),
        ("El Diario del Norte — 12 de marzo de 2026", "es"),
        ("Il Corriere – 12 marzo 2026", "it"),
        # variants: other outlets' particles and elisions, other languages, the date first, a bar
        ("Le Journal de l’Économie – 12 mars 2026", "fr"),
        ("La Gazzetta dello Sport – 12 marzo 2026", "it"),
        ("Corriere dell'Umbria – 12 marzo 2026", "it"),
        ("La Voz de la Ciudad — 12 de marzo de 2026", "es"),
        ("Diário da Manhã – 12 de março de 2026", "pt"),
        ("Dagblad van het Noorden - 12 maart 2026", "nl"),
        ("12 mars 2026 – Le Quotidien de l'Europe", "fr"),
        ("The Daily Ledger – 12 March 2026", "en"),
    ],
)
def test_an_outlet_and_date_line_dates_the_article(tmp_path: Path, line: str, lang: str) -> None:
    article = _article(tmp_path, line, lang)
    assert (article.date, article.date_source) == ("2026-03-12", "text")
    assert article.title == TITLE
    assert is_stamp(line)


@pytest.mark.parametrize(
    ("line", "lang"),
    [
        # a headline's words beside the date: the date is no stamp's, the line no outlet's
        ("Grève à la SNCF – 12 mars 2026", "fr"),
        ("Le gouvernement démissionne – 12 mars 2026", "fr"),
        ("Hospital hit by hackers – 12 March 2026", "en"),
        ("Ataque informático contra el hospital — 12 de marzo de 2026", "es"),
    ],
)
def test_a_headline_with_a_date_after_a_dash_is_no_stamp(tmp_path: Path, line: str, lang: str) -> None:
    (tmp_path / "a.txt").write_text(f"{line}\n\n{BODIES[lang]}\n", "utf-8")
    article = Corpus.scan(tmp_path).article("a")
    assert article.date is None
    assert not is_stamp(line)
