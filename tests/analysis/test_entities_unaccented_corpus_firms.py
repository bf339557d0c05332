"""An organisation the corpus types under a spelling with accents types its unaccented spelling in
another article that left it untyped (corpus_votes._forms, t13r F9, round s30-t: "Ferrovias
Andinas, which runs the line, said" beside "Ferrovías Andinas S.A." gave no mention). The
reported pair and two invented ones."""

from __future__ import annotations

import pytest

from waic_reader.index.analysis.entities.corpus_votes import corpus_mentions
from waic_reader.index.analysis.entities.mentions import Mention

CASES = [
    ("Ferrovías Andinas S.A.", "Ferrovias Andinas, which runs the line, said the bridge was high."),  # reported
    ("Minería Sureña S.A.", "Two were missing. Mineria Surena, which owns the pit, said the pumps failed."),
    ("Cervecería Páramo Ltda.", "The fine was large. Cerveceria Paramo, which brews there, said it would appeal."),
]


@pytest.mark.parametrize(("firm", "text"), CASES)
def test_the_unaccented_spelling_is_the_firm(firm: str, text: str) -> None:
    bare = text.split(",", 1)[0].rsplit(". ", 1)[-1]
    other = f"{firm} said it would pay."
    mentions = {"a": [Mention(0, len(firm), firm, "ORG", f"ORG:{firm}")], "b": []}
    got = corpus_mentions(mentions, {"a": other, "b": text})["b"]
    at = text.index(bare)
    assert [(m.start, m.end, m.label, m.key) for m in got] == [(at, at + len(bare), "ORG", f"ORG:{firm}")], got
