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
    "LANGUAGE",
    "WORK_OF_ART",
    "DATE",
    "MONEY",
    "PERCENT",
    "QUANTITY",
    "CARDINAL",
)
NAME_LABELS = frozenset(LABELS[:11])


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


def key_form(key: str) -> str:
    """The comparison form of an entity key: two keys name one entity when their forms are
    equal. Folded as words are (:func:`~waic_reader.index.corpus.tokens.fold`: case, accents,
    every apostrophe the straight one), so "ORG:Moody’s", "ORG:Moodyʼs" and "ORG:Moody's" are
    one entity, as "GPE:Zürich" and "GPE:Zurich" are."""
    return fold(key)


# ---------------------------------------------------------------------------------------------
# Grouping and JSON


def group(mentions_by_doc: dict[str, list[Mention]]) -> list[Entity]:
    """Merge mentions across the corpus by key; entities sorted by mention count, then name."""
    by_key: dict[str, Entity] = {}
    for doc, mentions in mentions_by_doc.items():
        for m in mentions:
            # "Zürich" and "Zurich", "Moody’s" and "Moody's" are one entity (key_form), named
            # as first seen.
            folded = key_form(m.key)
            ent = by_key.get(folded)
            if ent is None:
                label, _, name = m.key.partition(":")
                ent = by_key[folded] = Entity(m.key, name, label)
            ent.mentions.append((doc, m))
    aliases = surname_aliases(ent.key for ent in by_key.values())
    if aliases:
        order: dict[str, int] = {doc: n for n, doc in enumerate(mentions_by_doc)}
        for folded, full in aliases.items():
            short, long = by_key.pop(folded), by_key[key_form(full)]
            long.mentions.extend(short.mentions)
            long.mentions.sort(key=lambda dm: (order[dm[0]], dm[1].start))
    merged = merge_short_forms(list(by_key.values()))
    for ent in merged:
        ent.name = written_name(ent)
    return sorted(merged, key=lambda x: (-len(x.mentions), x.name.lower(), x.label))


def written_name(ent: Entity) -> str:
    """The name ``ent`` is shown by: the spelling its mentions of the whole name use most (the
    first seen on a tie), so an entity is never named in a folded form no article writes
    ("Recep Tayyip Erdogan" for "Recep Tayyip Erdoğan"); its key's name when no mention writes
    the whole name (a gazetteer name met only by an alias)."""
    want = fold(ent.name)
    counts: dict[str, int] = {}
    for _doc, m in ent.mentions:
        text = " ".join(m.text.split())
        if fold(text) == want:
            counts[text] = counts.get(text, 0) + 1
    if not counts or (ent.name in counts and counts[ent.name] == max(counts.values())):
        return ent.name
    return max(counts, key=lambda t: counts[t])  # the first of the most frequent (dict order)


def surname_aliases(keys: Iterable[str]) -> dict[str, str]:
    """The corpus's surnames that name one person: the folded key of each one-word PERSON
    (``key_form("PERSON:Korvan")``) → the key of the one person of two words or more whose last
    word it is ("PERSON:Ilse Korvan"), when no other person has that surname ("Jan Korvan": which
    one is meant is not known) and no entity of another kind is named by the word ("ORG:Korvan").

    Inside an article the recogniser already gives a surname its person's key ("Korvan said",
    after "Ilse Korvan"); this joins an article that names the person by surname only ("Minister
    Korvan will chair talks") to the others, wherever entities are grouped across articles (the
    entity list and matrix, the timeline's firsts, ``who:`` search)."""
    spelled: dict[str, str] = {}  # folded key → the key as first seen
    for key in keys:
        spelled.setdefault(key_form(key), key)
    by_surname: dict[str, set[str]] = {}
    named: dict[str, set[str]] = {}  # folded one-word name → labels naming an entity so
    for folded in spelled:
        label, _, name = folded.partition(":")
        words = name.split()
        if len(words) == 1:
            named.setdefault(words[0], set()).add(label)
        elif label == "person" and words:
            by_surname.setdefault(words[-1], set()).add(folded)
    out: dict[str, str] = {}
    for word, labels in named.items():
        people = by_surname.get(word, set())
        if labels == {"person"} and len(people) == 1:
            out[f"person:{word}"] = spelled[next(iter(people))]
    return out


# Words a long form may add to its short form and still name the same thing: "Kushiro City" is
# "Kushiro", "Northwind Co Ltd" is "Northwind". Any other added word makes another entity:
# "Acme Analytica" is not "Acme" (which may be "University of Acme").
DESIGNATORS = frozenset(
    "city prefecture county province district municipality region state town village "
    "co co. ltd ltd. inc inc. corp corp. corporation company plc llc ag gmbh sa group holdings".split()
)


def _words(name: str) -> tuple[str, ...]:
    return tuple(fold(name).replace(",", " ").split())


def _inside(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    n = len(short)
    return any(long[k : k + n] == short for k in range(len(long) - n + 1))


def merge_short_forms(entities: list[Entity]) -> list[Entity]:
    """Entities with a short form's mentions moved into the one long form they name.

    A short form of two words or more merges into the one entity of its label whose name holds
    it as consecutive words ("Meteorological Agency" into "Japan Meteorological Agency", "Red
    Cross" into "Japanese Red Cross Society"); a one-word short form only into a long form that
    adds designators ("Kushiro" into "Kushiro City"). When two long forms hold it ("Red Cross"
    with "Japanese Red Cross Society" and "American Red Cross"), it stays its own entity: which
    one it means is not known. People are left alone here (their short forms are resolved within
    an article by the recogniser, where "Li" means the one Li just named, and a lone surname
    across articles by :func:`surname_aliases`)."""
    by_label: dict[str, list[tuple[tuple[str, ...], Entity]]] = {}
    for ent in entities:
        if ent.label != "PERSON" and ent.label in NAME_LABELS:
            by_label.setdefault(ent.label, []).append((_words(ent.name), ent))
    into: dict[int, Entity] = {}
    for group_ in by_label.values():
        if len(group_) < 2:
            continue
        # Index long forms by each of their words, so a short form is checked against the names
        # sharing its rarest word only (linear in the corpus, not quadratic).
        by_word: dict[str, list[tuple[tuple[str, ...], Entity]]] = {}
        for words, ent in group_:
            for w in set(words):
                by_word.setdefault(w, []).append((words, ent))
        for words, ent in group_:
            if not words:
                continue
            rare = min(words, key=lambda w: len(by_word[w]))
            homes = []
            for long_words, long in by_word[rare]:
                if long is ent or len(long_words) <= len(words) or not _inside(words, long_words):
                    continue
                if len(words) == 1 and not all(w in DESIGNATORS for w in long_words if w != words[0]):
                    continue
                homes.append(long)
            # Nested long forms ("Red Cross Society" inside "Japanese Red Cross Society") are
            # one home: the longest; unrelated ones make the short form ambiguous.
            homes.sort(key=lambda x: -len(_words(x.name)))
            if homes and all(_inside(_words(h.name), _words(homes[0].name)) for h in homes):
                into[id(ent)] = homes[0]
    if not into:
        return entities

    def home(ent: Entity) -> Entity:
        seen = 0
        while id(ent) in into and seen < 16:  # a chain: "Agency" → "Meteorological Agency" → ...
            ent, seen = into[id(ent)], seen + 1
        return ent

    out = []
    grown: dict[int, Entity] = {}
    for ent in entities:
        target = home(ent)
        if target is ent:
            out.append(ent)
        else:
            target.mentions.extend(ent.mentions)
            grown[id(target)] = target
    order: dict[str, int] = {}  # the corpus order of docs, as the mentions came
    for ent in entities:
        for doc, _ in ent.mentions:
            order.setdefault(doc, len(order))
    for ent in grown.values():
        ent.mentions.sort(key=lambda dm: (order[dm[0]], dm[1].start))
    return out


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
