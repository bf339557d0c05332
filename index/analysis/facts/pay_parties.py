"""Whose a pay offer or a pay demand is (measures "pay offered" / "pay demanded",
:func:`~.money_roles.percent_offer_or_demand`): the group of workers offered or demanding, or the
union named with it. Two groups' offers are two facts: the teachers' 3.5% offer and the nurses' 4%
offer were one "pay rise offered" row in disagreement (review s43-rv finding 1, round s43-z2)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from waic_reader.index.analysis.facts.model import FactValue
from waic_reader.index.analysis.facts.people_counts import job_plural
from waic_reader.index.analysis.facts.roles import strikers_trade
from waic_reader.index.analysis.facts.words import WORD
from waic_reader.index.analysis.figures import Figure
from waic_reader.index.analysis.lexicon import STOP_WORDS

PAY_MEASURES = frozenset({"pay offered", "pay demanded"})
# A union named by its letters ("the NNU", "NEU members"): the party it speaks for.
_UNION_LETTERS = re.compile(r"[A-Z]{2,6}")
# The words after an offer's noun phrase that name whom it is made to: "a 4% offer to nurses",
# "3.5% for teachers"; so many words at most from the figure to the group.
_TO_WHOM = frozenset("to for".split())
_AFTER_WORDS = 6
# Verbs whose object is whom words are said to, never a party of what is said: "Dana Okafor told
# reporters the 4.5 per cent offer was an insult" is no offer to reporters (review s44-rv finding 1:
# the offer was the row "pay rise offered (told reporters)", apart from the drivers' offer).
_TELLING = frozenset("told tell tells telling briefed brief briefs briefing asked informed assured reminded".split())


def pay_party(text: str, fig: Figure, sent: tuple[int, int]) -> str:
    """The group a pay offer or demand ``fig`` (a percentage in ``text``, its sentence the span
    ``sent``, character offsets) belongs to, as a lower-case trade ("teachers", "junior doctors":
    :func:`~.roles.strikers_trade`, which keys strikers the same way) or a union's letters as
    written ("NNU"); "" when the sentence names none. The group made the offer's recipient after
    it ("a 4% offer to nurses") comes first; else the nearest group before it in its sentence, the
    subject or object of its clause ("Teachers were offered 3.5%", "Nurses rejected a 4% offer",
    "The teachers' union is demanding 8%", "Teachers want 8% and nurses want 7%": 7% the nurses')."""
    after = list(WORD.finditer(text, fig.end, sent[1]))[:_AFTER_WORDS]
    for k, m in enumerate(after[:-1]):
        if m.group().lower() in _TO_WHOM:
            found = _group(after, k + 1)
            if found:
                return found
            break
    before = list(WORD.finditer(text, sent[0], fig.start))
    for k in range(len(before) - 1, -1, -1):
        if before[k].group().lower() in _TELLING and (k + 1 == len(before) or before[k + 1].group().lower() != "for"):
            break  # the offer is what is told; before the verb is who tells it ("A spokesman told …")
        # ("Nurses asked for 7%": a demand asked for, its askers its party)
        found = _group(before, k, skip=False)
        if found and not _listener(before, k):
            return _with_union(found, text, sent)
    return ""


def _listener(words: Sequence[re.Match[str]], k: int) -> bool:
    """Whether the group at ``words[k]`` is whom a verb of telling speaks to ("told reporters",
    "briefed the journalists", "told the bus drivers"): one modifier and determiners between."""
    low = [m.group().lower() for m in words[max(0, k - 4) : k]]
    if low and low[-1] not in _TELLING and low[-1] not in STOP_WORDS:
        low.pop()  # the trade's modifier ("bus")
    while low and low[-1] in STOP_WORDS and low[-1] not in _TELLING:
        low.pop()  # "the", "some"
    return bool(low) and low[-1] in _TELLING


def _with_union(group: str, text: str, sent: tuple[int, int]) -> str:
    """``group`` and the one union its sentence names, when it names one union and one group
    ("The teachers' pay offer of 3.5% …, the NEU said" → "teachers NEU"): the offer is then one
    party's however an outlet names it, and joins the row of either name (grouping keys owners by
    a shared word); ``group`` alone otherwise."""
    if _UNION_LETTERS.fullmatch(group):
        return group
    words = list(WORD.finditer(text, *sent))
    unions = {m.group() for m in words if _UNION_LETTERS.fullmatch(m.group())}
    groups = {_group(words, k, skip=False) for k in range(len(words))} - {""} - unions
    return f"{group} {unions.pop()}" if len(unions) == 1 and groups == {group} else group


def _group(words: Sequence[re.Match[str]], k: int, skip: bool = True) -> str:
    """The group ``words[k]`` names (a determiner at ``k`` passed over when ``skip``): a plural
    job noun ("nurses", "teachers'") keyed by its trade, or a union's letters; "" for any other."""
    if skip and k < len(words) - 1 and words[k].group().lower() in STOP_WORDS:
        k += 1
    word = words[k].group()
    if _UNION_LETTERS.fullmatch(word):
        return word
    noun = word.lower().rstrip("'’")
    if not job_plural(noun):
        return ""
    before = words[k - 1].group().lower() if k else ""
    # the word before names the trade ("junior doctors", "bus drivers"), a function word never
    modifiers = [before] if before and before not in STOP_WORDS and not job_plural(before) else []
    return strikers_trade(noun, modifiers)


def _parts(owner: str) -> tuple[str, str]:
    """(the group, the union's letters) an owner of :func:`pay_party` names, each "" when none:
    "teachers NEU" → ("teachers", "NEU"), "TWU" → ("", "TWU"), "bus drivers" → ("bus drivers", "")."""
    words = owner.split()
    unions = [w for w in words if _UNION_LETTERS.fullmatch(w)]
    return " ".join(w for w in words if not _UNION_LETTERS.fullmatch(w)), unions[0] if unions else ""


def story_pay_parties(figures: Sequence[FactValue]) -> list[FactValue]:
    """``figures`` (a corpus's values, in order) with each pay offer's or demand's party read over
    the whole story, not its sentence alone (review s44-rv findings 2 and 7): a bare noun is the
    story's one trade of it ("drivers" in a story of bus drivers' pay: "bus drivers"), and a union
    is the group some sentence names it with ("The teachers' offer of 3.5% …, the NEU said"), else,
    when the story's pay figures name one group and one union, that group ("The TWU rejected a 4.2%
    offer" and "Bus drivers have been offered 4.5%" disagree). A union no group is known for keeps
    its letters (a second union may speak for another group). A new list; a value given another party is a copy."""
    pay = [v for v in figures if v.measure in PAY_MEASURES and v.owner]
    groups = {g for v in pay if (g := _parts(v.owner)[0])}
    # a bare noun is the story's one trade of that noun (as strikers_by_trade reads strikers)
    of_noun: dict[str, set[str]] = {}
    for g in groups:
        if " " in g:
            of_noun.setdefault(g.rsplit(" ", 1)[1], set()).add(g)
    whole = {g: next(iter(of_noun[g])) if len(of_noun.get(g, ())) == 1 else g for g in groups}
    named = set(whole.values())
    unions = {u for v in pay if (u := _parts(v.owner)[1])}
    spoken: dict[str, set[str]] = {}
    for v in pay:
        group, union = _parts(v.owner)
        if group and union:
            spoken.setdefault(union, set()).add(whole[group])
    out = list(figures)
    for i, v in enumerate(out):
        if v.measure not in PAY_MEASURES or not v.owner:
            continue
        group, union = _parts(v.owner)
        if group:
            party = whole[group]
        elif len(spoken.get(union, ())) == 1:
            party = next(iter(spoken[union]))
        elif len(named) == 1 and len(unions) == 1:
            party = next(iter(named))  # the story's one group and one union: one party
        else:
            party = union
        if party != v.owner:
            out[i] = replace(v, owner=party)
    return out
