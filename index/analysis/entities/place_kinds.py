"""One place's name typed one kind of place (GPE or LOC) across the corpus."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from waic_reader.index.analysis.entities.mentions import Mention, key_form

_PLACE_KINDS = ("GPE", "LOC")


# Place name (folded) → label → key → {doc: its mentions so}: what :func:`place_kinds` counts.
PlaceTally = dict[str, dict[str, dict[str, dict[Any, int]]]]


def place_kinds(mentions_by_doc: Mapping[str, Iterable[Mention]]) -> dict[str, tuple[str, str]]:
    """A place's name typed one kind of place across the corpus: folded key → (label, key) of
    each place mention to retype.

    A name (its key's name, folded: "KESTREL BAY" and "Kestrel Bay" are one) that some mentions
    type GPE and others LOC is one entity: every mention takes the key of the kind more articles
    give it (then more mentions; GPE on a tie, as a town is the likelier reading of a name in a
    dateline), spelled as most of that kind's mentions spell it (the first in code-point order on
    a tie, whatever order the articles come in). Other labels are left alone: a place and a firm
    or a person of one name are two."""
    tally: PlaceTally = {}
    for doc, mentions in mentions_by_doc.items():
        tally_places(tally, doc, mentions)
    return place_retypes(tally)


def tally_places(tally: PlaceTally, doc: object, mentions: Iterable[Mention]) -> set[str]:
    """Count ``doc``'s place mentions into ``tally``; the (folded) names counted."""
    names: set[str] = set()
    for m in mentions:
        if m.noise or m.label not in _PLACE_KINDS:
            continue
        label, _, name = key_form(m.key).partition(":")
        if label != m.label.lower():
            continue
        by_doc = tally.setdefault(name, {}).setdefault(m.label, {}).setdefault(m.key, {})
        by_doc[doc] = by_doc.get(doc, 0) + 1
        names.add(name)
    return names


def place_retypes(tally: PlaceTally, names: Iterable[str] | None = None) -> dict[str, tuple[str, str]]:
    """:func:`place_kinds` from its ``tally`` (of ``names`` only, when given)."""
    retype: dict[str, tuple[str, str]] = {}  # folded key → (label, key)
    for name in tally if names is None else names:
        by_label = {label: keys for label, keys in tally.get(name, {}).items() if any(keys.values())}
        if len(by_label) < 2:
            continue

        weights = {
            label: (len(set().union(*keys.values())), sum(sum(d.values()) for d in keys.values()), label == "GPE")
            for label, keys in by_label.items()
        }
        win = max(by_label, key=weights.__getitem__)
        spelled = min((k for k, d in by_label[win].items() if d), key=lambda k: (-sum(by_label[win][k].values()), k))
        for label in by_label:
            if label != win:
                retype[f"{label.lower()}:{name}"] = (win, spelled)
    return retype


def one_place_kind(mentions_by_doc: dict[str, list[Mention]]) -> dict[str, list[Mention]]:
    """Each article's mentions with a place's name typed one kind of place across the corpus
    (:func:`place_kinds`)."""
    retype = place_kinds(mentions_by_doc)
    if not retype:
        return mentions_by_doc
    return {
        doc: [
            replace(m, label=lk[0], key=lk[1]) if (lk := place_kind(m, retype)) != (m.label, m.key) else m
            for m in mentions
        ]
        for doc, mentions in mentions_by_doc.items()
    }


def place_kind(m: Mention, places: Mapping[str, tuple[str, str]]) -> tuple[str, str]:
    """(label, key) of ``m`` once its place's kind is the corpus's (:func:`place_kinds`)."""
    if places and m.label in _PLACE_KINDS and (lk := places.get(key_form(m.key))) is not None:
        return lk
    return m.label, m.key
