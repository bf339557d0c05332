"""A saved page's article whose paragraph, one long sentence ending in ":", introduces a list of
title-case entries between its paragraphs ("… the jury placed these entries first:" over "Berke
Kadam – Çizgi Roman Filmlerinin Altın Çağı" and two more) is one article (issue #14, unseen31
kayiprihtim-1, round s36-a). The sentence, many names in it, passed for no prose (no full stop, its
capitalised words read as a headline's), so the three entries under it cut the main text in two:
the paragraphs above them, the headline and the list were split off as "outside-article" and
"headline-list", and the title became the first sentence after the list. The reported page, and
pages of our own in English and German (other names, other layouts)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

REPORTED = Path(__file__).resolve().parents[1] / "fixtures" / "noise_pages" / "unseen31" / "text" / "kayiprihtim-1.txt"

MENU_EN = ["Home", "News", "Sport", "Culture", "Books", "Film", "Music", "Games", "Events", "Forum", "Contact"]
MENU_DE = [
    "Start",
    "Nachrichten",
    "Sport",
    "Kultur",
    "Bücher",
    "Film",
    "Musik",
    "Spiele",
    "Termine",
    "Forum",
    "Kontakt",
]
FOOTER_EN = [
    "More stories",
    "Harbour Festival Opens Its Gates on Friday",
    "New Poetry Prize Announced in Halvik",
    "Film Club Returns to the Old Cinema",
    "Library Extends Its Weekend Hours",
    "Categories",
    "Books",
    "Comics",
    "Film",
    "Archive",
    "About us",
    "Privacy policy",
    "© 2026 Halvik Review",
]
FOOTER_DE = [
    "Weitere Artikel",
    "Hafenfest Öffnet Am Freitag Seine Tore",
    "Neuer Lyrikpreis In Tiefenbach Vergeben",
    "Filmklub Kehrt Ins Alte Kino Zurück",
    "Bibliothek Verlängert Die Öffnungszeiten",
    "Kategorien",
    "Bücher",
    "Comics",
    "Film",
    "Archiv",
    "Impressum",
    "Datenschutz",
    "© 2026 Tiefenbacher Rundschau",
]

ENGLISH = "\n".join(
    [
        "Essay Contest Results Announced | Halvik Review",
        *MENU_EN,
        "You are here: Halvik Review / 2026 / May / Essay Contest Results Announced",
        "Essay Contest Results Announced",
        "08 May 2026 - 14:53 // Events",
        "The results of the essay contest held for the tenth birthday of the Halvik Comics Society were announced on Monday.",
        "The society, one of the country's oldest readers' clubs, invited essays on comics adapted for the screen, "
        "and more than sixty readers sent one in before the deadline in April.",
        "Judged by Maria Lopez (Film Editor, Halvik Review), Peter Holm (Critic), Anna Dahl (Lecturer/Festival "
        "Organiser) and Jonas Weber (Art Teacher/Author), the essays placed in the first three and their writers were:",
        "Clara Nyström – The Golden Age of Comic Book Films",
        "Tomas Berg – Comics, Their Films and Beyond",
        "Ingrid Sola – Daredevil, a Milestone Among Adaptations",
        "The winners received comics from the sponsoring publishers, and the jury added a special mention for two "
        "more essays that were not in the programme at first.",
        "The three winning essays will be published on the society's blog later this month, the organisers said.",
        *FOOTER_EN,
    ]
)

GERMAN = "\n".join(
    [
        "Ergebnisse des Essaywettbewerbs im Comicverein bekanntgegeben | Tiefenbacher Rundschau",
        *MENU_DE,
        "Sie sind hier: Tiefenbacher Rundschau / 2026 / Mai / Ergebnisse des Essaywettbewerbs",
        "Ergebnisse des Essaywettbewerbs im Comicverein bekanntgegeben",
        "08.05.2026, 14:53 Uhr",
        "Die Ergebnisse des Essaywettbewerbs zum zehnten Geburtstag des Tiefenbacher Comicvereins wurden am Montag bekanntgegeben.",
        "Der Verein, einer der ältesten Leserklubs des Landes, hatte zu Aufsätzen über verfilmte Comics aufgerufen, "
        "und mehr als sechzig Leserinnen und Leser schickten vor dem Stichtag im April einen ein.",
        "Von Lukas Brandt (Filmredakteur, Tiefenbacher Rundschau), Stefan Ritter (Kritiker), Anna Lind "
        "(Dozentin/Festivalleiterin) und Jonas Weber (Kunstlehrer/Autor) bewertet, kamen diese Aufsätze und ihre Verfasser unter die ersten drei:",
        "Clara Neumann – Das Goldene Zeitalter Der Comicverfilmungen",
        "Tomas Berger – Comics, Ihre Filme Und Mehr",
        "Ingrid Sommer – Daredevil, Ein Meilenstein Der Verfilmungen",
        "Die Gewinner erhielten Comics der Sponsorverlage, und die Jury vergab eine besondere Erwähnung an zwei "
        "weitere Aufsätze, die anfangs nicht im Programm standen.",
        "Die drei besten Aufsätze erscheinen später in diesem Monat im Blog des Vereins, teilten die Veranstalter mit.",
        *FOOTER_DE,
    ]
)

CASES = {
    "reported-tr": (
        None,
        "“Çizgi Roman Uyarlamaları İnceleme Yarışması” Sonuçlandı",
        [
            "ÇROP’un dokuzuncu yaşı şerefine",
            "Utku Uluer (Sinematik Yeşilçam Editörü)",
            "Berke Kadam – Çizgi Roman Filmlerinin Altın Çağı",
            "Reha Ülkü – Çizgi romanlar, Filmleri ve Ötesi",
            "Seran Tosun – Daredevil Dizisi, Uyarlamalarda Bir Milat",
        ],
    ),
    "essay-en": (
        ENGLISH,
        "Essay Contest Results Announced",
        [
            "The results of the essay contest",
            "Judged by Maria Lopez",
            "Clara Nyström – The Golden Age of Comic Book Films",
            "Tomas Berg – Comics, Their Films and Beyond",
            "Ingrid Sola – Daredevil, a Milestone Among Adaptations",
        ],
    ),
    "essay-de": (
        GERMAN,
        "Ergebnisse des Essaywettbewerbs im Comicverein bekanntgegeben",
        [
            "Die Ergebnisse des Essaywettbewerbs",
            "Von Lukas Brandt (Filmredakteur",
            "Clara Neumann – Das Goldene Zeitalter Der Comicverfilmungen",
            "Tomas Berger – Comics, Ihre Filme Und Mehr",
            "Ingrid Sommer – Daredevil, Ein Meilenstein Der Verfilmungen",
        ],
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_the_list_under_a_long_sentence_stays_in_the_article(tmp_path: Path, name: str) -> None:
    text, headline, kept = CASES[name]
    if text is None:
        shutil.copy(REPORTED, tmp_path / f"{name}.txt")
    else:
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    split = split_noise(art)
    content = [s.text for s in split.content]
    lost = [want for want in kept if not any(c.startswith(want) for c in content)]
    assert lost == [], [(s.kind, s.text[:50], s.reason) for s in split.noise if s.start < 3000]
    assert art.title == headline


@pytest.mark.parametrize("name", ["essay-en", "essay-de"])
def test_the_page_around_it_is_still_noise(tmp_path: Path, name: str) -> None:
    text, _headline, _kept = CASES[name]
    assert text is not None
    (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    content = " ".join(s.text for s in split_noise(art).content)
    for gone in (MENU_EN[1], FOOTER_EN[1], FOOTER_DE[1], FOOTER_EN[-2], FOOTER_DE[-2]):
        assert gone not in content
