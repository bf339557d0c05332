"""Teaser cards: other stories' cards (headline, date, a one-paragraph summary), cards stamped
"N minutes ago", and cards between the article's paragraphs (a headline over a bare date
stamp), which split nothing; and a glossary's topic cards, each closed by its source line.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Collection

from waic_reader.index.analysis.noise.block_rules import DATED_BYLINE, byline_date, calendar_dated, dated, phrase_label
from waic_reader.index.analysis.noise.features import HEADLINE_WORDS, Feat, next_block
from waic_reader.index.analysis.noise.lists import RUN_KINDS
from waic_reader.index.analysis.noise.live import ENTRY_TIME, entry_body, headed_stamp, live_entries, stamp_time
from waic_reader.index.analysis.noise.patterns import FOLD_CASE, HEADERS, SOURCE_WORD
from waic_reader.index.corpus.blocks import Block
from waic_reader.index.corpus.date_stamps import is_stamp
from waic_reader.index.corpus.tokens import TYPED_CLOCK


def header_owns(labels: list[tuple[str, str] | None], run: list[int]) -> bool:
    """Whether every item of a bulleted run is one :func:`consume_after_headers` gave to the
    related-stories header over it."""
    return all((lab := labels[i]) is not None and lab[1].startswith("item of the list under ") for i in run)


def inline_cards(
    blocks: list[Block],
    feats: list[Feat],
    labels: list[tuple[str, str] | None],
    is_prose: list[bool],
    body_start: int,
    body_end: int,
) -> None:
    """Other stories' cards set between the article's paragraphs: a headline-like line (four words
    or more, no closing full stop) straight over a date stamp that names its year and a clock time
    ("23. 12. 2024 13:31"), after the article's first paragraph. The article's own section headings
    are not dated, its chronology's entries by their day alone ("March 3, 2025"), and its headline
    and byline's stamp lie above its first paragraph. A live blog's entries are the article's too:
    a heading and its stamp over prose naming the heading's words (:func:`entry_body`), stamped
    the day of another such heading (a teaser's blurb retells its headline too, but a lone card or
    cards of different days are other stories'), or three headed stamps or more in time order
    (:func:`live_entries`)."""
    first = next((i for i in range(body_start, body_end + 1) if is_prose[i]), None)
    if first is None:
        return
    headed: list[tuple[int, int]] = []
    told: set[int] = set()
    for i in range(first + 1, body_end):
        j = headed_stamp(blocks, feats, labels, is_prose, i, body_end)
        if j is None:
            continue
        headed.append((i, j))
        k = next_block(feats, j, 1)
        if k is not None and k <= body_end and is_prose[k] and entry_body(feats[i], feats[k]):
            told.add(i)  # (a live blog's entry: its heading, its time, then its own text)
    # (An entry's text tells its heading's story, but so does a teaser's blurb: a lone card, or
    # cards of different days, are other stories'; a live blog's entries share their day.)
    days = Counter(t[:10] for _i, j in headed if (t := stamp_time(blocks[j].text)))
    told = {i for i, j in headed if i in told and days[(stamp_time(blocks[j].text) or "")[:10]] >= 2}
    entries = live_entries(blocks, headed) | told
    for i, j in headed:
        if i in entries:
            continue
        reason = "teaser for another story inside the article: a headline over its date stamp"
        labels[i] = ("headline-list", reason)
        labels[j] = ("headline-list", "date stamp of another story's teaser inside the article")


# Teaser cards of other stories written out as text: a headline, its date, a summary of at most
# this many words, at least this many cards in a row.
def _label_card_runs(
    lines: list[int],
    labels: list[tuple[str, str] | None],
    card: Callable[[int], int],
    box: Callable[[list[int], int], tuple[str, str] | None],
) -> None:
    """Label every run of cards: ``card(pos)`` is the number of lines of the card opening at
    ``lines[pos]`` (0: none opens there); ``box(starts, end)`` the (kind, reason) of the run of
    cards opening at the positions ``starts`` and ending before ``end``, or None when the run is no
    box (too short, or not of that kind), and the scan moves on one line."""
    pos = 0
    while pos < len(lines):
        starts: list[int] = []
        end = pos
        while (size := card(end)) > 0:
            starts.append(end)
            end += size
        found = box(starts, end) if starts else None
        if found is None:
            pos += 1
            continue
        for k in lines[pos:end]:
            labels[k] = found
        pos = end


_CARD_SUMMARY_WORDS = 80
_CARDS_MIN = 3
# The lines naming a card's authors between its headline and its stamp, and their most words.
_CARD_NAME_LINES = 2
_CARD_NAME_WORDS = 5


def teaser_cards(feats: list[Feat], labels: list[tuple[str, str] | None]) -> None:
    """Other stories' cards in a row, each a headline (4 to 30 words), up to
    :data:`_CARD_NAME_LINES` lines naming its author ("Kaylee McGhee", "& Shea Garrison", "Rep.
    Darin LaHood"), a date stamp under it and one summary paragraph (up to
    :data:`_CARD_SUMMARY_WORDS` words), :data:`_CARDS_MIN` or more of them (a "More stories for
    you" box saved as text): its summaries read as prose and had drawn the article's main text on
    over them (unseen25, session 27: an opinion site's fifteen cards of headline, author, date and
    summary were all the article's). A live blog's entries are stamped with a clock time, not a
    calendar date, and run to more than one paragraph: each stamp here holds a date (a month's
    name or a numeric date), and the next card's headline follows each summary. A chronology's
    entries each carry their own date; a box of the latest stories shows one date on two cards or
    more."""
    lines = [i for i, f in enumerate(feats) if f.n]

    def name_line(i: int) -> bool:
        f, lab = feats[i], labels[i]
        # (no "By X" line: an article's own byline, over its stamp and first paragraph, is no card's)
        return lab is None and f.headline_like and f.n <= _CARD_NAME_WORDS and not dated(f) and f.lows[0] != "by"

    def card(pos: int) -> int:
        names = 0
        while names < _CARD_NAME_LINES and pos + 1 + names < len(lines) and name_line(lines[pos + 1 + names]):
            if _stamp(lines[pos + 1 + names]):
                break
            names += 1
        for extra in sorted({names, 0}, reverse=True):  # (the name lines, or none: a name-like stamp)
            if pos + 2 + extra >= len(lines):
                continue
            h, d, b = lines[pos], lines[pos + 1 + extra], lines[pos + 2 + extra]
            fh, fd, fb = feats[h], feats[d], feats[b]
            if (
                labels[h] is None
                and fh.headline_like
                and HEADLINE_WORDS <= fh.n <= 30
                and _stamp(d)
                and (dated(fd) or (labels[d] or ("", ""))[1].startswith(DATED_BYLINE))  # ("am 3. Juni 2026")
                and not ENTRY_TIME.match(fd.text)  # a live blog's "10.41 GMT"
                and labels[b] is None
                and not fb.headline_like
                and fb.n <= _CARD_SUMMARY_WORDS
            ):
                return 3 + extra
        return 0

    def _stamp(d: int) -> bool:
        # (A byline naming its date is a card's stamp too: "by Andy Plesser on 01/10/2016" under
        # each headline of a "Recent Videos" box; issue #14, unseen33 beettv-1.)
        return (lab := labels[d]) is not None and lab[1].startswith(("date, time", DATED_BYLINE))

    def box(starts: list[int], end: int) -> tuple[str, str] | None:
        # (A byline's stamp by its date alone: two writers' cards of one day share it.)
        stamps = Counter(
            (byline_date(text := feats[lines[_card_stamp(p)]].text) or text).strip().lower() for p in starts
        )
        # (every card naming its author: no chronology's entries, which need no shared day)
        signed = all(b - a > 3 for a, b in zip(starts, [*starts[1:], end], strict=True))
        if len(starts) < _CARDS_MIN or (max(stamps.values()) < 2 and not signed):
            return None
        header = next_block(feats, lines[starts[0]], -1)
        if header is not None and _box_header(header):
            labels[header] = (
                "headline-list",
                f"related-stories header over {len(starts)} teaser cards (“{feats[header].text.strip()[:30]}”)",
            )
        return "headline-list", f"one of {len(starts)} teaser cards in a row (headline, date, summary): other stories"

    def _box_header(h: int) -> bool:
        # The box's header, which the header rule let go over its first card's headline and summary
        # as a section heading over prose ("Recent Videos"; menus.consume_after_headers).
        lab = labels[h] or phrase_label(feats[h])
        return lab is not None and lab[0] == "headline-list" and lab[1].startswith(HEADERS)

    def _card_stamp(pos: int) -> int:
        k = pos + 1
        while not _stamp(lines[k]):
            k += 1
        return k

    _label_card_runs(lines, labels, card, box)


# A relative time stamp, alone or after a byline run on to it: "2 hours ago", "By Jane Roe42 minutes ago".
_AGO = re.compile(
    r"^(?:by\s+[^\d\n]{2,40}?)?\s*(?:\d{1,3}|an?|one)\s*(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?)\s+ago\W*$", FOLD_CASE
)
_AGO_PERIODS = (2, 3, 4)
_CARD_HEADER_WORDS = 4


def stamped_cards(feats: list[Feat], labels: list[tuple[str, str] | None]) -> set[int]:
    """Other stories' cards, each stamped with how long ago it was posted ("By Jane Roe 42 minutes
    ago"), two or more of them at the same spacing (a headline over each stamp, the same lines of
    two to four in every card: an outlet's name, a section), all short lines with no full stop;
    and a short header straight over the first card ("Recommended", "Courier Picks"). An
    article's own text gives its dates, never "N minutes ago"; a recommendation box set between
    its paragraphs had stayed the article's. Returns the boxes' blocks."""
    lines = [i for i, f in enumerate(feats) if f.n]
    stamps = [pos for pos, i in enumerate(lines) if _AGO.match(feats[i].text)]
    found: set[int] = set()

    def free(i: int) -> bool:
        lab = labels[i]
        return (lab is None or lab[0] in (*RUN_KINDS, "byline")) and feats[i].headline_like

    k = 0
    while k < len(stamps):
        run = [stamps[k]]
        for period in _AGO_PERIODS:
            run = [stamps[k]]
            while k + len(run) < len(stamps) and stamps[k + len(run)] - run[-1] == period:
                run.append(stamps[k + len(run)])
            if len(run) >= 2:
                break
        if len(run) < 2:
            k += 1
            continue
        period = run[1] - run[0]
        first, last = run[0] - 1, run[-1] + period - 2
        if first < 0 or last >= len(lines) or not all(free(lines[p]) for p in range(first, last + 1)):
            k += 1
            continue
        box = [lines[p] for p in range(first, last + 1)]
        if first > 0:
            h = lines[first - 1]
            if labels[h] is None and feats[h].headline_like and feats[h].n <= _CARD_HEADER_WORDS:
                box.insert(0, h)
        for i in box:
            labels[i] = ("headline-list", f"one of {len(run)} other stories' cards stamped “N minutes ago”")
        found.update(box)
        k += len(run)
    return found


# A topic card's source line: "Source: Wikipedia", "来源：维基百科", "Quelle: Duden" (a name or a
# reference, no sentence of its own).
_SOURCE_LINE = re.compile(rf"^\s*{SOURCE_WORD}\s*[:：]\s*\S", FOLD_CASE)
# The most words of a source line, of a card's title, and of its blurb.
_SOURCE_WORDS = 16
_CARD_TITLE_WORDS = 8
_BLURB_WORDS = 120
# The fewest cards in a row that make a box of them.
_SOURCED_CARDS_MIN = 3


def sourced_blurbs(feats: list[Feat], labels: list[tuple[str, str] | None]) -> None:
    """A box of topic cards after an article (a glossary of the terms it uses), each a short title
    (up to :data:`_CARD_TITLE_WORDS` words, no closing full stop), one blurb defining it (up to
    :data:`_BLURB_WORDS` words) and a source line ("Source: Wikipedia", "来源：维基百科"),
    :data:`_SOURCED_CARDS_MIN` or more in a row with nothing between them: each card is labelled
    ``related-topics``. The blurbs read as prose and had drawn the article's main text on over
    them. (An article cites its sources in its sentences, or once under a chart; it does not close
    each paragraph with a source line under a title of its own.)"""
    lines = [i for i, f in enumerate(feats) if f.n]

    def source(i: int) -> bool:
        f, lab = feats[i], labels[i]
        return (
            (lab is None or lab[0] == "attribution") and f.n <= _SOURCE_WORDS and _SOURCE_LINE.match(f.text) is not None
        )

    def card(pos: int) -> int:
        if pos + 2 >= len(lines):
            return 0
        t, b, s = (lines[pos + k] for k in range(3))
        ft, fb = feats[t], feats[b]
        return 3 * (
            labels[t] is None
            and ft.n <= _CARD_TITLE_WORDS
            and not ft.sentence_end
            and not source(t)
            and labels[b] is None
            and fb.n <= _BLURB_WORDS
            and not source(b)
            and source(s)
        )

    def box(starts: list[int], end: int) -> tuple[str, str] | None:
        cards = len(starts)
        if cards < _SOURCED_CARDS_MIN:
            return None
        return (
            "related-topics",
            f"one of {cards} topic cards in a row (title, blurb, source line): a glossary, not the article",
        )

    _label_card_runs(lines, labels, card, box)


# A kept card's date stamp: a short line (at most this many words) holding a date, among the
# lines left out around its summary, at most this many lines away from it.
_KEPT_CARD_STAMP_WORDS = 8
_KEPT_CARD_REACH = 3
# The most lines from one kept card's summary to the next (the card's furniture between them).
_KEPT_CARD_GAP = 12


def kept_card_summaries(
    feats: list[Feat],
    left_out: Collection[int],
    labels: list[tuple[str, str] | None],
    phrase: Callable[[int], tuple[str, str] | None],
    skip: Collection[int] = (),
) -> None:
    """Other stories' cards whose summaries an HTML page's extractor kept in the main text while it
    left out the rest of each card: a summary (a kept line of up to :data:`_CARD_SUMMARY_WORDS`
    words, no headline's shape, no rule's label, alone between left-out lines) straight under a
    left-out headline (:data:`HEADLINE_WORDS` to 30 words, no closing full stop, no phrase rule's)
    (a menu row's or a list's, by the phrase rules, at most) with a left-out date stamp (a short line naming a calendar day, :func:`calendar_dated`; no live
    blog's clock time, no price) within :data:`_KEPT_CARD_REACH` lines of it, :data:`_CARDS_MIN` or
    more such cards in a row with no other kept line between them, after kept text of the article.
    A site's feed of its latest stories under the article (headline, date and author, summary, tags,
    "more") gave the extractor 35 summaries it read as the article's paragraphs (issue #14,
    unseen40 4pda-1). An article's own sections have undated headings; a live blog's entries
    (``skip``) are stamped with clock times. Labels the summaries and their headlines in place."""
    lines = [i for i, f in enumerate(feats) if f.n]

    def stamp(i: int) -> bool:
        f = feats[i]
        return (
            i in left_out
            and f.n <= _KEPT_CARD_STAMP_WORDS
            and not f.sentence_end
            and calendar_dated(f)
            and ENTRY_TIME.match(f.text) is None
        )

    def card(pos: int) -> bool:
        i, f = lines[pos], feats[lines[pos]]
        if i in left_out or i in skip or labels[i] is not None or f.headline_like or f.n > _CARD_SUMMARY_WORDS:
            return False
        if pos == 0 or (pos + 1 < len(lines) and lines[pos + 1] not in left_out):
            return False
        h = lines[pos - 1]
        fh = feats[h]
        if h not in left_out or not (fh.headline_like and HEADLINE_WORDS <= fh.n <= 30):
            return False
        if (said := phrase(h)) is not None and said[0] not in ("navigation", "headline-list"):
            return False  # (a prompt or a label; a headline read as a menu row or a list's item is one)
        # (the stamp among the card's left-out lines: no kept line between it and the summary)
        for step in (-1, 1):
            k = pos + step * (2 if step < 0 else 1)
            while 0 <= k < len(lines) and abs(k - pos) <= _KEPT_CARD_REACH and lines[k] in left_out:
                if stamp(lines[k]):
                    return True
                k += step
        return False

    first_kept = next((pos for pos, i in enumerate(lines) if i not in left_out and labels[i] is None), len(lines))
    pos = first_kept + 1
    while pos < len(lines):
        if not card(pos):
            pos += 1
            continue
        run = [pos]
        k = pos + 1
        while k < len(lines) and k - run[-1] <= _KEPT_CARD_GAP:
            if lines[k] not in left_out:
                if not card(k):
                    break
                run.append(k)
            k += 1
        if len(run) >= _CARDS_MIN:
            reason = (
                f"summary of one of {len(run)} other stories' cards in a row, its headline and date left out around it"
            )
            for p in run:
                labels[lines[p]] = ("headline-list", reason)
                head = lines[p - 1]
                if (lab := labels[head]) is None or lab[0] == "outside-article":
                    labels[head] = ("headline-list", f"headline of one of {len(run)} other stories' cards in a row")
        pos = run[-1] + 1


# A story's title closed by its post's date and time in brackets: "牛乳で乾杯が条例になっている街に
# 行く(地主恵亮) (08.05 11:00)", "Ferry plan approved (3 May 2026, 19:30)". The stamp is a whole
# stamp (corpus.date_stamps.is_stamp) or a day and month in figures, either with a clock time: a
# real one, by the one pattern of a time of day written with a colon (corpus.tokens.TYPED_CLOCK:
# hours 0-23, minutes 00-59; seconds 00-59 after them), so "(3 May 2026, 29:00)" or "(08.05 24:60)" dates no post.
_BRACKETED_STAMP = re.compile(r"[(（]\s*(?P<stamp>[^()（）]{4,40}?)\s*[)）]\W*$")
_CLOCK_TIME = re.compile(rf"(?<![\d:]){TYPED_CLOCK}(?::[0-5]\d)?(?![\d:])")
_DAY_MONTH_TIME = re.compile(rf"^\d{{1,2}}[./-]\d{{1,2}}(?:[./-]\d{{2,4}})?,?\s+(?<![\d:]){TYPED_CLOCK}$")
# The fewest such lines in a row that make a list of stories (a chronology in the article dates
# its events, rarely to the minute, and seldom five in a row).
_STAMPED_TITLES = 5


def _stamped_title(f: Feat) -> bool:
    """A line of a title (its words before the bracket, no sentence closed) and a bracketed date
    and clock time after it."""
    m = _BRACKETED_STAMP.search(f.text)
    if m is None or not f.text[: m.start()].strip() or f.text[: m.start()].rstrip().endswith((".", "。")):
        return False
    stamp = m["stamp"]
    return _CLOCK_TIME.search(stamp) is not None and (is_stamp(stamp) or _DAY_MONTH_TIME.match(stamp) is not None)


def stamped_title_lists(feats: list[Feat], labels: list[tuple[str, str] | None]) -> set[int]:
    """A site's list of its newest stories, each line a title closed by its post's date and time
    in brackets (:func:`_stamped_title`), :data:`_STAMPED_TITLES` or more in a row: other
    stories, not the article (issue #14, unseen41's dailyportalz-1: the extractor kept eighty of
    them as the main text). Labels the lines no rule named yet, in place; returns them."""
    lines = [i for i, f in enumerate(feats) if f.n]
    out: set[int] = set()
    pos = 0
    while pos < len(lines):
        end = pos
        while end < len(lines) and _stamped_title(feats[lines[end]]):
            end += 1
        if end - pos >= _STAMPED_TITLES:
            for i in lines[pos:end]:
                if (lab := labels[i]) is None or lab[0] in RUN_KINDS:
                    labels[i] = ("headline-list", "list of other stories, each with its date and time")
                    out.add(i)
        pos = max(end, pos + 1)
    return out


# A line the site cut off with an ellipsis in mid-sentence: a word or a comma, then "..." or "…"
# closing it ("… Recall that the...", "America's Coup Machine: Destroying Democracy..."). (Not
# "……", the CJK ellipsis a sentence trails off with; not ". ...", a quotation's omitted close.)
_CUT_OFF = re.compile(r"[^\W_][,;]?\s?(?:\.\.\.|…)\s*$")
# A cut-off card line holds at least this many words (a title's or a blurb's, not "Read more..."),
# at most this many lines stand between two of a box's cut-off lines (a card's author, date and
# section lines, the next card's title), each of at most this many words (no paragraph of prose),
# and a box holds at least this many cut-off lines.
_CUT_WORDS = 4
_CUT_GAP = 6
_CUT_GAP_WORDS = 30
_CUT_MIN = 3


def cut_off_cards(feats: list[Feat], labels: list[tuple[str, str] | None]) -> set[int]:
    """Other stories' cards whose blurbs (or titles) the site cut off with an ellipsis in
    mid-sentence (:data:`_CUT_OFF`), :data:`_CUT_MIN` or more such lines of :data:`_CUT_WORDS`
    words or more, each within :data:`_CUT_GAP` lines of the last, nothing between them longer
    than :data:`_CUT_GAP_WORDS` words: a "Related Themes" or "See also" box saved as text (title,
    cut blurb, author or site, date, section), whose blurbs read as prose and had drawn the
    article's main text on over the box (issue #14, unseen42 katehon-1: 39 of its lines kept). A
    writer ends a sentence; a teaser box's template cuts each blurb at a fixed length wherever it
    falls. Every unlabelled line from the title over the first cut-off line to the last one is
    labelled ``headline-list``. Returns their block indices."""
    lines = [i for i, f in enumerate(feats) if f.n]
    cut = [
        pos
        for pos, i in enumerate(lines)
        if labels[i] is None and feats[i].n >= _CUT_WORDS and _CUT_OFF.search(feats[i].text) is not None
    ]
    out: set[int] = set()
    run: list[int] = []
    for pos in [*cut, None]:
        if (
            pos is not None
            and run
            and pos - run[-1] <= _CUT_GAP
            and all(feats[lines[k]].n <= _CUT_GAP_WORDS for k in range(run[-1] + 1, pos))
        ):
            run.append(pos)
            continue
        if len(run) >= _CUT_MIN:
            first = run[0]
            # (the first card's title over its blurb)
            if first > 0 and labels[lines[first - 1]] is None and feats[lines[first - 1]].headline_like:
                first -= 1
            box = [i for i in lines[first : run[-1] + 1] if labels[i] is None]
            for i in box:
                labels[i] = ("headline-list", f"one of {len(run)} other stories' cards cut off with an ellipsis")
            out.update(box)
        run = [pos] if pos is not None else []
    return out
