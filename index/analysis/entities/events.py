"""Storms named after their kind ("Hurricane Ysolde", "Typhoon X"): an EVENT, its name alone
later too.
"""

from __future__ import annotations

import re

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
