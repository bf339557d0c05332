"""Zones written out in full, a time before the date after "at", and a day, month name and year
joined by hyphens are read (acceptance #17 after s14, fault 3): "March 14, 2025 08:00 AM Eastern
Daylight Time" had no zone, "Posted at 10:30 14 Mar 2025" lost its time, and "Posted:
14-Mar-2025" was neither read nor noted."""

from pathlib import Path

import pytest

from waic_reader.index.corpus.date_parse import parse
from waic_reader.index.corpus.date_stamps import is_date_label
from waic_reader.index.corpus.reader import Corpus

BODY = "The Halvik council approved the new harbour plan on the day, officials said in a statement."


def _article(tmp_path: Path, line: str):  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text(f"Council approves harbour plan\n\n{line}\n\n{BODY}\n", "utf-8")
    return Corpus.scan(tmp_path).article("a")


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        # reported
        ("March 14, 2025 08:00 AM Eastern Daylight Time", "2025-03-14T08:00-04:00"),
        ("14 March 2025 10:30 (UTC)", "2025-03-14T10:30+00:00"),
        # variants: another zone after a label, a zone's name in brackets and in capitals
        ("Updated: 14 March 2025 9:15 am Pacific Standard Time", "2025-03-14T09:15-08:00"),
        ("Published 14 June 2025 10:30 (British Summer Time)", "2025-06-14T10:30+01:00"),
        ("UPDATED: 14 MARCH 2025 10:30 CENTRAL EUROPEAN TIME", "2025-03-14T10:30+01:00"),
    ],
)
def test_a_zone_written_out_is_read(tmp_path: Path, line: str, iso: str) -> None:
    article = _article(tmp_path, line)
    assert article.date == iso
    assert article.title == "Council approves harbour plan"


def test_a_zone_s_name_alone_is_parsed_as_its_abbreviation() -> None:
    assert parse("March 14, 2025 08:00 AM Eastern Daylight Time") == parse("March 14, 2025 08:00 AM EDT")


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        # reported
        ("Posted at 10:30 14 Mar 2025", "2025-03-14T10:30"),
        # variants: a zone and a comma, a.m./p.m.
        ("Updated at 9:15 PM EDT, March 14, 2025", "2025-03-14T21:15-04:00"),
        ("Published at 7:05 a.m. GMT on 3 March 2025", "2025-03-03T07:05+00:00"),
    ],
)
def test_a_time_after_at_before_the_date_is_the_stamp_s(tmp_path: Path, line: str, iso: str) -> None:
    assert _article(tmp_path, line).date == iso


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        # reported
        ("Posted: 14-Mar-2025", "2025-03-14"),
        # variants: capitals, the month in full, with a time
        ("POSTED: 14-MAR-2025", "2025-03-14"),
        ("Updated 3-March-2025 10:30 GMT", "2025-03-03T10:30+00:00"),
    ],
)
def test_a_hyphened_day_month_and_year_is_read(tmp_path: Path, line: str, iso: str) -> None:
    assert _article(tmp_path, line).date == iso


def test_a_hyphened_day_that_does_not_exist_is_said(tmp_path: Path) -> None:
    article = _article(tmp_path, "Posted: 31-Feb-2025")
    assert article.date is None
    assert any("31-Feb-2025" in n and "28 days" in n for n in article.notes)


def test_a_stamp_with_a_zone_s_name_above_the_headline_is_no_title(tmp_path: Path) -> None:
    line = "Updated 14 March 2025 10:30 Eastern Daylight Time"
    assert is_date_label(line)
    (tmp_path / "a.txt").write_text(f"{line}\n\nCouncil approves harbour plan\n\n{BODY}\n", "utf-8")
    article = Corpus.scan(tmp_path).article("a")
    assert article.title == "Council approves harbour plan"
    assert article.date == "2025-03-14T10:30-04:00"
