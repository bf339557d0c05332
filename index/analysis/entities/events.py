"""Storms named after their kind ("Hurricane Ysolde", "Typhoon X"): an EVENT, its name alone
later too; a disaster named by its kind word last ("Harlow Ridge Fire") an EVENT (lexicons.CUES),
but a state's short name before "Fire" its fire service ("Cal Fire": ``state_services``), and the
place a disaster is named after a place wherever the corpus writes it alone (``disaster_places``); stage races named in French, Italian, Spanish, Catalan or Portuguese after the land
they tour ("Tour du Rwanda", "Giro d'Italia"): an EVENT; a "Forum" no meeting's cue makes one is
a body, an ORG (``meeting_forums``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from waic_reader.index.analysis.entities.lexicons import COMMON_WORDS, DISASTER_KINDS, WEEKDAYS_MONTHS
from waic_reader.index.analysis.entities.mentions import Mention, entity_key
from waic_reader.index.analysis.entities.words import CAP_NEXT, PREV_CAP, Cand
from waic_reader.index.corpus.letters import CAP, LOWER

# A storm named after its kind ("Hurricane Ysolde", "Typhoon X", "Tropical Storm X", "Storm X"): one
# name, not a person's; a name that another capitalised word follows is not one.
STORM_KIND = re.compile(
    r"\b(?:(?:Super )?Typhoon|Hurricane|(?:Tropical |Severe Tropical |Post-Tropical )?(?:Storm|Cyclone)"
    r"|Tropical Depression)\s"
)
STORM_WORDS = ("Typhoon", "Hurricane", "Storm", "Cyclone", "Tropical Depression")  # one is in every match
_STORM = re.compile(rf"(?<![\w'’-]){STORM_KIND.pattern}(?P<name>{CAP}[{LOWER}]+)(?![\w'’-]|\s{CAP})")


def storms(text: str) -> list[tuple[int, int, str, str, int]]:
    """A storm and its kind are an EVENT ("Hurricane Ysolde"), and so is its name written alone
    elsewhere in the article ("after Ysolde"), unless beside other capitalised words ("Maren
    Olsby", a person who shares the name)."""
    out: list[tuple[int, int, str, str, int]] = []
    for m in _STORM.finditer(text):
        if m.start() and PREV_CAP.search(text, max(0, m.start() - 40), m.start()):
            continue  # the kind word inside a longer name
        key = entity_key("EVENT", " ".join(m.group().split()))
        out.append((m.start(), m.end(), "EVENT", key, -2))
        name = m.group("name")
        for n in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text):
            if n.start() == m.start("name") or CAP_NEXT.match(text, n.end()):
                continue
            if n.start() and PREV_CAP.search(text, max(0, n.start() - 40), n.start()):
                continue
            out.append((n.start(), n.end(), "EVENT", key, -2))
    return out


# A stage race named in a Romance language after the land it tours: "Tour de France", "Tour du
# Rwanda", "Tour de la Provence", "Tour des Fjords", "Giro d'Italia", "Vuelta a España", "Volta a
# Portugal" (round s33-c: heldout26's "Tour du Rwanda" twice a GPE "Rwanda"; the English "Tour of
# Flanders" is read by its "of"). Up to three capitalised words, joined by a space or a hyphen.
RACE_WORDS = ("Tour d", "Giro d", "Vuelta a ", "Volta a ")  # one is in every match
_RACE = re.compile(
    rf"(?<![\w'’-])(?:Tour (?:de la |de l['’]|des |du |de |d['’])|Giro d['’]|Vuelta a |Volta a )"
    rf"{CAP}[{LOWER}]+(?:[ -]{CAP}[{LOWER}]+){{0,2}}(?![\w'’-])"
)


def races(text: str) -> list[tuple[int, int, str, str, int]]:
    """Each stage race named after the land it tours (:data:`_RACE`) as an EVENT candidate
    ``(start, end, "EVENT", key, -2)``; none inside a longer capitalised name."""
    out: list[tuple[int, int, str, str, int]] = []
    for m in _RACE.finditer(text):
        lead = PREV_CAP.search(text, max(0, m.start() - 40), m.start()) if m.start() else None
        if lead is not None and lead.group().strip().lower() not in COMMON_WORDS:
            continue  # "Amaury Tour de France": a longer name's words (not "The Tour du Rwanda")
        out.append((m.start(), m.end(), "EVENT", entity_key("EVENT", m.group()), -2))
    return out


# Kind words that close the name of a body as often as of a meeting: "Pacific Islands Forum" is an
# organisation, "the Astana International Forum in May" a meeting (the names set labels so).
BODY_OR_MEETING = frozenset({"Forum"})
# What makes such a name a meeting's: an edition before it ("the 2026 Rail Users Forum", "the 5th",
# "this year's", "the annual"), a date or a meeting's verb after it ("… Forum in May", "… Forum was
# held", "… Forum opened"), or a verb of attending one before it ("attended the …", "during the …").
_EDITION_BEFORE = re.compile(
    r"(?:\b(?:1[89]|20)\d\d|\b\d{1,3}(?:st|nd|rd|th)|\b(?:annual|inaugural|biennial)|['’]s)\s+$"
)
_MEETING_BEFORE = re.compile(
    r"\b(?:attend(?:s|ed|ing)?|host(?:s|ed|ing)?|open(?:s|ed|ing)?|address(?:es|ed|ing)?|during|sidelines of"
    r"|held|organi[sz]e[sd]?|organi[sz]ing)\s+(?:the\s+|this\s+year['’]s\s+)?$",
    re.I,
)
_MEETING_AFTER = re.compile(
    r"\s+(?:(?:was|is|will be|were|to be|being|has been)\s+)?(?:held|opened|opens|closed|closes|begins|began"
    r"|starts|started|ends|ended|took place|takes place|convened|convenes|gets under way|got under way)\b"
    rf"|\s+(?:in|on|this|next|last|from|until)\s+(?:{'|'.join(sorted(WEEKDAYS_MONTHS))}|\d)"
)


def meeting_forums(text: str, chosen: list[Cand], known: Callable[[str], object]) -> list[Cand]:
    """An EVENT of ``chosen`` whose name closes with a word of :data:`BODY_OR_MEETING` and that
    no gazetteer entry types is the ORG of that name (key re-made) unless one of its mentions in
    ``text`` has a meeting's cue (:data:`_EDITION_BEFORE`, :data:`_MEETING_BEFORE`,
    :data:`_MEETING_AFTER`): the tabloid's signature "-- Britt Solheim, Passenger Rights Forum" was
    an EVENT (t13ad N12, round s37-x5). Spans and other candidates are kept; ``known(name)`` is
    the recogniser's gazetteer look-up (None for an unknown name)."""
    names = {
        name
        for s, e, label, _ in chosen
        if label == "EVENT" and (name := " ".join(text[s:e].split())).rsplit(" ", 1)[-1] in BODY_OR_MEETING
    }
    if not names:
        return chosen
    bodies: set[str] = set()
    for name in names:
        if " " not in name or known(name) is not None:
            continue
        meeting = False
        for m in re.finditer(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", text):
            head = text[max(0, m.start() - 40) : m.start()]
            if _EDITION_BEFORE.search(head) or _MEETING_BEFORE.search(head) or _MEETING_AFTER.match(text, m.end()):
                meeting = True
                break
        if not meeting:
            bodies.add(name)
    return [
        (s, e, "ORG", entity_key("ORG", name))
        if label == "EVENT" and (name := " ".join(text[s:e].split())) in bodies
        else (s, e, label, key)
        for s, e, label, key in chosen
    ]


# A US state's short name as the AP Stylebook writes it (without its dots) or as its agencies clip
# it ("Cal Fire", "Cal OES", "Calif."): before "Fire" the state's fire service, not a fire.
STATE_SHORT_NAMES = frozenset(
    """Cal Calif Ala Ariz Ark Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich Minn Miss Mo Mont
    Neb Nev Okla Ore Pa Tenn Tex Vt Va Wash Wis Wyo""".split()
)
# The disaster kind words that are also a public service's ("Cal Fire": a fire service).
_SERVICE_KINDS = frozenset({"Fire"})


def state_services(text: str, chosen: list[Cand]) -> list[Cand]:
    """``chosen`` with each EVENT of two words, a state's short name (:data:`STATE_SHORT_NAMES`)
    and a disaster kind word that names a service too (:data:`_SERVICE_KINDS`), typed ORG: "Cal Fire" is California's fire agency, no
    fire (issue #16, round s48-n, t13ap N6: a PERSON credited with a firefighter's words)."""
    out: list[Cand] = []
    for s, e, label, key in chosen:
        words = text[s:e].split()
        if label == "EVENT" and len(words) == 2 and words[1] in _SERVICE_KINDS and words[0] in STATE_SHORT_NAMES:
            label, key = "ORG", entity_key("ORG", " ".join(words))
        out.append((s, e, label, key))
    return out


def disaster_places(mentions: Iterable[Mention]) -> dict[tuple[str, str], tuple[str, str]]:
    """{(text, key): (label, key)} of the PERSON mentions (of any article of ``mentions``) keyed
    with the name a named disaster is called after, its kind word taken off ("Harlow Ridge" of
    the EVENT "Harlow Ridge Fire"): a fire agency names a fire after the place it started
    (CAL FIRE's and NIFC's incident names), so the name alone is that place, keyed as the corpus
    types that place most (GPE or LOC), else a LOC (t13ap N13: "Harlow Ridge" a person in three
    articles, the fire's ridge in another). Linear in the mentions."""
    heads: set[str] = set()
    places: dict[str, dict[str, int]] = {}
    persons: list[Mention] = []
    for m in mentions:
        label, _, name = m.key.partition(":")
        if label == "EVENT":
            words = name.split()
            if len(words) >= 2 and words[-1] in DISASTER_KINDS:
                heads.add(" ".join(words[:-1]))
        elif label in ("GPE", "LOC"):
            counts = places.setdefault(name, {})
            counts[m.key] = counts.get(m.key, 0) + 1
        elif label == "PERSON":
            persons.append(m)
    out: dict[tuple[str, str], tuple[str, str]] = {}
    for m in persons:
        name = m.key.partition(":")[2]
        if name not in heads:
            continue
        typed = places.get(name)
        key = max(sorted(typed), key=typed.__getitem__) if typed else entity_key("LOC", name)
        out[(m.text, m.key)] = (key.partition(":")[0], key)
    return out
