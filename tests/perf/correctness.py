"""The benchmark's correctness section: does search find every matching article?

For a query log of prefixes, words, phrases and words typed letter by letter, the set of
articles ``SearchIndex.search(limit=None)`` returns (and its ``total``) is compared with a
brute-force scan of the same corpus: every article's title and text tokenised with the engine's
tokeniser, and a clause matched as a plain loop would (a word: some token has its form; a
prefix: some form starts with it; a phrase: its forms at consecutive positions, stop words
included, every token of the text counted). Recall must be 1.0. The text is scanned as the index holds it: the body and the boilerplate
apart (the boilerplate spans the index stored), each joined across the blocks it leaves out.
"""

from __future__ import annotations

import time
from typing import Any

import gen

from waic_reader.index.corpus.tokens import search_tokens
from waic_reader.index.search.whoosh.analyzer import (
    ANALYZER,
    is_stop_form,
    query_form,
    stop_form,
    token_forms,
    word_forms,
)
from waic_reader.index.search.whoosh.parser import as_you_type, close_typed

# (class, query, typing). Prefixes of 2 to 6 letters, words common and rare, phrases, and the
# steps of words typed in the search box (the unfinished last word searched as a prefix).
CORRECTNESS_LOG: list[tuple[str, str, bool]] = [
    *(("prefix", f"{p}*", False) for p in ("se", "ch", "in", "co", "gov", "sem", "pre", "semic", "govern")),
    ("prefix", f"{gen.VOCAB[9000][:3]}*", False),
    ("prefix", f"{gen.VOCAB[18000][:2]}*", False),
    ("prefix", f"{gen.VOCAB[27000][:4]}*", False),
    ("prefix", f"chip {gen.VOCAB[4000][:3]}*", False),
    # Prefixes that start a stop word narrow an AND (the stop word counts as a word it starts).
    *(("prefix", f"government {p}*", False) for p in ("th", "an", "ca", "may", "no", "wit")),
    ("prefix", "th*", False),
    # A hyphenated word's last part a prefix of the word right after the others (a phrase
    # prefix, stop words counted: "state-o*" is "state of", "state on" too), one or two letters.
    *(("prefix", q, False) for q in ("state-o*", "state-of*", "government-co*", "take-o*", "well-b*", "in-de*")),
    ("word", "government", False),
    ("word", "people", False),
    ("word", "Hinton", False),
    ("word", gen.VOCAB[9000], False),
    ("word", gen.VOCAB[27000], False),
    ("word", "chip export", False),
    ("phrase", '"Eric Schmidt"', False),
    ("phrase", '"people said"', False),
    ("phrase", '"World Artificial Intelligence Conference"', False),
    # Phrases with stop words: each must stand where the query has it (issue 15: "state of the
    # art" matched "state and art"), and phrases of stop words alone.
    ("phrase", '"the government"', False),
    ("phrase", '"government of the"', False),
    ("phrase", '"of the people"', False),
    ("phrase", '"state of the world"', False),
    ("phrase", '"state of the art"', False),
    ("phrase", '"people said the"', False),
    ("phrase", '"said i"', False),
    ("phrase", '"the of"', False),
    ("phrase", '"to be or not"', False),
    ("phrase", '"the"', False),
    *(("typed", "semiconductor"[:i], True) for i in range(3, 8)),
    *(("typed", "government policy"[:i], True) for i in (3, 4, 5, 13, 14)),
    # A phrase being typed: its unfinished last word a prefix.
    *(("typed", '"people said the government'[:i], True) for i in (4, 9, 14, 18, 21)),
    ("typed", "people th", True),
]


def _clauses(query: str, typing: bool) -> list[tuple[str, list[str]]]:
    """(kind, forms) of each clause of a query of the log: word, prefix or phrase (all ANDed)."""
    if typing:
        query = as_you_type(close_typed(query))
    out: list[tuple[str, list[str]]] = []
    quoted = query.split('"')
    for i, chunk in enumerate(quoted):
        if i % 2:  # inside quotes: every token, a stop word by its stop form
            toks = [tok for tok, _s, _e in search_tokens(chunk)]
            if chunk.endswith("*") and len(toks) > 1:  # a phrase being typed: its last word a prefix
                out.append(("phrase_prefix", [*(_forms(t)[0] for t in toks[:-1]), query_form(toks[-1])]))
            elif chunk.endswith("*") and toks:
                out.append(("prefix", [query_form(toks[-1])]))
            else:
                out.append(("phrase", [_forms(tok)[0] for tok in toks]))
            continue
        for word in chunk.split():
            toks = [tok for tok, _s, _e in search_tokens(word[:-1])] if word.endswith("*") else []
            if "-" in word and len(toks) > 1:  # "state-o*": its parts in a row, the last a prefix
                out.append(("phrase_prefix", [*(_forms(t)[0] for t in toks[:-1]), query_form(toks[-1])]))
            elif word.endswith("*"):
                out.append(("prefix", [query_form(word[:-1])]))
            else:
                # A query word is searched by its first form (a plural by its singular).
                out.extend(("word", [t.text]) for t in ANALYZER(word, mode="query"))
    return out


def _forms(token: str) -> tuple[str, ...]:
    """What a token is compared by: its indexed forms (a percentage's words too), or, for a
    stop word or a one-letter word, its stop form."""
    forms = token_forms(token)
    if forms is None:
        return (stop_form(token),)
    return (*forms, *(f for f, _a, _b in word_forms(token, forms[0])))


def _positions(text: str) -> dict[str, list[int]]:
    """{form: positions} of ``text``, a position for every token (written for the scan, not the
    index's ``positions_of``)."""
    out: dict[str, list[int]] = {}
    for pos, (tok, _s, _e) in enumerate(search_tokens(text)):
        for form in set(_forms(tok)):
            out.setdefault(form, []).append(pos)
    return out


def _phrase_at(poses: dict[str, list[int]], forms: list[str]) -> bool:
    if not forms or any(f not in poses for f in forms):
        return False
    starts = set(poses[forms[0]])
    for k, f in enumerate(forms[1:], 1):
        starts &= {p - k for p in poses[f]}
        if not starts:
            return False
    return True


def _matches(fields: list[dict[str, list[int]]], clause: tuple[str, list[str]]) -> bool:
    kind, forms = clause
    if kind == "word":
        return any(forms[0] in poses for poses in fields)
    if kind == "prefix":
        p = forms[0]
        return any(_starts(f, p) for poses in fields for f in poses)
    if kind == "phrase_prefix":
        *words, p = forms
        return any(_phrase_at({**poses, "\x00next": _next(poses, p)}, [*words, "\x00next"]) for poses in fields)
    return any(_phrase_at(poses, forms) for poses in fields)


def _next(poses: dict[str, list[int]], prefix: str) -> list[int]:
    """The positions of the words starting with ``prefix`` (a phrase's last word being typed)."""
    return sorted({q for f, ps in poses.items() if _starts(f, prefix) for q in ps})


def _starts(form: str, prefix: str) -> bool:
    """True when the word ``form`` (an indexed form, or a stop word's stop form) starts with
    ``prefix``: a stop word is a word a prefix starts ("can" for ``ca*``)."""
    return (form[1:] if is_stop_form(form) else form).startswith(prefix)


def _parts(text: str, kept: Any) -> list[str]:
    """``text`` as the index's ``content`` and ``noise`` fields hold it, from the boilerplate
    spans the index stored for it (``kept``: its :class:`~waic_reader.index.search.model.StoredDoc`,
    None: the whole text, one field): the body's pieces one a line, the boilerplate's likewise."""
    spans = sorted(kept.noise_spans or []) if kept is not None else []
    if not spans:
        return [text]
    body, at = [], 0
    for a, b in spans:
        body.append(text[at:a])
        at = max(at, b)
    body.append(text[at:])
    return ["\n".join(body), "\n".join(text[a:b] for a, b in spans)]


def measure_correctness(ws: Any) -> dict[str, Any]:
    """Recall and precision of every query of :data:`CORRECTNESS_LOG` against a scan of the
    corpus of workspace ``ws`` (its index already built)."""
    t = time.perf_counter()
    parsed = [(cls, q, typing, _clauses(q, typing)) for cls, q, typing in CORRECTNESS_LOG]
    want: dict[str, set[str]] = {q: set() for _c, q, _t, _cl in parsed}
    stored = ws.index.stored()
    for doc in sorted(ws.corpus.entries):
        article = ws.corpus.article(doc)
        # The title field, and the article text: its body and its boilerplate apart, as the index
        # keeps them (its stored boilerplate spans), so that a phrase never runs from the body's
        # last word into a byline ("Challenge Well" / "By Sarah Lee" is no "well by"), which the
        # index rightly never finds; the whole text when the index keeps no spans.
        fields = [_positions(article.title), *map(_positions, _parts(article.text, stored.get(doc)))]
        ws.corpus.forget(doc)
        for _cls, q, _typing, clauses in parsed:
            if clauses and all(_matches(fields, c) for c in clauses):
                want[q].add(doc)
    scan_s = time.perf_counter() - t
    queries: dict[str, Any] = {}
    by_class: dict[str, list[float]] = {}
    for cls, q, typing, _clauses_ in parsed:
        res = ws.index.search(q, limit=None, typing=typing)
        got = {h.doc for h in res.hits}
        brute = want[q]
        recall = len(got & brute) / len(brute) if brute else 1.0
        precision = len(got & brute) / len(got) if got else 1.0
        queries[f"{cls}\t{q}"] = {
            "matches": len(got),
            "scan": len(brute),
            "total": res.total,
            "recall": round(recall, 4),
            "precision": round(precision, 4),
            "missed": sorted(brute - got)[:5],
        }
        by_class.setdefault(cls, []).append(recall)
    return {
        "queries": queries,
        "recall_by_class": {c: round(min(v), 4) for c, v in by_class.items()},
        "recall_min": round(min(q["recall"] for q in queries.values()), 4),
        "precision_min": round(min(q["precision"] for q in queries.values()), 4),
        "totals_exact": all(q["total"] == q["matches"] for q in queries.values()),
        "scan_s": round(scan_s, 1),
    }
