"""Live blogs and other dated entries: entry times over short entries (the article's, not date
stamps), a live blog's entries as its article and their ages and labels ("1h ago", "Key event",
"Pinned post") as furniture, a headline over a stamp, a text live blog's headline over its
controls, and a timeline's date lines over its events.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from waic_reader.index.analysis.entry_time import CLOCK
from waic_reader.index.analysis.noise.block_rules import SPACED_DATE, is_stamp_line
from waic_reader.index.analysis.noise.features import (
    HEADLINE_WORDS,
    Feat,
    block_features,
    inflected,
    next_block,
    stamp_label,
)
from waic_reader.index.analysis.noise.patterns import LIVE_CONTROL
from waic_reader.index.corpus.blocks import Block
from waic_reader.index.corpus.date_parse import parse

# A live blog's entry time: a clock time alone on its line, or a Markdown heading opening with
# one, alone or with the entry's heading after it ("## 18:00", "### 9.15am", "## 18:42 Update",
# "## 14:05 GMT — Minister speaks"): the author made it a heading, the entry's, not a page's
# stamp (issue 13, s18).
ENTRY_TIME = re.compile(rf"^\s*(?:{CLOCK}|#{{1,6}}\s+{CLOCK}(?:[\s\W]*?\s\w.*)?)\s*$", re.I)


# A live blog has at least this many entries, each a clock time alone on its line over its text.
_LIVE_ENTRIES = 2
# A live blog entry's header between its time and its text: content, as the time is ("Key events"
# and "Show key events only" are the page's controls).
_ENTRY_HEADER = re.compile(r"^\s*(?:key event|pinned(?: post)?)\W*$", re.I)


def entry_times(stamps: Iterable[int], feat: Callable[[int], Feat], n: int, kept: Callable[[int], bool]) -> list[int]:
    """A live blog's entry times ("10.41 GMT"): of ``stamps`` (lines holding a clock time alone),
    those straight over an entry's sentence that ``kept`` says is the article's, when there are
    two or more: the story's own headers, not date stamps (one "10:41" over a text is a stamp).
    An entry's header between its time and its sentence ("Key event", "Pinned post") is given
    with them: the story's, as its time is."""
    out = []
    headers = []
    for i in stamps:
        j = i + 1
        while j < n and not feat(j).n:
            j += 1
        # An entry's header under its time ("Key event", "Pinned post"): the entry's, as its time is.
        if j < n and _ENTRY_HEADER.match(feat(j).text):
            header = j
            j += 1
            while j < n and not feat(j).n:
                j += 1
        else:
            header = None
        # (And a short heading under it, "Talks collapse", over the entry's text.)
        if j < n and entry_heading(feat(j)):
            j += 1
            while j < n and not feat(j).n:
                j += 1
        if j < n and kept(j) and feat(j).sentence_end and feat(j).n >= 3:
            out.append(i)
            if header is not None:
                headers.append(header)
    return out if len(out) >= _LIVE_ENTRIES else []


# A live blog entry's heading between its time and its text: a short line, no sentence.
_ENTRY_HEADING_WORDS = 15
# An entry's age over or under its time ("1h ago", "25 minutes ago"): furniture.
_AGO = re.compile(r"^\s*\d{1,3}\s*(?:s|m|mins?|minutes?|h|hrs?|hours?|d|days?)\s+ago\W*$", re.I)


def entry_heading(f: Feat) -> bool:
    """A live blog entry's heading under its time: a short line that is no sentence, time or age."""
    return (
        0 < f.n <= _ENTRY_HEADING_WORDS
        and not f.sentence_end
        and ENTRY_TIME.match(f.text) is None
        and _AGO.match(f.text) is None
        and _ENTRY_HEADER.match(f.text) is None
    )


# What the run and position rules may have made of an entry's heading before it is read as one.
_HEADING_KINDS = ("byline", "navigation", "headline-list", "outside-article")
# Between one live blog entry's text and the next entry's time: at most this many lines, each the
# page's furniture ("Share", "3h ago").
_ENTRY_GAP = 3


def live_blog(
    feats: list[Feat], labels: list[tuple[str, str] | None], lo: int, hi: int
) -> tuple[set[int], set[int]] | None:
    """A live blog's entries, when the text around its main run of prose (``lo``..``hi``) is one:
    :data:`_LIVE_ENTRIES` or more entries in a row, each a clock time alone on its line ("13.58
    GMT"), an optional header ("Key event") and heading ("Talks collapse"), then its paragraphs,
    with only furniture between one entry's text and the next time ("Share", "3h ago"), one of
    them meeting the main run. The entries are the article: the blocks of their times, headings
    and paragraphs (first set); their ages and headers are furniture (second set). None if none.

    A page's summary of its key events ("1h ago" over "Talks collapse") has no paragraphs: it is
    no entry. The entries' paragraphs are read before the position rules judge them, so an entry
    after a short first one is no text "after the article"."""
    n = len(feats)

    def nxt(j: int) -> int:
        while j < n and not feats[j].n:
            j += 1
        return j

    def stamp(j: int) -> bool:
        lab = labels[j]
        return ENTRY_TIME.match(feats[j].text) is not None and (lab is None or lab[1].startswith("date, time"))

    def furniture(j: int) -> bool:
        return _AGO.match(feats[j].text) is not None or _ENTRY_HEADER.match(feats[j].text) is not None

    def entry(i: int) -> tuple[list[int], list[int], int] | None:
        body, furn = [i], []
        j = nxt(i + 1)
        while j < n and furniture(j):
            furn.append(j)
            j = nxt(j + 1)
        if j < n and entry_heading(feats[j]) and ((lab := labels[j]) is None or lab[0] in _HEADING_KINDS):
            body.append(j)
            j = nxt(j + 1)
        paras = 0
        while j < n and labels[j] is None and feats[j].sentence_end and feats[j].n >= 3 and not stamp(j):
            body.append(j)
            paras += 1
            j = nxt(j + 1)
        return (body, furn, j) if paras else None

    best: list[tuple[list[int], list[int], int]] = []
    run: list[tuple[list[int], list[int], int]] = []
    i = 0
    while i < n:
        got = entry(i) if feats[i].n and stamp(i) else None
        if got is None:
            i += 1
            continue
        if run:
            # The next entry's time follows the last entry's text past furniture only.
            gap = [k for k in range(run[-1][2], i) if feats[k].n]
            if len(gap) > _ENTRY_GAP or any(labels[k] is None and not furniture(k) for k in gap):
                run = []
        run.append(got)
        if len(run) > len(best):
            best = list(run)
        i = got[2]
    if len(best) < _LIVE_ENTRIES or not any(lo <= k <= hi for body, _f, _e in best for k in body):
        return None
    content = {k for body, _f, _e in best for k in body}
    furn = {k for _b, f, _e in best for k in f}
    # An entry's age over its time ("1h ago" over "13.58 GMT") and the ages between entries.
    first, last = min(content), max(content)
    furn.update(k for k in range(max(0, first - 2), last + 1) if feats[k].n and _AGO.match(feats[k].text))
    return content, furn - content


def is_entry_time(f: Feat, label: tuple[str, str]) -> bool:
    """A line the stamp rule took that holds a clock time alone ("10.41 GMT", "11:02am")."""
    return label[1].startswith("date, time") and ENTRY_TIME.match(f.text) is not None


# A year in a stamp: a card's date names its year, a live blog's entry time does not.
_STAMP_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# And a clock time: a chronology's entries are dated by their day alone.
_CARD_CLOCK = re.compile(r"(?<![\d:.])[0-2]?\d[:.][0-5]\d(?![\d:])")
_STAMP_LABEL = re.compile(r"\W*(?:first |last )?(?:published|posted|updated|modified|date)\b", re.I)


def headed_stamp(
    blocks: list[Block],
    feats: list[Feat],
    labels: list[tuple[str, str] | None],
    is_prose: list[bool],
    i: int,
    end: int,
) -> int | None:
    """The date stamp (naming its year and a clock time, no "Published" label) straight under
    block ``i`` when ``i`` is a headline-like line of four words or more that no rule labelled,
    both up to block ``end``: a dated card's, or a live blog entry's, heading and stamp."""
    f = feats[i]
    if labels[i] is not None or not (f.headline_like and f.n >= HEADLINE_WORDS) or is_prose[i]:
        return None
    j = next_block(feats, i, 1)
    stamp = blocks[j].text if j is not None else ""
    if j is None or j > end or not (_STAMP_YEAR.search(stamp) and _CARD_CLOCK.search(stamp)):
        return None  # (a chronology's entries are dated by their day alone: the article's own)
    if _STAMP_LABEL.match(stamp):
        return None  # (a labelled stamp, "Published Thursday 27 July 2017", is an article's own)
    if not (stamp_label(labels[j]) or (labels[j] is None and SPACED_DATE.fullmatch(stamp))):
        return None
    return j


def stamp_time(text: str) -> str | None:
    """A stamp's date and time in ISO 8601, or None (no date, or day and month either way round)."""
    try:
        return parse(text)
    except ValueError:
        return None


def last_entry(
    blocks: list[Block],
    feats: list[Feat],
    labels: list[tuple[str, str] | None],
    is_prose: list[bool],
    start: int,
    end: int,
) -> int:
    """The main text's end (``end``) moved over a live blog's entries that follow it: each a
    heading over its stamp over prose naming the heading's words (:func:`entry_body`), stamped the
    same day as the last entry inside the main text and continuing its time order. An entry's
    heading and stamp cost more than a short last entry's text weighs, so the main text's run had
    ended before it. Entries inside the main text are needed: a list of other stories' cards after
    an article with none stays out."""
    heads = [(i, j) for i in range(start, end) if (j := headed_stamp(blocks, feats, labels, is_prose, i, end))]
    if not heads:
        return end
    times = [stamp_time(blocks[j].text) for _i, j in heads[-2:]]
    step = 0
    if len(times) == 2 and times[0] and times[1] and times[0] != times[1]:
        step = 1 if times[1] > times[0] else -1
    last = times[-1]
    while last is not None:
        i = next_block(feats, end, 1)
        j = headed_stamp(blocks, feats, labels, is_prose, i, len(feats)) if i is not None else None
        k = next_block(feats, j, 1) if j is not None else None
        if i is None or j is None or k is None or not is_prose[k] or not entry_body(feats[i], feats[k]):
            break
        when = stamp_time(blocks[j].text)
        if when is None or when[:10] != last[:10] or when == last:
            break
        this = 1 if when > last else -1
        if step and this != step:
            break
        step, last, end = this, when, k
    return end


# A live blog's entry: the prose under its stamp names at least this many of its heading's words
# (by their first letters, :func:`inflected`: "restore" and "restored").
_ENTRY_WORDS = 2
# A live blog's entries: at least this many headed stamps in a row, in time order (either way).
_LIVE_RUN = 3


def entry_body(heading: Feat, prose: Feat) -> bool:
    """Whether ``prose`` under a headed stamp tells the heading's story: it names
    :data:`_ENTRY_WORDS` of the heading's words. Another story's card is followed by the article's
    next paragraph, about something else."""
    want = {inflected(w) for w in heading.vocab}
    return len(want & {inflected(w) for w in prose.vocab}) >= _ENTRY_WORDS


def live_entries(blocks: list[Block], cards: list[tuple[int, int]]) -> set[int]:
    """The headings of ``cards`` (heading, stamp) that are a live blog's entries: runs of
    :data:`_LIVE_RUN` or more whose stamps read in time order, oldest or newest first (the
    article's own updates, content; other stories' cards are few and of any day)."""
    when = [stamp_time(blocks[j].text) for _i, j in cards]
    out: set[int] = set()
    start = 0
    while start < len(cards):
        end = start + 1
        step = 0
        while end < len(cards):
            a, b = when[end - 1], when[end]
            if a is None or b is None or a == b:
                break
            this = 1 if b > a else -1
            if step and this != step:
                break
            step, end = this, end + 1
        if end - start >= _LIVE_RUN and all(w is not None for w in when[start:end]):
            out.update(i for i, _j in cards[start:end])
        start = end if end > start + 1 else start + 1
    return out


# A live blog's badge ("Live"), over or under its headline: a control, but no sign of where its
# headline is.
_BADGE = re.compile(r"^\W*live\W*$", re.I)
# How far above a live blog's first control its headline is sought (the controls, an "Updated"
# stamp and a "Live" badge between them).
_LIVE_HEAD_WINDOW = 4


def live_headline(blocks: list[Block], labels: list[tuple[str, str] | None]) -> int | None:
    """A live blog's headline: the line over its controls ("Key events", "Show key events only"),
    past any other noise and a one-word badge ("Live") between them, when it reads as a headline
    (two to 22 words, no sentence, no stamp); else None. Its first entry is no headline."""
    first = next(
        (
            i
            for i, lab in enumerate(labels)
            if lab is not None and lab[0] == "live-blog" and not _BADGE.match(blocks[i].text)
        ),
        None,
    )
    if first is None:
        return None
    i, steps = first - 1, 0
    while i >= 0 and steps < _LIVE_HEAD_WINDOW:
        f = block_features(blocks[i])
        if f.n == 0:
            i -= 1
            continue
        steps += 1
        if labels[i] is None and f.n >= 2:
            return i if f.headline_like and not is_stamp_line(f) else None
        i -= 1
    return None


# A chronology's entries: at least this many date lines in a row, each straight over its sentences.
_TIMELINE_ENTRIES = 3


def timeline(
    blocks: list[Block], feats: list[Feat], labels: list[tuple[str, str] | None], lo: int, hi: int
) -> set[int]:
    """A timeline article's entries ("March 14, 2025" over "The Nordlys leaves Halvik ..."):
    :data:`_TIMELINE_ENTRIES` or more date lines in a row that the stamp rule took, each straight
    over one or more sentences, nothing else between, their dates in order (oldest or newest
    first), meeting the main run of prose (``lo``..``hi``). The dates are the article's structure,
    not its byline's stamp: the blocks of all the entries, or an empty set.

    A byline's one date over the text, a labelled stamp ("Published March 14, 2025") and other
    stories' cards (a headline over each date) are no such run."""
    n = len(feats)

    def nxt(j: int) -> int:
        while j < n and not feats[j].n:
            j += 1
        return j

    def dated(j: int) -> str | None:
        lab, text = labels[j], blocks[j].text
        if lab is None or not lab[1].startswith("date, time") or ENTRY_TIME.match(text) or _STAMP_LABEL.match(text):
            return None
        return stamp_time(text)

    def sentence(j: int) -> bool:
        return labels[j] is None and feats[j].sentence_end and feats[j].n >= 3

    best: list[list[int]] = []
    run: list[list[int]] = []
    when: list[str] = []
    i = nxt(0)
    while i < n:
        day = dated(i)
        body = [i]
        j = nxt(i + 1)
        while day is not None and j < n and sentence(j):
            body.append(j)
            j = nxt(j + 1)
        if day is None or len(body) == 1:
            run, when = [], []
            i = nxt(i + 1)
            continue
        if run and (nxt(run[-1][-1] + 1) != i or not _in_order([*when, day])):
            run, when = [], []
        run.append(body)
        when.append(day)
        if len(run) > len(best):
            best = list(run)
        i = j
    if len(best) < _TIMELINE_ENTRIES:
        return set()
    out = {k for body in best for k in body}
    if not any(lo <= k <= hi for k in out) and nxt(hi + 1) != min(out):
        return set()
    return out


def _in_order(days: list[str]) -> bool:
    """Whether ``days`` (ISO 8601) read in time order, oldest or newest first, no day twice."""
    return all(a < b for a, b in zip(days, days[1:])) or all(a > b for a, b in zip(days, days[1:]))


# A live blog's summary of its key events: the header over it ("Key events", the toggle "Show key
# events only" where a page sets the summary under that), then a line for each entry it links to.
_KEY_EVENTS = re.compile(r"^\s*(?:key events|show key events only|filter(?: by)?:? key events)\W*$", re.I)
# A summary's line opening with its entry's time or age ("12.10 GMT Coastguard confirms …", "1h
# ago Talks collapse"), a list's bullet before it.
_KEY_EVENT_STAMP = re.compile(
    r"^\s*(?:[-•*]\s*)?(?:\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?|\d{1,2}\s*[ap]\.?m\.?|\d{1,3}\s*(?:m|mins?|minutes?|h|hrs?|hours?)\s+ago)"
    r"(?:\s+[A-Z]{2,4}(?:[+-]\d{1,2})?)?\s+\S",
    re.I,
)
# A summary's line: an entry's headline, at most this many words.
_KEY_EVENT_WORDS = 25
KEY_EVENTS_LABEL = ("live-blog", "live blog's key-events summary (a line linking to an entry, under “Key events”)")


def key_events_summary(feat: Callable[[int], Feat], n: int) -> set[int]:
    """The lines of a live blog's key-events summary (issue #14, s18 item 2): under a "Key events"
    header (:data:`_KEY_EVENTS`), the run of short lines (up to :data:`_KEY_EVENT_WORDS` words)
    each an entry's headline, as many as follow up to the first entry (a clock time alone on its
    line), a paragraph of prose or another header; its entries' ages ("1h ago") between them.
    Furniture, as the header is: the entries themselves, with their times, are the story.

    Only on a live blog: every line opens with its entry's time or age, or the page has two entry
    times alone on their lines after the summary (an article's own "Key events" section over a
    list of its dates, "1914: war begins", stays the article's). A control among its lines
    (:data:`patterns.LIVE_CONTROL`) is none of them, and a day alone ends them (t13y G14: "Please
    turn on JavaScript to use this feature" and "9 March 2026" were given this reason). Returns
    block indices (empty when there is no such summary, or one of fewer than two lines)."""
    out: set[int] = set()
    i = 0
    while i < n:
        if not _KEY_EVENTS.match(feat(i).text):
            i += 1
            continue
        items: list[int] = []
        ages: list[int] = []
        j = i + 1
        while j < n:
            f = feat(j)
            if not f.n:
                j += 1
                continue
            if LIVE_CONTROL.match(f.text.strip()):
                j += 1  # a control between the header and its lines ("Please turn on JavaScript …")
                continue
            if _AGO.match(f.text):
                ages.append(j)
            elif (
                # a day alone ("9 March 2026") heads the entries under it, no summary's line
                is_stamp_line(f)
                or ENTRY_TIME.match(f.text) is not None
                or _KEY_EVENTS.match(f.text)
                or f.n > _KEY_EVENT_WORDS
                or not (_KEY_EVENT_STAMP.match(f.text) or not f.sentence_end)
            ):
                break
            else:
                items.append(j)
            j += 1
        stamped = all(_KEY_EVENT_STAMP.match(feat(k).text) for k in items)
        live = stamped or sum(1 for k in range(j, n) if feat(k).n and ENTRY_TIME.match(feat(k).text)) >= _LIVE_ENTRIES
        if len(items) >= _LIVE_ENTRIES and live:
            out.update(items)
            out.update(ages)
        i = j
    return out
