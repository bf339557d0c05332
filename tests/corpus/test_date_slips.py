"""Date stamps that slipped (acceptance s11 c3/b22-b24, c1/pages/old.htm): a note quotes the stamp
as written, never a piece of it ("24:00 March 14, 2025", not '00 March'); a year of five digits is
no year (no date, a note, never a neighbour's year); a year out of the years read (0001) is said as
other impossible dates are; and an HTML page htmldate dates from an ambiguous "Posted: 03/04/2025"
is not also told the date was "not read"."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus

BODY = "The harbour council approved the ferry plan after a long debate about fares and routes."


def _article(tmp_path: Path, line: str):  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text(f"Ferry plan\n\n{line}\n\n{BODY}\n", "utf-8")
    # a neighbour dated 2025, whose year a year-less stamp would take
    (tmp_path / "b.txt").write_text(f"Other\n\nPosted: March 13, 2025\n\n{BODY}\n", "utf-8")
    return Corpus.scan(tmp_path).article("a")


@pytest.mark.parametrize(
    ("line", "written", "why"),
    [
        ("Updated: 24:00 March 14, 2025", "24:00 March 14, 2025", "'24:00' is no time of day"),
        ("Posted: 25:10 GMT, 14 March 2025", "25:10 GMT, 14 March 2025", "'25:10' is no time of day"),
        ("Updated: 10:75 p.m. ET, March 14, 2025", "10:75 p.m. ET, March 14, 2025", "'10:75 p.m.' is no time of day"),
    ],
)
def test_a_note_quotes_a_stamp_with_its_time_first_as_written(
    tmp_path: Path, line: str, written: str, why: str
) -> None:
    article = _article(tmp_path, line)
    assert article.date is None
    assert article.notes == [f"text date {written!r} is no date ({why}): not read"]


@pytest.mark.parametrize(
    ("line", "written", "why"),
    [
        ("Posted: Mar 14, 10000", "Mar 14, 10000", "'10000' is no year"),
        ("Posted: 14 March 20250", "14 March 20250", "'20250' is no year"),
        ("Posted: Mar 14, 0001", "Mar 14, 0001", "the year 0001 is out of the years read, 1800-2099"),
        ("Updated: March 14, 2999", "March 14, 2999", "the year 2999 is out of the years read, 1800-2099"),
        ("Posted: 14/03/0001", "14/03/0001", "the year 0001 is out of the years read, 1800-2099"),
    ],
)
def test_a_year_that_is_none_is_said_and_not_replaced(tmp_path: Path, line: str, written: str, why: str) -> None:
    article = _article(tmp_path, line)
    assert article.date is None
    assert article.notes == [f"text date {written!r} is no date ({why}): not read"]


def test_a_real_time_before_the_date_is_still_read(tmp_path: Path) -> None:
    article = _article(tmp_path, "Updated: 23:59 March 14, 2025")
    assert (article.date, article.notes) == ("2025-03-14T23:59", [])


def _page(tmp_path: Path, posted: str, yaml: str | None = None):  # type: ignore[no-untyped-def]
    (tmp_path / "old.htm").write_text(
        "<html><head><title>Archive page</title></head><body><article><h1>Archive ferry story</h1>"
        f"<p>Posted: {posted}</p><p>An archive page about the earlier ferry accident in Valdmark that"
        " killed many people long ago.</p><p>The ferry company Nordline Shipping said it would review"
        " its procedures after the accident.</p></article></body></html>",
        "utf-8",
    )
    if yaml:
        (tmp_path / "corpus.yaml").write_text(yaml, "utf-8")
    return Corpus.scan(tmp_path).article("old")


@pytest.mark.parametrize(
    ("posted", "iso", "day"), [("03/04/2025", "2025-04-03", "3 Apr 2025"), ("05/06/2024", "2024-06-05", "5 Jun 2024")]
)
def test_a_page_dated_by_its_search_is_not_said_unread(tmp_path: Path, posted: str, iso: str, day: str) -> None:
    article = _page(tmp_path, posted)
    assert article.date == iso
    assert not any("not read" in n for n in article.notes)
    assert any(
        n.startswith(f"text date {posted!r} could be") and f"read as {day} by the page's date search" in n
        for n in article.notes
    )


def test_a_page_read_by_date_order_has_no_note(tmp_path: Path) -> None:
    article = _page(tmp_path, "03/04/2025", "date_order: mdy\n")
    assert article.date == "2025-03-04"
    assert not any("could be" in n for n in article.notes)
