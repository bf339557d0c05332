"""The courtesy titles of Spanish, Portuguese, Italian and French before a person's name
("Señora Ibáñez", "Signora Lucia Bernardi", "Don Aurelio Mancuso"; round s46-b) are read as titles
only where a person follows: a given name the lists know, two name words, or a word the text uses
as a person's (a speech verb after it, ", who"). "Madame Tussauds" and "Madame Figaro" are
names of their own, not the person "Tussauds"; "Don" and "Dona" are a title only before a
Spanish, Portuguese or Italian given name ("Dona Maria Sousa"), a given name of their own before
an English one ("Dona Lee Smith", "Don Ray Williams") (review s46-rv finding 6).
"""

from __future__ import annotations

import re

from waic_reader.index.analysis.entities.given_names import given_names, romance_given_names
from waic_reader.index.analysis.entities.lexicons import ROMANCE_COURTESY_WORDS
from waic_reader.index.analysis.entities.mentions import entity_key
from waic_reader.index.analysis.entities.surnames import cued_anywhere, person_after
from waic_reader.index.analysis.entities.words import Cand

_ROMANCE = frozenset(ROMANCE_COURTESY_WORDS.split())
# Given names of their own before an English given name, titles before a Romance one.
_DON = frozenset({"Don", "Dona"})
# The title word straight before a span, written short with its dot or not ("Sra. ", "Madame ").
_TITLE_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w]*)\.? $")


def romance_titles(text: str, chosen: list[Cand]) -> list[Cand]:
    """The PERSON spans of ``chosen`` (``(start, end, label, key)``, character offsets into
    ``text``) after a Romance courtesy title (lexicons.ROMANCE_COURTESY_WORDS) that is no title
    there are undone: a single word after "Madame", "Señora", … that is no given name of the lists
    and that the text never uses as a person's (surnames.person_after, surnames.cued_anywhere) is
    no person ("Madame Tussauds in London": dropped); a name after "Don" or "Dona" whose first word
    is no Spanish, Portuguese or Italian given name (given_names.romance_given_names) takes the
    word back ("Dona Lee Smith"). Other spans are returned as they are."""
    out: list[Cand] = []
    for s, e, label, key in chosen:
        m = _TITLE_BEFORE.search(text, max(0, s - 16), s) if label == "PERSON" else None
        head = m.group(1) if m else ""
        words = text[s:e].split()
        if m and head in _ROMANCE and len(words) == 1 and words[0] not in given_names():
            if not (person_after(text, e) or cued_anywhere(text, words[0])):
                continue  # "Madame Tussauds": a name of its own, no person
        elif m and head in _DON and words and words[0] not in romance_given_names():
            s = m.start(1)
            key = entity_key("PERSON", text[s:e])
        out.append((s, e, label, key))
    return out
