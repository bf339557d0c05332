"""What the fact-sheet tests share: an article made of a text (its sentences split as the reader
splits them), and the fact sheet of a few such articles, doc ids "a", "b", … in order."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from waic_reader.index.analysis.facts import Fact, fact_sheet
from waic_reader.index.corpus.blocks import Sentence, sentences_of, split_blocks


@dataclass
class Art:
    doc: str
    text: str

    @cached_property
    def sentences(self) -> list[Sentence]:
        return sentences_of(split_blocks(self.text))


def sheet(*texts: str) -> list[Fact]:
    """The fact sheet of one article per text, each under a one-line title ("Story")."""
    return fact_sheet([(Art(chr(ord("a") + i), f"Story\n\n{t}"), []) for i, t in enumerate(texts)])
