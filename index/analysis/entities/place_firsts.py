"""Ports and islands named by their kind first ("Puerto Calder", "Isla Merced", "Isle of Wight",
"Ilha Grande"): places, never people (t13t F2). "Isla" and "Isle" are given names too ("Isla
Fisher said"), so a name they open is a place only where a place's preposition stands before it
("the ferry to Isla Merced", "between Puerto Calder and Isla Merced", "residents of Puerto
Esquivel and Isla Sombra") and no
person's cue (a speech verb, ", who") is near."""

from __future__ import annotations

import re

from waic_reader.index.analysis.entities.lexicons import SAINT_FIRSTS
from waic_reader.index.analysis.entities.mentions import entity_key
from waic_reader.index.analysis.entities.surnames import person_cued
from waic_reader.index.analysis.entities.words import Cand

# The kind words first that are given names as well (lexicons.PREFIX_CUES holds them all).
GIVEN_KIND_FIRSTS = frozenset({"Isla", "Isle"})

# A place's preposition right before the name, or before the name it is listed with ("between A
# and", "residents of A and").
_PREPOSITIONS = r"to|from|on|off|near|in|at|of|around|toward|towards|across|via|reach|reached|island|between"
_PLACE_BEFORE = re.compile(rf"\b(?:{_PREPOSITIONS})(?: [^,.;:\n]{{1,40}} and)?\s+$", re.IGNORECASE)


def kind_first_place(text: str, first: str, s: int, e: int) -> bool:
    """Whether the name ``text[s:e]`` opened by the place kind ``first`` (a key of
    lexicons.PREFIX_CUES) is the place: always, unless ``first`` is also a given name
    (:data:`GIVEN_KIND_FIRSTS`), which needs a place's preposition before it and no person's
    cue around it. "Port of X" is the port itself, no town ("Port of Baku")."""
    if first == "Port" and " of " in text[s:e]:
        return False  # "Port of Fremantle": the port, a FAC the other rules type
    if first not in GIVEN_KIND_FIRSTS:
        return True
    return bool(_PLACE_BEFORE.search(text, max(0, s - 60), s)) and not person_cued(text, s, e)


# A site's or a landform's word ending a name after a given name ("Alexandra Park", "James Bay",
# "the Steve Biko Centre"): the place, where a place's preposition or "the" stands right before it
# (heldout25, round s32-b: PERSONs "James Bay" and "Steve Biko Centre"); "analyst Lena Park", "Lena
# Park said", "at Lena Park's home" stay a person.
_SITE_BEFORE = re.compile(
    r"(?<![\w'’-])(?:[Tt]he|at|in|near|outside|inside|beside|behind|opposite|around|into|across|"
    r"(?:north|south|east|west)(?:-?(?:east|west))? of) $"
)
_POSSESSIVE = re.compile(r"['’]s?(?![\w])")


def given_kind_last_place(text: str, s: int, e: int) -> bool:
    """Whether the name ``text[s:e]``, a given name first and a place's kind word last, is the
    place: after "the", a place's preposition or a compass point's "of", not possessed and no
    person's cue around it."""
    if not _SITE_BEFORE.search(text, max(0, s - 12), s):
        return False
    return not _POSSESSIVE.match(text, e) and not person_cued(text, s, e)


# Words of travel to or from a place right before a name ("his first visit to", "the exile of the
# Garinagu from", "sailed from"), or a place's own preposition ("in", "near"): a saint's name there
# is the island or the town named after the saint.
_TRAVEL_TO_FROM = re.compile(
    r"(?:\b(?:visit|visits|visited|trip|trips|journey|journeys|flight|flights|ferry|ferries|exile|exiled|voyage|"
    r"return|returned|sailed|sailing|flew|flying|fled|moved|travelled|traveled|emigrated|deported|shipped|"
    r"migrated|migration) (?:\w+ ){0,4}?(?:to|from)|(?<![\w'’-])(?:[Ii]n|near|outside|around)) $"
)


def saint_places(text: str, chosen: list[Cand]) -> list[Cand]:
    """``chosen`` with each PERSON opened by a saint's title (lexicons.SAINT_FIRSTS: "Saint
    Vincent", "St Kitts") typed a GPE where words of travel stand before it ("the exile from Saint
    Vincent to Roatán", "on his first visit to St Vincent", "sailed from Saint Thomas": round
    s34-c, heldout27's PERSONs), not possessed ("in Saint Paul's letters"); a saint prayed to or
    writing stays a person ("prayed to Saint Anthony", "a letter from Saint Jude")."""
    out: list[Cand] = []
    for s, e, label, key in chosen:
        words = text[s:e].split(" ")
        if (
            label == "PERSON"
            and len(words) in (2, 3)
            and words[0] in SAINT_FIRSTS
            and not _POSSESSIVE.match(text, e)
            and _TRAVEL_TO_FROM.search(text, max(0, s - 60), s) is not None
        ):
            out.append((s, e, "GPE", entity_key("GPE", text[s:e])))
            continue
        out.append((s, e, label, key))
    return out
