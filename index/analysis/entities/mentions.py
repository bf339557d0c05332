"""Mentions and entities (OntoNotes labels): the data every grouping step reads, their keys and
the folded forms by which two keys or names are compared."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from waic_reader.index.corpus.tokens import fold

LABELS: tuple[str, ...] = (
    "PERSON",
    "NORP",
    "ORG",
    "GPE",
    "LOC",
    "FAC",
    "EVENT",
    "PRODUCT",
    "LAW",
    "LANGUAGE",
    "WORK_OF_ART",
    "DATE",
    "MONEY",
    "PERCENT",
    "QUANTITY",
    "CARDINAL",
)
NAME_LABELS = frozenset(LABELS[:11])


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    text: str
    label: str
    key: str  # canonical entity key, "LABEL:Canonical Name"
    noise: bool = False


@dataclass
class Entity:
    key: str
    name: str
    label: str
    mentions: list[tuple[str, Mention]] = field(default_factory=list)  # (doc, mention)

    @property
    def docs(self) -> list[str]:
        return sorted({doc for doc, _ in self.mentions})


def entity_key(label: str, name: str) -> str:
    return f"{label}:{name}"


def spans_take_over(
    chosen: list[tuple[int, int, str, str]], spans: list[tuple[int, int]], label: str, text: str
) -> list[tuple[int, int, str, str]]:
    """``chosen`` (start, end, label, key) with every span of ``spans`` (start, end offsets into
    ``text``) read as a ``label`` entity named as written (its spaces made single): the chosen
    spans it overlaps dropped; sorted. The one way a rule that finds whole names puts them in."""
    out = [c for c in chosen if not any(c[0] < b and a < c[1] for a, b in spans)]
    out += [(a, b, label, entity_key(label, " ".join(text[a:b].split()))) for a, b in spans]
    out.sort()
    return out


def key_form(key: str) -> str:
    """The comparison form of an entity key: two keys name one entity when their forms are
    equal. Folded as words are (:func:`~waic_reader.index.corpus.tokens.fold`: case, accents,
    every apostrophe the straight one), so "ORG:Moody’s", "ORG:Moodyʼs" and "ORG:Moody's" are
    one entity, as "GPE:Zürich" and "GPE:Zurich" are."""
    return fold(key)


def name_words(name: str) -> tuple[str, ...]:
    """The folded words of a name, commas as spaces: what short forms, firm heads and cores are
    compared by ("Veltrix Systems, Inc." → ("veltrix", "systems", "inc."))."""
    return tuple(fold(name).replace(",", " ").split())


def mention_spans(mentions: Sequence[Mention], names: set[str]) -> list[tuple[int, int]]:
    """(start, end) of every mention in ``mentions`` of the entities named in ``names`` (the
    ``entity`` field's folded terms) by their canonical name, by any form the article mentions
    them in, or by a whole word of either: what an ``entity:``/``who:`` search matches. An
    entity one of whose mentions is named so is matched by all its mentions ("Ueda" merged into
    "Hiroshi Ueda": ``who:Ueda`` lights the full ones too)."""
    from waic_reader.index.corpus.tokens import name_forms

    keys = {
        m.key
        for m in mentions
        if not names.isdisjoint(name_forms(m.key.split(":", 1)[-1], m.key.startswith("PERSON:")))
        or not names.isdisjoint(name_forms(m.text, m.key.startswith("PERSON:")))
    }
    return [(m.start, m.end) for m in mentions if m.key in keys]
