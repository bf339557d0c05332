"""A word shouted for emphasis in a mixed-case sentence ("SEVEN men are DEAD and", "as a DEADLY
tidal wave roared"): emphasis, not a name or an organisation's initials."""

from __future__ import annotations

from collections.abc import Sequence

_COPULAS = frozenset("is are was were be been being".split())


def shouted_predicate(toks: Sequence[tuple[int, int, str]], i: int, j: int) -> bool:
    """Whether the capitals toks[i:j] are a word shouted for emphasis after a lower-case "is",
    "are", "was" and before a lower-case word ("SEVEN men are DEAD and others are feared lost",
    "Two miners are SAFE after the rescue": t13o F8, was ORG "DEAD"): what a sentence says its
    subject is, no organisation's initials ("The buyer was BHP, analysts said" stays ORG)."""
    if not i or toks[i - 1][2] not in _COPULAS:
        return False
    return j < len(toks) and toks[j][2].isalpha() and toks[j][2].islower()


# The endings of an English adjective, participle or adverb, which no organisation's initials have
# ("DEADLY", "TERRIFIED", "SHOCKING", "WICKED", "FURIOUS", "MASSIVE", "FEARLESS").
# (Not "IC": initials end so, "KIPIC said".)
_SHOUTED_ENDINGS = ("LY", "ED", "ING", "FUL", "OUS", "IVE", "ABLE", "IBLE", "LESS")


def shouted_modifier(toks: Sequence[tuple[int, int, str]], i: int, j: int) -> bool:
    """Whether the one word in capitals toks[i:j] is an adjective, participle or adverb shouted
    for emphasis in a mixed-case sentence: five letters or more ending as one does
    (:data:`_SHOUTED_ENDINGS`), a lower-case word right before or after it ("as a DEADLY tidal
    wave roared", "A TERRIFIED mum clutched"; t13p F10: ORG "DEADLY"). As
    :func:`shouted_predicate` reads "are DEAD and" (one rule of emphasis; an acronym of five
    letters or more rarely ends so: "NASDAQ", "UNESCO", "OPEC" do not)."""
    if j != i + 1:
        return False
    w = toks[i][2]
    if len(w) < 5 or not w.isalpha() or not w.endswith(_SHOUTED_ENDINGS):
        return False
    before = toks[i - 1][2] if i else ""
    after = toks[j][2] if j < len(toks) else ""
    return (before.isalpha() and before.islower()) or (after.isalpha() and after.islower())
