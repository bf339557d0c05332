"""One thing named by the noun of its kind or by a generic noun of that kind (issue #16, round s37-f2).

Outlets name one bridge "the bridge", "the crossing" or "the span", one volcano "the volcano", "the
mountain" or "the peak". A figure's thing (``FactValue.owner``: :func:`~.extract.year_thing`, a
length's thing) written with a generic noun was a thing of its own: "The crossing opened in 1974"
and "The bridge opened in 1976", in one story about one bridge, were two rows never compared. Where
the story names one thing of the kind, a generic noun of it is that thing (:func:`resolve_kinds`);
where it names two ("the Corvenna Bridge and the Harl Bridge", "both bridges"), a generic noun
may be either and stays apart.

Each figure whose thing is of a kind carries the things of that kind its article names
(``FactValue.kind_names``: :func:`kind_names`), so the story's count is read at grouping from the
figures alone (kept figures are never read again from their text).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from waic_reader.index.analysis.facts.model import FactValue
from waic_reader.index.analysis.lexicon import AIRCRAFT_NOUNS, STOP_WORDS

# A kind's noun → the generic nouns outlets call one thing of it by. Only nouns that, in a story
# naming such a thing, refer to it: "the crossing" of a bridge, "the mountain" of a volcano.
KINDS: dict[str, tuple[str, ...]] = {
    "bridge": ("crossing", "span"),
    "volcano": ("mountain", "peak"),
    "ship": ("vessel",),
    "plane": AIRCRAFT_NOUNS[1:],  # ("aircraft", "airliner", "jet": lexicon, the one list of craft)
    # What moves in one slide: its mud, rock and debris are the slide for a speed ("Mud moved at 30
    # km/h", "The slide moved at 50 km/h", "The landslide reached 45 mph" were three rows, t13ae
    # P11, round s37-z2); so a lava flow's lava and "the flow".
    "landslide": ("slide", "mudslide", "rockslide", "mud", "rock", "debris"),
    "lava": ("flow",),
}
_KIND_OF: dict[str, str] = {w: kind for kind, generic in KINDS.items() for w in (kind, *generic)}
# Events only a thing of one kind has: an eruption is a volcano's, so "It was the deadliest eruption
# since 1973" (no thing named) dates the story's one volcano (t13ac M13: rounds s37-f and s37-f2
# together had kept it apart, in a row of its own beside the volcano's).
EVENT_KINDS: dict[str, str] = {"erupt": "volcano"}
# Plurals of a kind's nouns: an article that writes one ("the island's volcanoes", "both bridges",
# "two crossings") names several things of the kind.
# (mass nouns have none that counts things of the kind: "mud and rocks" are one slide's)
_MASS = frozenset("aircraft mud rock debris lava".split())
_PLURALS: dict[str, str] = {
    **{w + ("es" if w.endswith("o") else "s"): kind for w, kind in _KIND_OF.items() if w not in _MASS},
}
# Generic nouns that name the kind's one thing as its own noun does: a story of "the slide" alone
# (no article writing "landslide") names one landslide, its "mud" the slide's (t13ae repro v12,
# round s37-z2: "speed (mud)" beside "speed (slide)").
_SAME_AS: dict[str, frozenset[str]] = {"landslide": frozenset({"slide", "mudslide", "rockslide"})}
_DETERMINER = re.compile(r"^(?:The|A|An|This|That|Its|Their)\s+")
_NAME_WORD = r"[A-Z][\w'’-]+"


@lru_cache(maxsize=8)
def _name_pattern(kind: str) -> re.Pattern[str]:
    """Names of a thing of ``kind`` as written: capitalised words before the kind's noun
    capitalised ("the Corvenna Bridge", "Halden Bridge"), and for a volcano "Mount Orrin" and
    "the Keldra volcano"."""
    noun = kind.capitalize()
    forms = [rf"(?:{_NAME_WORD}\s+){{1,3}}{noun}\b"]
    if kind == "volcano":
        forms += [rf"\bMount\s+{_NAME_WORD}", rf"\b{_NAME_WORD}\s+volcano\b"]
    return re.compile("|".join(forms))


def owner_kind(owner: str) -> str | None:
    """The kind (a :data:`KINDS` key) whose noun or generic noun ``owner`` is ("crossing" → "bridge",
    "volcano" → "volcano"), None for any other owner."""
    return _KIND_OF.get(owner)


# Event nouns that name one kind of event as another does: "a 1974 blast" is "the 1974 explosion".
# (a fire's other nouns too, for the crew rule's events: dimensions._crew_as_people)
_SAME_EVENT = {"blast": "explosion", "quake": "earthquake", "blaze": "fire", "inferno": "fire"}


def event_noun_kind(noun: str) -> str:
    """The kind of event a singular event ``noun`` (extract._EVENTS) names, one however worded: a
    kind's generic noun its kind (:func:`owner_kind`: "slide", "mudslide" → "landslide"),
    "blast" → "explosion", "quake" → "earthquake" (:data:`_SAME_EVENT`), any other itself. Two
    earlier events' rows of one year are told apart by it (extract.earlier_key), so one event
    worded two ways stays one row."""
    return _SAME_EVENT.get(noun) or owner_kind(noun) or noun


def kind_names(text: str, kind: str) -> tuple[str, ...]:
    """The things of ``kind`` that ``text`` names, each once, in lower case: names ("corvenna
    bridge", "mount orrin"), the kind's noun when the text names one by it alone ("bridge", "the
    bridge" and no name), and the plural of a noun of the kind when it writes one ("bridges":
    several, unnamed). () when it writes none of them."""
    found: dict[str, None] = {}
    for m in _name_pattern(kind).finditer(text):
        name = _DETERMINER.sub("", m.group())
        if name.lower() == kind:
            continue  # "The volcano": the kind's noun, no name
        found[" ".join(name.lower().split())] = None
    words = {w.lower() for w in re.findall(r"[^\W\d_]+", text)}
    for plural, of in _PLURALS.items():
        if of == kind and plural in words:
            found[plural] = None
    if not found and (kind in words or not words.isdisjoint(_SAME_AS.get(kind, ()))):
        found[kind] = None
    return tuple(found)


# Words before a generic noun that describe the one thing rather than name another ("the new
# crossing", "the main span", "the steel span", "the river crossing"): the generic noun stays
# written bare (:func:`compounds`). Adjectives of the common endings are told by their ending
# (:data:`_ADJECTIVE_END`).
_SAME_THING_WORDS = frozenset(
    """new old main busy historic original whole entire former existing only single same steel stone
    iron wooden concrete suspension famous iconic narrow long short wide vital key major ageing aging
    twin lower upper river damaged""".split()
)
_ADJECTIVE_END = re.compile(r"(?:al|ic|ous|ive|ful|less|able|ible|ed|est|ern)$")


@lru_cache(maxsize=8)
def _compound_pattern(kind: str) -> re.Pattern[str]:
    """A lower-case word right before a generic noun of ``kind`` (:data:`KINDS`): "ferry crossing"."""
    return re.compile(rf"\b(?P<mod>[a-z][a-z-]*)\s+(?P<noun>{'|'.join(KINDS[kind])})\b")


def compounds(text: str, kind: str) -> tuple[tuple[int, str], ...]:
    """Where ``text`` writes a generic noun of ``kind`` as the head of a compound whose modifier is
    a noun naming another thing ("the ferry crossing", "a border crossing", "a fishing vessel", "the
    mountain pass" is no generic noun): (start, "ferry crossing") in text order, lower case. A
    modifier that describes the thing (:data:`_SAME_THING_WORDS`, an adjective's ending, the kind's
    own noun: "the bridge span"), a function word or a name in capitals makes no compound. In such
    an article "the crossing" is the ferry crossing, never the story's bridge (review s37-rv
    finding 5, round s37-y1)."""
    out: list[tuple[int, str]] = []
    for m in _compound_pattern(kind).finditer(text):
        mod = m.group("mod")
        if mod in STOP_WORDS or mod in _SAME_THING_WORDS or _KIND_OF.get(mod) == kind or _ADJECTIVE_END.search(mod):
            continue
        out.append((m.start(), f"{mod} {m.group('noun')}"))
    return tuple(out)


def event_kind(measure: str) -> str | None:
    """The kind whose things alone have the event a year's ``measure`` names ("year|erupt" →
    "volcano"), None for an event any thing may have (opening, building, closing)."""
    return EVENT_KINDS.get(measure.rpartition("|")[2])


def _several(names: set[str]) -> bool:
    """Whether the things ``names`` (the union of :func:`kind_names` over a story's articles) are
    more than one: two names, or a plural."""
    return any(n in _PLURALS for n in names) or sum(1 for n in names if " " in n) > 1


def resolve_kinds(figures: Sequence[FactValue]) -> list[FactValue]:
    """``figures`` with each thing written by a generic noun of a kind ("crossing") made the kind's
    own ("bridge") when the story (every figure's article naming things of that kind,
    ``FactValue.kind_names``) names exactly one thing of the kind, by name or by the kind's noun;
    unchanged when it names none by the kind's words or several (:func:`_several`)."""
    story: dict[str, set[str]] = {}
    for f in figures:
        kind = owner_kind(f.owner)
        if kind is not None:
            story.setdefault(kind, set()).update(f.kind_names)
    one = {kind for kind, names in story.items() if names and not _several(names)}
    if not one:
        return list(figures)
    return [replace(f, owner=kind) if (kind := owner_kind(f.owner)) in one and f.owner != kind else f for f in figures]
