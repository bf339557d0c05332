"""A time the text writes as "local time" is the time of the place its dateline names, when the
IANA zone data knows that place (t13ap N18's second rule): "March 14, 2025, 10:30 a.m. local
time" over "TOKYO —" is 10:30 in Asia/Tokyo, said in a note. A dateline the zone data does not
know, or a time not written as local, stays without a zone (the corpus's outlet rule or the
viewer's zone then read it, README "Dates")."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus

LEAD = "A strong earthquake shook the region on Friday morning, officials said, halting trains and closing schools."


def _article(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text(text, "utf-8")
    return Corpus.scan(tmp_path).article("a")


@pytest.mark.parametrize(
    ("stamp", "place", "date", "zone"),
    [
        ("March 14, 2025, 10:30 a.m. local time", "TOKYO", "2025-03-14T10:30+09:00", "Asia/Tokyo"),
        ("July 2, 2026 18:05 (local time)", "LAGOS, Nigeria", "2026-07-02T18:05+01:00", "Africa/Lagos"),
        ("March 20, 2026, 9:15 p.m. local time", "NEW YORK", "2026-03-20T21:15-04:00", "America/New_York"),
    ],
)
def test_local_time_is_the_datelines_zone(tmp_path: Path, stamp: str, place: str, date: str, zone: str) -> None:
    article = _article(tmp_path, f"Quake shakes the region\n{stamp}\n\n{place} — {LEAD}\n")
    assert article.date == date
    assert any(zone in note and "local time" in note for note in article.notes)


@pytest.mark.parametrize(
    ("stamp", "place", "date"),
    [
        ("August 18, 2026, 7:40 p.m. local time", "MILLBROOK", "2026-08-18T19:40"),  # no zone data knows it
        ("March 14, 2025, 10:30 a.m.", "TOKYO", "2025-03-14T10:30"),  # not written as local time
    ],
)
def test_no_known_place_or_no_local_time_stays_without_a_zone(
    tmp_path: Path, stamp: str, place: str, date: str
) -> None:
    article = _article(tmp_path, f"Quake shakes the region\n{stamp}\n\n{place} — {LEAD}\n")
    assert article.date == date
