"""Zone abbreviations of one meaning are read wherever AEDT, AEST, HKT and SGT are: in a stamp's
time, in a live blog's entry times (t13au N4, round s51-m: "19:45 AWST" was read without a zone,
eight hours late, and the toll then "fell"). The table (``date_patterns.ZONES``) is checked
against the tz database's own abbreviations (Python's tzdata), the source its comment names."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo, available_timezones

import pytest

from waic_reader.index.analysis.entry_time import ENTRY_STAMP
from waic_reader.index.corpus.date_patterns import ZONES
from waic_reader.index.corpus.dates import entry_times
from waic_reader.index.corpus.reader import Corpus

LEAD = "Rescuers worked through the night at the mine, officials said on Saturday."


@pytest.mark.parametrize(
    ("stamp", "expected"),
    [
        # reported (t13au N4): the Australian, New Zealand, South African and Indonesian zones
        ("Posted: 14 March 2026 19:45 AWST", "2026-03-14T19:45+08:00"),
        ("Posted: 14 March 2026 19:45 ACST", "2026-03-14T19:45+09:30"),
        ("Posted: 14 March 2026 19:45 ACDT", "2026-03-14T19:45+10:30"),
        ("Posted: 14 March 2026 19:45 NZST", "2026-03-14T19:45+12:00"),
        ("Posted: 14 March 2026 19:45 NZDT", "2026-03-14T19:45+13:00"),
        ("Posted: 14 March 2026 19:45 SAST", "2026-03-14T19:45+02:00"),
        ("Posted: 14 March 2026 19:45 WIB", "2026-03-14T19:45+07:00"),
        # variants: other words, layouts and zones of the same kind
        ("Updated: July 2, 2025, 6:05 a.m. EAT", "2025-07-02T06:05+03:00"),
        ("Published 2 July 2025 08:30 WITA", "2025-07-02T08:30+08:00"),
        ("Posted: 25/07/2025 10:10 PKT", "2025-07-25T10:10+05:00"),
        ("Updated: 9 Jan 2026 07:00 NST", "2026-01-09T07:00-03:30"),
        ("Posted: 14 March 2026 19:45 MSK", "2026-03-14T19:45+03:00"),
    ],
)
def test_stamp_zone_read(tmp_path: Path, stamp: str, expected: str) -> None:
    (tmp_path / "a.txt").write_text(f"Mine collapse update\n{stamp}\n\n{LEAD}\n", "utf-8")
    assert Corpus.scan(tmp_path).article("a").date == expected


@pytest.mark.parametrize(
    ("zone", "offset"),
    [("AWST", "+08:00"), ("ACDT", "+10:30"), ("NZDT", "+13:00"), ("WIB", "+07:00"), ("CAT", "+02:00")],
)
def test_live_blog_entry_times_keep_their_zone(zone: str, offset: str) -> None:
    text = (
        "Mine collapse: live updates\nUpdated 14 March 2026\n\n"
        f"19:45 {zone}\nThe confirmed death toll stands at four.\n\n"
        f"13:05 {zone}\nThe company confirms three workers have died.\n\n"
        f"05:15 {zone}\nNine are missing.\n"
    )
    assert [t for _, t in entry_times(text, "2026-03-14")] == [f"19:45{offset}", f"13:05{offset}", f"05:15{offset}"]


@pytest.mark.parametrize("zone", ["AWST", "WIB", "WITA", "NZDT", "SAST"])
def test_entry_stamp_takes_the_zone(zone: str) -> None:
    text = f"19:45 {zone} The company confirms three workers have died."
    m = ENTRY_STAMP.match(text)
    assert m is not None and text[m.end() :].startswith("The company")


def _tz_abbreviations() -> dict[str, set[float]]:
    """The tz database's abbreviations in use 2020-2026 → the offsets (hours) its zones give them."""
    seen: dict[str, set[float]] = {}
    for key in available_timezones():
        if "/" not in key or key.startswith(("Etc/", "SystemV/", "US/", "posix/", "right/")):
            continue
        zone = ZoneInfo(key)
        t = datetime(2020, 1, 1, tzinfo=UTC)
        while t.year < 2027:
            local = t.astimezone(zone)
            name = local.tzname()
            offset = local.utcoffset()
            if name and name[0].isalpha() and offset is not None:
                seen.setdefault(name, set()).add(offset.total_seconds() / 3600)
            t += timedelta(days=30)
    return seen


# Read though the tz database writes no such abbreviation (the table's comment says why), or
# read in their US meaning where tzdata also gives them to Cuba and Manila.
_NOT_TZDATA = {"SGT", "MEZ", "MESZ", "Z", "UTC"}
_US_MEANING = {"CDT", "PST"}


def test_zone_table_matches_tz_database() -> None:
    tz = _tz_abbreviations()
    for name, hours in ZONES.items():
        if name in _NOT_TZDATA:
            continue
        assert name in tz, name
        if name in _US_MEANING:
            assert hours in tz[name], name
        else:
            assert tz[name] == {hours}, name
    # every abbreviation of one meaning in tzdata is read, but those news uses for another zone
    for name, offsets in tz.items():
        if len(offsets) == 1 and name.isupper() and name not in {"AST", "ADT", "SST"}:
            assert ZONES.get(name) == next(iter(offsets)), name
