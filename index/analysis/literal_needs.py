"""The words every match of a regular expression holds, read off its parse tree: a cheap test
(``any(w in folded for w in needs)``) that proves a line cannot match, so the pattern need not
be searched there.

A pattern's needs are a set of strings in lower case such that every match of the pattern, folded
as :func:`waic_reader.index.analysis.noise.patterns.ignorecase_fold` folds text (``str.lower``
after turning the letters ``re.IGNORECASE`` equates with ASCII ones into them), holds one of them.
Only runs of literal characters whose fold is known are read (:func:`needable`: ASCII letters,
digits, punctuation and the space, and characters without case, such as Chinese, Japanese and
Korean ones, "©" or "■", which ``re.IGNORECASE`` matches as themselves alone; proved in
``tests/analysis/test_noise_phrase_needs.py``), whether the pattern ignores case or not (a
literal matched case-sensitively folds to its own lower case); anything else (a class of another
kind, ``\\s``, a cased letter outside ASCII, a back-reference) ends a run.
Zero-width parts (``^``, ``\\b``, look-arounds) keep the literals on either side adjacent.

This is the prefilter idea of RE2 and Hyperscan ("required factors"), on Python's own parser
(``re._parser``: the tree ``re.compile`` builds from). Where nothing can be proved the answer is
None and the pattern is searched everywhere, as before.
"""

from __future__ import annotations

import importlib
import re
import string
import unicodedata
from functools import lru_cache
from typing import Any

# The standard library's regular-expression parser and its opcodes (``re._parser``,
# ``re._constants``: private names, without type stubs; the tests prove what is read from them).
_parser: Any = importlib.import_module("re._parser")
_C: Any = importlib.import_module("re._constants")

# The ASCII characters a need may hold: those whose fold is proved for every character
# re.IGNORECASE equates with them (tests/analysis/test_noise_phrase_needs.py).
NEED_CHARACTERS = frozenset(string.ascii_letters + string.digits + string.punctuation + " ")
# Cased letters: re.IGNORECASE equates them with others, whose fold this module does not prove.
_CASED = frozenset({"Lu", "Ll", "Lt"})


@lru_cache(maxsize=4096)
def needable(ch: str) -> bool:
    """Whether a literal character ``ch`` may stand in a need: an ASCII one of
    :data:`NEED_CHARACTERS`, or one without case (no other lower or upper form, not a cased
    letter: "图", "©", "■", "："), which re.IGNORECASE matches as itself alone (``re``'s compiler
    emits a plain literal for a character its ``iscased`` refuses) and which ``str.lower`` keeps."""
    if ch in NEED_CHARACTERS:
        return True
    return ord(ch) > 127 and ch.lower() == ch == ch.upper() and unicodedata.category(ch) not in _CASED


# The most strings a set of exact alternatives is carried as ("(?:a|an|the) (?:photo|image)" is
# six): past it the run of literals is cut there, which only loses selectivity.
_MOST_EXACT = 24
# The most strings a need may have (each is looked for in a line: a longer set costs more than
# the search it saves).
_MOST_NEEDS = 96

_Set = frozenset[str]
# (every match is exactly one of these strings, else None; every match holds one of these, else None)
_Node = tuple[_Set | None, _Set | None]
_EMPTY: _Set = frozenset({""})


def literal_needs(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """The strings (lower case, sorted) one of which every match of ``pattern`` holds once
    folded (see the module's docstring), or None when its tree proves none (an alternative or a
    pattern made of classes and optional parts only). Raises nothing for a pattern ``re``
    compiled; a bytes pattern is not read."""
    if not isinstance(pattern.pattern, str):
        return None
    exact, need = _sequence(_parser.parse(pattern.pattern, pattern.flags))
    best = _better(need, exact)
    return tuple(sorted(best)) if best is not None else None


def _useful(words: _Set | None) -> bool:
    return words is not None and 0 < len(words) <= _MOST_NEEDS and "" not in words


def _score(words: _Set) -> tuple[int, int]:
    # The longest shortest word first (a rarer one), then the fewest words.
    return min(map(len, words)), -len(words)


def _better(a: _Set | None, b: _Set | None) -> _Set | None:
    """The more selective of two needs, either None or not useful."""
    a = a if _useful(a) else None
    b = b if _useful(b) else None
    if a is None or b is None:
        return a if b is None else b
    return a if _score(a) >= _score(b) else b


def _sequence(items: Any) -> _Node:
    """A sequence of parsed items: its exact strings (when each item has exact ones and their
    product stays small), and its best need: an item's own, or a run of adjacent exact items."""
    best: _Set | None = None
    run: _Set | None = _EMPTY  # the product of the current run of exact items
    whole = True  # every item so far exact, the product never cut
    for op, av in items:
        exact, need = _item(op, av)
        best = _better(best, need)
        if exact is not None and run is not None:
            product = frozenset(a + b for a in run for b in exact)
            if len(product) <= _MOST_EXACT:
                run = product
                continue
        whole = False
        best = _better(best, run)
        run = exact if exact is not None and len(exact) <= _MOST_EXACT else _EMPTY
    best = _better(best, run)
    return (run if whole else None), best


def _item(op: Any, av: Any) -> _Node:
    if op is _C.LITERAL:
        ch = chr(av)
        return (frozenset({ch.lower()}), None) if needable(ch) else (None, None)
    if op in (_C.AT, _C.ASSERT, _C.ASSERT_NOT):
        return _EMPTY, None  # zero width: the literals on either side stay adjacent
    if op is _C.IN:
        # A class of literal characters alone ("[/|]"); a range, a category or a negation is none.
        if all(o is _C.LITERAL and needable(chr(a)) for o, a in av):
            return frozenset(chr(a).lower() for _, a in av), None
        return None, None
    if op is _C.SUBPATTERN:
        # (group, flags added, flags removed, items): a scoped (?i:…) or (?-i:…) changes nothing
        # here, as the fold serves matches with or without case.
        return _sequence(av[3])
    if op is _C.ATOMIC_GROUP:
        return _sequence(av)
    if op is _C.BRANCH:
        alternatives = [_sequence(alt) for alt in av[1]]
        exacts = [e for e, _ in alternatives]
        exact = frozenset().union(*exacts) if all(e is not None for e in exacts) else None  # type: ignore[arg-type]
        needs = [_better(n, e) for e, n in alternatives]
        need = frozenset().union(*needs) if all(n is not None for n in needs) else None  # type: ignore[arg-type]
        return exact, need
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
        least, most, body = av
        exact, need = _sequence(body)
        if least == most == 1:
            return exact, need
        return None, (_better(need, exact) if least >= 1 else None)
    return None, None  # any character, a class of another kind, a back-reference: no literal


def start_anchored(pattern: re.Pattern[str]) -> bool:
    """Whether every match of ``pattern`` starts at the string's start (each alternative opens
    with ``^`` or ``\\A``, no ``re.MULTILINE``): ``search`` then tries one position and fails
    fast, and a need saves less than it costs to look for."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.MULTILINE:
        return False
    return _anchored(_parser.parse(pattern.pattern, pattern.flags))


def _anchored(items: Any) -> bool:
    for op, av in items:
        if op is _C.AT:
            return av in (_C.AT_BEGINNING, _C.AT_BEGINNING_STRING)
        if op is _C.SUBPATTERN:
            return _anchored(av[3])
        if op is _C.ATOMIC_GROUP:
            return _anchored(av)
        if op is _C.BRANCH:
            return all(_anchored(alt) for alt in av[1])
        return False
    return False
