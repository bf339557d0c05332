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
a prefix (``balan*``) needs a word of the speaker's quotes starting with it (the field also
holds each quoted word as written, folded as search folds words: ``berg:balanced``, matched by
the prefix ``berg:balan``); a stop word alone is left out (``said:Li about chips``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from waic_reader.index.analysis.align import TOKEN, normalize, terms
from waic_reader.index.analysis.quotes.model import PAIR, Quote, Speaker, list_members
from waic_reader.index.corpus.tokens import fold, fold_number, name_form, name_forms, search_tokens

FIELD = "said"
ALIASES = ("said", "quote")
_SAID = re.compile(
    r'(?<![\w"])(?:said|quote):(?:"([^"]*)"|([^\s()"]+))((?:\s+(?:"[^"]*"|[^\s():"]+)(?=\s|$|\)))*)', re.IGNORECASE
)
_TAIL = re.compile(r'"[^"]*"|[^\s"]+')
_PREFIX = re.compile(r"[^\s\"*:(),]+")
_OPERATORS = frozenset({"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE"})
# Between a name form and a quoted word as written ("berg:balanced"): the terms a prefix after
# ``said:NAME`` searches. Names and words hold no ":" (folded search tokens, entity names).
WORD_MARK = ":"
MIN_PREFIX = 2  # as the query parser's prefixes


def surface(word: str) -> str:
    """A quoted word (a search token) as the ``said`` field holds it for prefixes: folded, a
    number without thousands separators (as search compares words)."""
    w = fold(word)
    return fold_number(w) if w[:1].isdigit() else w


# A speaker is named as an entity is in ``who:`` (the whole name or one of its words).
_name_forms = name_forms


def _speaker_forms(speaker: Speaker) -> list[str]:
    """The forms ``speaker`` is searched by: its name's (:func:`tokens.name_forms`), and for a
    list (a :data:`model.PAIR` speaker, "Cebu Pacific and Philippine Airlines") each member's
    too, as the corpus grouping credits each (round s48-q: ``said:"Cebu Pacific"`` missed the
    article where the two firms said it)."""
    person = speaker.type == "PERSON"
    forms = _name_forms(speaker.name, person)
    if speaker.key.startswith(PAIR):
        for part in list_members(speaker):
            forms += [f for f in _name_forms(part, person) if f not in forms]
    return forms


def said_terms(quotes: Iterable[Quote]) -> list[str]:
    """The ``said`` field's terms for an article's quotes (boilerplate and unattributed ones left out)."""
    out: set[str] = set()
    for q in quotes:
        if q.noise or q.speaker is None:
            continue
        out |= _piece_terms(q, _pieces(q))
    return sorted(out)


def _pieces(q: Quote) -> list[str]:
    """The words of ``q`` as said: its text, or each part of a quote split by its cue (the cue is
    not its words)."""
    return [q.text] if len(q.parts) == 1 else [q.text[s - q.start : e - q.start] for s, e in q.parts]


def _piece_terms(q: Quote, pieces: Iterable[str]) -> set[str]:
    """The ``said`` terms of ``pieces`` of ``q`` (an attributed quote): each of its speaker's name
    forms alone, with each content word, with each pair of consecutive content words (a phrase),
    and with each word as written (a prefix)."""
    assert q.speaker is not None
    forms = _speaker_forms(q.speaker)
    words: set[str] = set()
    pairs: set[str] = set()
    written: set[str] = set()
    for piece in pieces:
        seq = [t.term for t in terms(piece)]
        words.update(seq)
        pairs.update(f"{a} {b}" for a, b in zip(seq, seq[1:], strict=False))
        written.update(w for tok, _s, _e in search_tokens(piece) if len(w := surface(tok)) >= MIN_PREFIX)
    out: set[str] = set()
    for form in forms:
        out.add(form)
        out.update(f"{form} {w}" for w in words)
        # Consecutive content words: a phrase ("budget was balanced") is its word pairs.
        out.update(f"{form} {p}" for p in pairs)
        # Each word as written, for a prefix after said:NAME ("balan*" → "berg:balan").
        out.update(f"{form}{WORD_MARK}{w}" for w in written)
    return out


def said_spans(quotes: Iterable[Quote], wanted: set[str]) -> list[tuple[int, int]]:
    """The matches of a ``said:`` search in one article: the (start, end) parts
    (:attr:`Quote.parts`) of the content quotes holding the most of the ``wanted`` said terms
    (``said:Berg budget`` -> Berg's quotes with "budget"; ``said:Berg`` -> all of Berg's). Each
    part of a quote split by its cue is scored on its own words: ``said:Quispe curve`` lights the
    part about the curve, never the sentence after the cue that does not hold the word (t13ah
    N12), and ``n``/``N`` step over the parts lit alone."""
    scored: list[tuple[int, tuple[int, int]]] = []
    for q in quotes:
        if q.noise or q.speaker is None:
            continue
        pieces = _pieces(q)
        for part, piece in zip(q.parts, pieces, strict=True):
            score = len(wanted.intersection(_piece_terms(q, [piece])))
            if score:
                scored.append((score, part))
    if not scored:
        return []
    best = max(s for s, _ in scored)
    return sorted(p for s, p in scored if s == best)


def _prefix_head(word: str) -> str | None:
    """``word`` (a trailing "*" aside) as a prefix of the ``said`` field's terms (:func:`surface`),
    or None when it is too short or not one word (the query parser then says why)."""
    head = surface(word.rstrip("*"))
    return head if len(head) >= MIN_PREFIX and _PREFIX.fullmatch(head) else None


def rewrite_said(text: str, *, typing: bool = False) -> str:
    """``said:Schmidt cooperation`` → ``(said:"schmidt" said:"schmidt cooper")`` (see module doc).

    ``typing``: ``text`` is being typed, and a bare last word after ``said:NAME`` that ends the
    text (two letters or more) is a prefix, as the search box reads any last word
    (``said:Berg balan`` → ``said:Berg balan*``). The rewritten terms are past the query
    parser's widening of the word being typed, so it is done here (t13x F7: every keystroke of
    an unfinished word showed "No article matches")."""

    def swap(m: re.Match[str]) -> str:
        name = m.group(1) if m.group(1) is not None else m.group(2)
        form = name_form(name)
        if not form:
            return m.group(0)
        words = _TAIL.findall(m.group(3))
        at_end = typing and m.end() == len(text) and not text[-1].isspace()
        if at_end and not words and m.group(2) is not None and " " not in form and not form.endswith("*"):
            # The speaker's name being typed ("said:Pen" of "said:Penhallow"): the speakers whose
            # name, or a word of it, starts so, as who:Pen finds (t13y G8).
            if (head := _prefix_head(form)) is not None:
                return f'({FIELD}:"{head}*")'
        parts = [f'{FIELD}:"{form}"']
        loose: list[str] = []
        if at_end and words and _OPERATORS.isdisjoint(words):
            if not words[-1].endswith("*") and _prefix_head(words[-1]) is not None:
                words[-1] += "*"
        for word in words:
            if loose or word in _OPERATORS:
                loose.append(word)  # from an operator on, words are the query's again
                continue
            if word.endswith("*") and not word.startswith('"'):
                if (head := _prefix_head(word)) is None:
                    loose.append(word)  # too short, or not one word: the parser says why
                    continue
                # A prefix: a word starting with it in the speaker's quotes (the engine reads
                # a said term ending in "*" as a prefix of the field's terms).
                parts.append(f'{FIELD}:"{form}{WORD_MARK}{head}*"')
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


__all__ = ["ALIASES", "FIELD", "WORD_MARK", "rewrite_said", "said_spans", "said_terms", "surface"]
