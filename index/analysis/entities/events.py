"""Storms named after their kind ("Hurricane Ysolde", "Typhoon X"): an EVENT, its name alone
later too; stage races named in French, Italian, Spanish, Catalan or Portuguese after the land
they tour ("Tour du Rwanda", "Giro d'Italia"): an EVENT.
"""

from __future__ import annotations

import re

from waic_reader.index.analysis.entities.lexicons import COMMON_WORDS
from waic_reader.index.analysis.entities.mentions import entity_key
from waic_reader.index.analysis.entities.words import CAP_NEXT, PREV_CAP
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
