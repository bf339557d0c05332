"""Find within one text as you type (the reader's ``ctrl+f``), with the search's tokeniser.

The words typed are cut into tokens and folded as the search index cuts and folds them
(:mod:`waic_reader.index.corpus.tokens`): "zurich" finds "Zürich", "3000" finds "3,000", and a
run of Chinese or Japanese characters is matched by its bigrams. The tokens must follow one
another in the text, as in a phrase; the last one, still being typed, may be the start of a
word ("ferry term" finds "ferry terminal"). Punctuation and spacing between the words are free.
Unlike a search, nothing is dropped or stemmed: "the" is found, and "ship" finds "ships" only
as a prefix, because a reader looks for what is written.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from waic_reader.index.corpus.text import stand_ins_as_spaces
from waic_reader.index.corpus.tokens import (
    clock_forms,
    clock_prefix_forms,
    dotted_clock,
    fold,
    fold_number,
    is_cjk,
    number_forms,
    percent_words,
    search_tokens,
)


@dataclass(frozen=True)
class Token:
    """A search token of the text: its folded form and its (start, end) offsets; for a
    percentage written out ("45 per cent", form "45%") its words as tokens of their own."""

    form: str
    start: int
    end: int
    words: tuple[Token, ...] = ()
    # A number's other reading ("3.000" is 3000, ``form``, or three as written: see
    # tokens.number_forms): found by either.
    other: str | None = None
    # A time written with a dot, as a time typed with a colon is found ("04.10 CET": "4:10",
    # tokens.dotted_clock, as the search indexes it).
    clock: str | None = None

    def is_(self, form: str) -> bool:
        return form in (self.form, self.other, self.clock)

    def starts(self, prefix: str) -> bool:
        return (
            self.form.startswith(prefix)
            or (self.other is not None and self.other.startswith(prefix))
            or (self.clock is not None and self.clock.startswith(prefix))
        )


def text_tokens(text: str, markdown: Iterable[tuple[int, int]] | None = None) -> list[Token]:
    """Every search token of ``text`` with its folded form, in order (reuse it for many finds
    in one text: tokenising a 5,000-word article takes a few milliseconds). ``markdown``: the
    blocks of a Markdown article, whose words are those the reader shows (a link's text, never
    its URL: :func:`~waic_reader.index.corpus.markdown.shown_article`), their offsets still
    into ``text``."""
    if markdown is None:
        return [_token(tok, start, end, text) for tok, start, end in search_tokens(text)]
    from waic_reader.index.corpus.markdown import shown_article

    shown = shown_article(text, markdown)

    def back(t: Token) -> Token:
        ((start, end),) = shown.back([(t.start, t.end)])
        return replace(t, start=start, end=end, words=tuple(back(w) for w in t.words))

    return [back(_token(tok, start, end, shown.text)) for tok, start, end in search_tokens(shown.text)]


def _token(tok: str, start: int, end: int, text: str) -> Token:
    if tok[:1].isdigit():
        forms = number_forms(fold(tok))
        form, other = forms[0], (forms[1] if len(forms) > 1 else None)
        if (clock := dotted_clock(text, start, end)) is not None:
            return Token(form, start, end, other=other, clock=clock)
    else:
        form, other = fold(tok), None
    if form[-1:] != "%" or tok[-1:] in "%\uff05":
        return Token(form, start, end, other=other)
    words = tuple(Token(fold(w), start + a, start + b) for w, a, b in percent_words(tok))
    return Token(form, start, end, words, other)


def query_tokens(query: str) -> list[str]:
    """The folded tokens of what was typed (a pasted control character's stand-in, ``<U+202E>``,
    read as a space); a CJK run gives its bigrams (one character alone gives itself, which then
    matches as the start of a bigram)."""
    return [_form(tok) for tok, _, _ in search_tokens(stand_ins_as_spaces(query))]


def find_spans(tokens: Sequence[Token], query: str) -> list[tuple[int, int]]:
    """(start, end) offsets of every place the words of ``query`` occur one after another
    among ``tokens`` (from :func:`text_tokens`), the last word as a prefix from its second
    character, as the search reads a typed word (one letter or digit is that word: "section 7"
    is never "section 70", acceptance t13af N12; one CJK character is the start of its bigram);
    in text order, non-overlapping. An empty or punctuation-only query finds nothing."""
    wanted = query_tokens(query)
    head, _, tail = query.rpartition(" ")
    clock = clock_prefix_forms(fold(tail)) if tail else None  # (a space after it: finished)
    if clock is not None:
        # A time of day half typed ("09:1"): the word as typed (a score, "2:1") or the start of
        # the times it may become, as the search reads it (tokens.clock_prefix_forms; read as its
        # numbers alone, "9" then "1", it found nothing until the minutes were whole).
        before = query_tokens(head)
        times = _find(tokens, [clock_forms(w) for w in before], (clock[0], *clock[1]))
        # (The word typed whole, as the search reads it, a term: "10:" finds "10", never the
        # numbers it starts, "10.20 metres", "100": review s51-rv F10.)
        typed = _find(tokens, [clock_forms(w) for w in wanted], None) if wanted else []
        out: list[tuple[int, int]] = []
        for a, b in sorted({*times, *typed}):
            if not out or a >= out[-1][1]:
                out.append((a, b))
        return out
    if not wanted:
        return []
    *whole, last = wanted
    prefix: str | None = last
    if len(last) < 2 and not is_cjk(last):
        whole, prefix = wanted, None
    # A time typed with a colon is found written with a dot too ("9:40" → "9.40pm", "09.40 GMT"),
    # as the search finds it (tokens.clock_forms).
    return _find(tokens, [clock_forms(w) for w in whole], clock_forms(prefix) if prefix is not None else None)


def _find(
    tokens: Sequence[Token], alternatives: Sequence[Sequence[str]], prefixes: Sequence[str] | None
) -> list[tuple[int, int]]:
    """:func:`find_spans` of the words ``alternatives`` (each given as its forms) then, when
    given, a word starting with one of ``prefixes`` (the CJK one a character: lit alone)."""
    m = len(alternatives)  # tokens that must be the words typed, then one the prefix starts
    span = m + (prefixes is not None)
    prefix = prefixes[0] if prefixes else None
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        if i + span <= len(tokens) and _matches(tokens[i : i + span], alternatives, prefixes):
            end_tok = tokens[i + span - 1]
            end = end_tok.end
            if prefix is not None and is_cjk(prefix) and len(prefix) < len(end_tok.form):
                end = end_tok.start + len(prefix)  # one CJK character typed: that character, not its bigram
            out.append((tokens[i].start, end))
            i += span
            continue
        # The words of a percentage written out ("per cent" of "78 per cent", one token) are
        # words of the text too: the words typed may start among them and go on past them
        # ("per cent of"), or be one of them ("percent" inside "45 percent"; t13ak N13).
        words, j, after = tokens[i].words, 0, i + 1
        while j < len(words):
            units = [*words[j:], *tokens[i + 1 : i + 1 + max(0, span - (len(words) - j))]]
            if len(units) < span or not _matches(units[:span], alternatives, prefixes):
                j += 1
                continue
            out.append((words[j].start, units[span - 1].end))
            if j + span <= len(words):
                j += span  # ended among the percentage's words
            else:
                after = i + 1 + span - (len(words) - j)
                break
        i = after
    return out


def _matches(units: Sequence[Token], whole: Sequence[Sequence[str]], prefixes: Sequence[str] | None) -> bool:
    """Whether ``units`` are the words ``whole`` (each given as its forms) then (when given) a
    word starting one of ``prefixes``."""
    m = len(whole)
    return all(any(units[k].is_(f) for f in forms) for k, forms in enumerate(whole)) and (
        prefixes is None or any(units[m].starts(p) for p in prefixes)
    )


def _form(token: str) -> str:
    return fold_number(fold(token))


__all__ = ["Token", "find_spans", "query_tokens", "text_tokens"]
