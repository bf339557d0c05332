"""What the name-kind tests share: an article made of a text, and the names the recogniser finds
in it as ``(text, label)`` pairs."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.corpus.blocks import Block, Sentence, sentences_of, split_blocks


@dataclass
class Art:
    """An article with only a doc id and a text (what the recogniser reads)."""

    doc: str
    text: str

    @cached_property
    def blocks(self) -> list[Block]:
        return split_blocks(self.text)

    @cached_property
    def sentences(self) -> list[Sentence]:
        return sentences_of(self.blocks)


def names(rec: Recognizer, text: str) -> set[tuple[str, str]]:
    """The recogniser's mentions in ``text`` as ``(mention text, label)``."""
    return {(text[m.start : m.end], m.label) for m in rec.recognize(Art("x", text))}


def keys(rec: Recognizer, text: str, name: str) -> list[tuple[str, str]]:
    """(label, entity key) of every mention written ``name``."""
    return [(m.label, m.key) for m in rec.recognize(Art("x", text)) if text[m.start : m.end] == name]
