"""The quote recogniser's running state over one article: the quotes found so far, the
quotation marks met, the direct quotes' spans, and adding, extending or removing a quote.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from waic_reader.index.analysis.quotes.cues import (
    SOURCE_NOUNS,
)
from waic_reader.index.analysis.quotes.marks import Marks
from waic_reader.index.analysis.quotes.merge import person_not_capital
from waic_reader.index.analysis.quotes.model import ANONYMOUS, Quote, Speaker
from waic_reader.index.analysis.quotes.speaker_words import GROUP, body_description
from waic_reader.index.analysis.quotes.speakers import Speakers
from waic_reader.index.corpus.blocks import abbreviation_stop, word_before
from waic_reader.index.corpus.reader import Article

_END_TRIM = " \t\n.,;:"
_SENT_END = re.compile(r"[.!?](?=['\"”’]?\s|['\"”’]?$)")
# The word a period closes (its period included) and the one after it, for
# :func:`blocks.abbreviation_stop`; a word is read at most ``_WORD_REACH`` characters back.
_STOP_WORD_BEFORE = re.compile(r"\S+\.$")
_STOP_WORD_AFTER = re.compile(r"\s+(\S+)")
_WORD_REACH = 40


@dataclass
class _Cue:
    start: int
    end: int  # end of the cue words (particle included)
    word: str
    participle: bool
    content_start: int
    speaker: Speaker | None = None
    source: str | None = None
    content_end: int = -1
    region_start: int = 0
    speaker_at: int = -1
    gap: tuple[int, int] | None = None  # a speech tag inside the content (Quote.gap)
    agent: bool = False  # a passive's agent speaks ("was told by police that", :func:`_passive_agent`)


class _MarkIndex:
    """The quotation-mark pairs found so far (blocks in reading order), with their opening marks'
    offsets sorted beside them: whether a place is inside a pair, a pair opens in a span, or which
    pairs a span holds is then a bisection, not a look through every pair of the article (s36-p: a
    2 MB one-paragraph article's 9,122 quotes each looked through all of them).

    The bisections assume what :func:`pair_marks` gives block after block: disjoint pairs in text
    order. Pairs added out of that order (blocks listed out of text order) switch every question
    back to the look through every pair, so the answers are the same either way."""

    __slots__ = ("marks", "opens", "ordered")

    def __init__(self) -> None:
        self.marks: list[Marks] = []
        self.opens: list[int] = []
        self.ordered = True

    def extend(self, marks: list[Marks]) -> None:
        for m in marks:
            if self.marks and m.open <= self.marks[-1].close:
                self.ordered = False
            self.marks.append(m)
            self.opens.append(m.open)

    def inside(self, pos: int) -> bool:
        """Whether ``pos`` is strictly between a pair's marks."""
        if not self.ordered:
            return any(m.open < pos < m.close for m in self.marks)
        k = bisect_left(self.opens, pos) - 1  # the last pair opening before pos; earlier ones closed
        return k >= 0 and pos < self.marks[k].close

    def opens_in(self, lo: int, hi: int) -> bool:
        """Whether a pair opens at an offset in ``lo:hi``."""
        if not self.ordered:
            return any(lo <= m.open < hi for m in self.marks)
        k = bisect_left(self.opens, lo)
        return k < len(self.opens) and self.opens[k] < hi

    def held(self, start: int, end: int) -> tuple[tuple[int, int], ...]:
        """The quoted words (:attr:`Marks.inner`) of the pairs with ``start <= open + 1`` and
        ``close <= end + 1``, in text order."""
        if not self.ordered:
            return tuple(m.inner for m in self.marks if start <= m.open + 1 and m.close <= end + 1)
        out: list[tuple[int, int]] = []
        for k in range(bisect_left(self.opens, start - 1), len(self.marks)):
            m = self.marks[k]
            if m.close > end + 1:
                break  # the pairs after close later still
            out.append(m.inner)
        return tuple(out)


class _DirectSpans:
    """The spans of the direct quotes found so far, sorted by start: whether a place is inside one
    is a bisection (s36-p). Direct quotes never overlap (each is one pair of marks, or one quote
    extended over the next pair); should two ever overlap, the question goes back to a look
    through every quote, so the answer is the same either way."""

    __slots__ = ("ends", "ordered", "starts")

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.ordered = True

    def add(self, start: int, end: int) -> None:
        if start >= end or not self.ordered:
            return  # an empty span holds no place
        k = bisect_right(self.starts, start)
        if (k > 0 and self.ends[k - 1] > start) or (k < len(self.starts) and self.starts[k] < end):
            self.ordered = False
            return
        self.starts.insert(k, start)
        self.ends.insert(k, end)

    def remove(self, start: int, end: int) -> None:
        if start >= end or not self.ordered:
            return
        k = bisect_left(self.starts, start)
        del self.starts[k], self.ends[k]


@dataclass
class _State:
    article: Article
    speakers: Speakers
    marks_index: _MarkIndex = field(default_factory=_MarkIndex)
    direct_spans: _DirectSpans = field(default_factory=_DirectSpans)
    used_cues: set[int] = field(default_factory=set)
    quotes: list[Quote] = field(default_factory=list)
    last_direct: Quote | None = None
    last_block: int = -2

    @cached_property
    def sentence_ends(self) -> list[int]:
        """Where the article's sentences end, in order (the splitter's, which knows abbreviations
        and initials: "Sorvena Químicos S.A. chief executive X told reporters" is one)."""
        return [s.end for s in self.article.sentences]

    @cached_property
    def stops(self) -> list[int]:
        """The offsets right after each sentence-ending mark of the text (:data:`_SENT_END` over
        the whole text), in order: the last one before a quotation is a bisection
        (:func:`_sentence_start_before`), not a scan of its block. A period the sentence splitter
        reads as no sentence's end (:func:`blocks.abbreviation_stop`: "Governor Ma. Lourdes
        Cataquiz said:", t13an N4, read from "Lourdes") is no stop here either."""
        text = self.article.text
        return [e.end() for e in _SENT_END.finditer(text) if not _abbreviated(text, e.start())]


def _abbreviated(text: str, at: int) -> bool:
    """Whether ``text[at]`` is a period the sentence splitter reads as no sentence's end
    (:func:`blocks.abbreviation_stop`: "Ma." before "Lourdes", "Dr." before a name), the word it
    closes, the next, and the words either side of those (:func:`blocks.word_before`: "Jack Ma."
    ends a sentence) read in the whole text."""
    if text[at] != ".":
        return False
    word = _STOP_WORD_BEFORE.search(text, max(0, at - _WORD_REACH), at + 1)
    nxt = _STOP_WORD_AFTER.match(text, at + 1)
    if word is None or nxt is None:
        return False
    after = _STOP_WORD_AFTER.match(text, nxt.end())
    before = word_before(text, word.start())
    return abbreviation_stop(word.group(), nxt.group(1), before, after.group(1) if after is not None else "")


def _add(
    state: _State,
    start: int,
    end: int,
    kind: str,
    cue: str,
    speaker: Speaker | None,
    source: str | None = None,
    cue_start: int = -1,
    gap: tuple[int, int] | None = None,
    anonymous: bool = False,
) -> Quote:
    text = state.article.text
    described = None
    if speaker is not None and speaker.type == GROUP:
        # "Harbour officials said …": an unnamed group; the quote is kept, unattributed. An
        # unnamed source's words are marked so, to be grouped across articles (group.statements).
        words = speaker.name.lower().split()
        anonymous = anonymous or speaker.key.startswith(ANONYMOUS) or (bool(words) and words[-1] in SOURCE_NOUNS)
        # "the coast guard said" with no such body named here: the corpus may name it
        described = None if anonymous else body_description(speaker.name)
        speaker = None
    if speaker is not None:
        speaker = person_not_capital(speaker)  # '," Sofia said.': a woman, not Bulgaria's capital
    while end > start and text[end - 1] in _END_TRIM:
        end -= 1
    # Reported words after a parenthetical "X said," ("Per the rules, Szabó said, the county …")
    # start after its comma (t13l F11: the statement began with ", "), words after "said:" after
    # its colon (t13x: ": Monday 9 March will be …").
    while start < end and (text[start] in " \t\n" or (kind != "direct" and text[start] in ",;:")):
        start += 1
    marked = state.marks_index.held(start, end)
    if gap is not None and not start < gap[0] < gap[1] < end:
        gap = None
    q = Quote(state.article.doc, start, end, text[start:end], kind, cue, speaker, False, marked, source, cue_start, gap)
    if anonymous:
        q = dataclasses.replace(q, anonymous=True)
    if described is not None:
        q = dataclasses.replace(q, described=described)
    state.quotes.append(q)
    if kind == "direct":
        state.direct_spans.add(start, end)
    if speaker is not None:
        state.speakers.heard(start, speaker)
    return q


def _extend(state: _State, q: Quote, end: int) -> Quote:
    _remove(state, q)
    return _add(state, q.start, end, q.kind, q.cue, q.speaker, q.source, q.cue_start, q.gap, q.anonymous)


# ---------------------------------------------------------------------------------------------
# Reported speech


def _remove(state: _State, q: Quote) -> None:
    """``state.quotes.remove(q)``, looked for from the end, where the quote being extended is (the
    last direct one: only reported speech found since follows it)."""
    quotes = state.quotes
    if state.direct_spans.ordered and q.kind == "direct" and q.start < q.end:
        # no other direct quote overlaps q, so none earlier equals it: q itself is the one removed
        for k in range(len(quotes) - 1, -1, -1):
            if quotes[k] is q:
                del quotes[k]
                state.direct_spans.remove(q.start, q.end)
                return
    quotes.remove(q)
    state.direct_spans.ordered = False  # the spans no longer follow the quotes


def _inside_marks(state: _State, pos: int) -> bool:
    return state.marks_index.inside(pos)


def _inside_quote(state: _State, pos: int) -> bool:
    spans = state.direct_spans
    if not spans.ordered:
        return any(q.start <= pos < q.end for q in state.quotes if q.kind == "direct")
    k = bisect_right(spans.starts, pos) - 1
    return k >= 0 and pos < spans.ends[k]
