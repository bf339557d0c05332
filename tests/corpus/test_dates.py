"""Dates from metadata values and article text, ISO 8601 as precise as the source."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.date_parse import parse
from waic_reader.index.corpus.date_values import readable, resolve_year, sort_key
from waic_reader.index.corpus.dates import date_in_text
from waic_reader.index.corpus.reader import Corpus


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("Fri, 14 Mar 2025 07:52:00 +0900", "2025-03-14T07:52:00+09:00"),  # RSS (RFC 2822)
        ("2025-03-14T10:00:00Z", "2025-03-14T10:00:00+00:00"),  # Atom, APIs
        ("2025-03-14", "2025-03-14"),
        ("Sat 15 Mar 2025 06.00 GMT", "2025-03-15T06:00+00:00"),  # dotted clock
        ("March 14, 2025 7:52 PM GMT+9", "2025-03-14T19:52+09:00"),  # GMT+9 is east of Greenwich
        ("14 March 2025 at 18:30 BST", "2025-03-14T18:30+01:00"),
        ("Jul 26th, 2025, 3 p.m. EDT", "2025-07-26T15:00-04:00"),
        ("14/03/2025", "2025-03-14"),  # day first when it cannot be a month
        ("March 14", "--03-14"),  # no year: left as such
        ("March 2025", "2025-03"),
        ("26 July 2025 10:15 CST", "2025-07-26T10:15"),  # ambiguous zone: time kept, zone not invented
    ],
)
def test_parse(value: str, iso: str) -> None:
    assert parse(value) == iso


@pytest.mark.parametrize("value", ["", "hello", "2025", "42", "page 3 of 7"])
def test_not_dates(value: str) -> None:
    assert parse(value) is None


@pytest.mark.parametrize(
    ("text", "iso", "kind"),
    [
        (
            "TOKYO, March 14 (Reuters) - Japan's trade ministry said on Friday ...\n\nUpdated: March 15, 2025",
            "2025-03-14",
            "dateline",
        ),
        ("SHANGHAI, July 26, 2025 (Xinhua) -- The conference opened ...", "2025-07-26", "dateline"),
        ("WASHINGTON, Oct. 2 (AP) — Lawmakers met ...", "--10-02", "dateline"),  # no other date: no year
        ("Council backs ferry plan\nPosted: Mar 14, 2025\n\nThe council voted.", "2025-03-14", "published"),
        (
            "Ferry plan\nBy Jane Doe\nSat 15 Mar 2025 06.00 GMT\n\nThe council voted on Friday.",
            "2025-03-15T06:00+00:00",
            "line",
        ),
        ("Ferry plan\n\nMarch 14, 2025 7:52 PM GMT+9\n\nThe council voted.", "2025-03-14T19:52+09:00", "line"),
        ("Ferry plan\n\nThe council voted.\n\nUpdated: 16 March 2025 09:10 CET", "2025-03-16T09:10+01:00", "updated"),
        ("Ferry plan\nPublished on 14 March 2025 | Updated: 15 March 2025\n\nText.", "2025-03-14", "published"),
        # a time written before the date after a label keeps it (acceptance tester, issue 17)
        (
            "Ferry plan\nUpdated: 12:30 p.m. ET, March 14, 2025\n\nText.",
            "2025-03-14T12:30-04:00",
            "updated",
        ),  # ET in daylight time from 9 March 2025
        (
            "Ferry plan\nPUBLISHED: 14:05 GMT, 14 March 2025 | UPDATED: 16:10 GMT, 14 March 2025\n\nText.",
            "2025-03-14T14:05+00:00",
            "published",
        ),
        ("Ferry plan\nPosted: 9:05 am on Mar 14, 2025\n\nText.", "2025-03-14T09:05", "published"),
    ],
)
def test_date_in_text(text: str, iso: str, kind: str) -> None:
    found = date_in_text(text)
    assert found is not None and (found.iso, found.kind) == (iso, kind)
    assert parse(text[found.start : found.end]) is not None  # the span is the date as written


# A year before 1900 was not a year: "Mar 14, 1899" was read as a year-less "Mar 14" and given a
# neighbouring article's year (1999, 2025) silently (acceptance tester). Years from 1800 are read
# as the figure recogniser reads them; a written year out of range leaves the date unread.
@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("Old ferry\nPosted: Mar 14, 1899\n\nThe council voted.", "1899-03-14"),
        ("Old ferry\nSat 14 Mar 1899 06.00 GMT\n\nThe council voted on Friday.", "1899-03-14T06:00+00:00"),
        ("LONDON, June 3, 1851 (Reuters) - The exhibition opened.", "1851-06-03"),
    ],
)
def test_years_of_the_nineteenth_century_are_read(text: str, iso: str) -> None:
    found = date_in_text(text)
    assert found is not None and found.iso == iso


@pytest.mark.parametrize(
    "text", ["Old ferry\nPosted: Mar 14, 1699\n\nText.", "Old ferry\nPosted: 14 March 1776\n\nText."]
)
def test_a_written_year_out_of_range_is_never_replaced(text: str) -> None:
    found = date_in_text(text)
    assert found is None or found.iso[:4] in ("1699", "1776")


def test_dates_in_running_prose_are_not_the_article_date() -> None:
    assert date_in_text("The meeting on March 3 was long, and the vote on 4 April 2024 was close.") is None


def test_a_year_comes_from_the_other_dates() -> None:
    assert resolve_year("--03-14", ["2025-03-15T06:00+00:00", None]) == "2025-03-14"
    assert resolve_year("--12-30", ["2026-01-02"]) == "2025-12-30"  # across the new year
    assert resolve_year("--03-14", ["2019-09-01"]) == "--03-14"  # too far to say
    assert resolve_year("2025-03-14", []) == "2025-03-14"


def test_sort_key_orders_in_time_and_undated_last() -> None:
    values = [None, "2025-03-14T10:00+09:00", "2025-03-14T02:00+00:00", "--03-01", "2025-03-13"]
    assert sorted(values, key=sort_key)[:3] == ["2025-03-13", "2025-03-14T10:00+09:00", "2025-03-14T02:00+00:00"]
    assert sorted(values, key=sort_key)[-1] is None or sorted(values, key=sort_key)[-1] == "--03-01"


def test_readable() -> None:
    assert readable("2025-03-14") == "14 Mar 2025"
    assert readable("--03-14") == "14 Mar"
    assert readable("2025-03") == "Mar 2025"
    assert readable("2025-03-14T07:52") == "14 Mar 2025 07:52"
    assert readable(None) == ""


def test_article_dates_and_their_sources(tmp_path: Path) -> None:
    (tmp_path / "wire.txt").write_text(
        "TOKYO, March 14 (Reuters) - Officials said.\n\nUpdated: March 15, 2025\n", "utf-8"
    )
    (tmp_path / "given.txt").write_text("Posted: Mar 14, 2025\n\nText.\n", "utf-8")
    (tmp_path / "plain.txt").write_text("No date at all in this one.\n", "utf-8")
    (tmp_path / "corpus.yaml").write_text("articles:\n  given.txt:\n    date: 26 July 2025\n", "utf-8")
    corpus = Corpus.scan(tmp_path)
    assert (corpus.article("wire").date, corpus.article("wire").date_source) == ("2025-03-14", "text")
    assert (corpus.article("given").date, corpus.article("given").date_source) == ("2025-07-26", "metadata")
    assert (corpus.article("plain").date, corpus.article("plain").date_source) == (None, None)


# Each date form of issue 17 in a file of its own, as `list` and `show` read it.
FILE_FORMS = [
    ("posted.txt", "Council backs ferry plan\nPosted: Mar 14, 2025\n\nThe council voted.\n", "2025-03-14"),
    (
        "guardian.txt",
        "Ferry plan\nJane Doe\nSat 15 Mar 2025 06.00 GMT\n\nThe council voted on Friday.\n",
        "2025-03-15T06:00+00:00",
    ),
    ("updated.txt", "Ferry plan\n\nThe council voted.\n\nUpdated: 16 March 2025 09:10 CET\n", "2025-03-16T09:10+01:00"),
    ("tokyo.md", "# Ferry plan\n\nMarch 14, 2025 7:52 PM GMT+9\n\nThe council voted.\n", "2025-03-14T19:52+09:00"),
    ("hyphen.txt", "TOKYO, March 14, 2025 (Reuters) - The ministry said exports fell.\n", "2025-03-14"),
    ("emdash.txt", "WASHINGTON, Oct. 2, 2025 (AP) — Lawmakers met on Thursday.\n", "2025-10-02"),
    ("double.txt", "SHANGHAI, July 26, 2025 (Xinhua) -- The conference opened.\n", "2025-07-26"),
    ("endash.txt", "OSLO, 3 June 2025 (NTB) – The ferry company said the route closes.\n", "2025-06-03"),
]


@pytest.mark.parametrize(("name", "text", "iso"), FILE_FORMS, ids=[n for n, _, _ in FILE_FORMS])
def test_each_date_form_in_a_file(tmp_path: Path, name: str, text: str, iso: str) -> None:
    (tmp_path / name).write_text(text, "utf-8")
    article = Corpus.scan(tmp_path).article(name.rsplit(".", 1)[0])
    assert (article.date, article.date_source) == (iso, "text")


# A label in any case, and an all-numeric date after it (the acceptance tester's "posted:" and
# "Posted: 14/03/2025", with variants). Day and month are told apart by their values; dots are
# day first; 03/04/2025 (3 April or March 4) is ambiguous and not read.
@pytest.mark.parametrize(
    ("text", "iso", "kind"),
    [
        ("Ferry plan\nposted: Mar 14, 2025\n\nThe council voted.", "2025-03-14", "published"),
        ("Ferry plan\nposted: march 14, 2025\n\nThe council voted.", "2025-03-14", "published"),
        ("Ferry plan\nUPDATED: 15 MAR 2025 06.00 gmt\n\nThe council voted.", "2025-03-15T06:00+00:00", "updated"),
        ("Ferry plan\nPosted: 14/03/2025\n\nThe council voted.", "2025-03-14", "published"),
        ("Ferry plan\nposted on 14/03/2025 at 9:30 pm\n\nThe council voted.", "2025-03-14T21:30", "published"),
        ("Ferry plan\nPosted: 03/14/2025\n\nThe council voted.", "2025-03-14", "published"),  # US order
        ("Ferry plan\nDate: 14.03.2025 09:30 CET\n\nThe council voted.", "2025-03-14T09:30+01:00", "published"),
        ("Ferry plan\nPublished: 03.04.2025\n\nThe council voted.", "2025-04-03", "published"),  # dots: day first
        ("Ferry plan\nUpdated 2025/03/14\n\nThe council voted.", "2025-03-14", "updated"),
        ("Ferry plan\nPosted: 04/04/2025\n\nThe council voted.", "2025-04-04", "published"),  # either way
    ],
)
def test_labels_in_any_case_and_numeric_dates(text: str, iso: str, kind: str) -> None:
    found = date_in_text(text)
    assert found is not None and (found.iso, found.kind) == (iso, kind)


@pytest.mark.parametrize(
    "text",
    [
        "Ferry plan\nPosted: 03/04/2025\n\nThe council voted.",  # 3 April or March 4: not read
        "Ferry plan\nposted: 31/02/2025\n\nThe council voted.",  # no such day
        "Ferry plan\n\nThe score was 3/4/2025 on the night, officials said.",  # no label: not a date
        "Ferry plan\n\nThey may 5 times have voted on it.",  # a lower-case month without a label
    ],
)
def test_ambiguous_or_unlabelled_numeric_dates_are_not_read(text: str) -> None:
    assert date_in_text(text) is None


# A "Posted on …" line above the headline is a stamp, not the title: the title is the headline
# below it (the acceptance tester's input, and variants with a label, a bare date line and two
# stamps); with no headline below, the first sentence of prose, never the stamp.
@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "Posted on March 14, 2025\n\nCouncil backs ferry plan\n\n" + "The council voted on Friday. " * 3,
            "Council backs ferry plan",
        ),
        (
            "Posted on March 14, 2025 by Jane Roe\nCouncil backs ferry plan\n" + "The council voted on Friday. " * 3,
            "Council backs ferry plan",
        ),
        (
            "Updated: 15 March 2025\nFerry vote delayed again\n" + "The council voted on Friday. " * 3,
            "Ferry vote delayed again",
        ),
        (
            "Sat 15 Mar 2025 06.00 GMT\nCouncil backs ferry plan\n" + "The council voted on Friday. " * 3,
            "Council backs ferry plan",
        ),
        (
            "Posted: 14/03/2025\nBy Jane Roe | 15 March 2025\nCouncil backs ferry plan\n"
            + "The council voted on Friday. " * 3,
            "Council backs ferry plan",
        ),
        (
            "Posted on March 14, 2025\n\nThe council voted on the ferry plan on Friday after a long debate in the hall.",
            "The council voted on the ferry plan on Friday after a long debate in the hall.",
        ),
    ],
)
def test_a_date_stamp_above_the_headline_is_not_the_title(tmp_path: Path, text: str, title: str) -> None:
    (tmp_path / "story.txt").write_text(text, "utf-8")
    article = Corpus.scan(tmp_path).article("story")
    assert (article.title, article.title_derived) == (title, True)
    assert article.date is not None


# A headline that opens with a stamp's word is a headline, not a stamp (acceptance s12 #3): a stamp
# line has a date after its label ("Updated: <date>", "Posted 14 March 2025"), a headline words.
@pytest.mark.parametrize(
    "headline",
    [
        "Updated ferry timetable published after quake",  # reported
        "Posted workers return to the plant",  # reported
        "Published accounts show losses",  # reported
        "Date night ideas for the long weekend",  # the other label words alike
        "Modified crops approved for the northern valley",
    ],
)
def test_a_headline_opening_with_a_stamp_word_is_the_title(tmp_path: Path, headline: str) -> None:
    from waic_reader.index.corpus import date_stamps

    text = f"{headline}\n\n" + "The council voted on the plan on Friday after a long debate. " * 3
    (tmp_path / "story.txt").write_text(text, "utf-8")
    article = Corpus.scan(tmp_path).article("story")
    assert (article.title, article.title_derived) == (headline, True)
    assert not date_stamps.is_stamp(headline) and not date_stamps.is_date_label(headline)


@pytest.mark.parametrize(
    "stamp",
    [
        "Posted 14 March 2025 by Jane Roe",
        "Updated March 15, 2025",
        "Updated 10:30 GMT, March 14, 2025",
        "Published Friday, March 14, 2025",
        "Updated: ferry desk",  # marked as a label: whatever follows
        "Posted",  # the word alone on its line, the date under it
        "Posted by Jane Roe at 12:06 PM",  # a byline's stamp
        "Posted in News",
    ],
)
def test_a_stamp_line_is_still_a_date_label(stamp: str) -> None:
    from waic_reader.index.corpus import date_stamps

    assert date_stamps.is_date_label(stamp) and date_stamps.is_stamp(stamp)


def test_a_stamp_above_a_headline_opening_with_a_stamp_word(tmp_path: Path) -> None:
    text = "Updated 15 March 2025\nUpdated ferry timetable published after quake\n" + "The ferries run again. " * 4
    (tmp_path / "story.txt").write_text(text, "utf-8")
    article = Corpus.scan(tmp_path).article("story")
    assert article.title == "Updated ferry timetable published after quake"
    assert article.date is not None and article.date.startswith("2025-03-15")


@pytest.mark.parametrize("zone", ["Asia/Tokyo", "America/Los_Angeles", "UTC"])
def test_dates_sort_in_the_order_they_are_shown(monkeypatch: pytest.MonkeyPatch, zone: str) -> None:
    # A time written without a zone was sorted as UTC but shown as written, while a zoned one is
    # shown in local time: in Tokyo the Date column read 14 Mar, 15 Mar 05:00, 14 Mar 23:30
    # (acceptance tester). Both now read in the local zone.
    import time
    from datetime import datetime

    monkeypatch.setenv("TZ", zone)
    time.tzset()
    try:
        values = [
            "2025-03-14T20:00+00:00",
            "2025-03-14",
            "2025-03-14T23:30",
            "2025-03-15T01:00+09:00",
            "2025-03-13T23:00",
        ]
        shown = [readable(v) for v in sorted(values, key=sort_key)]
        moments = [datetime.strptime(s, "%d %b %Y %H:%M" if ":" in s else "%d %b %Y") for s in shown]
        assert moments == sorted(moments), shown
    finally:
        monkeypatch.delenv("TZ")
        time.tzset()
