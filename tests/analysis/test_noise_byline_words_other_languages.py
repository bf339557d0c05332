"""A byline's word for "by" in other languages, one list (bylines.FOREIGN_BY, with Italian "Di"
and Polish "Przez", a colon after it too): an author the page's metadata gives with it is read
without it (s32-e, t13u F6: diario-es.html's '<p class="byline">4 de junio de 2026 | Por Mateo
Ruiz</p>' gave the author "Por Mateo Ruiz"), and a byline in another language with its fields
is a byline wherever it stands (t13u F7 minor: the Spanish one of elcomercio-es.txt was content).
The first cases are the reported files; the others are ours (French, Polish, Italian)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus import bylines
from waic_reader.index.corpus.reader import Corpus

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "t13u_s32e"


def _page(lang: str, byline: str) -> str:
    return f"""<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Titre - Le Journal</title>
<meta property="og:title" content="Titre"></head><body>
<article><h1>Titre</h1>
<p class="byline">{byline}</p>
<p>Premier paragraphe de l'article, assez long pour être le texte principal de la page et lu comme tel.</p>
<p>Deuxième paragraphe de l'article, qui continue le récit avec d'autres détails sur l'événement.</p>
</article></body></html>
"""


PAGES = {
    "diario-es.html": (None, "Mateo Ruiz"),
    "fr.html": (_page("fr", "3 juin 2026 | Par Claire Dubois"), "Claire Dubois"),
    "pl.html": (_page("pl", "4 czerwca 2026 | Przez: Anna Nowak"), "Anna Nowak"),
}


@pytest.mark.parametrize("name", list(PAGES))
def test_the_author_without_the_word_for_by(tmp_path: Path, name: str) -> None:
    text, author = PAGES[name]
    if text is None:
        shutil.copy(FIXTURES / name, tmp_path / name)
    else:
        (tmp_path / name).write_text(text, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    assert art.author == author


@pytest.mark.parametrize(
    ("value", "author"),
    [("Por Mateo Ruiz", "Mateo Ruiz"), ("Di Marco Rossi", "Marco Rossi"), ("Przez: Anna Nowak", "Anna Nowak")],
)
def test_without_by(value: str, author: str) -> None:
    assert bylines.without_by(value) == author


def test_a_name_with_a_particle_alone_stays() -> None:
    assert bylines.without_by("Di Maio") == "Di Maio"


SPANISH = "Por Lucía Fernández | El Comercio del Norte | 4 de junio de 2026, 08:30"
BYLINES = {
    "reported": SPANISH,
    "it": "Di Marco Rossi | Corriere del Lago | 4 giugno 2026",
    "fr": "Par Claire Dubois · Le Courrier · 3 juin 2026",
}


@pytest.mark.parametrize("key", list(BYLINES))
def test_a_foreign_byline_is_a_byline(tmp_path: Path, key: str) -> None:
    text = (FIXTURES / "elcomercio-es.txt").read_text("utf-8").replace(SPANISH, BYLINES[key])
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    split = split_noise(art)
    assert [s.kind for s in split.noise if s.text == BYLINES[key]] == ["byline"]
