"""Date values as the app keeps them (ISO 8601 strings as precise as known, ``--MM-DD`` for a date
without a year, ``YYYY-MM`` for a month): read back as datetimes, ordered in time, given a year,
and shown in a short local form.

Kept apart from :mod:`.date_parse` and :mod:`.dates` (which parse metadata values and find dates
in text): listing a folder, sorting the library and drawing its Date column need these alone,
and the text's date patterns take a noticeable part of the app's start to compile.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from datetime import date, datetime, timedelta

# A year-less date is given the year that puts it within this many days of a known date.
YEAR_WINDOW_DAYS = 92
# The years an article's date can have (as date_forms.YEAR reads written years: 1800-2099).
YEARS = (1800, 2099)
# Where a run of year-less days starts when it does not cross New Year (:func:`year_start`).
NEW_YEAR = "01-01"


def as_datetime(iso: str | None) -> datetime | None:
    """An ISO value of :func:`parse` as an aware or naive datetime (a date at midnight), or None
    when it has no year or is not ISO."""
    if not iso or iso.startswith("--"):
        return None
    try:
        return datetime.fromisoformat(iso + "-01" if len(iso) == 7 else iso)
    except ValueError:
        return None


def seconds(moment: datetime) -> float | None:
    """POSIX seconds of ``moment`` (a naive one read in the local zone), or None where the local
    clock does not reach (year 1 or 9999 near the zone's edge): a cached row or a record can carry
    "0001-01-01", and ordering or charting it raised "year 0 is out of range" for the whole
    corpus (review s10)."""
    try:
        return moment.timestamp()
    except (OverflowError, OSError, ValueError):
        return None


def sort_key(iso: str | None) -> tuple[int, float, str]:
    """Orders dates in time, then year-less dates by month and day, undated last: ``(0, POSIX
    seconds, iso)``, ``(1, 0.0, "--MM-DD…")`` or ``(2, 0.0, iso)``. The first item is 0 exactly
    for a value placed in time.

    A value with a zone is its instant; one without (a day, or a time written without a zone:
    "2025-03-14T23:30") is read in the local zone, as :func:`readable` shows it, so the library's
    Date column and the timeline read in order (read as UTC, a zone-less 23:30 sorted after a
    "20:00Z" shown as 05:00 the next day in Tokyo)."""
    moment = as_datetime(iso)
    at = seconds(moment) if moment is not None else None
    if at is None:
        # A year-less date ("--09-02") is a date still: after the dated, before the undated.
        return (1, 0.0, iso) if iso and iso.startswith("--") else (2, 0.0, iso or "")
    return (0, at, iso or "")  # a naive datetime's timestamp is local time


class YearResolver:
    """Gives ``--MM-DD`` dates the year that puts them nearest one of the known dates, if within
    :data:`YEAR_WINDOW_DAYS`; a time and zone after the day (``--03-14T19:52+09:00``) are kept.

    Coverage of one event clusters in time; a day more than a quarter away from every dated
    article could be in either year, so it is left without one. When two years are equally near
    (one article "Posted: March 15, 1899", ten dated 2025-03-15), the year with more known dates
    within the window wins (the coverage, not the stray date), then the later year. Built once
    for many values (a library of 20,000 rows): each lookup is a few binary searches per
    candidate year.
    """

    def __init__(self, others: Iterable[str | None]) -> None:
        # Every known date counts (ten articles of one day are ten), for the tie-break.
        self._days = sorted(m.date().toordinal() for o in others if (m := as_datetime(o)) is not None)
        self._years = sorted({date.fromordinal(d).year for d in set(self._days)})
        # "--MM-DD" -> the year it is given (None: none): a day's year does not depend on the
        # time after it, and 20,000 rows hold at most 366 days (a third of the 20,000-article
        # acceptance corpus is year-less: ~0.3 s of its listing went here).
        self._resolved: dict[str, int | None] = {}

    def _gap(self, ordinal: int) -> int:
        i = bisect.bisect_left(self._days, ordinal)
        near = [abs(self._days[j] - ordinal) for j in (i - 1, i) if 0 <= j < len(self._days)]
        return min(near) if near else YEAR_WINDOW_DAYS + 1

    def _near(self, ordinal: int) -> int:
        """How many known dates lie within the window of ``ordinal``."""
        lo = bisect.bisect_left(self._days, ordinal - YEAR_WINDOW_DAYS)
        return bisect.bisect_right(self._days, ordinal + YEAR_WINDOW_DAYS) - lo

    def __call__(self, iso: str | None) -> str | None:
        if not iso or not iso.startswith("--"):
            return iso
        day_part, rest = iso[:7], iso[7:]  # rest: "T19:52+09:00" when timed
        if day_part not in self._resolved:
            self._resolved[day_part] = self._year(int(iso[2:4]), int(iso[5:7]))
        year = self._resolved[day_part]
        return iso if year is None else f"{year:04d}{iso[1:7]}{rest}"

    def _year(self, month: int, day: int) -> int | None:
        """The year that puts month-day nearest a known date within the window (ties: see the class), or None."""
        best: tuple[int, int, int] | None = None  # (gap, -dates near, -year): the least wins
        for year in {y + d for y in self._years for d in (-1, 0, 1)}:
            try:
                ordinal = date(year, month, day).toordinal()
            except ValueError:  # 29 February
                continue
            gap = self._gap(ordinal)
            if gap > YEAR_WINDOW_DAYS:
                continue
            rank = (gap, -self._near(ordinal), -year)
            if best is None or rank < best:
                best = rank
        return -best[2] if best else None


def resolve_year(iso: str | None, others: Iterable[str | None]) -> str | None:
    """Give a ``--MM-DD`` date the year of the nearest dated value among ``others`` (see
    :class:`YearResolver`); any other value, or one no other date is near, is returned unchanged."""
    return YearResolver(others)(iso)


# The year a day without one is placed in when no article's date has a year (a leap
# year: 29 February has its place too). Never shown: the timeline's axis then says days and months alone.
YEARLESS_YEAR = 2000


def placed(iso: str | None, yearless: bool, start: str = NEW_YEAR) -> str | None:
    """``iso`` as a year-less order places it (:class:`DateOrder`): a day and month
    without a year ("--03-14", "--03-14T10:00") as that day of :data:`YEARLESS_YEAR`, or, in a
    run of days crossing New Year that starts on ``start`` (:func:`year_start`, "12-20"), its days
    from ``start`` on in one year and the days before it in the next (20 Dec before 3 Jan); the
    year holding February is the leap YEARLESS_YEAR. Any other date, or any date when
    ``yearless`` is False, as it is."""
    if yearless and iso is not None and iso.startswith("--"):
        year = YEARLESS_YEAR
        if start != NEW_YEAR:
            first = YEARLESS_YEAR if start <= "02-29" else YEARLESS_YEAR - 1
            year = first if iso[2:7] >= start else first + 1
        return f"{year}{iso[1:]}"
    return iso


def span(iso: str | None, yearless: bool = False, run_start: str = NEW_YEAR) -> tuple[float, float, bool] | None:
    """When a date may be, in POSIX seconds: ``(instant, instant, True)`` for a time, ``(start,
    end, False)`` for a day or a month (a day from local midnight to the next, as
    :func:`sort_key` reads it); None when undated. ``yearless``: a day and month
    without a year is that day as :func:`placed` places it (its run starting on ``run_start``)."""
    iso = placed(iso, yearless, run_start)
    moment = as_datetime(iso)
    start = seconds(moment) if moment is not None else None
    if iso is None or moment is None or start is None:
        return None  # undated, or out of the local clock's reach (year 1, 9999)
    if len(iso) > 10:
        return start, start, True
    try:
        if len(iso) == 7:
            end = (
                moment.replace(year=moment.year + 1, month=1)
                if moment.month == 12
                else moment.replace(month=moment.month + 1)
            )
        else:
            end = moment + timedelta(days=1)
    except (OverflowError, ValueError):  # the last month or day of year 9999
        return start, start, False
    after = seconds(end)
    return start, start if after is None else after, False


def report_time(iso: str | None, yearless: bool = False, run_start: str = NEW_YEAR) -> float | None:
    """Where a report dated ``iso`` goes among reports, in POSIX seconds (:func:`span`): a time at
    its instant, a day-only (or month-only) date at that day's (month's) end, since it may have
    been written at any time of it; None when undated. At its midnight a "15 Mar 2025" read as
    the earliest report of its day, before "15 Mar 2025 09:00". The one order of reports: the
    timeline's, the fact sheet's, the library's and ``list --sort date``'s."""
    when = span(iso, yearless, run_start)
    if when is None:
        return None
    start, end, timed = when
    return start if timed else end


def year_start(dates: Iterable[str | None]) -> str:
    """Where a run of year-less days begins ("MM-DD"), for dates that have no year
    anywhere (:func:`no_year_anywhere`): a story's coverage is one run of days, so the year is
    taken to turn in the longest stretch of the calendar without an article. Coverage from 20
    December to 5 January starts on "12-20" (the stretch from 6 January to 19 December is the
    longest, so December comes first); when the stretch over New Year is the longest (or as
    long as any other), the run is in calendar order and starts on :data:`NEW_YEAR`."""
    days: set[int] = set()
    for iso in dates:
        if iso is None or not iso.startswith("--"):
            continue
        try:
            days.add(date(YEARLESS_YEAR, int(iso[2:4]), int(iso[5:7])).timetuple().tm_yday)
        except ValueError:
            continue
    ordered = sorted(days)
    if len(ordered) < 2:
        return NEW_YEAR
    gap, first = max((b - a, b) for a, b in zip(ordered, ordered[1:]))
    if gap <= ordered[0] + 366 - ordered[-1]:
        return NEW_YEAR  # the longest stretch is the one over New Year
    day = date(YEARLESS_YEAR, 1, 1) + timedelta(days=first - 1)
    return f"{day.month:02d}-{day.day:02d}"


def no_year_anywhere(dates: Iterable[str | None]) -> bool:
    """Whether no date of ``dates`` has a year and some have a day and month (:class:`DateOrder`)."""
    kinds = {sort_key(d)[0] for d in dates}
    return 1 in kinds and 0 not in kinds


class DateOrder:
    """The one order of a set of articles' dates in time, for everything that orders them
    (``list --sort date``, the library, the fact sheet's values, the timeline, its "first" and
    its changes): a year-less date (``--12-31``) is first given the year of the others
    (:class:`YearResolver`), and when no date has a year at all, year-less days are a run in a
    year left unknown (:func:`placed`), over New Year when the coverage crosses it
    (:func:`year_start`: 30 Dec, 31 Dec, 1 Jan as the story ran, not 1 Jan first by the
    calendar). Otherwise :func:`sort_key`: zones applied, a year-less date no year reaches after
    the dated, the undated last. :meth:`key` is a date's place on an axis (a day from its
    midnight); :meth:`report_key` the order of articles, a day-only date at its day's end."""

    def __init__(self, dates: Iterable[str | None]) -> None:
        known = list(dates)
        self.resolve = YearResolver(known)
        resolved = [self.resolve(d) for d in known]
        self.yearless = no_year_anywhere(resolved)
        self.start = year_start(resolved) if self.yearless else NEW_YEAR

    def key(self, iso: str | None) -> tuple[int, float, str]:
        """Where ``iso`` goes in time: :func:`sort_key` of its resolved date, and a year-less day
        of a :attr:`yearless` set as :func:`placed` places it (``(0, seconds, iso)``)."""
        iso = self.resolve(iso)
        key = sort_key(iso)
        if key[0] == 1 and iso is not None and self.yearless:
            moment = as_datetime(placed(iso, True, self.start))
            at = seconds(moment) if moment is not None else None
            if at is not None:
                return (0, at, iso)
        return key

    def report_key(self, iso: str | None) -> tuple[int, float, str]:
        """Where an article dated ``iso`` goes among the others (the library's and ``list``'s date
        sort, the timeline's articles and reports, a fact's values): :meth:`key`, with a day-only
        or month-only date at its end as :func:`report_time` counts it (it may have been written
        at any time of it), so "15 Mar 2025" follows "15 Mar 2025 09:00"; ties keep their order."""
        key = self.key(iso)
        if key[0] != 0:
            return key
        at = report_time(self.resolve(iso), self.yearless, self.start)
        return key if at is None else (0, at, key[2])


def said(moment: date, *, year: bool = True, time: bool = False) -> str:
    """The one readable form of a day, everywhere a date is shown (the library, ``list``, the
    reader, the timeline and its axis, the fact sheet): ``2 Mar 2025``, ``14 Mar 2025 19:52``
    with ``time`` (of a datetime, as it is: convert it to the local zone first), ``2 Mar``
    without ``year``. The day is never padded ("02 Mar" beside "2 Mar" read as two forms)."""
    shown = f"{moment.day} {moment:%b}" + (f" {moment:%Y}" if year else "")
    return f"{shown} {moment:%H:%M}" if time and isinstance(moment, datetime) else shown


def readable(iso: str | None, *, time: bool = True) -> str:
    """A short local form for lists (:func:`said`): ``14 Mar 2025``, ``14 Mar 2025 19:52`` (in
    the local zone when the value has one), ``14 Mar`` without a year, ``Mar 2025`` for a month.
    ``time`` False: the day alone (a narrow column)."""
    if not iso:
        return ""
    if iso.startswith("--"):  # the time as written: without a year the local zone's offset is unknown
        try:
            day = said(date(2000, int(iso[2:4]), int(iso[5:7])), year=False)
        except ValueError:
            return iso
        return f"{day} {iso[8:13]}" if iso[7:8] == "T" and time else day
    moment = as_datetime(iso)
    if moment is None:
        return iso
    if len(iso) == 7:
        return moment.strftime("%b %Y")
    if len(iso) == 10:
        return said(moment)
    if moment.tzinfo is not None:
        try:
            moment = moment.astimezone()  # the reader's local time
        except (OverflowError, OSError, ValueError):
            return iso  # out of the local clock's reach (year 1, 9999)
    return said(moment, time=time)
