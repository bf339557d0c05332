"""Mentions and entities (OntoNotes labels), grouped across articles, and their JSON."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

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
    "DATE",
    "MONEY",
    "PERCENT",
    "QUANTITY",
    "CARDINAL",
)
NAME_LABELS = frozenset(LABELS[:9])


# ---------------------------------------------------------------------------------------------
# Public data


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


# ---------------------------------------------------------------------------------------------
# Grouping and JSON


def group(mentions_by_doc: dict[str, list[Mention]]) -> list[Entity]:
    """Merge mentions across the corpus by key; entities sorted by mention count, then name."""
    by_key: dict[str, Entity] = {}
    for doc, mentions in mentions_by_doc.items():
        for m in mentions:
            # Folded (case, accents: corpus.tokens.fold): "Zürich" and "Zurich" are one entity,
            # named as first seen.
            folded = fold(m.key)
            ent = by_key.get(folded)
            if ent is None:
                label, _, name = m.key.partition(":")
                ent = by_key[folded] = Entity(m.key, name, label)
            ent.mentions.append((doc, m))
    return sorted(by_key.values(), key=lambda x: (-len(x.mentions), x.name.lower(), x.label))


def entities_json(entities: Iterable[Entity], docs_filter: Iterable[str] | None = None) -> dict[str, Any]:
    """The ``waic-reader entities --json`` document."""
    wanted = set(docs_filter) if docs_filter is not None else None
    out = []
    for ent in entities:
        mentions = [
            {"doc": doc, "start": m.start, "end": m.end, "text": m.text, "in": "noise" if m.noise else "content"}
            for doc, m in ent.mentions
            if wanted is None or doc in wanted
        ]
        if mentions:
            out.append({"name": ent.name, "type": ent.label, "mentions": mentions})
    return {"entities": out}
