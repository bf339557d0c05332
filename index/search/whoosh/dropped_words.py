"""Words a query writes that no word query searches (a one-letter word, "Ó" of "Ó Fearghail"; a
stop word, "the"): kept by the index as stop forms at their positions (:func:`~.analyzer.stop_form`),
searched inside a quoted phrase, never alone. Here: how a hit lights them beside their neighbours,
and whether a query is nothing but such words (then said, never a silent 0)."""

from __future__ import annotations

import re

from waic_reader.index.corpus.tokens import SEARCH_TOKEN, is_cjk
from waic_reader.index.search.whoosh.analyzer import index_form, stop_form

# A word of a query that is plain text: no field, quote, prefix, group or operator sign in it.
_PLAIN_WORD = re.compile(r'[^\s:"*()\-][^\s:"*()]*')
_OPERATOR_WORDS = frozenset({"AND", "OR", "NOT"})
_QUOTED = re.compile(r'\S*"[^"]*"?\S*')


def _plain_stretches(text: str) -> list[list[tuple[str, bool]]]:
    """The runs of consecutive plain words of the query ``text`` (no field, quotes, prefix,
    group, operator or leading minus), each as its tokens (:data:`SEARCH_TOKEN`) and whether the
    token is a whole word ("Ó"; not the "O" of "O'Brien"); CJK left out."""
    out: list[list[tuple[str, bool]]] = [[]]
    # (a quoted phrase, closed or not, is searched and lit as a phrase: no plain words in it)
    for word in _QUOTED.sub(' " ', text).split():
        if word in _OPERATOR_WORDS or not _PLAIN_WORD.fullmatch(word) or any(is_cjk(c) for c in word):
            out.append([])
            continue
        tokens = [m.group() for m in SEARCH_TOKEN.finditer(word)]
        out[-1].extend((t, len(tokens) == 1) for t in tokens)
    return [s for s in out if s]


def dropped_word_runs(text: str) -> set[tuple[str, ...]]:
    """Runs (indexed forms, :func:`~.analyzer.stop_form` for a dropped word) that light a word
    the query ``text`` writes but no word query searches, a one-letter word ("Ó" of "Ó
    Fearghail"), with the query word next to it, where the text has them side by side as the query
    does: the dropped words and the word before them, and the dropped words and the word after
    them (``Ruairí Ó Fearghail`` lights "Ruairí Ó" and "Ó Fearghail", never a lone "O"). Lit
    only, never searched: the query finds what its words find (t13ar N13)."""
    runs: set[tuple[str, ...]] = set()
    for stretch in _plain_stretches(text):
        forms = [index_form(t) for t, _whole in stretch]
        if all(f is None for f in forms):
            continue
        shown = [f if f is not None else stop_form(t) for f, (t, _w) in zip(forms, stretch, strict=True)]
        # a one-letter whole word (a part of one, the "s" of "Moody's", stays as the word is lit;
        # a stop word is lit where the query's words are, as it always was: "left at 21:40")
        lone = [f is None and whole and len(t) < 2 for f, (t, whole) in zip(forms, stretch, strict=True)]
        i = 0
        while i < len(lone):
            if not lone[i]:
                i += 1
                continue
            j = i
            while j < len(lone) and lone[j]:
                j += 1
            if i > 0:
                runs.add(tuple(shown[i - 1 : j]))
            if j < len(lone):
                runs.add(tuple(shown[i : j + 1]))
            i = j
    return runs


def dropped_alone(text: str) -> list[str]:
    """The words of the query ``text`` when it is plain words (no field, quotes or operators)
    that are all dropped (one-letter words, stop words: "Ó", "the"), else []: such a query
    searches nothing, and the CLI and the search screen say so rather than a silent 0."""
    stretches = _plain_stretches(text)
    if (
        '"' in text
        or len(stretches) != 1
        or len(text.split()) != len([w for w in text.split() if _PLAIN_WORD.fullmatch(w)])
    ):
        return []
    words = [t for t, _whole in stretches[0]]
    return words if all(index_form(w) is None for w in words) else []
