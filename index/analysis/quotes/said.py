"""The ``said:`` search field: who is reported saying what, as index terms.

An article's ``said`` field holds, for every speaker of its content quotes, the speaker's name
(whole and each name word, folded as the search folds them: ``li qiang``, ``li``, ``qiang``) and one term per name form and word
of what they said (``schmidt cooper`` for "cooperation": words normalised as the alignment does,
:func:`align.normalize`). A query ``said:Schmidt cooperation`` is rewritten by
:func:`rewrite_said` to need ``said:"schmidt cooper"``, so it finds articles where Schmidt is
reported saying something about cooperation, not articles where Schmidt speaks and someone
else mentions cooperation. Words after ``said:NAME`` bind to it up to an operator, a field or a
parenthesis; a quoted phrase (``said:Berg "budget was balanced"``) needs each pair of its
consecutive content words in one of the speaker's quotes (indexed as ``berg budget balanc``);
a prefix (``coop*``) or a stop word stays an ordinary word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from waic_reader.index.analysis.align import TOKEN, normalize, terms
from waic_reader.index.analysis.quotes.model import Quote
from waic_reader.index.corpus.tokens import fold

FIELD = "said"
ALIASES = ("said", "quote")
_SAID = re.compile(
    r'(?<![\w"])(?:said|quote):(?:"([^"]*)"|([^\s()"]+))((?:\s+(?:"[^"]*"|[^\s():"]+)(?=\s|$|\)))*)', re.IGNORECASE
)
_TAIL = re.compile(r'"[^"]*"|[^\s"]+')
_OPERATORS = frozenset({"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"})


def _name_forms(name: str) -> list[str]:
    whole = " ".join(fold(name).replace(",", " ").split())
    forms = [whole] if whole else []
    forms += [w for w in whole.split() if len(w) > 1 and w not in forms]
    return forms


def said_terms(quotes: Iterable[Quote]) -> list[str]:
    """The ``said`` field's terms for an article's quotes (boilerplate and unattributed ones left out)."""
    out: set[str] = set()
    for q in quotes:
        if q.noise or q.speaker is None:
            continue
        forms = _name_forms(q.speaker.name)
        words: set[str] = set()
        pairs: set[str] = set()
        pieces = [q.text] if len(q.parts) == 1 else [q.text[s - q.start : e - q.start] for s, e in q.parts]
        for piece in pieces:  # a split quote's cue is not its words
            seq = [t.term for t in terms(piece)]
            words.update(seq)
            pairs.update(f"{a} {b}" for a, b in zip(seq, seq[1:], strict=False))
        for form in forms:
            out.add(form)
            out.update(f"{form} {w}" for w in words)
            # Consecutive content words: a phrase ("budget was balanced") is its word pairs.
            out.update(f"{form} {p}" for p in pairs)
    return sorted(out)


def said_spans(quotes: Iterable[Quote], wanted: set[str]) -> list[tuple[int, int]]:
    """The matches of a ``said:`` search in one article: the (start, end) parts
    (:attr:`Quote.parts`) of the content quotes holding the most of the ``wanted`` said terms
    (``said:Berg budget`` -> Berg's quotes with "budget"; ``said:Berg`` -> all of Berg's)."""
    scored: list[tuple[int, Quote]] = []
    for q in quotes:
        if q.noise or q.speaker is None:
            continue
        score = len(wanted.intersection(said_terms([q])))
        if score:
            scored.append((score, q))
    if not scored:
        return []
    best = max(s for s, _ in scored)
    return sorted(p for s, q in scored if s == best for p in q.parts)


def rewrite_said(text: str) -> str:
    """``said:Schmidt cooperation`` → ``(said:"schmidt" said:"schmidt cooper")`` (see module doc)."""

    def swap(m: re.Match[str]) -> str:
        name = m.group(1) if m.group(1) is not None else m.group(2)
        form = " ".join(fold(name).replace(",", " ").split())
        if not form:
            return m.group(0)
        parts = [f'{FIELD}:"{form}"']
        loose: list[str] = []
        for word in _TAIL.findall(m.group(3)):
            if loose or word in _OPERATORS or word.endswith("*"):
                loose.append(word)  # from an operator on, words are the query's again
                continue
            norms = [normalize(t) for t in TOKEN.findall(word)]
            kept = [n for n in norms if n]
            if not kept and norms:
                continue  # a stop word: "said:Li about chips"
            if word.startswith('"') and len(kept) > 1:
                # A phrase: each pair of its consecutive content words, said by the speaker.
                parts += [f'{FIELD}:"{form} {a} {b}"' for a, b in zip(kept, kept[1:], strict=False)]
                continue
            parts += [f'{FIELD}:"{form} {n}"' for n in kept]
        rewritten = "(" + " ".join(parts) + ")"
        return " ".join([rewritten, *loose])

    return _SAID.sub(swap, text)


__all__ = ["ALIASES", "FIELD", "rewrite_said", "said_spans", "said_terms"]
