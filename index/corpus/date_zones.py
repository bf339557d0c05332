"""The zone of a time written without one, read across the corpus (t13ap N18).

An article's own reading gives a time written without a zone ("By Priya Castellanos-Whitfield |
August 18, 2026, 7:40 p.m.") no zone: ``2026-08-18T19:40``. Read in the viewer's local zone, a
saved page of the same story (``article:published_time 2026-08-18T19:40:00-07:00``) and its text
copy landed seven hours and, in UTC, a calendar day apart. The rule, applied wherever the
corpus's dates are ordered or shown (``list``, ``show``, the library, the reader, the timeline,
the fact sheet), in this order:

1. A time without a zone takes the zone of its outlet (:func:`~.listing.outlet_key`: the same
   outlet however spelled) where the corpus holds a zoned time of that outlet: the one nearest in
   time (a zone's offset changes with daylight saving). When that outlet's zoned times within
   :data:`~.date_values.YEAR_WINDOW_DAYS` of it carry more than one offset outside one daylight
   saving pair (a wire dating from several places), none is taken.
2. Else it is read in the local zone, as before.

Either way the article says how (:class:`ZoneRead`: ``date_zone`` and ``date_note`` in ``list``
and ``show --json``, the note in the reader and in ``show``'s ``note:`` lines). A time written
with its zone (an offset, ``Z``, a zone name the text reader knows) is never changed.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from waic_reader.index.corpus.date_values import YEAR_WINDOW_DAYS
from waic_reader.index.corpus.listing import outlet_key

# A time of day after a date (or a year-less ``--MM-DD``), with an optional zone: what
# ``date_parse`` writes. Group "zone": ``Z`` or ``±HH:MM``.
_TIMED = re.compile(
    r"(?P<day>\d{4}-\d\d-\d\d|--\d\d-\d\d)T(?P<time>\d\d:\d\d(?::\d\d(?:\.\d+)?)?)(?P<zone>Z|[+-]\d\d:\d\d)?"
)
# How ``date_zone`` says a zone-less time is read where no outlet gives it one.
LOCAL = "local"
# Offsets one place's clock moves between in a year: at most one hour apart (daylight saving;
# Lord Howe's half hour included).
_DST_STEP = timedelta(hours=1)


@dataclass(frozen=True, slots=True)
class ZoneRead:
    """How a timed date's zone was read: ``date`` the date as ordered and shown (ISO 8601, with
    the zone applied when one was taken); ``zone`` the offset (``-07:00``; ``Z`` as
    ``+00:00``), or :data:`LOCAL` for a time read in the viewer's zone; ``note`` a sentence for
    the user when the zone was not written with the time (None when it was)."""

    date: str
    zone: str
    note: str | None = None


def offset_of(iso: str | None) -> str | None:
    """The zone written in a timed ISO date (``-07:00``; ``Z`` is ``+00:00``), None when it has
    no time or no zone."""
    found = _TIMED.fullmatch(iso or "")
    if found is None or found["zone"] is None:
        return None
    return "+00:00" if found["zone"] == "Z" else found["zone"]


def zoneless_time(iso: str | None) -> bool:
    """Whether ``iso`` is a time written without a zone (``2026-08-18T19:40``, ``--08-18T19:40``)."""
    found = _TIMED.fullmatch(iso or "")
    return found is not None and found["zone"] is None


def _wall(iso: str) -> datetime | None:
    """The wall-clock time of a dated ISO time, zone dropped (None for a year-less one)."""
    found = _TIMED.fullmatch(iso)
    if found is None or found["day"].startswith("--"):
        return None
    try:
        return datetime.fromisoformat(f"{found['day']}T{found['time']}")
    except ValueError:
        return None


def _minutes(offset: str) -> int:
    sign = -1 if offset[0] == "-" else 1
    return sign * (int(offset[1:3]) * 60 + int(offset[4:6]))


def _said(offset: str) -> str:
    """``UTC−07:00`` (a true minus sign, as the app writes offsets for people)."""
    return "UTC" + offset.replace("-", "\u2212", 1)


class OutletZones:
    """The zoned times of a corpus's outlets, for reading their zone-less times (the module's
    rule). Built once from ``(doc, outlet, date)`` triples (every article of the corpus, as
    ``list`` gives them: year-less dates resolved); :meth:`read` answers one article."""

    def __init__(self, items: Iterable[tuple[str, str | None, str | None]]) -> None:
        # outlet key -> [(wall time, offset, doc)] of its zoned, dated times, in time order.
        self._zoned: dict[str, list[tuple[datetime, str, str]]] = {}
        for doc, outlet, iso in items:
            offset = offset_of(iso)
            wall = _wall(iso) if iso and offset else None
            if outlet and offset and wall is not None:
                self._zoned.setdefault(outlet_key(outlet), []).append((wall, offset, doc))
        for zoned in self._zoned.values():
            zoned.sort()
        # The outlets whose every zoned time is one place's (the common case): no window to look at.
        self._one_everywhere = {key for key, zoned in self._zoned.items() if _one_spread(zoned)}
        # Of the others, each day's offsets (minutes east), for a window's spread a day at a time.
        self._day_offsets: dict[str, dict[int, set[int]]] = {}
        for key, zoned in self._zoned.items():
            if key not in self._one_everywhere:
                days = self._day_offsets[key] = {}
                for wall, offset, _doc in zoned:
                    days.setdefault(wall.toordinal(), set()).add(_minutes(offset))
        # (outlet key, day) -> whether the outlet's zones around that day are one place's: a
        # library of 20,000 rows of one outlet asks once a day, not once a row.
        self._one_place: dict[tuple[str, int], bool] = {}

    def _near(self, key: str, wall: datetime | None) -> list[tuple[datetime, str, str]]:
        """The outlet's zoned times within the window of ``wall`` (all of them for a year-less time)."""
        zoned = self._zoned.get(key, [])
        if wall is None:
            return zoned
        window = timedelta(days=YEAR_WINDOW_DAYS)
        lo = bisect.bisect_left(zoned, (wall - window,))
        hi = bisect.bisect_right(zoned, (wall + window, "\uffff"))
        return zoned[lo:hi]

    def _one_zone(self, key: str, wall: datetime | None, near: list[tuple[datetime, str, str]]) -> bool:
        if key in self._one_everywhere:
            return True
        if wall is None:
            return _one_spread(near)
        day = wall.toordinal()
        got = self._one_place.get((key, day))
        if got is None:
            days = self._day_offsets[key]
            spread = set().union(*(days.get(d, ()) for d in range(day - YEAR_WINDOW_DAYS, day + YEAR_WINDOW_DAYS + 1)))
            got = self._one_place[(key, day)] = max(spread) - min(spread) <= _DST_STEP.total_seconds() // 60
        return got

    def read(self, doc: str, outlet: str | None, iso: str | None) -> ZoneRead | None:
        """How ``doc``'s date ``iso`` (of ``outlet``) is read: None for a date without a time or
        undated; the zone as written when it has one; else the zone of the same outlet's
        nearest zoned time (another article's), or the local zone; each with its note."""
        found = _TIMED.fullmatch(iso or "")
        if iso is None or found is None:
            return None
        if found["zone"] is not None:
            return ZoneRead(iso, offset_of(iso) or "+00:00")
        wall = _wall(iso)
        key = outlet_key(outlet) if outlet else ""
        near = self._near(key, wall) if outlet else []
        if near:
            if self._one_zone(key, wall, near):
                # The nearest in time (a year-less time: the first, any of one zone's offsets).
                at = bisect.bisect_left(near, (wall,)) if wall is not None else 0
                best = min(near[max(at - 1, 0) : at + 1], key=lambda z: abs(z[0] - wall) if wall else timedelta(0))
                offset = best[1]
                note = (
                    f"time without a zone ({found['time'][:5]}): read as {_said(offset)}, "
                    f"the zone of the same outlet's dated {best[2]}"
                )
                return ZoneRead(iso + offset, offset, note)
            note = (
                f"time without a zone ({found['time'][:5]}): read in your local time zone "
                "(the same outlet's other articles give several zones)"
            )
            return ZoneRead(iso, LOCAL, note)
        return ZoneRead(iso, LOCAL, f"time without a zone ({found['time'][:5]}): read in your local time zone")


def _one_spread(zoned: Iterable[tuple[datetime, str, str]]) -> bool:
    """Whether the offsets of ``zoned`` are one place's: at most a daylight-saving step apart."""
    spread = {_minutes(offset) for _wall, offset, _doc in zoned}
    return max(spread) - min(spread) <= _DST_STEP.total_seconds() // 60


def zone_rows(rows: Sequence[dict[str, Any]]) -> None:
    """Read each row's timed date's zone (:class:`OutletZones`), in place: ``date`` with the
    outlet's zone applied where one is taken, ``date_zone`` (an offset or ``"local"``) and
    ``date_note`` (None when the zone was written) on every row with a time. Rows: ``list``'s
    (``doc``, ``outlet``, ``date``), year-less dates already resolved and outlets spelled."""
    if not any(zoneless_time(str(r.get("date") or "")) for r in rows):
        for r in rows:
            zone = offset_of(str(r.get("date") or ""))
            if zone is not None:
                r["date_zone"], r["date_note"] = zone, None
        return
    zones = OutletZones((str(r["doc"]), _text(r.get("outlet")), _text(r.get("date"))) for r in rows)
    for r in rows:
        got = zones.read(str(r["doc"]), _text(r.get("outlet")), _text(r.get("date")))
        if got is not None:
            r["date"], r["date_zone"], r["date_note"] = got.date, got.zone, got.note


def zoned_dates(items: Iterable[tuple[str, str | None, str | None]]) -> dict[str, str]:
    """Of ``(doc, outlet, date)`` triples (a corpus's articles), the docs whose time without a
    zone takes its outlet's zone (:class:`OutletZones`), each with its date so zoned: what the
    timeline and the fact sheet order their articles and values by."""
    items = list(items)
    if not any(zoneless_time(iso) for _doc, _outlet, iso in items):
        return {}
    zones = OutletZones(items)
    out: dict[str, str] = {}
    for doc, outlet, iso in items:
        got = zones.read(doc, outlet, iso) if zoneless_time(iso) else None
        if got is not None and got.zone != LOCAL:
            out[doc] = got.date
    return out


# "local time" after a time ("10:30 a.m. local time", "(local time)"): the time of the place the
# text is datelined at.
_LOCAL_TIME = re.compile(r"[\s,]*\(?(?i:local\s+time)\b")
# The lines a dateline is looked for in: the head of the text, where wire copy and stories set it.
_DATELINE_LINES = 60


def local_time_read(text: str, iso: str, end: int) -> tuple[str, str] | None:
    """A text's time written as "local time" (right after ``end``, where its date stamp ends) read in
    the zone of the place its first dateline names (``dateline.match``; the place's IANA zone by
    :func:`~.date_patterns.place_zone`: a city of the time zone database or a one-zone country), as
    (the date with that zone's offset on that day, a note saying so): "March 14, 2025, 10:30 a.m.
    local time" under "TOKYO —" is ``2025-03-14T10:30+09:00``. None when ``iso`` is no dated time
    without a zone, "local time" is not written, or no dateline names a place the zone data knows
    (the time then stays without a zone, for the corpus's rule)."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    from waic_reader.index.corpus import dateline
    from waic_reader.index.corpus.date_patterns import place_zone

    wall = _wall(iso) if zoneless_time(iso) else None
    if wall is None or _LOCAL_TIME.match(text, end) is None:
        return None
    for line in text.split("\n", _DATELINE_LINES)[:_DATELINE_LINES]:
        found = dateline.match(line)
        if found is None or found.place is None:
            continue
        place = line[found.place[0] : found.place[1]]
        zone = place_zone(place)
        if zone is None:
            return None
        try:
            offset = wall.replace(tzinfo=ZoneInfo(zone)).strftime("%z")
        except ZoneInfoNotFoundError:
            return None  # (a system without that zone's data: the time stays without a zone)
        offset = f"{offset[:3]}:{offset[3:]}"
        return iso + offset, f"local time read as {place}'s ({zone}, {_said(offset)}), the place of its dateline"
    return None


def with_offset(iso: str | None, offset: str) -> str | None:
    """``iso`` with ``offset`` written after its time when it is a time without a zone (a fact's
    value dated by a live blog's entry in an article whose zone was taken from its outlet); any
    other value as it is."""
    return iso + offset if iso is not None and zoneless_time(iso) else iso


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
