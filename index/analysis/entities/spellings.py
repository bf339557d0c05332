"""The name an entity is shown by: the spelling of it the corpus writes most (never one in
capitals over one in mixed case), and the form all spellings of one name share."""

from __future__ import annotations

import re

from waic_reader.index.analysis.entities.lexicons import legal_form
from waic_reader.index.analysis.entities.mentions import Entity
from waic_reader.index.corpus.tokens import fold


def written_name(ent: Entity) -> str:
    """The name ``ent`` is shown by: the spelling its mentions of the whole name outside
    boilerplate use most (:func:`most_written`: the first seen on a tie, never one in capitals
    over one in mixed case), so an entity is never named in a folded form no article writes
    ("Recep Tayyip Erdogan" for "Recep Tayyip Erdoğan"); its mentions in boilerplate only when
    none is outside it; its key's name when no mention writes the whole name (a gazetteer name
    met only by an alias). Counted as ``kept_mentions.spellings`` counts the corpus's spellings
    (what names an entity in ``entities DOC`` and the entity panel: one rule)."""
    want = spelling_form(ent.name)
    counts: dict[str, int] = {}
    boilerplate: dict[str, int] = {}
    for _doc, m in ent.mentions:
        text = " ".join(m.text.split())
        if spelling_form(text) == want:
            into = boilerplate if m.noise else counts
            into[text] = into.get(text, 0) + 1
    return most_written(ent.name, counts or boilerplate)


# A dot after a letter (an abbreviation's: "S.A.", "Co.", "U.S."; not a decimal point) and a
# comma before a space ("Veltrix Systems, Inc."): marks one whole name is written with or without.
_NAME_DOT = re.compile(r"(?<=[^\W\d_])\.")
_NAME_COMMA = re.compile(r",(?=\s|$)")


def spelling_form(text: str) -> str:
    """The form every spelling of one whole name shares, by which the corpus's spellings of an
    entity's name are counted together (:func:`written_name`, ``kept_mentions.spellings``): the
    text folded (:func:`~waic_reader.index.corpus.tokens.fold`: case, accents, apostrophes),
    without the dots of abbreviations and the commas before a legal form, one space between
    words. "Hidroandina Energía S.A.", "Hidroandina Energia S.A." and "Hidroandina Energia SA"
    are one name written three ways (t13p F12: the firm was shown by the one spelling that was
    its key's, written once, over the one written three times); "1.5" and "15", "4,500" and
    "4500" stay apart."""
    return " ".join(_NAME_COMMA.sub(" ", _NAME_DOT.sub("", fold(text))).split())


def _accented(text: str) -> int:
    """How a spelling ranks among equally written ones: by its letters with accents (outside
    ASCII: "Áncash" over "Ancash", "Energía" over "Energia"), so a folded spelling never wins a
    tie."""
    return sum(1 for c in text if c.isalpha() and not c.isascii())


def most_written(name: str, counts: dict[str, int]) -> str:
    """Of the spellings of ``name`` and how often each is written (``counts``: text → count, in
    the order first seen), the one to show (:func:`written_name`'s rule): the most written; on a
    tie the one with accents (:func:`_accented`: a folded spelling never wins a tie, t13p F12:
    "Ancash" named the region written "Áncash" as often), then ``name`` itself, then the first
    seen; ``name`` itself when nothing is written.
    A spelling in capitals never wins over one in mixed case, however often it is written: a
    headline, a dateline or a shouted line writes "ORVANE MINERALS AS" for "Orvane Minerals AS"
    (t13g F8). A name only ever written in capitals is ``name`` where that is not in capitals: the
    recogniser keyed it title-cased (:func:`lexicons.title_cased`: a dateline's "KVALSUND" is
    "Kvalsund", as the per-article list names it; t13i F5); one keyed in capitals ("NATO") keeps
    them."""
    mixed = {t: n for t, n in counts.items() if not shouted_spelling(t)}
    if counts and not mixed and name and not shouted_spelling(name):
        return name
    if mixed and len(mixed) < len(counts):
        counts = mixed
        if shouted_spelling(name) and name not in counts:
            name = next(iter(counts))  # (the key's own spelling is a shouted one: not shown)
    if not counts:
        return name
    top = max(counts.values())
    best = [t for t, n in counts.items() if n == top]
    most = max(_accented(t) for t in best)
    best = [t for t in best if _accented(t) == most]
    return name if name in best else best[0]  # then the first of them seen (dict order)


def shouted_spelling(text: str) -> bool:
    """Whether ``text`` is written in capitals: two letters or more, none in lower case; or a word
    of it, three letters or more, in capitals beside a word in mixed case ("Trine HOLMEN" of
    "Trine Holmen", as some outlets write a surname: t13i F10; "NHS England" too, which only
    matters where the corpus writes that name another way), a legal form aside ("Bravik Energy
    ASA")."""
    if text.isupper():
        return sum(c.isalpha() for c in text) >= 2
    return any(len(w) >= 3 and w.isalpha() and w.isupper() and not legal_form(w) for w in text.split())
