"""A byline in any language read is no outlet line (round s52-fx4; t13r2 NEW-1).

s52-m2's rule reading a source's name with its date stamp under the headline
(``block_rules.source_on_stamp``: "Tagesblick · 14. März 2026, 10:50 Uhr") took "Por Lucía
Fernández-Ibarra | 16 de agosto de 2026" for an outlet's line and named the outlet "Por Lucía
Fernández-Ibarra". A line opening with a byline's word ("By", "Por", "Von", "Par", … the one list,
``bylines.FOREIGN_BY``) is the author's byline: the rule asks ``bylines.opens_with_by_word``."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus import bylines
from waic_reader.index.corpus.reader import Corpus


def _article(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text(text, "utf-8")
    return Corpus.scan(tmp_path).article("a")


@pytest.mark.parametrize(
    ("headline", "line", "lead", "author"),
    [
        (
            "Inundaciones en Marrowby dejan cinco muertos",
            "Por Lucía Fernández-Ibarra | 16 de agosto de 2026",
            "Las lluvias de la noche desbordaron el río y obligaron a evacuar a cientos de vecinos, "
            "informaron las autoridades locales.",
            "Lucía Fernández-Ibarra",
        ),
        (
            "Ponte desaba em Kestwick; seis mortos",
            "Por Ana Souza · 14 de março de 2026",
            "Seis pessoas morreram e quatro estão desaparecidas depois que o vão central da ponte desabou sobre o rio.",
            "Ana Souza",
        ),
        (
            "Effondrement d'un pont à Dunmere",
            "Par Claire Dubois-Marchand | 3 juin 2026",
            "Six personnes sont mortes et quatre sont portées disparues après l'effondrement du pont "
            "sur la rivière, selon les pompiers.",
            "Claire Dubois-Marchand",
        ),
    ],
)
def test_a_byline_in_another_language_names_the_author_and_no_outlet(
    tmp_path: Path, headline: str, line: str, lead: str, author: str
) -> None:
    article = _article(tmp_path, f"{headline}\n\n{line}\n\n{lead}\n")
    assert article.outlet is None
    assert article.author == author


@pytest.mark.parametrize(
    ("headline", "line", "outlet"),
    [
        ("Brückeneinsturz in Marrowby: Mindestens fünf Tote", "Tagesblick · 14. März 2026, 10:50 Uhr", "Tagesblick"),
        (
            "Ravensworth Bridge collapse – live updates",
            "Northern Post live blog · Saturday 14 March 2026",
            "Northern Post",
        ),
    ],
)
def test_a_source_name_with_its_stamp_still_names_the_outlet(
    tmp_path: Path, headline: str, line: str, outlet: str
) -> None:
    text = (
        f"{headline}\n\n{line}\n\n"
        "The rescue went on through the night as crews searched the water for the four people still missing.\n"
    )
    assert _article(tmp_path, text).outlet == outlet


@pytest.mark.parametrize(
    ("line", "opens"),
    [
        ("Por Lucía Fernández-Ibarra | 16 de agosto de 2026", True),
        ("By Jane Roe · 14 March 2026", True),
        ("Av Ingrid Nilsen · 14. mars 2026", True),
        ("Door Jan de Vries | 14 maart 2026", True),
        ("Przez: Anna Nowak · 14 marca 2026", True),
        ("Tagesblick · 14. März 2026, 10:50 Uhr", False),
        ("Portland Ledger · 14 March 2026", False),
        ("Bystander Weekly | 3 June 2026", False),
    ],
)
def test_a_byline_word_opening_a_line(line: str, opens: bool) -> None:
    assert bylines.opens_with_by_word(line) is opens


@pytest.mark.parametrize("line", ["Por Ana Souza 14 de março de 2026", "BY ANNA LIND 3 MARCH 2026"])
def test_the_split_still_calls_a_byline_with_no_separator_a_dated_byline(line: str) -> None:
    from waic_reader.index.analysis.noise.block_rules import DATED_BYLINE, phrase_label
    from waic_reader.index.analysis.noise.features import block_features
    from waic_reader.index.corpus.blocks import Block

    label = phrase_label(block_features(Block(0, len(line), "paragraph", line)))
    assert label is not None and label[0] == "byline" and label[1].startswith(DATED_BYLINE)
