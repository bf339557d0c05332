"""A date stamp in the text that names no real day or time ("Posted: 31/06/2025", "June 3 25:61",
"February 30, 2025": acceptance s11) is not read, not even in part (no day from a stamp whose time
is wrong), and the article says so in a note, as an ambiguous "Posted: 03/04/2025" is said; the
same stamps written right are read with no note."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.corpus import date_parse
from waic_reader.index.corpus.reader import Corpus

BODY = "The harbour council approved the ferry plan after a long debate about fares and routes."


def _article(tmp_path: Path, line: str):  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text(f"Ferry plan\n\n{line}\n\n{BODY}\n", "utf-8")
    return Corpus.scan(tmp_path).article("a")


@pytest.mark.parametrize(
    ("line", "written", "why"),
    [
        # the reported stamps
        ("Posted: 31/06/2025", "31/06/2025", "June has 30 days"),
        ("June 3 25:61", "June 3 25:61", "'25:61' is no time of day"),
        ("February 30, 2025", "February 30, 2025", "February 2025 has 28 days"),
        # variants: a zone after a wrong day, year first, month first, a wrong 12-hour clock,
        # a wire dateline, a leap day in a common year
        ("Updated: February 30, 2025 10:00 GMT", "February 30, 2025 10:00 GMT", "February 2025 has 28 days"),
        ("Posted: 2025/02/30", "2025/02/30", "February 2025 has 28 days"),
        ("Posted: 04/31/2025", "04/31/2025", "April has 30 days"),
        ("Posted: March 14, 2025 13:30 p.m.", "March 14, 2025 13:30 p.m.", "'13:30 p.m.' is no time of day"),
        ("Posted: 29 Feb 2025", "29 Feb 2025", "February 2025 has 28 days"),
    ],
)
def test_an_impossible_stamp_is_not_read_and_said(tmp_path: Path, line: str, written: str, why: str) -> None:
    article = _article(tmp_path, line)
    assert article.date is None
    assert f"text date {written!r} is no date ({why}): not read" in article.notes


def test_a_wire_dateline_of_no_day_is_said(tmp_path: Path) -> None:
    article = _article(tmp_path, f"HALVIK, February 30 (Reuters) - {BODY}")
    assert article.date is None
    assert any(n.startswith("text date 'February 30' is no date (February has at most 29 days)") for n in article.notes)


@pytest.mark.parametrize(
    "line",
    ["Posted: June 3, 2025 25:61", "Posted: June 3 25:61\nUpdated: June 4, 2025", "Posted: 14/06/2025 24:30"],
)
def test_no_day_is_read_from_a_stamp_whose_time_is_wrong(tmp_path: Path, line: str) -> None:
    """Not half read: the day of "June 3, 2025 25:61" is not the article's date (nor is a later
    stamp's year given to it)."""
    article = _article(tmp_path, line)
    assert article.date in (None, "2025-06-04")  # the second stamp, a real one, may date it
    assert not (article.date or "").startswith("2025-06-03")
    assert any("is no time of day" in n for n in article.notes)


def test_a_real_stamp_still_dates_the_article_and_the_wrong_one_is_said(tmp_path: Path) -> None:
    article = _article(tmp_path, f"HALVIK, June 3, 2025 (Reuters) - {BODY}\n\nUpdated: June 31, 2025")
    assert article.date == "2025-06-03"
    assert "text date 'June 31, 2025' is no date (June has 30 days): not read" in article.notes


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("Posted: 30/06/2025", "2025-06-30"),
        ("June 3, 2025 23:59", "2025-06-03T23:59"),
        ("February 28, 2025", "2025-02-28"),
        ("Posted: 29 Feb 2024", "2024-02-29"),
        ("Posted: 03/24/2025", "2025-03-24"),  # month first, a day over 19: read (it was skipped)
        ("Posted: March 14, 2025 12:30 p.m.", "2025-03-14T12:30"),
    ],
)
def test_the_same_stamps_written_right_are_read_without_a_note(tmp_path: Path, line: str, iso: str) -> None:
    article = _article(tmp_path, line)
    assert article.date == iso
    assert not any("is no date" in n for n in article.notes)


@pytest.mark.parametrize("line", ["Council sets June 31 deadline for ferry bids", "Ferry fares to rise 3.50 on June 1"])
def test_a_headline_naming_a_day_is_no_stamp(tmp_path: Path, line: str) -> None:
    article = _article(tmp_path, line)
    assert not any("is no date" in n for n in article.notes)


def test_faults_in_words() -> None:
    assert date_parse.stamp_fault("February 29, 2024") is None
    assert date_parse.stamp_fault("Feb 29") is None  # a year-less leap day may be one
    assert date_parse.stamp_fault("Feb 30") == "February has at most 29 days"
    assert date_parse.stamp_fault("13/13/2025") == "there is no month 13"
    assert date_parse.stamp_fault("June 3, 2025 7:52:61") == "'7:52:61' is no time of day"


HTML = """<html><head><title>Ferry plan</title></head><body><article><h1>Ferry plan</h1>
<p>{line}</p><p>{body}</p><p>Rescuers searched the water overnight and divers joined them, the coast guard said.</p>
</article></body></html>"""


@pytest.mark.parametrize(
    ("line", "note"),
    [
        (
            "Posted: June 3, 2025 25:61",
            "text date 'June 3, 2025 25:61' is no date ('25:61' is no time of day): not read",
        ),
        ("February 30, 2025", "text date 'February 30, 2025' is no date (February 2025 has 28 days): not read"),
    ],
)
def test_an_html_page_is_not_dated_by_the_last_resort_either(tmp_path: Path, line: str, note: str) -> None:
    """htmldate's search of the page's text (the last resort) would read the day of the stamp
    the note refuses: it is not asked."""
    (tmp_path / "page.html").write_text(HTML.format(line=line, body=BODY), "utf-8")
    article = Corpus.scan(tmp_path).article("page")
    assert article.date is None
    assert note in article.notes


def test_metadata_dates_of_no_real_day_say_what_is_wrong(tmp_path: Path) -> None:
    """The same kind in metadata (already a note or warning, never read): the note says why."""
    (tmp_path / "y.txt").write_text(f"Ferry plan\n\n{BODY}\n", "utf-8")
    (tmp_path / "fm.md").write_text(f"---\ndate: June 31, 2025\n---\n{BODY}\n", "utf-8")
    record = {"id": "r", "text": BODY, "date": "2025-06-03T25:61:00"}
    (tmp_path / "r.jsonl").write_text(json.dumps(record) + "\n", "utf-8")
    (tmp_path / "corpus.yaml").write_text("articles:\n  y.txt:\n    date: 2025-02-30\n", "utf-8")
    corpus = Corpus.scan(tmp_path)
    assert any(
        e.endswith("'2025-02-30' is not a date this app understands (February 2025 has 28 days) (ignored)")
        for e in corpus.meta_errors
    )
    assert corpus.article("y").date is None
    fm = corpus.article("fm")
    assert fm.date is None
    assert any("'June 31, 2025' is not a date this app understands (June has 30 days)" in n for n in fm.notes)
    r = corpus.article("r#r")
    assert r.date is None and any("('25:61:00' is no time of day)" in n for n in r.notes)
