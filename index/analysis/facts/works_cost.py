"""The cost of works that mend a structure (:func:`works_cost`): "A £48 million refurbishment",
"a 52 million pound ($66 million) refurbishment", "Repairs had been budgeted at £48m", "the
repairs would cost £60 million", "The bridge cost £48m to fix", a table's "Refurbishment budget |
£48 million": one measure, :data:`WORKS`, whatever the works' noun or the cost's word, so the
outlets' values are compared (t13ax N1, round s52-f2: one refurbishment's cost was five rows,
one of them *agree* beside £50m, £52m and £60m as single-source rows)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from waic_reader.index.analysis.facts.words import singular_of

# The measure key of the cost of mending works, and the label's noun when none is said.
WORKS = "cost|works"
# Nouns of works that mend or renew an existing structure, one kind of job: the repair, maintenance
# and improvement work of the UK Office for National Statistics' construction output series ("repair
# and maintenance": repairs, refurbishment, renovation, restoration, overhaul, refit, retrofit).
# New building ("construction", "expansion", "extension") is another job, never one of these.
MENDING = frozenset(
    "repair repairs refurbishment refurbishments renovation renovations restoration restorations "
    "overhaul overhauls refit refits retrofit retrofits".split()
)
# Verbs of the same works, after a sum of what a thing cost ("cost £48m to fix", "to repair").
_MENDING_VERBS = "fix|mend|repair|refurbish|renovate|restore|overhaul|refit|retrofit"
_TO_MEND_AFTER = re.compile(rf"\s+to\s+(?:{_MENDING_VERBS})\b", re.I)
# Words that put a sum on a thing without the word "cost" ("Repairs had been budgeted at £48m",
# "priced at", "estimated at", "put at", "valued at").
_COSTING = frozenset("budgeted priced estimated put valued costed".split())
# A parenthesised conversion and a currency word after the sum ("($66 million)", "pounds")
_SKIP_AFTER = frozenset("pound pounds dollar dollars euro euros planned proposed".split())
_MENDING_NOUN = re.compile(rf"\b(?:{'|'.join(sorted(MENDING))})\b", re.I)


def _noun_after(after: Sequence[str]) -> str:
    """The noun right after a sum, past a currency word ("52 million pound refurbishment"), "" if
    that noun is no mending works."""
    k = 0
    while k < len(after) and (after[k] in _SKIP_AFTER or not after[k].isalpha()):
        k += 1
    return after[k] if k < len(after) and after[k] in MENDING else ""


def works_cost(
    text: str,
    end: int,
    sent: tuple[int, int],
    before: Sequence[str],
    after: Sequence[str],
    role: str | None,
    thing: str,
    purpose: str,
) -> str:
    """The mending works (:data:`MENDING`, singular: "refurbishment", "repair") a sum ending at
    ``end`` is the cost of, "" when none: the noun right after it ("a £48 million refurbishment");
    a cost (``role`` "cost") of such a thing (``thing``: "Repairs will cost") or of nothing named in
    a sentence naming such works before the sum ("a refurbishment pencilled in for May, at a cost
    of £50 million"); a sum a costing word puts on such works ("Repairs had been budgeted at
    £48m"); a sum a thing cost "to fix" it; a budget whose purpose is such works (``purpose``, read
    by money_purpose: "Refurbishment budget"). ``before``/``after``: the lower-case words of the
    sum's clause; ``sent``: its sentence's span in ``text``."""
    if noun := _noun_after(after):
        return singular_of(noun)
    if purpose in MENDING:
        return singular_of(purpose)
    if role == "cost":
        if thing in MENDING or f"{thing}s" in MENDING:
            return thing
        if _TO_MEND_AFTER.match(text, end, sent[1]):
            return "repair"
        if not thing and (m := list(_MENDING_NOUN.finditer(text, sent[0], end))):
            return singular_of(m[-1].group(0).lower())
        return ""
    if _COSTING & set(before) and (named := [w for w in before if w in MENDING]):
        return singular_of(named[-1])
    return ""


# A sum a participle of costing puts on the works right before it ("A refit costing £49 million was
# approved", "an overhaul costing an estimated £50m"): the works' cost whatever the clause's verb
# does with it (issue #16, round s53-f: "approved" read it as money pledged, a row apart from the
# refurbishment's cost). The qualifiers a sum's words may open with are passed over.
_COSTING_PARTICIPLES = frozenset("costing priced valued budgeted".split())
_SUM_OPENERS = frozenset("a an about around some roughly nearly almost estimated over more than up to at least".split())
_WORKS_WORDS = 3  # "a refit costing", "the hall's planned refit costing": words back to the works' noun


def costing_works(before: Sequence[str]) -> str:
    """The mending works (singular) whose cost a sum is when the words right before it
    (``before``, lower case, its clause's) are such works' noun and a participle of costing ("a
    refit costing about £49m": "refit"); "" otherwise."""
    k = len(before) - 1
    while k >= 0 and before[k] in _SUM_OPENERS:
        k -= 1
    if k < 1 or before[k] not in _COSTING_PARTICIPLES:
        return ""
    named = [w for w in before[max(0, k - _WORKS_WORDS) : k] if w in MENDING]
    return singular_of(named[-1]) if named else ""
