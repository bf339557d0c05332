"""A cap on what a guarantee, an insurance or a compensation scheme pays each saver or each account
(:func:`cover_limit`, issue #16, t13al N1).

"Deposits of up to 100,000 euros per saver are guaranteed", "The scheme covers up to €100,000 per
person per bank" and "Deposits up to €100,000 are covered by the guarantee scheme" are one measure,
the limit covered, whatever the holder is called (saver, depositor, person); it is never a value of
a bank's total deposits ("holds total deposits of €18.4 billion"): the two shared one row
"amount (EUR)" that disagreed (€18.4bn → up to €100,000 → €18.2bn), while the limit itself was
spread over rows "per person", "per depositor" and "per saver" that never agreed. A limit for
another kind of account ("Joint accounts are covered up to €200,000") is a measure of its own."""

from __future__ import annotations

import re
from collections.abc import Sequence

from waic_reader.index.analysis.facts.model import FactValue
from waic_reader.index.analysis.facts.words import bare_word, rate_after
from waic_reader.index.analysis.figures import Figure
from waic_reader.index.analysis.lexicon import STOP_WORDS

LIMIT = "limit"
LIMIT_LABEL = "limit covered"
# The verbs and participles of a scheme that guarantees what is lost: a ceiling per holder or on
# deposits after them is the most it covers
_COVER_WORDS = frozenset(
    """cover covers covered covering guarantee guarantees guaranteed guaranteeing insure insures insured
    insuring protect protects protected protecting""".split()
)
# Verbs of paying back: an amount after them is a payment ("compensate customers £250 per customer"),
# a limit only when written as a ceiling ("compensated up to £85,000"; review s45-rv finding 6)
_PAYING_WORDS = frozenset("compensate compensates compensated reimburse reimburses reimbursed".split())
# Words that open another clause or verb between the covering word and the amount: the amount is
# then that verb's ("Savers are protected by the scheme, but can withdraw only £500 per customer a
# day": a withdrawal cap, review s45-rv finding 6)
_BREAKS = frozenset(
    """but and or while whereas although though yet so can could may might must shall should will would
    cannot""".split()
)
# Qualifiers (figures.UPPER_BOUNDS) that make an amount a ceiling ("up to €100,000")
CAPS = frozenset({"up to", "at most", "as much as"})  # (WRITTEN_CAP among them)
# Nouns of a ceiling right before "of" or "at" ("a limit of €100,000", "capped at £85,000")
_CAP_WORDS = frozenset("limit limits ceiling cap capped maximum threshold".split())
# What a scheme covers: a cap with no holder covers these ("Insured deposits of up to …")
_COVERED_NOUNS = frozenset("deposits deposit savings accounts account balances balance".split())
# Whom a limit is per: any holder is one ("per saver", "per depositor", "per person" are one limit)
_HOLDERS = frozenset(
    """person people depositor depositors saver savers customer customers client clients individual
    individuals holder holders investor investors head member members policyholder policyholders""".split()
)
# "protected for up to C$100,000 each": "each" alone after the amount, its holder the clause's
# subject (t13al-r N1/a: a row "amount (CAD)" beside "insured up to C$100,000 per depositor")
_EACH_ALONE = re.compile(r"\s*,?\s+each\b(?!\s+[a-z])|\s*,?\s+each(?=\s+(?:under|by|from|in|with|if)\b)", re.I)
_PER_HOLDER = re.compile(r"\s*,?\s+(?:per|for\s+each|for\s+every|each)\s+(?:account\s*-?\s*)?(?P<who>[a-z]+)\b", re.I)
# The covered nouns a kind of account is said of ("joint accounts"); a singular one modifies the
# next noun ("the Dutch deposit guarantee scheme"), no kind
_KIND_HEADS = frozenset("deposits savings accounts balances".split())
# Words before a covered noun that name no kind of account ("all deposits", "insured deposits")
_NO_KIND = (
    STOP_WORDS
    | _COVER_WORDS
    | _PAYING_WORDS
    | _HOLDERS
    | frozenset("all eligible bank bank's customers' savers' total".split())
)


def per_holder(text: str, end: int) -> bool:
    """Whether the amount ending at ``end`` is said per holder of an account ("per saver", "for
    each depositor", "per account holder": :data:`_HOLDERS`), or "each" alone (:data:`_EACH_ALONE`)."""
    m = _PER_HOLDER.match(text, end)
    return (m is not None and m.group("who").lower() in _HOLDERS) or _EACH_ALONE.match(text, end) is not None


def cover_limit(text: str, fig: Figure, before: Sequence[str], after: Sequence[str]) -> tuple[str, str] | None:
    """(measure key, label) of an amount of money that is the most a scheme covers, else None.

    ``before``/``after``: the lower-case words of its clause before and after it. It is a limit
    when its clause holds a word of covering (:data:`_COVER_WORDS`) and the amount is either per
    holder ("€100,000 per saver") or a ceiling ("up to", "a limit of", "capped at") on a covered
    noun (deposits, savings, accounts). The key is ``"limit"``, or ``"limit|KIND"`` for a kind of
    account the clause names ("joint accounts": ``"limit|joint"``)."""
    before, after = [bare_word(w) for w in before], [bare_word(w) for w in after]
    words = [*before, *after]
    capped = fig.qualifier in CAPS or (len(before) > 1 and before[-1] in ("of", "at") and before[-2] in _CAP_WORDS)
    if not _governed(before, after, _COVER_WORDS | (_PAYING_WORDS if capped else frozenset())):
        return None
    holder = _PER_HOLDER.match(text, fig.end)
    named = holder is not None and holder.group("who").lower() in _HOLDERS
    if rate_after(text, holder.end() if holder is not None and named else fig.end, len(text)):
        return None  # "£500 per customer a day": a rate over a period (a withdrawal cap), no cover
    # (a cap on what its holders are covered for counts as one on what they hold: "Each member is
    # covered for up to C$100,000")
    if not per_holder(text, fig.end) and not (capped and (_COVERED_NOUNS | _HOLDERS) & set(words)):
        return None
    at = next(
        (
            k
            for k in range(1, len(words))
            if words[k] in _KIND_HEADS
            and words[k - 1].isalpha()
            and words[k - 1] not in _NO_KIND
            and words[k - 1] not in _COVERED_NOUNS
            and _written_as_kind(text, fig, words[k - 1], words[k])
        ),
        None,
    )
    if at is not None:
        return f"{LIMIT}|{words[at - 1]}", f"{LIMIT_LABEL} ({words[at - 1]} {words[at]})"
    return LIMIT, LIMIT_LABEL


def _governed(before: Sequence[str], after: Sequence[str], verbs: frozenset[str]) -> bool:
    """Whether a word of ``verbs`` governs the amount between the clause words ``before`` and
    ``after`` (bare, lower case): the nearest before it or after it, with no word of :data:`_BREAKS`
    (another clause or verb) between it and the amount."""
    for w in reversed(before):
        if w in verbs:
            return True
        if w in _BREAKS:
            break
    for w in after:
        if w in verbs:
            return True
        if w in _BREAKS:
            return False
    return False


def _written_as_kind(text: str, fig: Figure, word: str, head: str) -> bool:
    """Whether ``word`` before the covered noun ``head`` near ``fig`` is written as a common word,
    a kind of account ("joint accounts", "Joint accounts" opening a sentence), never a name or a
    place's adjective ("UK deposits", "all Irish deposits": review s45-rv finding 7)."""
    lo = max(0, fig.start - 200)
    for m in re.finditer(rf"\b({re.escape(word)})\s+{re.escape(head)}\b", text[lo : fig.end + 200], re.I):
        written, lead = m.group(1), text[lo : lo + m.start()].rstrip(" \t\"“‘'")
        if written.islower() or (written[1:].islower() and (not lead or lead[-1] in ".!?\n")):
            return True  # a common word, capitalised only where it opens its sentence
    return False


# A ceiling written around an amount rather than as its qualifier (round s46-f, N4): "a maximum fine
# of £10 million", "the maximum penalty is £10m", "capped at £10m", "a cap of £10m", "limited to
# £10m", "a £10m maximum fine". Such an amount is the most one may be, as "fines of up to £10m" is;
# read as :data:`WRITTEN_CAP` it is a ceiling (:func:`within_ceiling`), never an amount beside
# another outlet's "fined £2 million". The nouns are :data:`_CAP_WORDS`' (a threshold is no cap).
WRITTEN_CAP = "at most"
_CAPPED_BEFORE = re.compile(
    r"(?:\b(?:maximum|max|ceiling|cap|limit)\b(?:[ \t]+[a-z][\w’'-]*){0,2}?[ \t]+(?:of|at|is|was|will[ \t]+be)"
    r"|\b(?:capped|limited)[ \t]+(?:at|to))[ \t]+$",
    re.I,
)
_CAPPED_AFTER = re.compile(r"[ \t]+(?:maximum|max)\b", re.I)
_CAPPED_REACH = 48  # how far before the amount its cap's words may stand


def written_ceiling(text: str, fig: Figure, sent_start: int) -> bool:
    """Whether the amount of money ``fig`` (in ``text``, its sentence opening at ``sent_start``) is
    a ceiling its words around it say (:data:`_CAPPED_BEFORE`, :data:`_CAPPED_AFTER`), with no
    qualifier of its own ("a maximum fine of £10 million"; "up to £10m" is its qualifier's)."""
    if fig.kind != "money" or fig.qualifier:
        return False
    return bool(
        _CAPPED_BEFORE.search(text, max(sent_start, fig.start - _CAPPED_REACH), fig.start)
        or _CAPPED_AFTER.match(text, fig.end)
    )


def within_ceiling(values: Sequence[FactValue]) -> tuple[list[FactValue], list[FactValue]]:
    """A row's ceilings (:data:`CAPS`: "a fine of up to €40 million") and the amounts of its other
    values that lie under them ("would seek a fine of €14 million"), in one unit: a ceiling is the
    most an amount may be, so another amount within it neither agrees nor conflicts (t13am N4:
    ``fine agree up to €40 million · €14 million``). ([], []) when the row holds no ceiling or no
    amount under it; a value as high as the ceiling is none ("up to €40m" and "€40m" agree)."""
    caps = [v for v in values if v.qualifier in CAPS and v.high is None and isinstance(v.value, float)]
    if not caps or len({v.unit for v in values}) != 1:
        return [], []
    top = min(float(v.value) for v in caps)
    under = [
        v
        for v in values
        if v.qualifier not in CAPS and isinstance(v.value, float) and (v.high if v.high is not None else v.value) < top
    ]
    return (caps, under) if under else ([], [])
