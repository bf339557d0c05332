"""The patterns and tables every part of reading a date shares, and the values it finds.

Shared by parsing metadata values (:mod:`date_parse`), telling a date stamp's line
(:mod:`date_stamps`) and finding dates in text (:mod:`dates`), so each imports them from here and
none from another (the three would otherwise import each other):

- zones: :data:`ZONES` (abbreviation → hours east of UTC, the unambiguous ones news datelines
  use), :data:`ZONE_NAMES` (a zone written out in full → its abbreviation), and as regex
  sources :data:`ZONE_NAME`, :data:`ZONE` and :data:`ZONE_AFTER` (a zone after a time, bare or
  in brackets);
- places' times: :data:`PLACE_TIME` (a regex source: "London time", "UK time") and
  :func:`place_zone` (the place's IANA zone, from tzdata's names);
- clock times as regex sources (:data:`TIME`; :data:`TIME_SEP` and :data:`LEAD_SEP`, what joins
  a date and its time) and as a pattern naming hours, minutes, seconds and a.m./p.m. of a time
  real or not (:data:`CLOCK_TIME`, ``"25:61"`` too: its faults are said);
- compiled dates: :data:`EXPRESSION` (an English date of :data:`date_forms.DATE` with its time
  and zone; :data:`LABELLED` the same in any case, after a label), :data:`NUMERIC` (an
  all-numeric date, read only after a label or alone on its line), :data:`FOREIGN` (a date in
  another language, :mod:`date_languages`' table), :data:`DATE_RE`, :data:`YEAR_WRITTEN`;
- stamp labels: :data:`LABEL` (a line opening with ``Posted:``, ``Updated``, ``Date``),
  :data:`LABEL_TAIL` and :data:`TRAILING_LABEL` (a labelled stamp ending a line), and
  :data:`LEAD_TIME` (a time written before the date after a label);
- tables: :data:`MONTH_NAMES` (index 1-12 → English name), :data:`MONTH_NUMBERS` (lower-case
  name or abbreviation → 1-12), both :mod:`date_forms`' one table; :data:`HEAD_CHARS` and :data:`TAIL_CHARS`, how far into a
  text's head and tail its dates are looked for (characters);
- the values found: :class:`FoundDate` (an ISO 8601 date and its span), :class:`Impossible` (a
  stamp naming no real day or time, and why) and :class:`DateScan` (both lists).

The written forms of an English calendar date itself (month, weekday, day, year) are
:mod:`date_forms`' (the dateline recogniser reads them without importing any of this); other
languages' month names and stamp words are :mod:`date_languages`'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from zoneinfo import available_timezones

from waic_reader.index.corpus import date_languages
from waic_reader.index.corpus.date_forms import DATE, MONTH_NAMES, MONTH_NUMBERS, STAMP_LABEL, YEAR

__all__ = [
    "CLOCK_TIME",
    "DATE_RE",
    "DIGIT",
    "EXPRESSION",
    "FOREIGN",
    "HEAD_CHARS",
    "LABEL",
    "LABELLED",
    "LABEL_TAIL",
    "LEAD_SEP",
    "LEAD_TIME",
    "MONTH_NAMES",
    "MONTH_NUMBERS",
    "NUMERIC",
    "PLACE",
    "PLACE_TIME",
    "SEASONAL_ZONES",
    "TAIL_CHARS",
    "TIME",
    "TIME_SEP",
    "TRAILING_LABEL",
    "YEAR_WRITTEN",
    "ZONE",
    "ZONES",
    "ZONE_AFTER",
    "ZONE_NAME",
    "ZONE_NAMES",
    "DateScan",
    "FoundDate",
    "Impossible",
    "place_zone",
    "region_zone",
]


# Zone abbreviations with one meaning, hours east of UTC: those of the IANA time zone database
# (tzdata, the files africa, asia, australasia, europe, northamerica) that its zones use in
# 2020-2026 for one offset only (``tests/corpus/test_s51m_zone_names.py`` checks each against
# Python's tzdata), and a few the tz database does not write but news does with one meaning
# (Singapore's SGT, German's MEZ/MESZ, ``Z``). Left unknown, as the tz database gives them
# several offsets or news uses them for another zone: CST (US, China, Cuba), IST (India,
# Ireland, Israel), AST/ADT (Atlantic in tzdata, Arabia in Gulf news), SST (Samoa, Singapore).
# CDT and PST keep their US meaning (tzdata also gives them to Cuba and Manila).
ZONES: dict[str, float] = {
    "GMT": 0,
    "UTC": 0,
    "Z": 0,
    "WET": 0,
    "WEST": 1,
    "BST": 1,
    "CET": 1,
    "CEST": 2,
    "MEZ": 1,  # CET and CEST as German writes them
    "MESZ": 2,
    "EET": 2,
    "EEST": 3,
    "MSK": 3,
    "IDT": 3,  # Israel's summer time (its standard time, IST, is ambiguous)
    "WAT": 1,  # West, Central, East and South Africa
    "CAT": 2,
    "SAST": 2,
    "EAT": 3,
    "PKT": 5,
    "WIB": 7,  # Indonesia's western, central and eastern zones
    "WITA": 8,
    "WIT": 9,
    "HKT": 8,
    "SGT": 8,
    "AWST": 8,  # Australia's western, central and eastern zones, standard and summer time
    "ACST": 9.5,
    "ACDT": 10.5,
    "AEST": 10,
    "AEDT": 11,
    "JST": 9,
    "KST": 9,
    "NZST": 12,
    "NZDT": 13,
    "NST": -3.5,  # Newfoundland
    "NDT": -2.5,
    "EST": -5,
    "EDT": -4,
    "CDT": -5,
    "MST": -7,
    "MDT": -6,
    "PST": -8,
    "PDT": -7,
    "AKST": -9,
    "AKDT": -8,
    "HST": -10,
    "HDT": -9,
}

# The US zones written without a season ("7:52 a.m. ET"): read (date_parse) as the offset of the
# day, standard or daylight (ET is -05:00 in March before the 9th, -04:00 after and all summer).
SEASONAL_ZONES = {
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "MT": "America/Denver",
    "PT": "America/Los_Angeles",
}


# The area prefixes of IANA zone names that name a place's time ("Europe/London", "America/New_York");
# not "Etc/GMT+5" and the like.
_ZONE_AREAS = frozenset("Africa America Antarctica Arctic Asia Atlantic Australia Europe Indian Pacific".split())


@cache
def _place_zones() -> dict[str, str]:
    """{a place's name, folded: lower case, one space between words → its IANA zone}: the places of
    the IANA time zone database as Python's tzdata gives it (read once, on the first place's time
    met: ~25 ms):

    - every zone's city, its last part, underscores read as spaces ("Europe/London": "london",
      "America/New_York": "new york", "America/Argentina/Buenos_Aires": "buenos aires"), the
      links kept for old names too ("Asia/Calcutta": "calcutta");
    - every country of ``iso3166.tab`` with one zone in ``zone.tab`` ("France": Europe/Paris,
      "Japan": Asia/Tokyo), by its name before any bracket; a bracket's name in capitals after a
      one-word name is the country's too ("Britain (UK)": "britain", "uk"). A name two countries
      share ("Korea (North)", "Korea (South)") is neither's; a country of several zones (the US,
      Russia, Australia) has none.
    """
    zones: dict[str, str] = {}
    for key in sorted(available_timezones()):
        area, _, rest = key.partition("/")
        if area in _ZONE_AREAS and rest:
            zones.setdefault(" ".join(rest.rsplit("/", 1)[-1].replace("_", " ").lower().split()), key)
    folder = resources.files("tzdata.zoneinfo")
    by_country: dict[str, list[str]] = {}
    for line in folder.joinpath("zone.tab").read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            fields = line.split("\t")
            by_country.setdefault(fields[0], []).append(fields[2])
    named: dict[str, list[str]] = {}
    for line in folder.joinpath("iso3166.tab").read_text("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        code, name = line.split("\t")
        country = by_country.get(code, [])
        bare, _, bracket = name.partition(" (")
        names = [bare]
        if bracket[:-1].isupper() and len(bare.split()) == 1:
            names.append(bracket[:-1])
        for n in names:
            named.setdefault(n.lower(), []).extend(country[:1] if len(country) == 1 else ["", ""])
    for n, found in named.items():
        if len(found) == 1 and found[0]:
            zones[n] = found[0]
    return zones


def place_zone(place: str) -> str | None:
    """The IANA zone of a place's time as the text names it (``place``: "London", "UK", "New
    York"; any case): a city's or a one-zone country's (:func:`_place_zones`), else None."""
    return _place_zones().get(" ".join(place.lower().split()))


# The names of North America's zones, which zone.tab's comments write where a region goes
# ("Eastern (most areas)"): a zone's name, no place.
_ZONE_WORDS = frozenset({"eastern", "central", "mountain", "pacific", "atlantic"})
# A part of a zone.tab comment that says the zone keeps most of the region it names ("Western
# Australia (most areas)", "most of New Zealand", "Spain (mainland)").
_MOST = re.compile(r"^most of (?P<name>.+)$|^(?P<name2>[^(]+?) \((?:most areas|mainland)[^)]*\)$")


@cache
def _region_zones() -> dict[str, str]:
    """{a state's, province's or country's name, folded → its IANA zone}: the regions the time
    zone database's ``zone.tab`` names in its comments (the fourth column: "Western Australia
    (most areas)" for Australia/Perth, "Western Australia (Eucla)" for Australia/Eucla,
    "Tasmania", "most of New Zealand"), each taken by the one zone that names it whole or says
    it keeps most of it; a region two zones name whole, or one whose zone keeps only a part
    with no zone keeping most, is none's. Each comment's zone label before " - " ("Eastern - ON
    & QC") is dropped, and so are the names of zones themselves (:data:`_ZONE_WORDS`) and
    initials ("ON", "NS")."""
    whole: dict[str, set[str]] = {}
    most: dict[str, set[str]] = {}
    folder = resources.files("tzdata.zoneinfo")
    for line in folder.joinpath("zone.tab").read_text("utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("#") or len(fields) < 4:
            continue
        comment = fields[3].split(" - ", 1)[-1]
        for part in re.split(r",\s*(?![^()]*\))|;\s*|\s+&\s+", comment):
            part = part.strip()
            m = _MOST.match(part)
            if m is not None and not (m["name"] or m["name2"]).isupper():
                most.setdefault((m["name"] or m["name2"]).strip().lower(), set()).add(fields[2])
            elif "(" not in part and not part.isupper() and part:
                whole.setdefault(part.lower(), set()).add(fields[2])
    zones: dict[str, str] = {}
    for name in set(whole) | set(most):
        if name in _ZONE_WORDS or not name[:1].isalpha() or len(name) < 3 or ")" in name:
            continue
        found = whole.get(name, set()) | most.get(name, set())
        if len(found) == 1:
            zones[" ".join(name.split())] = next(iter(found))
    return zones


def region_zone(region: str) -> str | None:
    """The IANA zone of a region written after a dateline's place ("PERTH, Western Australia",
    "HOBART, Tasmania"; any case): a one-zone country's or city's (:func:`place_zone`), else a
    state's or province's the time zone database names (:func:`_region_zones`), else None
    ("Texas" and "Indiana", of several zones, none)."""
    return place_zone(region) or _region_zones().get(" ".join(region.lower().split()))


# Zones written out in full ("08:00 AM Eastern Daylight Time"), as their abbreviations in
# :data:`ZONES` (read as those, :func:`date_parse._prepare`).
ZONE_NAMES = {
    "eastern daylight time": "EDT",
    "eastern standard time": "EST",
    "central daylight time": "CDT",
    "mountain daylight time": "MDT",
    "mountain standard time": "MST",
    "pacific daylight time": "PDT",
    "pacific standard time": "PST",
    "british summer time": "BST",
    "greenwich mean time": "GMT",
    "coordinated universal time": "UTC",
    "central european time": "CET",
    "central european summer time": "CEST",
    "eastern european time": "EET",
    "eastern european summer time": "EEST",
    "japan standard time": "JST",
    "korea standard time": "KST",
}
ZONE_NAME = "|".join(
    r"\s+".join(w.capitalize() for w in name.split()) for name in sorted(ZONE_NAMES, key=len, reverse=True)
)
TIME = r"(?:[0-2]?\d[:.][0-5]\d(?::[0-5]\d)?(?:\s*[AaPp]\.?[Mm]\.?)?|[01]?\d\s*[AaPp]\.?[Mm]\.?)"
# A place's time after a clock time ("10:15 UK time", "10:15 London time", "9pm New York time"):
# one to three capitalised words (so even where a pattern is read in any case, ``(?-i:``: "this
# time" is none), then "time" ("LONDON TIME" in a stamp set in capitals). The place's zone is :func:`place_zone`'s; a phrase naming no
# zone it knows ("Kick-off time") is read as no zone (date_parse.parse).
PLACE = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
PLACE_TIME = rf"(?-i:{PLACE}\s+(?i:time))(?!\w)"
# (The abbreviations of :data:`ZONES` not of the form "…T", "WIB", "WITA", are named.)
_OTHER_ZONES = "|".join(
    sorted((z for z in ZONES if not re.fullmatch(r"[A-Z]{1,4}T|UTC|GMT|Z", z)), key=len, reverse=True)
)
ZONE = rf"(?:{ZONE_NAME}|{PLACE_TIME}|(?:GMT|UTC)\s*[+-]\s*\d{{1,2}}(?::?\d\d)?|[+-]\d\d:?\d\d|(?:{_OTHER_ZONES})(?![A-Za-z])|[A-Z]{{1,4}}T|UTC|GMT|Z)"
# A zone after a time, bare or in brackets ("7:52 PM GMT+9", "7:52 PM (GMT+9)", "10:00 (JST)").
ZONE_AFTER = rf"(?:\s*(?P<zb>\()?\s*(?P<zone>{ZONE})(?(zb)\s*\)))"
# What joins a date and the time after it ("…, 2025 at 7:52 PM", "… 2025 · 10:00", "…T07:52",
# "Mar 14, 2025 / 06:12 PM CDT": a slash with spaces around it, never "14/03").
TIME_SEP = r"(?:\s*(?:,\s*(?:at|@)|,|at|@|-|–|—|·|\||(?<=\s)/(?=\s))?\s*|T)"
# What joins a time and the date after it ("12:30 p.m. ET, March 14", "14:05 GMT | 14 March 2025").
LEAD_SEP = r"\s*(?:,|\||·|-|–|—|on)?\s*"
# A date, optionally followed by a time and zone ("… 2025 06.00 GMT", "…, 2025 at 7:52 PM GMT+9",
# "2025-03-14T07:52:00Z").
EXPRESSION = re.compile(
    rf"(?<![\w-])(?P<date>{DATE})(?:{TIME_SEP}(?P<time>{TIME})(?::\d\d(?:\.\d+)?)?{ZONE_AFTER}?)?(?![\w])",
)
# A time (and zone) written before the date after a label: "12:30 p.m. ET, " in "Updated: 12:30
# p.m. ET, March 14, 2025", "14:05 GMT, " in "PUBLISHED: 14:05 GMT, 14 March 2025".
LEAD_TIME = re.compile(rf"\s*(?:at\s+)?(?P<time>{TIME}){ZONE_AFTER}?{LEAD_SEP}", re.I)
# An all-numeric date, read only right after a label ("Posted: 14/03/2025", "Date: 14.03.2025
# 09:30", "Updated 2025/03/14"): in running text "3/4" is as often a score or a fraction. Day and
# month are told apart by their values (see :func:`dates._numeric_at`).
NUMERIC = re.compile(
    # (a dot may have a space after it, as Czech and German pages write it: "5. 3. 2025 9:30")
    rf"(?:(?P<a>[0-3]?\d)(?P<sep>[/.])(?:(?<=\.) )?(?P<b>[0-3]?\d)(?P=sep)(?:(?<=\.) )?(?P<y>{YEAR})"
    rf"|(?P<y2>{YEAR})(?P<sep2>[/.])(?P<m2>[0-3]?\d)(?P=sep2)(?P<d2>[0-3]?\d))"
    rf"(?:{TIME_SEP}(?P<time>{TIME})(?::\d\d)?{ZONE_AFTER}?)?(?![\w/.])",
    re.I,
)
# After a label the month may be in any case ("posted: march 14, 2025", "UPDATED: 15 MAR 2025");
# elsewhere only capitalised months count ("may 5" in running text is seldom a date).
LABELLED = re.compile(EXPRESSION.pattern, re.I)
LABEL = re.compile(
    rf"(?im)^[ \t]*(?:\W{{0,3}})(?P<label>{STAMP_LABEL}|date)"
    r"(?:\s+on)?\s*(?P<mark>[:\-–—])?\s*"
)
# A stamp's label and what may follow it before the date ("Updated on", "Posted:"): for a label
# after a separator (``dates._FIELD_LABEL``) and for :data:`TRAILING_LABEL`.
LABEL_TAIL = rf"(?P<label>{STAMP_LABEL}|date)(?:[ \t]+on)?[ \t]*(?P<mark>[:\-–—])?[ \t]*"
# A labelled stamp ending a line of other words, after a separator or a sentence's end
# ("Ferry plan approved. Posted: Mar 16, 2025", "Ferry plan approved | Updated 14 March 2025
# 10:00 GMT"): :func:`date_stamps.trailing_stamp`.
# (The lookahead names the characters a match starts with: re passes over every other position
# of a line at once, half the time.)
TRAILING_LABEL = re.compile(rf"(?i)(?=[ \t|·•;])(?:[ \t]*[|·•;]|[ \t]+[-–—](?=\s)|(?<=[.!?]))[ \t]+{LABEL_TAIL}")


# A clock time as written, a real one or not ("7:52 PM", "25:61", "13:00 p.m.", "7:52:61", "3 pm"):
# its hours, minutes, seconds and a.m./p.m., for saying what is wrong with it.
CLOCK_TIME = re.compile(
    r"(?P<h>\d{1,2})[:.](?P<m>\d\d)(?::(?P<s>\d\d))?(?:\s*(?P<ampm>[AaPp])\.?[Mm]\b\.?)?|(?P<h12>\d{1,2})\s*(?P<ampm12>[AaPp])\.?[Mm]\b"
)


# A date written in another language than English, by the one table of their month names and
# stamp words (:mod:`date_languages`): "16. März 2025", "14 de marzo de 2025", "2025年3月16日".
FOREIGN = re.compile(rf"{date_languages.WRITTEN_DATE}|{date_languages.CJK_DATE}")


# A date of :data:`date_forms.DATE` in any case; a year written as four digits; a digit (a line
# without one holds no date in numbers, the commonest line, passed over at once).
DATE_RE = re.compile(DATE, re.I)
YEAR_WRITTEN = re.compile(r"(?<!\d)\d{4}(?!\d)")
DIGIT = re.compile(r"\d")

HEAD_CHARS = 1500  # labelled lines, datelines and date lines are looked for this far in
TAIL_CHARS = 600  # "Updated:" / "Published:" notes at the end of the text


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date found in text: its ISO form and the span of text that gave it."""

    iso: str
    start: int
    end: int
    kind: str  # "published", "dateline", "updated", "line"
    # Above the article's first line of prose (its headline, byline and dateline), not after it.
    top: bool = True


@dataclass(frozen=True, slots=True)
class Impossible:
    """A date stamp in text that is written as a date but names no day or time that exists
    ("Posted: 31/06/2025", "February 30, 2025", "June 3, 2025 25:61"): never read, not even in
    part (no day from a stamp whose time is wrong), and said in a note. ``written``: the stamp as
    written (date and time); ``why``: what is wrong with it ("June has 30 days")."""

    written: str
    why: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class DateScan:
    """What :func:`dates.scan_dates` finds: the dates the text gives for itself, best first
    (:func:`dates.find_dates`), and the stamps that would be dates but name no real day or time."""

    found: list[FoundDate]
    impossible: list[Impossible]

    def spans(self) -> list[tuple[int, int]]:
        """Where the text stamps itself with a date (read or not): the article's own dates,
        no facts about its story."""
        return sorted({(f.start, f.end) for f in self.found} | {(i.start, i.end) for i in self.impossible})
