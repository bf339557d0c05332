"""The corpus grouping of names brought up to date from the articles an index update changed
(``names_state.NamesState.update``) is the grouping worked out again from every article
(``NamesState.worked_out``): after articles are added, edited and removed, whether the change
adds or takes away a typed name, a surname's person, a name typed two ways or a place's kind.
Invented articles; each case checks every count and every part of the view."""

from __future__ import annotations

import re
from typing import Any

import pytest

from waic_reader.index.analysis.entities.mentions import Mention
from waic_reader.index.analysis.kept_mentions import kept_names
from waic_reader.index.search.whoosh.names_state import NamesState, changes


def _kept(text: str, names: dict[str, str]) -> str:
    """The kept value of an article whose every whole-word occurrence of ``names`` (name →
    label, or label:key) is typed, but inside a name typed before it."""
    out: list[Mention] = []
    for name, label in names.items():
        label, _, key = label.partition(":")
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            if not any(o.start < m.end() and m.start() < o.end for o in out):
                out.append(Mention(m.start(), m.end(), name, label, f"{label}:{key or name}"))
    return kept_names(sorted(out, key=lambda m: m.start), text)


A = _kept("Dr Ilse Varenholt, a glaciologist, warned of the melt.", {"Ilse Varenholt": "PERSON"})
B = _kept("Varenholt said the ice shelf had thinned. Quenby Marine agreed.", {})
C = _kept("Quenby Marine Ltd chartered the ship to Tollmark.", {"Quenby Marine Ltd": "ORG", "Tollmark": "GPE"})
D = _kept("Boats left Tollmark at dawn; Varenholt watched.", {"Tollmark": "GPE"})
E = _kept("Gerrit Varenholt, her brother, sailed too.", {"Gerrit Varenholt": "PERSON"})
F = _kept("A storm hit Tollmark.", {"Tollmark": "LOC"})
G = _kept("Tollmark was flooded and Tollmark shut its port.", {"Tollmark": "LOC"})
H = _kept(
    "Marta Brennick spoke first. Later Brennick said no.",
    {"Marta Brennick": "PERSON", "Brennick": "PERSON:Marta Brennick"},
)
J = _kept("Brennick said profits rose.", {"Brennick": "ORG"})
K = _kept("Brennick shares fell on Monday.", {"Brennick": "ORG"})
L = _kept("Minister Varenholt will chair the talks.", {"Varenholt": "PERSON"})
# t13h F5: one firm written two ways in one article, its bare name in another; F3: a sister firm
P = _kept("Brennor Corporation made the pumps.", {"Brennor Corporation": "ORG"})
Q = _kept("Brennor said the pumps were fine.", {})
R = _kept("Brennor Corp. sold them.", {"Brennor Corp.": "ORG"})
S = _kept("Ranvik Drilling AS bored the tunnel.", {"Ranvik Drilling AS": "ORG"})
T = _kept(
    "Ranvik Drilling said it was sound. Ranvik Drilling Services agreed.",
    {"Ranvik Drilling Services": "ORG", "Ranvik Drilling": "ORG:Ranvik Drilling Services"},
)

BASE = {"a": A, "b": B, "c": C, "d": D, "l": L}
CASES = [
    # (before, after): added, edited, removed; what the change reaches
    ({"b": B, "d": D}, BASE),  # added: A types "Varenholt" in b and d, C "Quenby Marine" in b
    (BASE, {**BASE, "a": _kept("The melt was early.", {})}),  # edited: nobody types Varenholt now
    (BASE, {"a": A, "b": B}),  # removed: c and d
    (BASE, {**BASE, "e": E}),  # a second Varenholt: the surname names no one person
    ({**BASE, "e": E}, BASE),  # and back
    ({"h": H, "j": J}, {"h": H, "j": J, "k": K}),  # "Brennick" a firm in more articles: h's retyped
    ({"h": H, "j": J, "k": K}, {"h": H, "k": K, "b": B}),
    (BASE, {**BASE, "f": F, "g": G}),  # Tollmark a LOC in more articles than a GPE
    ({**BASE, "f": F, "g": G}, {**BASE, "f": F}),
    ({"p": P, "q": Q}, {"p": P, "q": Q, "r": R}),  # a second form of the firm: its keys one entity
    ({"p": P, "q": Q, "r": R}, {"p": P, "q": Q}),  # and back
    ({"t": T}, {"t": T, "s": S}),  # the firm whose core "Ranvik Drilling" is: t's short form joins it
]


def _canon(state: NamesState) -> dict[str, Any]:
    """Everything ``state`` holds, by doc id (its article numbers depend on the order seen)."""
    ids = state.ids

    def docs(index: dict[str, set[int]]) -> dict[str, frozenset[str]]:
        return {k: frozenset(ids[n] for n in v) for k, v in index.items() if v}

    view = state.view()
    return {
        "tally": {
            name: {
                label: {key: {ids[n]: c for n, c in by_doc.items()} for key, by_doc in keys.items() if by_doc}
                for label, keys in by_label.items()
            }
            for name, by_label in state.tally.items()
        },
        "votes": {(s, lk): frozenset(ids[n] for n in d) for s, f in state.votes.items() for lk, d in f.items() if d},
        "keys": docs(state.keys),
        "words": docs(state.words),
        "grouped": docs(state.grouped),
        "adds": {ids[n]: sorted(forms) for n, forms in state.adds.items()},
        "names": view.names,
        "into": view.into,
        "docs": view.docs,
        "touched": view.touched,
        # how often each article writes each name, and the corpus's counts in their order (a tie
        # names an entity by the first): the same whether brought up to date or worked out
        "texts": {t: {ids[n]: c for n, c in by_doc.items()} for t, by_doc in state.texts.items() if by_doc},
        "spelled": {f: list(counts.items()) for f, counts in view.spelled.items()},
    }


@pytest.mark.parametrize("before, after", CASES)
def test_update_is_the_grouping_worked_out_again(before: dict[str, str], after: dict[str, str]) -> None:
    state = NamesState.worked_out(before)
    changed: dict[str, object | None] = {
        d: after.get(d) for d in before.keys() | after.keys() if before.get(d) != after.get(d)
    }
    whole = NamesState.worked_out(after)
    if state.update(changed, after.__getitem__, {}):
        assert _canon(state) == _canon(whole)
    else:  # a place's kind changed: the caller works it all out again
        assert whole.names.places != NamesState.worked_out(before).names.places
    assert state.view() is not state.view()  # a view given out never changes after


def test_the_cases_reach_what_they_say() -> None:
    """Each case changes what search finds (the cases are not vacuous)."""
    for before, after in CASES:
        old, new = NamesState.worked_out(before).view(), NamesState.worked_out(after).view()
        assert (old.docs, old.into, old.names.retype, old.names.places) != (
            new.docs,
            new.into,
            new.names.retype,
            new.names.places,
        )
    assert NamesState.worked_out({"a": A, "b": B}).view().docs["varenholt"] == {"b"}  # the reported kind


def test_layout_changes() -> None:
    """An index update's changes from the segments: a deletion in a segment seen before, a new
    segment read whole, a segment merged away."""
    layout = {"s1": ["a", "b", None], "s2": ["c"]}
    stored = {"d": {"doc": "d", "names": D}, "b": {"doc": "b", "names": B}}
    segments = [
        ("s1", 3, {0, 1}, lambda n: {}),  # a removed, b updated (re-added in s3)
        ("s3", 2, set(), lambda n: stored["bd"[n]]),
    ]
    changed, now = changes(layout, segments)
    assert changed == {"a": None, "b": B, "c": None, "d": D}
    assert now == {"s1": [None, None, None], "s3": ["b", "d"]}


def test_spellings_kept_and_read_back() -> None:
    # s23-b: the corpus's spellings (what names an entity as the entity list does) are counted
    # by article, and come back from the kept file as they were
    from waic_reader.index.search.whoosh.names_state import state_from_json, state_to_json

    state = NamesState.worked_out({**BASE, "g": G})
    assert state.view().spelled["tollmark"] == {"Tollmark": 4}
    back = state_from_json(state_to_json(state, 7), 7)
    assert back is not None
    assert _canon(back) == _canon(state)
    assert state_from_json(state_to_json(state, 7), 8) is None
