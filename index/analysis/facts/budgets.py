"""Whose budget an amount is (issue #16, review s43-rv finding 4).

A council's budget and a library service's budget are two measures: "The council's net budget will
rise to £1.2bn" and "Libraries will have their budget cut by £2m to £6m" were one row that
disagreed (£1.2bn vs £6m), and "the libraries budget will be cut to £6m" was £6m cut. A level after
a verb of change whose object or subject is a budget ("budget will rise to", "budget cut … to") is
that budget's new level; its owner is the noun the budget is of ("the libraries budget", "the
council's budget"), else the clause's subject ("Libraries will have their budget", "The council
agreed a £1.2bn budget")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from waic_reader.index.analysis.entities.lexicons import kind_of_word
from waic_reader.index.analysis.facts.model import FactValue
from waic_reader.index.analysis.facts.money_roles import BUDGET_NOUNS as BUDGETS
from waic_reader.index.analysis.facts.words import WORD, singular_of
from waic_reader.index.analysis.lexicon import STOP_WORDS

# Words between a budget's owner and the noun "budget" that name no owner ("net", "annual")
_BUDGET_MODIFIERS = frozenset("net gross annual overall total new revised proposed whole entire core".split())
# Words before "budget" that point back to the clause's subject ("their budget", "its budget")
_POINTING = frozenset("its their his her our this that the a an".split())
# Lower-case words that refer back to the body a story is about ("the authority's £620 million
# budget", "the government's budget"): no owner of their own, the budget of the body named
_REFERRING = frozenset("authority authorities government administration executive".split())
# Where a clause opens inside a sentence: its subject is its own
_CLAUSE_OPENS = re.compile(r"[;:]|,\s*(?:while|whereas|and|but)\s")


_MODIFIERS = 2  # lower-case words before an owner's noun read as its name ("adult social care")


def _modifier(word: str) -> bool:
    """Whether ``word`` before a budget owner's lower-case noun is part of its name ("fire" of "fire
    service"): a lower-case content word, no determiner, pronoun or budget word."""
    low = word.lower()
    return (
        word.isalpha()
        and word.islower()
        and low not in STOP_WORDS
        and low not in _POINTING
        and low not in _BUDGET_MODIFIERS
        and low not in BUDGETS
    )


def budget_owner(text: str, start: int, end: int, sent: tuple[int, int]) -> str:
    """Whose the budget an amount at ``start``:``end`` of the sentence ``sent`` is, lower case,
    else "": the noun "budget" nearest the amount in its clause (right after it, "a £1.2bn budget",
    or before it), then the noun before it that it is of ("the libraries budget" → "libraries",
    "the council's net budget" → "council", "Northshire County Council's budget" → "northshire
    county council"), or, for "its/their/a budget", the clause's subject ("Libraries will have their
    budget" → "libraries"; "Northshire County Council has agreed a £1.2bn budget" → "northshire
    county council"); "" for a word referring back to the story's body ("the authority's budget":
    :data:`_REFERRING`), which joins that body's budget."""
    clause_start = sent[0]
    for cut in _CLAUSE_OPENS.finditer(text, sent[0], start):
        clause_start = cut.end()
    words = [(m.start(), m.group()) for m in WORD.finditer(text, clause_start, sent[1])]
    # the noun "budget" right after the amount ("a £1.2bn budget"), else the nearest before it
    nxt = next((k for k, (a, _w) in enumerate(words) if a >= end), None)
    at = nxt if nxt is not None and words[nxt][1].lower() in BUDGETS else None
    if at is None:
        at = next(
            (k for k in range(len(words) - 1, -1, -1) if words[k][0] < start and words[k][1].lower() in BUDGETS), None
        )
    if at is None:
        return ""
    k = at - 1
    while k >= 0 and (words[k][1].lower() in _BUDGET_MODIFIERS or start <= words[k][0] < end):
        k -= 1  # "net", "annual", the amount's own letters ("a £1.2bn budget")
    if k >= 0 and words[k][1].lower() not in _POINTING and words[k][1].lower() not in STOP_WORDS:
        noun = words[k][1]
        name = [re.sub(r"['’]s?$", "", noun)]
        if name[0] in _REFERRING:
            return ""  # "the authority's budget": the budget of the body named elsewhere
        j = k - 1
        while j >= 0 and noun[:1].isupper() and words[j][1][:1].isupper():
            name.insert(0, words[j][1])  # "Northshire County Council's"
            j -= 1
        while j >= 0 and k - j <= _MODIFIERS and noun.islower() and _modifier(words[j][1]):
            # the whole lower-case noun phrase: "the fire service budget" is the fire service's, never
            # a "service" the library service shares (review s44-rv finding 8)
            name.insert(0, words[j][1])
            j -= 1
        return " ".join(name).lower()
    # "its/their/a budget": the clause's subject, its capitalised words or its first noun
    subject = [w for _a, w in words[:4] if w.lower() != "the"]
    if not subject:
        return ""
    if subject[0][:1].isupper():
        run = []
        for w in subject:
            if not w[:1].isupper():
                break
            run.append(re.sub(r"['’]s$", "", w))
        return " ".join(run).lower()
    return "" if subject[0].lower() in STOP_WORDS else subject[0].lower()


def story_budget_owners(figures: Sequence[FactValue]) -> list[FactValue]:
    """``figures`` (a corpus's values, in order) with a budget owner named by one word read as the
    story's one owner it names (review s44-rv finding 8): the head of one owner's name ("the
    council's budget" in a story of Northshire County Council's: "northshire county council") or,
    in the singular, its first word ("Libraries will have a budget" beside "the library service
    budget": "library service"). A word that names two owners ("council" beside Valeshire's and
    Harbourton's councils) or none is left as it is. A new list; a value given another owner is
    a copy."""
    budget = [v for v in figures if v.measure.split("|", 1)[0] == "budget" and v.owner]
    names = {v.owner for v in budget if " " in v.owner}
    out = list(figures)
    for i, v in enumerate(out):
        if v.measure.split("|", 1)[0] != "budget" or not v.owner or " " in v.owner:
            continue
        one = singular_of(v.owner)
        named = {n for n in names if n.rsplit(" ", 1)[1] == v.owner or n.split(" ", 1)[0] == one}
        if len(named) == 1:
            out[i] = replace(v, owner=named.pop())
    return out


def body_name(owner: str) -> str:
    """A budget owner's name without the noun of its kind of body when it is in lower case ("fire
    service" → "fire", "valeshire county council" → "valeshire county"): what tells it from another
    body of that kind; ``owner`` itself else ("council", "Northshire County Council", whose kind
    words :func:`~.grouping.owner_words` leaves out by their capitals)."""
    words = owner.split()
    if len(words) > 1 and owner.islower() and kind_of_word(words[-1].capitalize()) is not None:
        return " ".join(words[:-1])
    return owner
