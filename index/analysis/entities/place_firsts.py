"""Ports and islands named by their kind first ("Puerto Calder", "Isla Merced", "Isle of Wight",
"Ilha Grande"): places, never people (t13t F2). "Isla" and "Isle" are given names too ("Isla
Fisher said"), so a name they open is a place only where a place's preposition stands before it
("the ferry to Isla Merced", "between Puerto Calder and Isla Merced", "residents of Puerto
Esquivel and Isla Sombra") and no
person's cue (a speech verb, ", who") is near."""

from __future__ import annotations

import re

from waic_reader.index.analysis.entities.surnames import person_cued

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
