"""A sentence ending in ":" over short unbulleted lines, the article's sentence after them, is the
article's paragraph and its list in any language, its records (a name and an age with its unit)
no other stories' title-case headlines (s32-e, t13u F6: in diario-es.html "Las víctimas eran:"
over "Daniel Ruiz, 16 años" and two more were headline-list, while English text and HTML kept
theirs; the rule read the sentences by English's function words, and four words of a name and an
age passed for a headline). The first case is the reported file; the others are ours (German
text, French HTML); English's pages (with "years", and the reported one) stay as they were."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "t13u_s32e"

GERMAN = """Grubenunglück in Tiefenbach: vier Bergleute tot

Von Anna Lind | Tiefenbacher Anzeiger | 3. Juni 2026

Bei einem Grubenunglück in Tiefenbach sind am Dienstag vier Bergleute ums Leben gekommen, wie die Polizei am Abend mitteilte.

Die Opfer waren:
Jonas Weber, 23 Jahre
Lukas Brandt, 41 Jahre
Stefan Ritter, 56 Jahre

Die Staatsanwaltschaft hat ein Ermittlungsverfahren gegen den Betreiber der Grube eingeleitet.
"""

ENGLISH_YEARS = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ferry crash victims named - Halvik Post</title>
<meta property="og:site_name" content="Halvik Post"></head><body>
<article><h1>Ferry crash victims named</h1>
<p>Police on Monday named the three passengers who died when the ferry struck the harbour wall at Halvik.</p>
<p>The dead were:</p>
<p>Maria Lopez, 34 years<br>Peter Holm, 61 years<br>Anna Dahl, 19 years</p>
<p>The harbour master said an inquiry would begin on Wednesday.</p>
</article></body></html>
"""

FRENCH = """<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Les victimes identifiées - Le Courrier</title>
<meta property="og:site_name" content="Le Courrier"></head><body>
<article><h1>Les victimes identifiées</h1>
<p>La police a identifié mardi les trois personnes mortes dans l'incendie de l'hôtel du port de Saint-Malo.</p>
<p>Les victimes étaient :</p>
<p>Claire Dubois, 34 ans<br>Marc Lefèvre, 61 ans<br>Julie Martin, 19 ans</p>
<p>Le procureur a ouvert une enquête pour homicide involontaire.</p>
</article></body></html>
"""

CASES = {
    "diario-es.html": (None, ["Daniel Ruiz, 16 años", "Ana Beltrán, 41 años", "José Luis Ortega, 58 años"]),
    "grube-de.txt": (GERMAN, ["Jonas Weber, 23 Jahre", "Lukas Brandt, 41 Jahre", "Stefan Ritter, 56 Jahre"]),
    "incendie-fr.html": (FRENCH, ["Claire Dubois, 34 ans", "Marc Lefèvre, 61 ans", "Julie Martin, 19 ans"]),
    "ferry-en.html": (ENGLISH_YEARS, ["Maria Lopez, 34 years", "Peter Holm, 61 years", "Anna Dahl, 19 years"]),
    "victims-en.html": (None, ["Daniel Ruiz, 16", "Ana Beltrán, 41", "José Luis Ortega, 58"]),  # held before
}


@pytest.mark.parametrize("name", list(CASES))
def test_the_introduced_list_is_content(tmp_path: Path, name: str) -> None:
    text, items = CASES[name]
    if text is None:
        shutil.copy(FIXTURES / name, tmp_path / name)
    else:
        (tmp_path / name).write_text(text, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    split = split_noise(art)
    content = {s.text for s in split.content}
    assert [t for t in items if t not in content] == [], [(s.kind, s.text, s.reason) for s in split.noise]
