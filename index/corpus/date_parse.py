"""Dates as metadata gives them (corpus.yaml, front matter, a record's or a feed's field) read as
ISO 8601 as precise as known, and what is wrong with a date or time written as one that names
no real day or time.

Values are parsed with python-dateutil (the reference parser for the many human date formats).
Which parts a value actually gives (year, time, zone) is found by parsing it against two
different defaults: a part that comes out differently was not in the value, so it is left out
of the ISO form instead of being invented. A date without a year is written ``--MM-DD`` (the
ISO 8601 form for a date without a year), with its time and zone when known
(``--03-14T19:52+09:00``), until :func:`~waic_reader.index.corpus.date_values.resolve_year` can
give it one.

- :func:`parse` (a value → ISO 8601 or None; raises :class:`AmbiguousDate` for an all-numeric
  date either way round), :func:`day_month` (the one rule for an all-numeric day and month,
  :data:`DATE_ORDERS`), :func:`ambiguous_hint`, :func:`not_a_date` (why a value was not read,
  the one wording everywhere);
- :func:`epoch_iso` (a record's Unix time in seconds, milliseconds or microseconds → ISO 8601 in
  UTC) and :func:`is_placeholder` (the epoch's first second, an export's "no date");
- the faults of a written date: :func:`day_fault`, :func:`clock_fault`, :func:`date_fault`,
  :func:`stamp_fault` (a message such as ``"June has 30 days"``, or None);
- :func:`foreign_iso`, a date in another language (:data:`date_patterns.FOREIGN`) as ISO 8601.

Dates found in an article's text are :mod:`dates`'; the patterns shared with it are
:mod:`date_patterns`'.
"""

from __future__ import annotations

import calendar
import re
import warnings
from datetime import UTC, date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from waic_reader.index.corpus import date_languages
from waic_reader.index.corpus.date_forms import DATE, MONTH
from waic_reader.index.corpus.date_patterns import (
    CLOCK_TIME,
    DATE_RE,
    FOREIGN,
    MONTH_NAMES,
    MONTH_NUMBERS,
    PLACE,
    SEASONAL_ZONES,
    ZONE,
    ZONE_NAME,
    ZONE_NAMES,
    ZONES,
    place_zone,
)
from waic_reader.index.corpus.date_values import YEARS
from waic_reader.index.corpus.text import quoted
from waic_reader.index.corpus.tokens import ascii_digits

__all__ = [
    "DATE_ORDERS",
    "EPOCH_MILLISECONDS_BELOW",
    "EPOCH_SECONDS_BELOW",
    "MAX_OFFSET",
    "MIN_OFFSET",
    "SEASONAL_ZONES",
    "AmbiguousDate",
    "ambiguous_hint",
    "clock_fault",
    "date_fault",
    "day_fault",
    "day_month",
    "epoch_iso",
    "foreign_iso",
    "is_placeholder",
    "not_a_date",
    "parse",
    "stamp_fault",
]


# A zone written out in full ("Eastern Daylight Time"), read as its abbreviation (:func:`_prepare`).
_ZONE_NAME_RE = re.compile(rf"(?i)\b(?:{ZONE_NAME})\b")
# A place's time ("London time"): the place's words, then "time".
# ("time" in any case: a stamp's zone is read in capitals, dates._expression_at: "LONDON TIME".)
_PLACE_TIME_RE = re.compile(rf"\s*(\()?\s*({PLACE})\s+(?i:time)(?!\w)(?(1)\s*\))")
# A day written with its month's name ("June 31", "31 June 2025", "30-Feb-2025") or year first
# ("2025-02-30"): what :func:`date_fault` judges.
_NAMED_DAY = re.compile(
    rf"(?i)(?P<mon>{MONTH})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y>\d{{4}}))?"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?(?:\s+|-(?=[^\W\d_]+-\d))(?P<mon2>{MONTH}),?(?:[\s-]+(?P<y2>\d{{4}}))?"
)
_ISO_DAY = re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)")


def foreign_iso(m: re.Match[str]) -> tuple[str | None, str | None]:
    """(ISO 8601, None) for a date of :data:`FOREIGN`, with its time and zone when written; or
    (None, what is wrong) when it names no real day or time ("31 février 2025": "February 2025
    has 28 days")."""
    if m.group("cy"):
        year, month, day = int(m.group("cy")), int(m.group("cm")), int(m.group("cd"))
        hour, minute, zone = m.group("ch"), m.group("cmi"), None
    else:
        year, day = int(m.group("y")), int(m.group("d"))
        month = date_languages.MONTH_WORDS[m.group("mon").lower()]
        hour, minute, zone = m.group("h"), m.group("mi"), m.group("zone")
    if not YEARS[0] <= year <= YEARS[1]:
        return None, f"the year {year} is out of the years read, {YEARS[0]}-{YEARS[1]}"
    if (fault := day_fault(year, month, day)) is not None:
        return None, fault
    iso = date(year, month, day).isoformat()
    if hour is None:
        return iso, None
    if int(hour) > 23 or int(minute) > 59:
        return None, f"{quoted(f'{hour}:{minute}')} is no time of day"
    iso += f"T{int(hour):02d}:{int(minute):02d}"
    if zone in ZONES:  # a zone no clock uses, or an unknown one, keeps the time without a zone
        east = timedelta(hours=ZONES[zone])
        sign, east = ("-", -east) if east < timedelta(0) else ("+", east)
        iso += f"{sign}{east.seconds // 3600:02d}:{east.seconds % 3600 // 60:02d}"
    return iso, None


def day_fault(year: int | None, month: int, day: int) -> str | None:
    """What is wrong with a day written as ``day`` ``month`` ``year`` (``year`` None: not
    written), or None when it exists: "June has 30 days", "February 2025 has 28 days",
    "there is no month 13"."""
    if not 1 <= month <= 12:
        return f"there is no month {month}"
    most = calendar.monthrange(year if year else 2000, month)[1]  # 2000: a leap year
    if 1 <= day <= most:
        return None
    if day == 0:
        return "there is no day 0"
    if month == 2:
        return f"February {year} has {most} days" if year else "February has at most 29 days"
    return f"{MONTH_NAMES[month]} has {most} days"


def clock_fault(clock: str) -> str | None:
    """What is wrong with a clock time as written ("25:61", "13:00 PM", "7:52:61"), or None
    when it is a time of day (a.m./p.m. hours 0-12, else 0-23; minutes and seconds 0-59)."""
    m = CLOCK_TIME.search(clock)
    if m is None:
        return None
    if m.group("h12") is not None:
        hour, minute, second, half = int(m.group("h12")), 0, 0, True
    else:
        hour, minute, second = int(m.group("h")), int(m.group("m")), int(m.group("s") or 0)
        half = m.group("ampm") is not None
    if hour > (12 if half else 23) or minute > 59 or second > 59:
        return f"{quoted(m.group(0))} is no time of day"
    return None


def date_fault(value: str, order: str | None = None) -> str | None:
    """What is wrong with a date written as a day that does not exist ("February 30, 2025",
    "31/06/2025", "2025-02-30", "June 31"), or None (a real day, or no date form this app reads:
    then it says nothing). ``order`` reads an all-numeric date either way round as
    :func:`day_month` does; one that is ambiguous is not judged here."""
    if (n := _NUMERIC_VALUE.match(value)) is not None:
        got = day_month(int(n.group("a")), int(n.group("b")), n.group("sep"), order)
        return None if got is None else day_fault(int(n.group("y")), got[1], got[0])
    if (n := re.match(r"\s*(?P<y>\d{4})[/.](?P<m>\d{1,2})[/.](?P<d>\d{1,2})(?!\d)", value)) is not None:
        return day_fault(int(n.group("y")), int(n.group("m")), int(n.group("d")))
    if (n := _ISO_DAY.search(value)) is not None:
        return day_fault(int(n.group("y")), int(n.group("m")), int(n.group("d")))
    if (n := _NAMED_DAY.search(value)) is not None:
        month = MONTH_NUMBERS[(n.group("mon") or n.group("mon2"))[:3].lower()]
        year = n.group("y") or n.group("y2")
        return day_fault(int(year) if year else None, month, int(n.group("d") or n.group("d2")))
    if (n := FOREIGN.search(value)) is not None:  # "31 février 2025", "2025年2月30日"
        return foreign_iso(n)[1]
    return None


def stamp_fault(value: str, order: str | None = None) -> str | None:
    """What makes a date stamp (a date, maybe with its time) no date: its day
    (:func:`date_fault`) or its time (:func:`clock_fault`, of what follows the date); None when
    neither is wrong."""
    day = date_fault(value, order)
    if day is not None:
        return day
    m = _NUMERIC_VALUE.match(value)
    rest = m.group("rest") if m is not None else DATE_RE.sub(" ", value, count=1)
    return clock_fault(rest)


def _prepare(value: str) -> str:
    value = value.strip()
    # "7:52 PM (GMT+9)": the zone without its brackets.
    value = re.sub(rf"\(\s*({ZONE})\s*\)", r"\1", value)
    # "Eastern Daylight Time": its abbreviation.
    value = _ZONE_NAME_RE.sub(lambda m: ZONE_NAMES[" ".join(m.group(0).lower().split())], value)
    # "GMT+9" means nine hours east of Greenwich in news copy; dateutil reads it the POSIX way
    # (west), so it becomes a plain offset first.
    value = re.sub(
        r"\b(?:GMT|UTC)\s*([+-])\s*(\d{1,2})(?::?(\d\d))?\b",
        lambda m: f"{m.group(1)}{int(m.group(2)):02d}:{m.group(3) or '00'}",
        value,
    )
    # "06.00 GMT" (the Guardian's clock) → "06:00"; "7.05pm", "9.10a.m." (British, the am/pm
    # written on) → "7:05pm" (t13ae P13: dateutil reads no dotted clock with its am/pm).
    value = re.sub(r"\b([0-2]?\d)\.([0-5]\d)(?:\b|(?=[AaPp]\.?[Mm]\b))(?!\.\d)", r"\1:\2", value)
    # "18:40 Uhr" (German's o'clock after a clock time) → "18:40".
    value = re.sub(r"\b([0-2]?\d:[0-5]\d)\s*Uhr\b", r"\1", value)
    value = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", value)
    value = re.sub(r"\b([AaPp])\.([Mm])\.", r"\1\2", value)
    # "Mar 14, 2025 — 7:52 PM": dateutil takes an en or em dash for nothing it knows.
    # Only before a clock time: "March 14 – 15, 2025" is a range, no date.
    return re.sub(r"\s+at\s+|\s*[·|@]\s*|\s+[–—]\s+(?=[0-2]?\d[:.][0-5]\d)", " ", value)


# Places whose time the database gives one zone while news copy as often means another place of
# that name: "Georgia time" in US copy is Eastern time (the state), the database's Georgia the
# country (Asia/Tbilisi); "Victoria" is Australia/Melbourne there and a Canadian city too.
_SHADOWED_PLACES = frozenset({"georgia", "victoria"})


def _place_time(value: str, said: re.Match[str]) -> tuple[str, ZoneInfo | None]:
    """``value`` without its place's time (``said``: a :data:`_PLACE_TIME_RE` match), and that
    place's zone: that of its last words that name one ("AM New York": "New York"), else None
    (the words before "time" all left out, "Kick-off time": no zone). A tail after a capitalised
    word that is no am/pm is the end of a longer place's name, never a place of its own ("New
    Jersey time" is no time of Jersey, "Central Georgia" none of Georgia: the zone was
    Europe/Jersey, s46-rv finding 5); a name two places of different zones bear
    (:data:`_SHADOWED_PLACES`) names none."""
    words = list(re.finditer(r"\S+", said.group(2)))
    for i, w in enumerate(words):
        before = words[i - 1].group() if i else ""
        if before[:1].isupper() and not re.fullmatch(r"(?i)[ap]\.?m\.?", before):
            continue
        if " ".join(said.group(2)[w.start() :].lower().split()) in _SHADOWED_PLACES:
            break
        found = place_zone(said.group(2)[w.start() :])
        if found is not None:
            cut = said.start(2) + w.start()
            head = value[:cut] if said.group(1) is None else value[: said.start(1)] + " " + value[said.start(2) : cut]
            return head.rstrip() + value[said.end() :], ZoneInfo(found)
    return value[: said.start()] + value[said.end() :], None


def _tzinfos(name: str | None, offset: int | None) -> tzinfo | int | None:
    """dateutil's ``tzinfos`` hook: a seasonal zone as its region, a fixed one as its offset in
    seconds (:data:`ZONES`), a written offset ("+09:00", given as ``offset``) as itself,
    anything else unknown."""
    if name in SEASONAL_ZONES:
        return ZoneInfo(SEASONAL_ZONES[name])
    if name in ZONES:
        return int(ZONES[name] * 3600)
    return offset if name is None else None


# How a metadata field's all-numeric day and month are read when either could be the month
# (``date_order`` in corpus.yaml): day first or month first.
DATE_ORDERS = ("dmy", "mdy")


class AmbiguousDate(ValueError):
    """An all-numeric date whose day and month could be either way round (03/04/2025).

    ``readings``: its two readings written year first, day first's before month first's
    (``("2025-04-03", "2025-03-04")``), for a hint naming the value's own dates."""

    def __init__(self, message: str, readings: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.readings = readings


def ambiguous_hint(exc: Exception) -> str:
    """What to write instead of an ambiguous date: its own two readings year first, and the
    ``date_order`` setting (s18 re-test: the hint named 2025-04-03 whatever the value)."""
    readings = exc.readings if isinstance(exc, AmbiguousDate) else ()
    either = " or ".join(readings) if readings else "YYYY-MM-DD"
    return f"write it year first, {either}, or set date_order: dmy or mdy in corpus.yaml"


# A metadata value that is an all-numeric date with the year last ("03/04/2025", "14-03-2025
# 09:30"): what dateutil would read month first, silently. A dot may have a space after it, as
# Czech and German pages write it ("5. 3. 2025 9:30"); a slash or a hyphen may not.
_NUMERIC_VALUE = re.compile(
    r"^\s*(?P<a>\d{1,2})(?P<sep>[/.-])(?:(?<=\.) )?(?P<b>\d{1,2})(?P=sep)(?:(?<=\.) )?(?P<y>\d{4})"
    r"(?P<rest>(?=[\sT,]|$).*)$",
    re.S,
)


def day_month(a: int, b: int, sep: str, order: str | None = None) -> tuple[int, int] | None:
    """(day, month) of the all-numeric date ``a<sep>b<sep>year``, or None when it is ambiguous.

    The one rule for every numeric date (metadata and labelled text dates): dotted (14.03.2025,
    03.04.2025) is day first, as everywhere dots are written; otherwise a number over 12 is the
    day (14/03/2025, 03/14/2025) and equal numbers are the same either way; when both could be
    the month (03/04/2025 is 3 April in most of the world and March 4 in the US) the date is
    read by ``order`` (``"dmy"`` or ``"mdy"``, :data:`DATE_ORDERS`), and without one it is
    ambiguous: an article left undated is better than one a month off.
    """
    if sep == "." or a > 12 or a == b:
        return a, b
    if b > 12:
        return b, a
    if order == "dmy":
        return a, b
    if order == "mdy":
        return b, a
    return None


# A written date, to tell a value that gives two ("2025-03-14, 2025-03-15", "2025-03-14/2025-03-15").
_TWO_DATES = re.compile(rf"(?<![\w-]){DATE}|\d{{4}}-\d\d-\d\d", re.I)


def parse(value: str, order: str | None = None) -> str | None:
    """ISO 8601 for a date value as precise as the value is, or None if it is not a date.

    ``"Fri, 14 Mar 2025 07:52:00 +0900"`` → ``"2025-03-14T07:52:00+09:00"``;
    ``"2025-03-14"`` → ``"2025-03-14"``; ``"March 14"`` → ``"--03-14"``; ``"March 2025"`` →
    ``"2025-03"``. Seconds are written when given; the zone when known. An all-numeric date
    with the year last is read by :func:`day_month` (``order``: ``"dmy"`` or ``"mdy"`` for the
    ambiguous ones); raises :class:`AmbiguousDate` for one that could be either way round.
    """
    from dateutil import parser as dparser  # ~25 ms to import: only when a date is read

    value = ascii_digits(value)  # "١٧ نوفمبر ٢٠٢٦": digits of other scripts as their values (t13az N9)
    numeric = _NUMERIC_VALUE.match(value)
    if numeric is not None:
        first, second = int(numeric.group("a")), int(numeric.group("b"))
        got = day_month(first, second, numeric.group("sep"), order)
        if got is None:
            year = int(numeric.group("y"))
            raise AmbiguousDate(
                f"{quoted(value.strip())} could be {first} {MONTH_NAMES[second]} or {MONTH_NAMES[first]} {second}",
                (date(year, second, first).isoformat(), date(year, first, second).isoformat()),
            )
        try:
            day = date(int(numeric.group("y")), got[1], got[0]).isoformat()
        except ValueError:
            return None
        value = day + numeric.group("rest")
    foreign = FOREIGN.fullmatch(value.strip())
    if foreign is not None:  # "16. März 2025", "14 de marzo de 2025 10:30", "2025年3月16日"
        return foreign_iso(foreign)[0]
    place = None
    if (said := _PLACE_TIME_RE.search(value)) is not None and _ZONE_NAME_RE.search(said.group(0)) is None:
        # "10:15 London time", "10:15 UK time": the place's zone by the date, BST or GMT (dateutil
        # reads no such words), its last words the place ("9:30 AM New York time"); a place
        # naming no zone ("Kick-off time") is read as none. ("Pacific Standard Time" is a zone's
        # name, read by _prepare.)
        value, place = _place_time(value, said)
    text = _prepare(value)
    if not text or len(text) > 120 or not re.search(r"\d", text):
        return None
    if len(_TWO_DATES.findall(text)) > 1:
        return None  # "2025-03-14, 2025-03-15" names two days (dateutil reads the second as 20:25)
    day_first = bool(re.match(r"^\s*(1[3-9]|2\d|3[01])[/.-](0?\d|1[0-2])[/.-]", text))
    parsed = []
    for default in (datetime(2000, 1, 1, 0, 0, 0), datetime(2004, 2, 2, 1, 1, 1)):  # both leap years
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # unknown zone names: the time is kept without a zone
                parsed.append(dparser.parse(text, default=default, tzinfos=_tzinfos, dayfirst=day_first))
        except (ValueError, OverflowError):
            return None
    a, b = _real_zone(parsed[0]), parsed[1]
    if place is not None and a.tzinfo is None:
        a = a.replace(tzinfo=place)
    has_year, has_month, has_day = a.year == b.year, a.month == b.month, a.day == b.day
    has_time, has_seconds = a.hour == b.hour, a.second == b.second  # "3 p.m." gives an hour only
    if not has_month or not (has_year or has_day):
        return None  # a lone number or year is not an article date
    if has_year and not YEARS[0] <= a.year <= YEARS[1]:
        return None  # "0001-01-01", "9999-12-31": no article's date (and out of a clock's reach)
    if not has_year:  # its time and zone kept for when the year is resolved ("March 14 7:52 PM")
        yearless = f"--{a.month:02d}-{a.day:02d}"
        if not has_time:
            return yearless
        return yearless + a.isoformat(timespec="seconds" if has_seconds else "minutes")[10:]
    if not has_day:
        return f"{a.year:04d}-{a.month:02d}"
    if not has_time:
        return a.date().isoformat()
    iso = a.isoformat(timespec="seconds" if has_seconds else "minutes")
    return None if is_placeholder(iso) else iso


def not_a_date(value: str) -> str:
    """Why a metadata value (corpus.yaml, front matter, a record or feed field) was not read as
    a date, the one wording everywhere: ``'soon' is not a date this app understands``; a year
    alone (``2025``) says so, since an article's date is at least its month (``2025-03``), and a
    day or time that does not exist says what is wrong (``'2025-02-30' … (February 2025 has 28
    days)``)."""
    said = f"{quoted(value)} is not a date this app understands"
    if re.fullmatch(r"\s*\d{4}\s*", value):
        said += " (a year alone is not read as an article's date: give at least its month, 2025-03)"
    elif (fault := stamp_fault(value)) is not None:
        said += f" ({fault})"  # written as a date, but of no real day or time: "June has 30 days"
    return said


# The UTC offsets clocks actually use: from -12:00 (Baker Island) to +14:00 (Line Islands).
MIN_OFFSET, MAX_OFFSET = timedelta(hours=-12), timedelta(hours=14)


def _real_zone(moment: datetime) -> datetime:
    """``moment`` without its zone when the zone is an offset no clock uses ("GMT+15",
    "+25:00", which Python cannot even represent): the date and time are kept as written,
    as for an ambiguous zone name, rather than shifted by an impossible amount."""
    if moment.tzinfo is None:
        return moment
    try:
        offset = moment.utcoffset()
    except ValueError:  # 24 hours or more: datetime refuses it
        offset = None
    if offset is None or not MIN_OFFSET <= offset <= MAX_OFFSET:
        return moment.replace(tzinfo=None)
    return moment


# A Unix time as exports write it: seconds, milliseconds or microseconds since 1970-01-01 UTC,
# told apart by magnitude (9 digits at least: "20250314" is a date written without separators).
_EPOCH = re.compile(r"^\s*(\d{9,17})(?:\.\d+)?\s*$")
EPOCH_SECONDS_BELOW = 10**11  # 10^11 s is the year 5138; 10^11 ms is 1973-03-03
EPOCH_MILLISECONDS_BELOW = 10**14  # 10^14 ms is the year 5138; above: microseconds


def epoch_iso(value: str) -> str | None:
    """ISO 8601 in UTC for a record's all-digit Unix time, or None when ``value`` is not one.

    The unit is told by magnitude: below 10^11 seconds (``1741939200`` →
    ``2025-03-14T08:00:00+00:00``), below 10^14 milliseconds (``1741939200000``, JavaScript's
    ``Date.now()``, Java's ``currentTimeMillis``), else microseconds; fractions are dropped
    (seconds are the precision written). Fewer than 9 digits is never a Unix time (``20250314``
    is a date)."""
    m = _EPOCH.match(value)
    if m is None:
        return None
    digits = m.group(1)
    if len(digits) == 14 and (stamp := _compact_stamp(digits)) is not None:
        return stamp  # GDELT's YYYYMMDDHHMMSS (UTC), not 20 trillion milliseconds (the year 2611)
    number = int(digits)
    if number < EPOCH_SECONDS_BELOW:
        seconds = number
    elif number < EPOCH_MILLISECONDS_BELOW:
        seconds = number // 1000
    else:
        seconds = number // 1_000_000
    try:
        moment = datetime.fromtimestamp(seconds, UTC)
    except (OverflowError, OSError, ValueError):
        return None
    # A number that makes a date past 2100 was no Unix time (a malformed stamp, an id).
    return moment.isoformat(timespec="seconds") if moment.year < 2100 else None


def _compact_stamp(digits: str) -> str | None:
    """``20250314103000`` (GDELT's and many scrapers' YYYYMMDDHHMMSS, in UTC) as ISO 8601, when
    it is a real moment between 1900 and 2100; else None."""
    try:
        moment = datetime.strptime(digits, "%Y%m%d%H%M%S").replace(tzinfo=UTC)
    except ValueError:
        return None
    return moment.isoformat(timespec="seconds") if 1900 <= moment.year < 2100 else None


def is_placeholder(iso: str | None) -> bool:
    """Whether ``iso`` is the Unix epoch's first second (``1970-01-01T00:00:00``, in UTC or
    without a zone): what exports write for "no date" (NewsAPI's removed articles), never a
    news article's date."""
    if iso is None or not iso.startswith("1970-01-01T00:00"):
        return False
    rest = iso[16:].removeprefix(":00").removeprefix(".000")
    return rest in ("", "Z", "+00:00")
