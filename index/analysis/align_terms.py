"""The terms two articles' sentences are compared by (:mod:`.align`), shared with the fact sheet:
each word normalised (:func:`normalize`: a light stem, stop words dropped, number words as digits),
a figure with its unit one term, a percentage one term (:func:`sentence_terms`). Words are
the project's alignment tokens (:data:`~waic_reader.index.corpus.tokens.ALIGN_TOKEN`); sentences
are the reader's own (``Article.sentences``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from waic_reader.index.analysis.figures import Figure, after_qualifier, find_figures
from waic_reader.index.analysis.lexicon import NUMBER_WORDS, STOP_WORDS
from waic_reader.index.corpus.date_patterns import CLOCK_TIME
from waic_reader.index.corpus.tokens import ALIGN_TOKEN, SEARCH_TOKEN, fold, number_forms, sequences_as_spaces

# STOP_WORDS and NUMBER_WORDS live in lexicon.py (one list each for the whole engine).

# Words ending in "s" that are not plurals worth folding.
_KEEP_S = frozenset(
    """news series species always perhaps thus this is was has its his hers ours yours theirs does
    goes whereas less unless across chaos bus gas plus bonus campus census status virus crisis
    analysis basis thesis diagnosis emphasis axis tennis texas paris athens brussels lagos davos
    physics politics economics mathematics ethics statistics means""".split()
)

# Acronyms with dots ("U.S."), numbers with separators ("3,000", "5.6"), words with an inner
# apostrophe. Hyphenated compounds split, so "U.S.-China" and "AI-powered" share their parts.
TOKEN = ALIGN_TOKEN
_POSSESSIVE = re.compile(r"['’]s?$")


@lru_cache(maxsize=65536)
def _fold(word: str) -> str:
    """Light stemming: plural, -ed/-ing, British -ise/-our spellings, final -e."""
    w = word
    if len(w) > 5:
        # organisation/organization, criticised/criticized, analyse/analyze, colour/color
        w = re.sub(r"is(e|es|ed|ing|ation|ations|er|ers)$", r"iz\1", w)
        w = re.sub(r"ys(e|es|ed|ing)$", r"yz\1", w)
        w = re.sub(r"our(s|ed|ing|ite|ites|able)?$", r"or\1", w)
        w = re.sub(r"([^aeiou])tre(s)?$", r"\1ter\2", w)  # centre/center
    if len(w) > 3 and w.endswith("s") and w not in _KEEP_S:
        if w.endswith("ies") and len(w) > 4:
            w = w[:-3] + "y"
        elif w.endswith(("sses", "xes", "ches", "shes", "zzes")):
            w = w[:-2]
        elif not w.endswith(("ss", "us", "is")):
            w = w[:-1]
    for suffix in ("ing", "ed"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            w = w[: -len(suffix)]
            if len(w) > 2 and w[-1] == w[-2] and w[-1] not in "lsz":
                w = w[:-1]  # "planned" -> "plan"
            break
    if w.endswith("ation") and len(w) > 7:
        w = w[:-5]  # "organization"/"organize" and "cooperation"/"cooperate" meet
    if len(w) > 4 and w.endswith("e"):
        w = w[:-1]
    return w


@lru_cache(maxsize=65536)
def normalize(token: str) -> str | None:
    """The comparable term for one token, or None for a stop word.

    Acronyms keep their letters ("U.S." and "US" are "us", which the stop list would otherwise
    eat), numbers lose separators ("3,000" is "3000"), number words become digits.
    """
    t = token.replace("’", "'")
    if t[0].isdigit():
        return t.replace(",", "")
    if "." in t:
        return t.replace(".", "").lower()
    t = _POSSESSIVE.sub("", t) if len(t) > 2 else t
    if not t:
        return None
    low = t.lower()
    if low in NUMBER_WORDS:
        return str(NUMBER_WORDS[low])
    if t.isupper() and len(t) > 1:
        return low  # "US", "AI", "IT": an acronym is never a stop word
    if low in STOP_WORDS or len(low) < 2:
        return None
    return _fold(low)


@dataclass(frozen=True, slots=True)
class Term:
    term: str
    start: int  # absolute offsets into the article text
    end: int
    entity: bool


# A compound number word's two halves, a ten and a unit joined by a hyphen ("Twenty-three",
# "forty-five": the English spelling of 21-99, CGEL 5.7): one number, as its digits are one term.
# TOKEN splits hyphenated compounds, so "Twenty-three workers" read as "20" and "3" shared nothing
# with "23 people" and the "3" with "3am" (t13au N17: the Reuters "23 underground" sentence was only
# in B while the feed item said the same).
_TENS = frozenset(range(20, 100, 10))


def terms(text: str, offset: int = 0) -> list[Term]:
    """Content terms of ``text`` with absolute spans; the first word's capital is not a name. A
    hyphenated number word ("Twenty-three") is one term, its digits ("23")."""
    out: list[Term] = []
    last_end = -1  # where the token before ended (a compound number's ten)
    for k, m in enumerate(TOKEN.finditer(text)):
        tok = m.group()
        norm = normalize(tok)
        if norm is None:
            last_end = m.end()
            continue
        entity = tok[0].isdigit() or (tok[0].isupper() and (k > 0 or tok.isupper()))
        low = tok.lower()
        if (
            out
            and low in NUMBER_WORDS
            and 0 < NUMBER_WORDS[low] < 10
            and last_end == m.start() - 1
            and text[m.start() - 1] == "-"
            and out[-1].end == offset + last_end
            and out[-1].term.isdigit()
            and int(out[-1].term) in _TENS
            and not text[out[-1].start - offset].isdigit()
        ):
            ten = out.pop()
            out.append(Term(str(int(ten.term) + NUMBER_WORDS[low]), ten.start, offset + m.end(), ten.entity))
            last_end = m.end()
            continue
        out.append(Term(norm, offset + m.start(), offset + m.end(), entity))
        last_end = m.end()
    return out


def sentence_terms(text: str, offset: int = 0) -> list[Term]:
    """The terms a content sentence ``text`` (at ``offset``) is compared by: :func:`terms`, a
    figure and its unit one term (:func:`_figure_words`: "40 km", "5000000 USD"), a percentage
    one term (:func:`_percentages`). A terminal control sequence in it ("\x1b[31m") is read as
    spaces (:func:`~waic_reader.index.corpus.tokens.sequences_as_spaces`): its "31" is no figure,
    its "m" no word (t13ax N9)."""
    text = sequences_as_spaces(text)
    return _percentages(_figure_words(_clock_words(terms(text, offset), text, offset), text, offset), text, offset)


def _clock_words(ts: list[Term], text: str, offset: int) -> list[Term]:
    """``ts`` (the terms of ``text``, which starts at ``offset``) with each clock time
    (:data:`~waic_reader.index.corpus.date_patterns.CLOCK_TIME`, written with a colon or an a.m./p.m.:
    "2:40 a.m.", "3am", "14:05"; a dotted "9.40" only with its a.m./p.m., else a decimal) one term,
    its time on a 24-hour clock and a space ("02:40 clock"), so no word of a text is ever written
    so: the hour of "shortly before 3am" is no count "three" (t13au N17: the feed item's 3am and
    Reuters' "Three miners were killed" were a shared figure that paired the wrong sentences)."""
    if not any(t.term[:1].isdigit() for t in ts):
        return ts
    spans: list[tuple[int, int, str]] = []
    for m in CLOCK_TIME.finditer(text):
        ampm = (m.group("ampm") or m.group("ampm12") or "").lower()
        if m.group("h") is not None and not ampm and text[m.end("h")] != ":":
            continue  # "5.60": a decimal
        hour = int(m.group("h") or m.group("h12"))
        minute = int(m.group("m") or 0)
        if hour > 24 or minute > 59 or (ampm and not 1 <= hour <= 12):
            continue
        if ampm == "p" and hour < 12:
            hour += 12
        elif ampm == "a" and hour == 12:
            hour = 0
        spans.append((offset + m.start(), offset + m.end(), f"{hour:02d}:{minute:02d} clock"))
    return _covered(ts, spans)


def _percentages(ts: list[Term], text: str, offset: int) -> list[Term]:
    """``ts`` (the terms of ``text``, which starts at ``offset``) with each number the search
    tokeniser reads as a percentage (:data:`~waic_reader.index.corpus.tokens.SEARCH_TOKEN`: "4.5%",
    "4.5 %", "4.5 per cent", "4.5 pct", "45-percent") one term, its sign or words in its span, in
    the one form search compares (:func:`~waic_reader.index.corpus.tokens.number_forms`: "4.5%"):
    a percentage is one word however written (README, search), so "4.5%" and "4.5 per cent" are
    shared, and "cent" is no differing word (t13ad N21). So is a unit the search tokeniser joins
    across a slash ("km/h", "m/s", "mg/l", "30km/h"): one term, folded, never cut to "km" with its
    "/h" in no span (t13ae P12). Compare's alone: quotes' terms are searched (``said:``) as
    :func:`terms` gives them."""
    out: list[Term] = []
    covered = -1  # the end of the last percentage's or slash unit's words
    for t in ts:
        if t.start < covered:
            continue  # "cent" of "4.5 per cent"
        if (
            t.start >= offset
            and (m := SEARCH_TOKEN.match(text, t.start - offset)) is not None
            and offset + m.end() > t.end
        ):
            if t.term[:1].isdigit() and (form := number_forms(fold(m.group()))[0]).endswith("%"):
                out.append(Term(form, t.start, offset + m.end(), t.entity))
                covered = offset + m.end()
                continue
            if "/" in text[t.end - offset : m.end()]:
                out.append(Term(fold(m.group()), t.start, offset + m.end(), t.entity))
                covered = offset + m.end()
                continue
        out.append(t)
    return out


# The figures whose unit (or month, or currency) is written in several ways: "60 km/h" and "60
# kilometres per hour", "Nov. 9" and "9 November", "€3 million" and "3 million euros". Counts
# ("12 people": their noun stays words of its own), years and percentages (:func:`_percentages`)
# are not among them.
_UNIT_KINDS = frozenset({"quantity", "money", "duration", "date"})


def _figure_form(fig: Figure) -> str:
    """The one comparison form of a figure's value and unit ("60 km/h", "3000000 EUR", "3 week",
    "1109 date"): a space in it, so no word of a text is ever written so."""
    value = f"{fig.value:.12g}" + (f"-{fig.high:.12g}" if fig.high is not None else "")
    return f"{value} {fig.unit or fig.kind}"


def _figure_words(ts: list[Term], text: str, offset: int) -> list[Term]:
    """``ts`` (the terms of ``text``, which starts at ``offset``) with the words of each figure
    with a unit (:data:`_UNIT_KINDS`; :func:`~waic_reader.index.analysis.figures.find_figures`,
    the fact sheet's recogniser and its units) one term, spanning its number and unit as written
    (a qualifier, "about", left a word of its own), in one form however the unit is written
    (:func:`_figure_form`): "60 km/h" and "60 kilometres per hour" are one shared word, not "60"
    shared and "km" against "kilometres" and "hour" differing; "three weeks" and "€3 million" share
    nothing (t13ae P12, round s37-z4)."""
    if not any(t.term[:1].isdigit() for t in ts):
        return ts  # no figure (a number word is a digit term too: "three" is "3")
    spans: list[tuple[int, int, str]] = []
    for fig in find_figures(text):
        if fig.kind not in _UNIT_KINDS or fig.vague:
            continue
        lo = max(fig.num_start, after_qualifier(text, fig))
        if lo < fig.num_end:
            spans.append((offset + lo, offset + fig.num_end, _figure_form(fig)))
    return _covered(ts, spans)


def _covered(ts: list[Term], spans: list[tuple[int, int, str]]) -> list[Term]:
    """``ts`` with the terms inside each of ``spans`` (sorted (start, end, form), offsets as the
    terms') replaced by one term ``form`` over the span: a clock time ("3am" → "03:00 clock"), a
    figure with its unit ("60 kilometres per hour": its words one term, not "kilometres", "hour")."""
    if not spans:
        return ts
    out: list[Term] = []
    k = 0
    for t in ts:
        while k < len(spans) and spans[k][1] <= t.start:
            k += 1
        if k < len(spans) and spans[k][0] <= t.start and t.end <= spans[k][1]:
            lo, hi, form = spans[k]
            if not (out and out[-1].term == form and out[-1].start == lo):
                out.append(Term(form, lo, hi, True))
            continue
        out.append(t)
    return out
