"""Where an article writes a capitalised word no mention covers (its open places), and what of the
text after each is kept: all the corpus's typed names read of an article to add a name there."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from waic_reader.index.analysis.entities.gazetteer import latin_letter
from waic_reader.index.analysis.entities.lexicons import NAME_LINK_WORDS, TITLE_CORE, TITLE_MOD
from waic_reader.index.analysis.entities.mentions import Mention
from waic_reader.index.analysis.entry_time import ENTRY_STAMP
from waic_reader.index.corpus.letters import CAP

# A capitalised word (any script).
_CAP_WORD = re.compile(rf"{CAP}[\w'’.-]*")


def capitalised_words(text: str) -> set[str]:
    """The capitalised words of ``text`` a corpus name may start with ("Hydrolyne's" gives
    "Hydrolyne" too)."""
    words = {w.rstrip(".'’-") for w in _CAP_WORD.findall(text)}
    return words | {re.split("['’]", w, maxsplit=1)[0] for w in words if "'" in w or "’" in w}


def _uncovered(word: str, text: str, spans: list[tuple[int, int]], starts: list[int]) -> Iterable[tuple[int, int]]:
    """(offset, k) of each place ``word`` starts a word of ``text`` that no span covers (``k``:
    the index of the first span starting after it)."""
    at = text.find(word)
    while at >= 0:
        here, at = at, text.find(word, at + len(word))
        if here and (text[here - 1].isalnum() or text[here - 1] in "'’.-_"):
            continue  # inside a word
        k = bisect_right(starts, here)
        if k and spans[k - 1][1] > here:
            continue  # a mention covers it
        yield here, k


def _word_starts(text: str, words: set[str] | frozenset[str]) -> dict[str, list[int]]:
    """Where each of ``words`` (capitalised words, :data:`_CAP_WORD` in shape) starts a word of
    ``text`` and ends before a character that is no letter, digit nor hyphen: the places
    :func:`_uncovered` finds and :func:`open_places` keeps, coverage aside, found in one pass over
    the text's capitalised words (a scan of the whole text per word was most of its cost).

    Such a place starts one of the pattern's matches (inside one, the character before it is a
    word's), and the word is that match or the part of it before an apostrophe, dot or "_"."""
    out: dict[str, list[int]] = {}
    for m in _CAP_WORD.finditer(text):
        here = m.start()
        if here and (text[here - 1].isalnum() or text[here - 1] in "'’.-_"):
            continue  # inside a word
        w = m.group()
        if w in words:
            out.setdefault(w, []).append(here)
        if "'" in w or "’" in w or "." in w or "_" in w:
            for i, c in enumerate(w):
                if c in "'’._" and w[:i] in words:
                    out.setdefault(w[:i], []).append(here)
    return out


# A name that types others across the corpus holds none of these, no lower-case word but the
# few a name links its words with (``prose_word``) and is at most MAX_NAME characters long, so
# what an article keeps of the text after each capitalised word no mention covers
# (:func:`open_places`, a window up to the first of these, MAX_NAME characters at most, and the
# few characters a glued word needs) decides every name's match there exactly.
NAME_STOP = re.compile(r"[\n\r\t\v\f,;:()\[\]{}\"“”«»!?|]")
MAX_NAME = 64
# characters read after a name's end: ``corpus_votes._GLUED_AFTER``'s " del X" is six; :func:`firm_cue` reads
# a verb and "she" or "he" after it ("explained she" is thirteen)
_AFTER = 14
# A window may end _AFTER characters into the first lower-case word no name holds: any link word
# a name may end with inside it is shorter, so the name's end and what follows it are kept.
assert max(map(len, NAME_LINK_WORDS)) < _AFTER - 1
_TOKEN = re.compile(r"\S+")


def prose_word(word: str) -> bool:
    """Whether ``word`` (space-delimited) is a lower-case word no name holds: it starts with a
    lower-case letter, lower-casing changes none of it ("iPad", "d'Ivoire", "al-Assad" may be
    names) and it is no link word ("of", "von", "bin": ``NAME_LINK_WORDS``)."""
    return word[:1].islower() and word.lower() == word and word not in NAME_LINK_WORDS


def _name_end(text: str, here: int, limit: int) -> int:
    """Where the first prose word (:func:`prose_word`) after the word at ``here`` starts,
    ``limit`` when none starts before it: no name that types others runs past it."""
    tokens = _TOKEN.finditer(text, here)
    next(tokens, None)  # the capitalised word itself
    for t in tokens:
        if t.start() >= limit:
            break
        if prose_word(t.group()):
            return t.start()
    return limit


@dataclass(frozen=True, slots=True)
class OpenPlace:
    """Where a capitalised word starts that no mention covers: its offset, the offset of the
    next mention's start (-1: none) and ``window``, the text from the offset on (see
    ``NAME_STOP``)."""

    at: int
    next_start: int
    window: str


OpenPlaces = dict[str, tuple[bool, list[OpenPlace]]]  # word → (written in lower case too, places)


def open_places(mentions: Iterable[Mention], text: str, words: Iterable[str] | None = None) -> OpenPlaces:
    """The capitalised words of ``text`` (or of ``words``) where no mention covers them, not
    glued after a capitalised word: all :func:`with_corpus_names` reads of an article to add a
    corpus name there (the search index keeps them, ``kept_mentions.kept_names``, so no
    article is read again to group the corpus). Linear in the text; words in sorted order."""
    spans = sorted((m.start, m.end) for m in mentions)
    starts = [a for a, _ in spans]
    size = len(text)
    out: OpenPlaces = {}
    wanted = capitalised_words(text) if words is None else set(words)
    shaped = {w for w in wanted if _CAP_WORD.fullmatch(w)}  # (all, from capitalised_words)
    found = _word_starts(text, shaped)
    for word in sorted(wanted):
        places: list[OpenPlace] = []
        n = len(word)
        if word in shaped:
            if (at := found.get(word)) is None:
                continue
            # (as _uncovered: the places no mention covers, with the next mention's index)
            uncovered = [(here, k) for here in at if not ((k := bisect_right(starts, here)) and spans[k - 1][1] > here)]
        else:
            uncovered = list(_uncovered(word, text, spans, starts))  # (a word of another shape)
        for here, k in uncovered:
            after = here + n
            if after < size and (text[after].isalnum() or text[after] == "-"):
                continue  # the word runs on: no name whose first word it is starts here
            if _glued_before(text, here):
                continue  # every name starting here is glued to the word before it
            stop = NAME_STOP.search(text, here, here + MAX_NAME)
            limit = min(stop.start() if stop else here + MAX_NAME, size)
            cut = _name_end(text, here, limit) + _AFTER
            places.append(OpenPlace(here, starts[k] if k < len(starts) else -1, text[here:cut]))
        if places:
            out[word] = (_written_lower(word, text), places)
    return out


def _written_lower(word: str, text: str) -> bool:
    """Whether ``text`` writes ``word`` in lower case as a word of its own ("a brook" beside
    "Brook"): not next to a word character or a hyphen. (A scan of the text per word, where a
    pattern compiled per word cost most of what keeping an article's open places did.)"""
    low = word.lower()
    n, size = len(low), len(text)
    at = text.find(low)
    while at >= 0:
        if not (at and _in_word(text[at - 1])) and not (at + n < size and _in_word(text[at + n])):
            return True
        at = text.find(low, at + 1)
    return False


def _in_word(c: str) -> bool:
    """Whether ``c`` continues a word for :func:`_written_lower` (the pattern class ``[\\w-]``)."""
    return c.isalnum() or c in "_-"


# English's articles, demonstratives and possessive determiners (the closed class of central
# determiners, Quirk et al., A Comprehensive Grammar of the English Language, 5.10), capitalised
# as a sentence opens with them; and a possessive's endings.
_DETERMINERS = frozenset("A An The This That These Those Its His Her Their Our My Your".split())
_POSSESSIVE_ENDS = ("'s", "’s", "s'", "s’")


def _glued_before(text: str, at: int) -> bool:
    """Whether a capitalised word (no title) stands right before ``at``, one space apart."""
    if at < 2 or text[at - 1] not in " \u00a0" or not (text[at - 2].isalnum() or text[at - 2] in "'’"):
        return False  # (a sentence's end before it: "on Friday. Hrubec said")
    k = at - 1
    while k > 0 and (text[k - 1].isalnum() or text[k - 1] in "'’-"):
        k -= 1
    word = text[k : at - 1].rstrip(".")
    if not (word and word[0].isupper() and word not in TITLE_CORE and word not in TITLE_MOD):
        return False
    if not latin_letter(word[0]):
        return False  # a word in another script is no name's ("Группировка BlackTarn", t13ar N10)
    if word in _DETERMINERS or word.endswith(_POSSESSIVE_ENDS):
        # "An AlpenRail intercity train", "Saturday's AlpenRail derailment": a sentence's article
        # or a possessive is no word of the name after it (t13aq N9: the firm was named in every
        # article but these two, so the timeline's "first" was a later article)
        return False
    # A live blog's stamp ending in a zone or a word ("11:20 CET Dravec said", "Updated 11:20"):
    # the name opens the entry's sentence, glued to nothing (t13l F13)
    stamp = ENTRY_STAMP.match(text, text.rfind("\n", 0, at) + 1)
    return stamp is None or stamp.end() != at
