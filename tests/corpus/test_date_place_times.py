"""A place's time after a clock time is read as that place's zone (issue #15, round s46-x).

Reported (reconstructed): "at 10:15 UK time" and "updated 4 March 2026, 10:15 London time" were
read without a zone (the time kept as written, no offset), as "10:15 GMT" is read with one. The
kind: a place's time ("London time", "UK time", "Paris time", "New York time") names the
place's IANA zone (date_patterns.place_zone: the tz database's cities and its one-zone
countries), its offset that of the day (GMT in March, BST in July). The reported stamps, then our
own: Paris in summer, New York with its "AM", a stamp in capitals, a zone in brackets, live-blog
entry times; a place naming no zone keeps the time without one. The texts are written for this
test."""

from __future__ import annotations

import pytest

from waic_reader.index.corpus.date_parse import parse
from waic_reader.index.corpus.date_patterns import place_zone
from waic_reader.index.corpus.dates import date_in_text, entry_times

HEAD = "Flood barrier holds as river peaks\n\n"
BODY = "\n\nThe river peaked overnight at 5.2 metres, the agency said, and the new barrier held.\n"


@pytest.mark.parametrize(
    ("stamp", "iso", "kind"),
    [
        ("Updated 4 March 2026, 10:15 London time", "2026-03-04T10:15+00:00", "updated"),  # reported
        ("Published at 10:15 UK time on 4 March 2026", "2026-03-04T10:15+00:00", "published"),  # reported
        ("Posted: 4 July 2026 10:15 UK time", "2026-07-04T10:15+01:00", "published"),  # BST by the date
        ("Updated: 12 April 2026, 18:40 Paris time", "2026-04-12T18:40+02:00", "updated"),
        ("June 5, 2026 9:30 AM New York time", "2026-06-05T09:30-04:00", "line"),
        ("UPDATED 3 NOVEMBER 2026, 08:05 LONDON TIME", "2026-11-03T08:05+00:00", "updated"),
    ],
)
def test_a_stamp_s_place_time_is_its_zone(stamp: str, iso: str, kind: str) -> None:
    found = date_in_text(HEAD + stamp + BODY)
    assert found is not None
    assert (found.iso, found.kind) == (iso, kind)


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("4 March 2026, 10:15 London time", "2026-03-04T10:15+00:00"),
        ("4 July 2026 10:15 (Paris time)", "2026-07-04T10:15+02:00"),
        ("5 June 2026, 18:00 Tokyo time", "2026-06-05T18:00+09:00"),
        ("4 March 2026, 10:15 Kickoff time", "2026-03-04T10:15"),  # no place's zone: none
    ],
)
def test_a_value_s_place_time(value: str, iso: str) -> None:
    assert parse(value) == iso


def test_live_entries_stamped_with_a_place_s_time() -> None:
    text = "Live: the flood\n\n10:15 UK time\nThe barrier held.\n\n11:30 London time\nThe water fell.\n"
    assert [t for _at, t in entry_times(text, "2026-07-04")] == ["10:15+01:00", "11:30+01:00"]


@pytest.mark.parametrize(
    ("place", "zone"),
    [
        ("UK", "Europe/London"),
        ("London", "Europe/London"),
        ("new york", "America/New_York"),
        ("France", "Europe/Paris"),
        ("Korea", None),  # two countries' name
        ("US", None),  # a country of several zones
        ("Kickoff", None),
    ],
)
def test_place_zone(place: str, zone: str | None) -> None:
    assert place_zone(place) == zone


@pytest.mark.parametrize(
    "value",
    [
        "4 March 2026, 10:15 New Jersey time",  # review s46-rv finding 5: was Europe/Jersey's +00:00
        "4 March 2026, 7 p.m. Georgia time",  # the US state's in US copy: was Asia/Tbilisi's +04:00
        "4 March 2026, 9:40 Central Georgia time",
        "4 March 2026, 9:40 West Victoria time",
    ],
)
def test_a_place_that_ends_a_longer_name_or_two_places_share_names_no_zone(value: str) -> None:
    got = parse(value)
    assert got is not None and "+" not in got and "-" not in got[10:], got


def test_a_live_blog_s_entries_by_a_state_s_time_get_no_other_place_s_zone() -> None:
    text = (
        "Storm live: latest\n\n10:15 New Jersey time\nThe governor declared an emergency.\n\n"
        "11:30 New Jersey time\nPower was cut to 20,000 homes.\n"
    )
    assert [t for _, t in entry_times(text, "2026-03-04")] == ["10:15", "11:30"]
    # a city after "AM" is still read ("AM" is no word of the place's name)
    assert parse("June 5, 2026 9:30 AM New York time") == "2026-06-05T09:30-04:00"
