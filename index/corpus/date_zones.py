"""The zone of a time written without one (t13ap N18; review s49-rv findings 4, 11, 12, 15, 16, 19).

An article's own reading gives a time written without a zone ("By Priya Castellanos-Whitfield |
August 18, 2026, 7:40 p.m.") no zone: ``2026-08-18T19:40``. Read in the viewer's local zone, a
saved page of the same story (``article:published_time 2026-08-18T19:40:00-07:00``) and its text
copy landed seven hours and, in UTC, a calendar day apart. The rule, applied wherever the
corpus's dates are ordered or shown (``list``, ``show``, the library, the reader, the timeline,
the fact sheet, all from one :class:`OutletZones` of the whole corpus), in this order:

1. A time written with its zone (an offset, ``Z``, a zone name the text reader knows) is kept.
2. A time without a zone in an article whose first dateline names a place the standard zone
   data knows (:func:`dateline_of`: "TOKYO (Reuters) -" is Asia/Tokyo; with a state, province or
   country written after a comma, that region decides: "PARIS, Texas" takes no zone, Texas having
   two) is read in that place's zone on that day: where the story was filed.
3. Else a wire or news agency takes no outlet zone, as it files from many places: an outlet that
   names an agency (:func:`agency_outlet`: "Reuters", "Associated Press"), an article whose
   dateline credits one ("KELLBY (AP) -": the dateline's agency, never a region), or an outlet
   whose datelines name places of different zones. It is read in the local zone.
3a. Else, where another copy of the same article (:func:`copy_key`: its saved page beside its
   text copy, ``ledger-web.html`` and ``ledger-web.txt`` in one folder, with the same title:
   :func:`page_of`, review s52-rv finding 15) wrote its time within a day of it with
   a zone (no UTC, no agency's), it takes that zone: one article's copies are one moment, whether
   or not the text copy names its outlet (t13aw N13).
4. Else it takes the zone of its outlet (:func:`~.listing.outlet_key`: the same outlet however
   spelled) where the corpus holds a zoned time of that outlet that is evidence of where its desk
   is: not UTC (``Z``/``+00:00`` is what machine stamps are normalised to, not a place), and not
   an agency's copy. The nearest in time is taken (a zone's offset changes with daylight saving).
   When that outlet's evidence within :data:`~.date_values.YEAR_WINDOW_DAYS` of it carries more
   than one offset outside one daylight saving pair, none is taken.
5. Else it is read in the local zone.

Either way the article says how (:class:`ZoneRead`: ``date_zone`` and ``date_note`` in ``list``,
``show --json`` and the timeline's articles, the note in the reader and in ``show``'s ``note:``
lines).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from typing import TYPE_CHECKING, Any

from waic_reader.index.corpus.date_values import YEAR_WINDOW_DAYS, as_datetime
from waic_reader.index.corpus.listing import outlet_key

if TYPE_CHECKING:
    from waic_reader.index.corpus import dateline

# How ``date_zone`` says a zone-less time is read where no zone is taken.
LOCAL = "local"
# Offsets one place's clock moves between in a year: at most one hour apart (daylight saving;
# Lord Howe's half hour included).
_DST_STEP = timedelta(hours=1)
# The year a year-less ``--MM-DD`` time is read in, for its wall clock alone (a leap year: the
# 29th of February stays a day).
_LEAP_YEAR = "2000"


@dataclass(frozen=True, slots=True)
class ZoneRead:
    """How a timed date's zone was read: ``date`` the date as ordered and shown (ISO 8601, with
    the zone applied when one was taken); ``zone`` the offset (``-07:00``; ``Z`` as
    ``+00:00``), or :data:`LOCAL` for a time read in the viewer's zone; ``note`` a sentence for
    the user when the zone was not written with the time (None when it was)."""

    date: str
    zone: str
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Filed:
    """Where an article says it was filed: its first dateline's ``place`` as written ("TOKYO"),
    that place's IANA ``zone`` (None when the zone data does not know it or a region written
    after it makes it ambiguous) and the ``credit`` in its parentheses ("Reuters"), each None
    when absent."""

    place: str | None = None
    zone: str | None = None
    credit: str | None = None


NOT_FILED = Filed()


def _moment(iso: str | None) -> datetime | None:
    """A timed ISO date (``date_parse``'s, or a year-less ``--MM-DD`` one read in a leap year) as
    a datetime, aware when a zone is written: :func:`~.date_values.as_datetime`, the one reader
    of the corpus's ISO values. None for a date without a time or no ISO value."""
    if not iso or "T" not in iso:
        return None
    return as_datetime(_LEAP_YEAR + iso[1:] if iso.startswith("--") else iso)


def _offset_text(moment: datetime) -> str | None:
    delta = moment.utcoffset()
    if delta is None:
        return None
    minutes = int(delta.total_seconds() // 60)
    sign = "-" if minutes < 0 else "+"
    return f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def offset_of(iso: str | None) -> str | None:
    """The zone written in a timed ISO date (``-07:00``; ``Z`` is ``+00:00``), None when it has
    no time or no zone."""
    moment = _moment(iso)
    return None if moment is None else _offset_text(moment)


def zoneless_time(iso: str | None) -> bool:
    """Whether ``iso`` is a time written without a zone (``2026-08-18T19:40``, ``--08-18T19:40``)."""
    moment = _moment(iso)
    return moment is not None and moment.tzinfo is None


def _said(offset: str) -> str:
    """``UTC−07:00`` (a true minus sign, as the app writes offsets for people)."""
    return "UTC" + offset.replace("-", "\u2212", 1)


def _minutes(offset: str) -> int:
    sign = -1 if offset[0] == "-" else 1
    return sign * (int(offset[1:3]) * 60 + int(offset[4:6]))


def _zone_offset(zone: str, wall: datetime) -> str | None:
    """``zone``'s offset (``+09:00``) at the wall-clock time ``wall``; None on a system without
    that zone's data."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        return _offset_text(wall.replace(tzinfo=ZoneInfo(zone)))
    except ZoneInfoNotFoundError:
        return None  # (the time then stays without a zone)


@cache
def _zone_clock(zone: str) -> tuple[str | None, str | None]:
    """``zone``'s offsets in January and July (one place's clock over a year): two zones with the
    same pair keep one time."""
    return _zone_offset(zone, datetime(2026, 1, 15, 12)), _zone_offset(zone, datetime(2026, 7, 15, 12))


# An outlet's name that says it is a news agency: a known agency (``WIRE_AGENCIES``: "Reuters",
# "AFP") or a name with an agency's word ("Associated Press", "Agence France-Presse", "Nordwire").
# A newspaper's words ("News", "Press" alone: "Detroit Free Press") are not: those are desks.
_AGENCY_WORDS = frozenset(
    "Agency Agence Agencia Agência Agenzia Agentur Nachrichtenagentur Newswire Wire Novosti".split()
)
_AGENCY_PHRASES = ("associated press", "press association", "press trust", "united press", "france-presse")


def agency_outlet(name: str | None) -> bool:
    """Whether an outlet's ``name`` is a news agency's (a wire files from
    many places, so its desk's zone says nothing of a story's): in ``entities.lexicons.
    WIRE_AGENCIES`` (any case), or holding an agency's word or phrase (:data:`_AGENCY_WORDS`,
    :data:`_AGENCY_PHRASES`), or one word closed by "wire" ("Nordwire"). A public broadcaster
    (``entities.lexicons.PUBLIC_BROADCASTERS``: "NHK", "BBC") is none: it is a desk with a zone,
    though its initials credit copy in a dateline as an agency's do (t13aw N18)."""
    from waic_reader.index.analysis.entities.lexicons import WIRE_AGENCIES

    if not name:
        return False
    name = " ".join(name.split())
    folded = name.casefold()
    if name in WIRE_AGENCIES or name.upper() in WIRE_AGENCIES or name.capitalize() in WIRE_AGENCIES:
        return True
    words = name.split()
    if any(w in _AGENCY_WORDS for w in words) or any(p in folded for p in _AGENCY_PHRASES):
        return True
    return len(words) == 1 and folded.endswith("wire") and len(folded) > len("wire") + 2


# The lines a dateline is looked for in: the head of the text, where wire copy and stories set it.
_DATELINE_LINES = 60


def dateline_of(text: str) -> Filed:
    """Where ``text`` says it was filed (:class:`Filed`): its first dateline (``dateline.match``
    opening one of its first :data:`_DATELINE_LINES` lines) that names a place as a dateline does
    (``entities.patterns.names_place``, the entities' own rule: a place in capitals or an agency
    named, a spaced dash and prose; or a town and its province as names, ``Dateline.regional``:
    "Boac, Marinduque —"; or a place the zone data knows in mixed case, a spaced dash and prose,
    :func:`_known_place_dashed`: "Tokyo — A strong earthquake …"). A byline ("By Callum Ferguson-Ōkubo, BBC News"), a label ("Posted: Nov
    18, 2026", "Tags: …", "BREAKING: …"), a headline ("Islande : l'éruption …") or a name with a
    hyphen in prose ("But Mayor Goñi-Olabarria said") names none, and the dateline under such a
    line is read on (t13as N9, t13at N3). The place's zone is
    :func:`~.date_patterns.place_zone`'s (a city of the time zone database or a one-zone
    country); with a region written after a comma ("PARIS, Texas", "LONDON, Ontario", "TOKYO,
    Japan"), the region's own zone decides: it when the zone data knows the region (a one-zone
    country, or a state or province the zone data's ``zone.tab`` names, :func:`~.date_patterns.
    region_zone`: "PERTH, Western Australia") and the place is there or unknown, else none (a homonym town abroad, or
    a region of several zones). :data:`NOT_FILED` when no dateline names a place."""
    from waic_reader.index.analysis.entities.patterns import names_place
    from waic_reader.index.corpus import dateline
    from waic_reader.index.corpus.date_patterns import place_zone, region_zone

    start = 0
    for _ in range(_DATELINE_LINES):
        if start > len(text):
            break
        stop = text.find("\n", start)
        stop = len(text) if stop < 0 else stop
        found = dateline.match(text, start, stop)
        start = stop + 1
        if found is None:
            continue
        place = text[found.place[0] : found.place[1]]
        if not (found.regional or names_place(text, found) or _known_place_dashed(text, found, place)):
            continue
        credit = text[found.agency[0] : found.agency[1]] if found.agency is not None else None
        zone = place_zone(place)
        if found.region is not None:
            region = region_zone(text[found.region[0] : found.region[1]].rstrip("."))
            zone = region if region is not None and (zone is None or _zone_clock(zone) == _zone_clock(region)) else None
        return Filed(place, zone, credit)
    return NOT_FILED


# The dashes a dateline's place is set apart by (``dateline.Dateline.separator``; no colon, which
# labels a line or opens a headline's clause: "Islande : l'éruption …").
_DATELINE_DASHES = frozenset({"-", "--", "–", "—"})


def _known_place_dashed(text: str, found: dateline.Dateline, place: str) -> bool:
    """Whether ``found`` is a dateline in mixed case as most web copy sets it ("Tokyo — A strong
    earthquake …", "Rotterdam — Dock workers …"), in ``text``: a place the zone data knows
    (:func:`~.date_patterns.place_zone`: a city or a one-zone country) or the place lexicons do
    (``dateline.place_named``: the gazetteer, GeoNames' towns), a dash spaced from it and prose
    after it; a place's word the text also writes in lower case is a word ("Split — the vote
    was split"), as in the entities' rule. That rule (``names_place``) wants capitals or an
    agency before adding a place as a name; where the article was filed needs no such caution
    once the place is known (review s50-rv2 #1: "Tokyo —" lost its place and zone)."""
    from waic_reader.index.corpus.date_patterns import place_zone
    from waic_reader.index.corpus.dateline import place_named

    if not (found.spaced and found.prose and found.separator in _DATELINE_DASHES):
        return False
    if re.search(rf"(?<![\w'’-]){re.escape(place.lower())}(?![\w'’-])", text) is not None:
        return False
    return place_zone(place) is not None or place_named(place)


def filed_fields(text: str) -> dict[str, str | None]:
    """The row fields of :func:`dateline_of` (``dateline_place``, ``dateline_zone``,
    ``dateline_credit``), as ``article_fields`` gives them to every listing row."""
    got = dateline_of(text)
    return {"dateline_place": got.place, "dateline_zone": got.zone, "dateline_credit": got.credit}


# The files a web page and its copy are saved as: the page, and its text or Markdown copy.
_COPY_SUFFIXES = (".html", ".htm", ".txt", ".text", ".md", ".markdown")


def copy_key(doc: str) -> str | None:
    """The name one article's copies share (``ledger-web`` for ``ledger-web.html`` and
    ``ledger-web.txt``, folders kept): a doc id carries its file's suffix only when another
    file of its folder has its stem (``reader``'s doc ids), so a doc id ending in a page's or a
    text's suffix (:data:`_COPY_SUFFIXES`) may have a copy beside it. None for any other id
    (``ledger-web``, a feed's item ``feed.xml#item``)."""
    if "#" in doc:
        return None
    folded = doc.casefold()
    for suffix in _COPY_SUFFIXES:
        if folded.endswith(suffix) and len(doc) > len(suffix):
            return doc[: -len(suffix)]
    return None


def page_of(title: str | None) -> str:
    """What tells one article's copies from two articles of one file stem: its title folded
    (``tokens.fold``, punctuation and spaces as single spaces), "" for none. (A page's byline is
    no listing row's field, so the title alone says it.)"""
    from waic_reader.index.corpus.tokens import fold

    return " ".join(re.findall(r"\w+", fold(title or "")))


def _filed_of(row: Mapping[str, Any]) -> Filed:
    return Filed(_text(row.get("dateline_place")), _text(row.get("dateline_zone")), _text(row.get("dateline_credit")))


class OutletZones:
    """The whole corpus's evidence of its outlets' zones and of where each article was filed, for
    reading zone-less times (the module's rule). Built once per listing from its rows (``doc``,
    ``outlet``, ``date`` with year-less dates resolved, and :func:`filed_fields`); :meth:`read`
    answers one article."""

    def __init__(self, rows: Iterable[Mapping[str, Any]]) -> None:
        # outlet key -> [(wall time, offset, doc)] of the zoned times that tell its desk's zone.
        self._zoned: dict[str, list[tuple[datetime, str, str]]] = {}
        self._filed: dict[str, Filed] = {}
        clocks: dict[str, set[tuple[str | None, str | None]]] = {}  # outlet key -> its datelines' clocks
        # copy key -> [(wall time, offset, doc)]: the zoned times of one article's copies (a saved
        # page beside its text copy: t13aw N13, whose text copy named no outlet).
        self._copies: dict[str, list[tuple[datetime, str, str]]] = {}
        # doc -> its title folded (:func:`page_of`), which a copy's must match
        self._pages: dict[str, str] = {}
        for row in rows:
            doc, outlet, iso = str(row["doc"]), _text(row.get("outlet")), _text(row.get("date"))
            filed = self._filed[doc] = _filed_of(row)
            if copy_key(doc) is not None:
                self._pages[doc] = page_of(_text(row.get("title")))
            key = outlet_key(outlet) if outlet else None
            if key is not None and filed.zone is not None:
                clocks.setdefault(key, set()).add(_zone_clock(filed.zone))
            moment = _moment(iso)
            offset = None if moment is None else _offset_text(moment)
            # UTC says where stamps are normalised to, not where a desk is (finding 16); an
            # agency's copy says where the agency was (finding 4).
            if moment is None or offset is None or offset == "+00:00" or iso is None or iso.startswith("--"):
                continue
            if agency_outlet(outlet) or filed.credit is not None:
                continue
            if row.get("date_note") is not None:  # a zone taken by this rule, not written
                continue
            if (copy := copy_key(doc)) is not None:
                self._copies.setdefault(copy, []).append((moment.replace(tzinfo=None), offset, doc))
            if key is not None:
                self._zoned.setdefault(key, []).append((moment.replace(tzinfo=None), offset, doc))
        # An outlet whose datelines name places of different zones files from many places.
        self._many_places = {key for key, seen in clocks.items() if len(seen) > 1}
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

    def evidence(self) -> tuple[frozenset[tuple[str, datetime, str]], frozenset[str]]:
        """What these zones read a time by, whichever articles gave it: each outlet's zoned wall
        times with their offsets, and the outlets filing from many places. Equal for two corpora
        that read every zone-less time alike (a copy of an article adds nothing)."""
        zoned = frozenset((key, wall, offset) for key, times in self._zoned.items() for wall, offset, _doc in times)
        return zoned, frozenset(self._many_places)

    def copy_zone(self, doc: str, wall: datetime | None, page: str | None = None) -> tuple[str, str] | None:
        """The zone of another copy of ``doc``'s article (:func:`copy_key`: the same file name in
        the same folder, a saved page beside its text copy, with the same title: ``page``,
        :func:`page_of`, else ``doc``'s row's; review s52-rv finding 15: "story.html" and
        "story.txt" of two stories shared a zone) whose time, written with a zone,
        is within a day of ``wall`` (one article's two copies are one moment): ``(offset, its
        doc)``, else None."""
        copy = copy_key(doc)
        if page is None:
            page = self._pages.get(doc)
        if copy is None or wall is None or not page:
            return None
        near = [
            z
            for z in self._copies.get(copy, ())
            if z[2] != doc and abs(z[0] - wall) <= timedelta(days=1) and self._pages.get(z[2]) == page
        ]
        if not near:
            return None
        best = min(near, key=lambda z: abs(z[0] - wall))
        return best[1], best[2]

    def filed(self, doc: str) -> Filed:
        """Where ``doc`` was filed as its row says (:data:`NOT_FILED` for a doc not listed)."""
        return self._filed.get(doc, NOT_FILED)

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

    def read(self, doc: str, outlet: str | None, iso: str | None, filed: Filed | None = None) -> ZoneRead | None:
        """How ``doc``'s date ``iso`` (of ``outlet``; filed as ``filed`` says, else as its row
        says) is read, by the module's rule: None for a date without a time or undated; the zone
        as written when it has one; else its dateline place's zone, or its outlet's (another
        article's), or the local zone; each with its note."""
        return read_zone(self, doc, outlet, iso, filed)


def read_zone(
    zones: OutletZones | None,
    doc: str,
    outlet: str | None,
    iso: str | None,
    filed: Filed | None = None,
    page: str | None = None,
) -> ZoneRead | None:
    """:meth:`OutletZones.read`; with ``zones`` None (no corpus read: the article's own dateline
    or agency decides, or no outlet can lend a zone), an outlet's zone is never taken. ``page``:
    the article's title folded (:func:`page_of`) when ``zones`` has no row of it."""
    moment = _moment(iso)
    if iso is None or moment is None:
        return None
    if moment.tzinfo is not None:
        return ZoneRead(iso, _offset_text(moment) or "+00:00")
    said = f"time without a zone ({moment:%H:%M})"
    if filed is None:
        filed = zones.filed(doc) if zones is not None else NOT_FILED
    wall = None if iso.startswith("--") else moment
    if filed.zone is not None and (offset := _zone_offset(filed.zone, moment)) is not None:
        note = f"{said}: read as {_said(offset)}, the zone of its dateline's place ({filed.place}: {filed.zone})"
        return ZoneRead(iso + offset, offset, note)
    copy = zones.copy_zone(doc, wall, page) if zones is not None and filed.credit is None else None
    if copy is not None and not agency_outlet(outlet):
        # Another copy of this article (its saved page beside its text copy, by file name) wrote
        # its time with a zone: one article, one moment (t13aw N13).
        offset = copy[0]
        note = f"{said}: read as {_said(offset)}, the zone of the same article's copy {copy[1]}"
        return ZoneRead(iso + offset, offset, note)
    if not outlet:
        return ZoneRead(iso, LOCAL, f"{said}: read in your local time zone")
    key = outlet_key(outlet)
    if agency_outlet(outlet) or filed.credit is not None or (zones is not None and key in zones._many_places):
        note = f"{said}: read in your local time zone (a news agency's or wire's copy, filed from many places)"
        return ZoneRead(iso, LOCAL, note)
    near = zones._near(key, wall) if zones is not None else []
    if not near:
        return ZoneRead(iso, LOCAL, f"{said}: read in your local time zone")
    if not zones or not zones._one_zone(key, wall, near):
        note = f"{said}: read in your local time zone (the same outlet's other articles give several zones)"
        return ZoneRead(iso, LOCAL, note)
    # The nearest in time (a year-less time: the first, any of one zone's offsets).
    at = bisect.bisect_left(near, (wall,)) if wall is not None else 0
    best = min(near[max(at - 1, 0) : at + 1], key=lambda z: abs(z[0] - wall) if wall else timedelta(0))
    offset = best[1]
    note = f"{said}: read as {_said(offset)}, the zone of the same outlet's dated {best[2]}"
    return ZoneRead(iso + offset, offset, note)


def _one_spread(zoned: Iterable[tuple[datetime, str, str]]) -> bool:
    """Whether the offsets of ``zoned`` are one place's: at most a daylight-saving step apart."""
    spread = {_minutes(offset) for _wall, offset, _doc in zoned}
    return max(spread) - min(spread) <= _DST_STEP.total_seconds() // 60


def zone_rows(rows: Sequence[dict[str, Any]]) -> OutletZones:
    """Read each row's timed date's zone (:class:`OutletZones`), in place: ``date`` with the zone
    applied where one is taken, ``date_zone`` (an offset or ``"local"``) and ``date_note`` (None
    when the zone was written) on every row with a time. Rows: ``list``'s (``doc``, ``outlet``,
    ``date``, :func:`filed_fields`), year-less dates already resolved and outlets spelled.
    Returns the zones read, for the rest of the corpus's views (``show``, the fact sheet, the
    timeline) to read theirs alike."""
    zones = OutletZones(rows)
    for r in rows:
        got = zones.read(str(r["doc"]), _text(r.get("outlet")), _text(r.get("date")))
        if got is not None:
            r["date"], r["date_zone"], r["date_note"] = got.date, got.zone, got.note
    return zones


def zoned_reads(zones: OutletZones, items: Iterable[tuple[str, str | None, str | None]]) -> dict[str, ZoneRead]:
    """Of ``(doc, outlet, date)`` triples (some of the corpus's articles: a fact sheet's, the
    timeline's), how each timed date's zone is read by ``zones`` (the whole corpus's, as ``list``
    reads it; :meth:`OutletZones.read`): what the timeline and the fact sheet order their
    articles and values by, and the notes the timeline's JSON gives."""
    out: dict[str, ZoneRead] = {}
    for doc, outlet, iso in items:
        got = zones.read(doc, outlet, iso)
        if got is not None:
            out[doc] = got
    return out


# "local time" after a time ("10:30 a.m. local time", "(local time)"): the time of the place the
# text is datelined at.
_LOCAL_TIME = re.compile(r"[\s,]*\(?(?i:local\s+time)\b")


def local_time_read(text: str, iso: str, end: int) -> tuple[str, str] | None:
    """A text's time written as "local time" (right after ``end``, where its date stamp ends) read in
    the zone of the place its first dateline names (:func:`dateline_of`), as (the date with that
    zone's offset on that day, a note saying so): "March 14, 2025, 10:30 a.m. local time" under
    "TOKYO —" is ``2025-03-14T10:30+09:00``. None when ``iso`` is no dated time without a zone,
    "local time" is not written, or no dateline names a place whose zone is known (the time then
    stays without a zone, for the corpus's rule)."""
    moment = _moment(iso)
    if moment is None or moment.tzinfo is not None or iso.startswith("--") or _LOCAL_TIME.match(text, end) is None:
        return None
    filed = dateline_of(text)
    if filed.zone is None or (offset := _zone_offset(filed.zone, moment)) is None:
        return None
    return (
        iso + offset,
        f"local time read as {filed.place}'s ({filed.zone}, {_said(offset)}), the place of its dateline",
    )


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
