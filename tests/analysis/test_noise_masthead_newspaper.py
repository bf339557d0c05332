"""A plain-text page's first line naming its newspaper over the headline is the masthead
(navigation), though the body writes its words (a town's name): a short title-case line whose
first or last word is a newspaper's (entities.lexicons.NEWSPAPER_WORDS: Herald, Post, Zeitung,
Diario …) or that the byline under the headline names its outlet (s32-e, t13u F12: herald-local.txt's
"Cordaleza Herald" was content and the reader's first line). The first case is the reported file;
the others are ours (a Spanish "Diario" first, a name with no newspaper's word that the byline
names; each writes the name's words in its body, as the reported page writes "Cordaleza" and "the
Herald")."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "t13u_s32e"

DIARIO = """Diario Cordaleza

Inundaciones en Cordaleza: cientos de familias evacuadas

Por Mateo Ruiz | 5 de junio de 2026

Cientos de familias de Cordaleza tuvieron que abandonar sus casas el jueves después de que el río se desbordara tras dos días de lluvias.

El alcalde de Cordaleza dijo a este diario que los albergues municipales estaban abiertos y que el agua bajaría durante el fin de semana.

Los bomberos rescataron a doce personas atrapadas en sus coches en la carretera de la costa.
"""

BYLINED = """Halvik Today

Ferry strikes harbour wall in Halvik, three passengers hurt

By Jon Berg · Halvik Today · 3 June 2026

A passenger ferry struck the harbour wall in Halvik on Tuesday morning, injuring three passengers, the harbour master said.

The ferry had been approaching Halvik in strong winds when its engines failed, according to the operator.

Halvik police said today that an inquiry into the accident had been opened and that the ferry would stay in port.
"""

CASES = {
    "herald-local.txt": (None, "Cordaleza Herald"),
    "diario.txt": (DIARIO, "Diario Cordaleza"),
    "halvik.txt": (BYLINED, "Halvik Today"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_the_masthead_is_navigation(tmp_path: Path, name: str) -> None:
    text, masthead = CASES[name]
    if text is None:
        shutil.copy(FIXTURES / name, tmp_path / name)
    else:
        (tmp_path / name).write_text(text, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    split = split_noise(art)
    assert [s.kind for s in split.noise if s.text == masthead] == ["navigation"]
    assert art.title != masthead


def test_a_headline_ending_in_a_newspaper_word_is_no_masthead_without_a_headline_under_it(tmp_path: Path) -> None:
    """A first line over prose (no headline under it) stays: the rule needs a headline under the name."""
    text = "Halvik Post\n\nThe Halvik Post has been sold to a media group from Bergen, its owners said on Monday in a statement.\n\nThe new owners said the paper would keep its offices in the town and all of its staff.\n"
    (tmp_path / "post.txt").write_text(text, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    split = split_noise(art)
    assert not [s for s in split.noise if s.text.startswith("The Halvik Post has been sold")]
