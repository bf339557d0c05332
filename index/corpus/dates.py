"""Article dates found in the text, as ISO 8601 as precise as known.

Dates are looked for where articles put them: a wire dateline (``TOKYO, March 14 (Reuters) -``),
a labelled line (``Posted: Mar 14, 2025``, ``Published …``, ``Updated: …``, any case; after a
label also all-numeric: ``Posted: 14/03/2025``, an ambiguous ``03/04/2025`` left unread), or a
date line of its own near the top (``Sat 15 Mar 2025 06.00 GMT``, ``March 14, 2025 7:52 PM
GMT+9``).

- :func:`scan_dates`: those dates best first (:class:`date_patterns.FoundDate`: ISO form, span,
  kind) and the stamps written as dates that name no real day or time
  (:class:`date_patterns.Impossible`: as written, why, span);
- :func:`find_dates`, :func:`best_date`, :func:`date_in_text`: the article's own date;
  :func:`ambiguous_text_date`: a numeric date either way round left unread;
- :func:`stamp_spans`: where the text stamps itself with its dates, ``(start, end)`` offsets;
- :func:`weekday_fault`, :func:`weekday_slip`: a weekday written with a date naming another day.

Each date is read as a metadata value is (:mod:`date_parse`: python-dateutil, a date without a
year written ``--MM-DD``); which lines are date stamps, and where the prose begins, is
:mod:`date_stamps`' to say; the patterns are :mod:`date_patterns`'.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import date

from waic_reader.index.corpus import bylines, date_languages, dateline
from waic_reader.index.corpus.date_forms import DAY, MONTH, UPDATED_WORDS, WEEKDAY
from waic_reader.index.corpus.date_parse import (
    clock_fault,
    date_fault,
    day_fault,
    day_month,
    foreign_iso,
    parse,
    stamp_fault,
)
from waic_reader.index.corpus.date_patterns import (
    CLOCK_TIME,
    DATE_RE,
    DIGIT,
    EXPRESSION,
    HEAD_CHARS,
    LABEL,
    LABEL_TAIL,
    LABELLED,
    LEAD_SEP,
    LEAD_TIME,
    MONTH_NAMES,
    NUMERIC,
    TAIL_CHARS,
    TIME,
    TRAILING_LABEL,
    YEAR_WRITTEN,
    ZONE,
    ZONE_AFTER,
    DateScan,
    FoundDate,
    Impossible,
)
from waic_reader.index.corpus.date_stamps import (
    capitals_stamp,
    dateline_under,
    foreign_fields,
    foreign_label,
    foreign_line,
    headline_with_date,
    is_date_label,
    line_stamp,
    numeric_line,
    prose_lines,
    stamp_line,
    trailing_stamp,
    with_clock,
)
from waic_reader.index.corpus.date_values import YEARS, resolve_year
from waic_reader.index.corpus.text import quoted
from waic_reader.index.corpus.tokens import ascii_digits

# A label after a stamp's or a byline's separator on the same line, the line's later field
# ("Updated March 14, 2025 | Published March 13, 2025", "By Jane Roe · Halvik Post · Updated
# March 14, 2025"): read as a label opening its line is (:func:`_labels`).
_FIELD_LABEL = re.compile(rf"(?i)(?:[|·•;]|(?<=\s)[-–—](?=\s))[ \t]*{LABEL_TAIL}")


_DATELINE_FOREIGN = re.compile(date_languages.DATELINE_DATE)


def _dateline_foreign(written: str) -> tuple[str | None, str | None] | None:
    """A wire dateline's date in another language (:data:`date_languages.DATELINE_DATE`: "le 3
    mars", "3. März", "3 de março de 2025") as (ISO 8601, None), without a year ``--MM-DD`` as an
    English dateline's "March 3" is; (None, what is wrong) for a day that does not exist ("31
    février"); None when it is no such date (a weekday, "8 марта": no month of the table)."""
    m = _DATELINE_FOREIGN.fullmatch(written)
    if m is None:
        return None
    day, month = int(m.group("d")), date_languages.MONTH_WORDS[m.group("mon").lower()]
    year = int(m.group("y")) if m.group("y") else None
    if year is not None and not YEARS[0] <= year <= YEARS[1]:
        return None, f"the year {year} is out of the years read, {YEARS[0]}-{YEARS[1]}"
    if (fault := day_fault(year, month, day)) is not None:
        return None, fault
    return (date(year, month, day).isoformat() if year else f"--{month:02d}-{day:02d}"), None


_CJK_DATELINE = re.compile(date_languages.CJK_DATELINE)


def _cjk_dateline(m: re.Match[str]) -> tuple[str | None, str | None]:
    """A Chinese wire dateline's day (:data:`date_languages.CJK_DATELINE`, "新华社悉尼3月15日电")
    as (ISO 8601, None), without a year ``--MM-DD`` as an English dateline's "March 15" is (its
    year is then the corpus's, as for every year-less date); (None, what is wrong) for a day
    that does not exist or a year out of those read."""
    month, day = int(m.group("cm")), int(m.group("cd"))
    year = int(m.group("cy")) if m.group("cy") else None
    if year is not None and not YEARS[0] <= year <= YEARS[1]:
        return None, f"the year {year} is out of the years read, {YEARS[0]}-{YEARS[1]}"
    if (fault := day_fault(year, month, day)) is not None:
        return None, fault
    return (date(year, month, day).isoformat() if year else f"--{month:02d}-{day:02d}"), None


# Why a labelled field of a stamp line in another language dates nothing (:func:`foreign_fields`).
_UNREAD_FIELD = "no day, month and year read after its label"


def _dateline_under(head: str, line: re.Match[str]) -> re.Match[str] | None:
    """:func:`date_stamps.dateline_under` of the line matched by ``line`` in ``head``, the line
    over it (blank lines skipped) as its headline; None for the text's first line."""
    above = head[: line.start()].rstrip()
    if not above:
        return None
    return dateline_under(above[above.rfind("\n") + 1 :], line.group(0))


def _foreign_kind(line: str) -> str:
    """A foreign date stamp's kind by its label: "published" ("Publié le …", "Veröffentlicht am
    …"), "updated" ("Mis à jour le …", "更新"), else a date "line"."""
    said = line.lower()
    if any(label in said for label in date_languages.UPDATED):
        return "updated"
    return "published" if any(label in said for label in date_languages.PUBLISHED) else "line"


# The longest line read as a date line, but one opening with a stamp's label in another language
# ("Publicado el 12 de marzo de 2026 a las 07:45 | Actualizado el 12 de marzo de 2026 a las 09:10",
# 93 characters, was undated: round s33-b).
_LINE_CHARS = 90


def _in_capitals(line: str) -> bool:
    """Whether ``line`` is written in capitals: letters, none of them lower case (a stamp or a
    byline set so, "SATURDAY, MARCH 14, 2026 9:40 AM")."""
    return any(c.isalpha() for c in line) and not any(c.islower() for c in line)


def _foreign_clock(text: str, iso: str, end: int, stop: int) -> tuple[str, int]:
    """A day ``iso`` read from numbers under another language's label, with the time written
    after it at ``end`` in that language (``date_languages.TIME_AFTER``: "à 09:10", "um 07:45
    Uhr", "a las 09:10 h", "às 09h10"), and where the stamp then ends; unchanged when the day
    already has its time or none follows."""
    t = date_languages.TIME_AFTER.match(text, end, stop)
    if "T" in iso or t is None or t.group("h") is None or int(t.group("h")) > 23:
        return iso, end
    return f"{iso}T{int(t.group('h')):02d}:{t.group('mi')}", t.end()


# A hit after a label: (iso, start, end) read, or (None, start, end, why) for a stamp that names
# no real day or time (:class:`Impossible`).
_Hit = tuple[str | None, int, int, str | None]


def _expression_at(text: str, pos: int, end: int) -> _Hit | None:
    """The date expression at ``pos`` after a label (or within 60 characters of it), with a
    time written before the date ("Updated: 12:30 p.m. ET, March 14, 2025") as its time."""
    m = LABELLED.match(text, pos, end) or None
    if m is None:
        # Never a piece of a clock time for a day: "00 March" in "Updated: 24:00 March 14, 2025".
        at, near = pos, min(end, pos + 60)
        while (m := LABELLED.search(text, at, near)) is not None and _IN_CLOCK.search(
            text, max(0, m.start() - 2), m.start()
        ):
            at = m.start() + 1
    if m is None:
        return None
    stop = with_clock(text, m, end)
    lead = None if m.group("time") else LEAD_TIME.fullmatch(text, pos, m.start())
    # A clock written before the date, a real time or not ("24:00", "10:75 p.m."): the stamp's.
    clock = None if m.group("time") else _LEAD_CLOCK.fullmatch(text, pos, m.start())
    begin = m.start() if clock is None else clock.start("clock")
    # The stamp as written, its time before the date too: "'24:00 March 14, 2025' … (no time of day)".
    fault = stamp_fault(text[m.start() : stop]) or (clock_fault(clock.group("clock")) if clock is not None else None)
    if fault is not None:
        return None, begin, stop, fault
    value, start = m.group(0), m.start()
    if m.group("zone"):  # zone names are known in capitals ("gmt" → "GMT")
        zs, ze = m.start("zone") - m.start(), m.end("zone") - m.start()
        value = value[:zs] + value[zs:ze].upper() + value[ze:]
    if lead is not None:
        zone = (lead.group("zone") or "").upper()
        value, start = f"{m.group('date')} {lead.group('time')} {zone}".strip(), lead.start("time")
    iso = parse(value)
    return (iso, start, m.end(), None) if iso else None


# A clock time (and zone) before a date after a label, whether a time of day or not ("24:00 ",
# "10:75 p.m. ET, "): its faults are the stamp's (:func:`_expression_at`).
_LEAD_CLOCK = re.compile(
    rf"\s*(?:at\s+)?(?P<clock>\d{{1,2}}[:.]\d\d(?::\d\d)?(?:\s*[AaPp]\.?[Mm]\b\.?)?)(?:\s*{ZONE})?{LEAD_SEP}",
    re.I,
)
# A clock time (and zone) opening a date line before its date, unlabelled ("08:00 AM Pacific
# Standard Time, March 16, 2025", "8:00 a.m. EST, March 16, 2025", "10:30 CET 16 March 2025"),
# searched up to the date: the line's time, as after a label (:data:`LEAD_TIME`). Not
# case-insensitive, so a zone is one in capitals or a zone's name, never a word ("at", "but").
_LINE_LEAD = re.compile(
    rf"(?<![\w:.])(?:at\s+)?(?P<clock>\d{{1,2}}[:.]\d\d(?::\d\d)?(?:\s*[AaPp]\.?[Mm]\b\.?)?"
    rf"|\d{{1,2}}\s*[AaPp]\.?[Mm]\b\.?){ZONE_AFTER}?{LEAD_SEP}\Z"
)
# A day written right after a clock's colon or dot is a piece of that clock ("24:00 March").
_IN_CLOCK = re.compile(r"\d[:.]$")
# A labelled stamp whose year is out of the years read (1800-2099: "Mar 14, 0001", "14 March
# 2999") or no year at all ("Mar 14, 10000"): never read, and never read year-less either.
_YEAR_OUT = re.compile(
    rf"(?i)(?:{WEEKDAY}?(?:{MONTH}\s+{DAY},?\s+(?P<y>\d{{4,}})|{DAY}\s+{MONTH},?\s+(?P<y2>\d{{4,}}))"
    r"|[0-3]?\d(?P<sep>[/.])[0-3]?\d(?P=sep)(?P<y3>\d{4,}))(?![\w/.])"
)


def _year_out_at(text: str, pos: int, end: int) -> Impossible | None:
    """A date stamp right after a label whose year is none this app reads (out of
    :data:`YEARS`, or five digits or more), as an :class:`Impossible` to note; None otherwise."""
    m = _YEAR_OUT.match(text, pos, end)
    if m is None:
        return None
    written = m.group("y") or m.group("y2") or m.group("y3")
    if len(written) == 4 and YEARS[0] <= int(written) <= YEARS[1]:
        return None  # a year in range: the date is wrong some other way, or read
    why = (
        f"{quoted(written)} is no year"
        if len(written) > 4
        else f"the year {written} is out of the years read, {YEARS[0]}-{YEARS[1]}"
    )
    return Impossible(m.group(0), why, m.start(), m.end())


def _numeric_at(text: str, pos: int, end: int, order: str | None = None) -> _Hit | None:
    """An all-numeric date (with its time and zone) starting at ``pos``, as (iso, start, end,
    None), or (None, start, end, why) when it names no real day or time ("31/06/2025").

    Year first (2025/03/14) is year-month-day; day and month otherwise as :func:`day_month`
    tells them apart (an ambiguous 03/04/2025 is read by ``order``, corpus.yaml's
    ``date_order``, and without one not read).
    """
    m = NUMERIC.match(text, pos, end)
    if m is None:
        return None
    if m.group("y2"):
        year, month, day = int(m.group("y2")), int(m.group("m2")), int(m.group("d2"))
    else:
        year = int(m.group("y"))
        got = day_month(int(m.group("a")), int(m.group("b")), m.group("sep"), order)
        if got is None:
            return None  # 03/04/2025: either reading could be meant
        day, month = got
    stop = with_clock(text, m, end)
    fault = day_fault(year, month, day) or clock_fault(text[m.end("y2") if m.group("y2") else m.end("y") : stop])
    if fault is not None:
        return None, m.start(), stop, fault
    day_iso = date(year, month, day).isoformat()
    when = " ".join(x for x in (day_iso, m.group("time"), (m.group("zone") or "").upper()) if x)
    iso = parse(when) if m.group("time") else day_iso
    return (iso, m.start(), m.end(), None) if iso else None


def ambiguous_text_date(text: str) -> str | None:
    """The first all-numeric date near the top of ``text`` whose day and month could be either
    way round, after a date label ("Posted: 03/04/2025") or on a date line of its own under the
    headline ("03/04/2025 09:30", :func:`numeric_line`), as written; None when there is none.
    Such a date is not read without ``date_order`` (:func:`_numeric_at`); this lets the reader
    say so."""
    head = min(len(text), HEAD_CHARS)
    starts = [m.end() for m in LABEL.finditer(text, 0, head)]
    # A date line alone: "Returns as of 08/10/2022" (a stock widget's) is no article's date to speak of.
    starts += [
        line.start() + n.start()
        for line in _LINE.finditer(text, 0, head)
        if (n := numeric_line(line.group(0)))
        and with_clock(line.group(0), n, len(line.group(0))) - n.start() >= len(line.group(0).strip())
    ]
    for at in sorted(starts):
        n = NUMERIC.match(text, at, head)
        if (
            n is not None
            and not n.group("y2")
            and day_month(int(n.group("a")), int(n.group("b")), n.group("sep")) is None
        ):
            return n.group(0)
    return None


def _labels(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The date labels in ``text[start:end]``: each opening a line (:data:`LABEL`), those after
    a separator on a line that opens with a date label or is a byline (:data:`_FIELD_LABEL`), and
    a stamp ending a line of other words (:func:`trailing_stamp`): a stamp line with both labels
    gives both dates whatever their order ("Updated March 14, 2025 at 10:30 a.m. EDT | Published
    March 13, 2025 at 9:00 p.m. EDT"), a byline's "Updated" field its date ("By Jane Roe · Halvik
    Post · Updated March 14, 2025"), and "Ferry plan approved. Posted: Mar 16, 2025" its own."""
    for m in LABEL.finditer(text, start, end):
        yield m
        line_end = text.find("\n", m.end("label"), end)
        yield from _field_labels(text, m.end("label"), end if line_end < 0 else line_end)
    for line in _LINE.finditer(text, start, end):
        if LABEL.match(line.group(0)) is not None:
            continue
        if bylines.is_byline(line.group(0)):
            yield from _field_labels(text, line.start(), line.end())
        elif (at := trailing_stamp(line.group(0))) is not None:
            trailing = TRAILING_LABEL.match(text, line.start() + at, line.end())
            if trailing is not None:
                yield trailing


_LINE = re.compile(r"(?m)^[^\n]+$")


def _field_labels(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    for m in _FIELD_LABEL.finditer(text, start, end):
        if is_date_label(text[m.start("label") : end]):
            yield m


def find_dates(text: str, order: str | None = None) -> list[FoundDate]:
    """Dates the text gives for itself, best first: published/posted labels, a wire dateline,
    updated labels, then a date standing on a short line of its own near the top. ``order``:
    how an all-numeric date either way round is read (``"dmy"``, ``"mdy"``, :data:`DATE_ORDERS`),
    as corpus.yaml's ``date_order`` reads metadata dates."""
    return list(scan_dates(text, order).found)  # a copy: the scan may be kept (scan_dates)


def stamp_spans(text: str, order: str | None = None) -> list[tuple[int, int]]:
    """Where the text stamps itself with its own dates, read or not: a date label with the date
    after it ("Posted: 03/04/2025", "Updated: 10:30 GMT, March 14, 2025"), a wire dateline's
    date, a date line of its own near the top (:func:`scan_dates`), in text order, overlapping
    ones merged. Those are the article's publication dates, no facts about its story (the fact
    sheet leaves figures there out); a date in the prose is none of these."""
    spans = set(scan_dates(text, order).spans())
    for start, end, labels in _region_labels(text):
        for m in labels:
            label = m.start("label")
            line_end = text.find("\n", m.end(), end)
            if not is_date_label(text[label : end if line_end < 0 else line_end]):
                continue
            stop = min(end if line_end < 0 else line_end, m.end() + 60)
            # The label and the date right after it, read or not (an ambiguous 03/04/2025 too);
            # never the rest of its line, nor a line that only opens with the word ("Updated
            # figures on March 16 show 14 dead" is prose: no date straight after the word).
            date = LABELLED.match(text, m.end(), stop) or NUMERIC.match(text, m.end(), stop)
            if date is None and (lead := LEAD_TIME.match(text, m.end(), stop)) is not None:
                date = LABELLED.match(text, lead.end(), stop)  # "Updated: 10:30 GMT, March 14, 2025"
            if date is not None:
                spans.add((label, with_clock(text, date, stop)))
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):  # one span where they overlap: a label's line holds its date
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


# The last text :func:`_region_labels` and :func:`scan_dates` read and what they found (by
# identity): reading an article scans its text for its date, and indexing it asks again for
# the fact sheet's stamps (:func:`stamp_spans`), one right after the other.
_LAST_LABELS: tuple[str, list[tuple[int, int, list[re.Match[str]]]]] | None = None
_LAST_SCAN: tuple[str, str | None, DateScan] | None = None


def _region_labels(text: str) -> list[tuple[int, int, list[re.Match[str]]]]:
    """The regions a text's date labels are looked for in (its head, and its tail when longer),
    each ``(start, end, its labels)`` (:func:`_labels`)."""
    global _LAST_LABELS
    last = _LAST_LABELS
    if last is not None and last[0] is text:
        return last[1]
    regions = [(0, min(len(text), HEAD_CHARS))]
    if len(text) > HEAD_CHARS:
        regions.append((max(HEAD_CHARS, len(text) - TAIL_CHARS), len(text)))
    got = [(start, end, list(_labels(text, start, end))) for start, end in regions]
    _LAST_LABELS = (text, got)
    return got


def scan_dates(text: str, order: str | None = None) -> DateScan:
    """:func:`find_dates`' dates, and the stamps in the same places (after a label, in a wire
    dateline, on a date line of their own near the top) written as dates that name no real day
    or time (:class:`Impossible`): none of those is read, not even its day alone. The last
    text's scan is kept (by identity), so its lists are not to be changed."""
    global _LAST_SCAN
    last = _LAST_SCAN
    if last is not None and last[0] is text and last[1] == order:
        return last[2]
    # Digits of other scripts are read as their values ("١٧ نوفمبر ٢٠٢٦": tokens.ascii_digits, one
    # character for one, so the found dates' offsets are the text's; t13az N9).
    scan = _scan_dates(ascii_digits(text), order)
    _LAST_SCAN = (text, order, scan)
    return scan


# A line of a clock time alone, and its zone ("06:12 PM CDT"): a date stamp's time on the line
# under its date ("Posted: Mar 14, 2025" over it), as saved pages split them.
_TIME_LINE = re.compile(rf"(?m)^[ \t]*(?P<time>{TIME}){ZONE_AFTER}?[ \t]*\r?$")


_OFFSET_END = re.compile(r"(?:Z|[+-]\d\d:\d\d)$")  # a parsed time's zone offset ("+01:00")

# A line of a date and a clock time alone ("11 Mar 2026 08.05 GMT", "March 11, 2026 at 8:05am
# EST"): the entry stamp some live blogs write over each entry instead of the time alone (t13al N9).
_DATED_TIME_LINE = re.compile(rf"(?m)^[ \t]*{EXPRESSION.pattern}[ \t]*\r?$")


def entry_times(text: str, day: str | None = None) -> list[tuple[int, str]]:
    """A live blog's entry times: each line of a clock time alone (:data:`_TIME_LINE`, "12:55",
    "10:41 GMT") as (where it starts, "HH:MM" on a 24-hour clock, its zone's offset after it when
    the line writes one: "09:15 CET" → "09:15+01:00", "09.15 GMT+1" → "09:15+01:00", read as a
    date's zone is, :func:`parse`), in text order, when there are at least two of them (one is a
    stamp's time, :func:`_time_below`); else, read the same way, the times of the lines of a
    date and a clock time alone (:data:`_DATED_TIME_LINE`, "11 Mar 2026 08.05 GMT": the entry
    stamps of other outlets' blogs, t13al N9), when there are at least two of those, each then as
    its own day and time ("2026-05-08T01:15+01:00"); else []. A time alone's date is its article's
    (an entry's time is written on its day). The zone was dropped:
    a CET blog's 09:15 sorted an hour after a GMT blog's 08:15, the same moment (t13af N10, round
    s38-y2).

    ``day``: the article's date (ISO 8601, "2026-05-12…"), the day a time alone is read on: a zone
    written without its season ("8:05 a.m. ET", :data:`date_patterns.SEASONAL_ZONES`) is daylight or standard
    time by the day, as the article's own date from the same line is (t13al-r S3: May's ET
    entries were read on a January day, -05:00, under an article dated -04:00). A dated line is
    read on its own day."""
    on = day[:10] if day is not None and _ISO_DAY.match(day) else _NO_DAY
    return _clock_lines(_TIME_LINE.finditer(text), on) or _clock_lines(
        (m for m in _DATED_TIME_LINE.finditer(text) if m["time"] is not None), on
    )


# A date value naming its day ("2026-05-12", "2026-05-12T08:05-04:00"), and the day a time is
# read on when no day is known (its zone's standard time, as before days were given).
_ISO_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_NO_DAY = "2000-01-01"


def _clock_lines(lines: Iterable[re.Match[str]], day: str) -> list[tuple[int, str]]:
    """:func:`entry_times` of ``lines`` (matches with a ``time`` and a ``zone`` group, and a
    ``date`` group for a dated line, read on its own day), a time alone read on ``day``."""
    found: list[tuple[int, str]] = []
    for m in lines:
        zone = (m["zone"] or "").upper()
        on, dated = day, False
        if m.re.groupindex.get("date") and m["date"]:
            own = parse(m["date"])
            if own is not None and _ISO_DAY.match(own):
                on, dated = own[:10], True
        written = entry_clock(m["time"], zone, on)
        if written is None:
            continue
        # A line writing its own date keeps it ("2026-05-08T01:15+01:00"): read by its clock time
        # alone on the article's day, "8 May 2026 01.15 BST" in a blog dated 7 May was dated 7 May,
        # before the blog began (review s45-rv finding 9).
        found.append((m.start(), f"{on}T{written}" if dated else written))
    return found if len(found) > 1 else []


def entry_clock(time: str, zone: str, day: str = _NO_DAY) -> str | None:
    """A live blog's entry stamp's clock time ``time`` ("08:45", "9.41pm") with the ``zone`` written
    after it ("CET", "+01:00", "MEZ", "ET"; "" for none) as "HH:MM" on a 24-hour clock, with the
    zone's offset on ``day`` (ISO 8601 "YYYY-MM-DD": a seasonal zone, "ET", is daylight or standard
    time by it) when the zone is one a date reads ("08:45 CET" → "08:45+01:00"), read as a date's
    zone is (:func:`parse`); the time alone for no zone or one no date reads ("CST"); None when
    ``time`` is no clock time. The one reading of an entry's stamp, alone on its line
    (:func:`entry_times`) or opening its paragraph (the fact sheet's ``live_entries``): a
    paragraph's "08:45 CET – Police confirm a third death" had lost its zone, and sorted an hour
    after a wire's 08:05 UTC (t13ay N1, round s53-d)."""
    timed = parse(f"{day} {time} {zone}".strip())
    if (timed is None or "T" not in timed) and zone:
        timed = parse(f"{day} {time}")  # a zone no date reads: the time alone, as before
    if timed is None or "T" not in timed:
        return None
    clock = timed.split("T")[1]
    offset = _OFFSET_END.search(clock) if zone else None
    return clock[:5] + (offset.group() if offset is not None else "")


def _time_below(text: str, iso: str, end: int, stop: int) -> tuple[str, int] | None:
    """A date read as ``iso`` (a day alone, no time) that ends its line (at ``stop``) with the
    clock time on the line under it (:data:`_TIME_LINE`): the date with that time, and where the
    time ends; None when there is none, or when another line of the text is a time alone too (a
    live blog's entry times, "10:41 GMT", each over its entry: no stamp's)."""
    if "T" in iso or not iso[:1].isdigit() or text[end:stop].strip() or stop >= len(text):
        return None
    m = _TIME_LINE.match(text, stop + 1)
    if m is None or any(other.start() != m.start() for other in _TIME_LINE.finditer(text)):
        return None
    timed = parse(f"{iso} {m['time']} {(m['zone'] or '').upper()}".strip())
    return (timed, m.end()) if timed is not None and "T" in timed else None


def _scan_dates(text: str, order: str | None) -> DateScan:
    found: list[FoundDate] = []
    impossible: list[Impossible] = []
    for start, end, labels in _region_labels(text):
        for m in labels:
            line_end = text.find("\n", m.end(), end)
            stop = end if line_end < 0 else line_end
            if headline_with_date(text[m.start("label") : stop]):
                continue  # "Updated May 5 schedule confuses travellers": a headline, its day no date
            hit = _expression_at(text, m.end(), stop) or _numeric_at(text, m.end(), stop, order)
            if hit is None:
                if (out := _year_out_at(text, m.end(), stop)) is not None:
                    impossible.append(out)
                continue
            iso, h_start, h_end, fault = hit
            if iso is None:
                impossible.append(Impossible(text[h_start:h_end], fault or "", h_start, h_end))
                continue
            if (below := _time_below(text, iso, h_end, stop)) is not None:
                iso, h_end = below
            kind = "updated" if " ".join(m.group("label").lower().split()) in UPDATED_WORDS else "published"
            found.append(FoundDate(iso, h_start, h_end, kind))
    head = text[: min(len(text), HEAD_CHARS)]
    for wire in dateline.matches(head):
        # Without a date ("WASHINGTON (AP) —"), with a weekday alone ("OSLAND, Friday -") or a
        # date in a language whose months are not known ("МОСКВА, 8 марта (ТАСС) -") a dateline
        # dates nothing.
        if wire.date is None:
            continue
        written = head[wire.date[0] : wire.date[1]]
        if not wire.dated:
            # In another language ("PARIS, le 3 mars (AFP) -", "BERLIN, 3. März (dpa) -"): read by
            # the month names of date_languages, the year left out as in English ("--03-03").
            got = _dateline_foreign(written)
            if got is not None:
                iso, fault = got
                if iso is None:
                    impossible.append(Impossible(written, fault or "", wire.date[0], wire.date[1]))
                else:
                    found.append(FoundDate(iso, wire.date[0], wire.date[1], "dateline"))
            continue
        fault = date_fault(written)
        if fault is not None:
            impossible.append(Impossible(written, fault, wire.date[0], wire.date[1]))
            continue
        iso = parse(written)
        if iso:
            found.append(FoundDate(iso, wire.date[0], wire.date[1], "dateline"))
    for cjk in _CJK_DATELINE.finditer(head):
        got = _cjk_dateline(cjk)
        if got[0] is None:
            impossible.append(Impossible(cjk.group(0).strip(), got[1] or "", cjk.start("cm"), cjk.end()))
        else:
            found.append(
                FoundDate(got[0], cjk.start("cm") if cjk["cy"] is None else cjk.start("cy"), cjk.end(), "dateline")
            )
    for line in re.finditer(r"(?m)^.{4,140}$", head):
        if len(line.group(0)) > _LINE_CHARS and not foreign_label(line.group(0)):
            continue  # (a stamp line of two labelled fields in another language may be longer)
        on_line = EXPRESSION.search(line.group(0))
        byline = on_line is None and bylines.is_byline(line.group(0))
        if on_line is None and (byline or _in_capitals(line.group(0))):
            # A byline written in capitals writes its date so ("BY ANNA LIND - HARBOUR TIMES -
            # MARCH 3, 2025"), and so does a stamp line set in capitals ("SATURDAY, MARCH 14,
            # 2026 9:40 AM"; issue #14, s34-d: it dated nothing, or was read by another language's
            # month table without its "PM"): read in any case, as after a label.
            on_line = LABELLED.search(line.group(0))
            if (
                on_line is not None
                and not byline
                and not capitals_stamp(
                    line.group(0), on_line.start(), with_clock(line.group(0), on_line, len(line.group(0)))
                )
            ):
                # ``line_stamp`` below judges only words in lower case, and a line in capitals
                # has none: a headline naming a past date ("REMEMBERING THE FLOOD OF MARCH 3,
                # 2019") is no stamp unless its other words are a stamp's (review s34-r item 1).
                on_line = None
        if on_line is None and not DIGIT.search(line.group(0)):
            continue  # no date in numbers or another language either: the commonest line, passed over
        if on_line is None and (fields := foreign_fields(line.group(0))) is not None:
            # Two stamps in another language on one line, each read with its own label's kind; a
            # field whose date is not read is said, never left a silent gap.
            taken = [(x.start, x.end) for x in found] + [(i.start, i.end) for i in impossible]
            for a, b in fields:
                at, to = line.start() + a, line.start() + b
                if any(s < to and at < e for s, e in taken):
                    continue
                field = line.group(0)[a:b]
                f = foreign_line(field)
                iso, why = foreign_iso(f) if f is not None else (None, _UNREAD_FIELD)
                if f is not None:
                    at, to = at + f.start(), at + f.end()
                if iso is None:
                    impossible.append(Impossible(field if f is None else f.group(0), why or "", at, to))
                else:
                    found.append(FoundDate(iso, at, to, _foreign_kind(field)))
            continue
        if on_line is None and (f := foreign_line(line.group(0)) or _dateline_under(head, line)) is not None:
            # A date stamp in another language ("16. März 2025", "Publié le 14 mars 2025"), or an
            # outlet's name written without spaces and its date under the headline ("新华财经
            # 2026年3月12日", t13al N8).
            at, to = line.start() + f.start(), line.start() + f.end()
            taken = [(x.start, x.end) for x in found] + [(i.start, i.end) for i in impossible]
            if not any(s < to and at < e for s, e in taken):
                iso, why = foreign_iso(f)
                if iso is None:
                    impossible.append(Impossible(f.group(0), why or "", at, to))
                else:
                    found.append(FoundDate(iso, at, to, _foreign_kind(line.group(0))))
            continue
        if on_line is None:
            # A date line all in numbers ("15/03/2025 09:30", "15. 3. 2025 9:30"): read as after
            # a label, by the values of day and month (:func:`numeric_line`).
            if (n := numeric_line(line.group(0))) is not None:
                at = line.start() + n.start()
                taken = [(f.start, f.end) for f in found] + [(i.start, i.end) for i in impossible]
                # After another language's label ("Modifié le 12/03/2026 à 09:10"), day first
                # and the label's kind (round s33-b, F7b).
                labelled = foreign_label(line.group(0))
                day_first = order or ("dmy" if labelled else None)
                hit = None if any(s <= at < e for s, e in taken) else _numeric_at(head, at, line.end(), day_first)
                if hit is not None and hit[0] is None:
                    impossible.append(Impossible(head[hit[1] : hit[2]], hit[3] or "", hit[1], hit[2]))
                elif hit is not None and hit[0] is not None:
                    kind, iso, to = "line", hit[0], hit[2]
                    if labelled:
                        kind = _foreign_kind(line.group(0))
                        iso, to = _foreign_clock(head, iso, to, line.end())
                    found.append(FoundDate(iso, hit[1], to, kind))
            continue
        m = on_line
        # A time written before the date ("08:00 AM Pacific Standard Time, March 16, 2025"): the
        # line's, as after a label; the stamp then starts at it.
        lead = None if m.group("time") else _LINE_LEAD.search(line.group(0), 0, m.start())
        begin = m.start() if lead is None else lead.start("clock")
        # A line that is mostly the date (a byline's "Sat 15 Mar 2025 06.00 GMT", "By X | March 14, 2025").
        stop = with_clock(line.group(0), m, len(line.group(0)))
        if line_stamp(head, line.start(), line.group(0), begin, stop):
            start_, end_ = line.start() + begin, line.start() + stop
            taken = [(f.start, f.end) for f in found] + [(i.start, i.end) for i in impossible]
            if any(s < end_ and start_ < e for s, e in taken):
                continue  # already read with its label or as the dateline
            written = line.group(0)[begin:stop]
            fault = stamp_fault(written)
            if fault is not None:
                # A stamp's form, a year or a time ("June 3 25:61"); "June 31 deadline" is a headline.
                if YEAR_WRITTEN.search(written) or CLOCK_TIME.search(DATE_RE.sub(" ", written, count=1)):
                    impossible.append(Impossible(written, fault, start_, end_))
                continue
            value = m.group(0)
            if lead is not None:
                value = f"{m.group('date')} {lead.group('clock')} {lead.group('zone') or ''}".strip()
            iso = parse(value)
            if iso and not iso.startswith("--"):  # "March 3" alone on a line is too weak a sign
                found.append(FoundDate(iso, start_, line.start() + m.end(), "line"))
    # A date above the article's first sentence of prose (the headline, byline and dateline zone)
    # is its own; one below it (a "Posted:" line after the body, a page footer's stamp) counts
    # only when the top gives none: a footer's "Posted: Jan 1, 2019" had outranked the byline's
    # "Sat 15 Mar 2025 06.00 GMT" for being labelled. Within each part, labels rank first.
    # A deck or a sentence-like headline over the byline reads as prose too: the body begins
    # after the last stamp that comes before the next line of prose.
    lines = prose_lines(text)
    body = lines[0][1] if lines else len(text)
    for (_s1, end1), (start2, end2) in zip(lines, lines[1:]):
        if not any(end1 <= f.start < start2 and (f.kind != "line" or stamp_line(text, f)) for f in found):
            break
        body = end2
    # A line that mentions a date among words of its own ("Remembering the March 11, 2011
    # earthquake") is no stamp: above the prose it is a headline, and ranks as the tail does.
    found = [
        f if f.start < body and (f.kind != "line" or stamp_line(text, f)) else replace(f, top=False) for f in found
    ]
    rank = {"published": 0, "dateline": 1, "line": 2, "updated": 3}
    found.sort(key=lambda f: (not f.top, rank[f.kind], f.start))
    impossible.sort(key=lambda i: i.start)
    return DateScan(found, impossible)


def date_in_text(text: str, order: str | None = None) -> FoundDate | None:
    """The article's own date from its text (see :func:`find_dates`, ``order`` as there), a
    missing year taken from the other dates the text gives."""
    return best_date(find_dates(text, order))


_WEEKDAY_NAME = re.compile(r"(?i)\b(?P<day>mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|rs|rsday|urday)?\.?,?\s")


def weekday_fault(text: str, found: FoundDate) -> str | None:
    """What is wrong with the weekday written with ``found`` (a date of :func:`find_dates` in
    ``text``) when it names another day than the date's: "Tuesday, 14 March 2025" → "14 March
    2025 is a Friday, not a Tuesday". None when no weekday is written, it is right, or the date
    has no day and year. The date as written wins (a weekday is the likelier slip, and parse
    never moves a written day to match it): this only says so."""
    return weekday_slip(text[found.start : found.end], found.iso)


def weekday_slip(written: str, iso: str) -> str | None:
    """What is wrong with the weekday ``written`` opens with ("Saturday, March 14, 2025", "Sat,
    14 Mar 2025 10:00:00 GMT"), read as ``iso``, when it names another day than the date's; None
    when it names none, the right one, or ``iso`` has no day and year. For a date in the text
    (:func:`weekday_fault`) and in metadata alike."""
    m = _WEEKDAY_NAME.match(written.lstrip())
    if m is None or not re.match(r"\d{4}-\d\d-\d\d", iso):
        return None
    day = date.fromisoformat(iso[:10])
    written_day = calendar.day_name[[d[:3].lower() for d in calendar.day_name].index(m.group("day").lower())]
    if calendar.day_name[day.weekday()] == written_day:
        return None
    return f"{day.day} {MONTH_NAMES[day.month]} {day.year} is a {calendar.day_name[day.weekday()]}, not a {written_day}"


def best_date(found: list[FoundDate]) -> FoundDate | None:
    """The first of :func:`find_dates`' dates (best first), a missing year taken from the
    others; None when there are none."""
    if not found:
        return None
    best = found[0]
    if best.iso.startswith("--"):
        # The year comes from the same part of the text first (the byline's, not a footer's),
        # then from any date the text gives (an "Updated: March 15, 2025" note at its end).
        resolved = resolve_year(best.iso, [f.iso for f in found if f.top == best.top])
        if resolved == best.iso:
            resolved = resolve_year(best.iso, [f.iso for f in found])
        if resolved != best.iso:
            best = replace(best, iso=resolved or best.iso)
    return best


__all__ = [
    "ambiguous_text_date",
    "best_date",
    "date_in_text",
    "find_dates",
    "scan_dates",
    "stamp_spans",
    "weekday_fault",
    "weekday_slip",
]
