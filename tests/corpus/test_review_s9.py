"""Faults a reviewer reproduced in this round's reading changes, each with its input and a
variant: a page declaring a charset that is no text encoding crashed `list`; a dash before a
range's second day made a date up; WordPress's body classes dropped a page's own markup date;
a first-of-month date in another language was refused; the epoch written to the minute passed
as a date; a stamp under a credit or comment count above the article was blanked; a related
list tight above the headline swallowed it and its date."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.date_parse import is_placeholder, parse
from waic_reader.index.corpus.decoding import declared_charset
from waic_reader.index.corpus.html_dates import date_in_page_text
from waic_reader.index.corpus.reader import Corpus

PROSE = (
    "The ferry ran aground off the coast on Friday and the coast guard said dozens of passengers were "
    "rescued by nightfall, while the operator said an inquiry would begin next week."
)


@pytest.mark.parametrize("label", [b"rot13", b"base64", b"zlib", b"unicode_escape", b"utf-7", b"utf-16", b"punycode"])
def test_a_charset_that_is_no_page_encoding_is_ignored(tmp_path: Path, label: bytes) -> None:
    assert declared_charset(b"<meta charset=" + label + b">") is None
    page = b"<html><head><meta charset=" + label + b"><title>Caf\xe9</title></head><body><article><p>"
    (tmp_path / "p.html").write_bytes(page + PROSE.encode() + b" Caf\xe9.</p></article></body></html>")
    article = Corpus.scan(tmp_path).article("p")  # read as Windows-1252, never a crash
    assert "Café" in article.text


@pytest.mark.parametrize("value", ["March 14 – 15, 2025", "14 – 15 March 2025", "14—15 March 2025"])
def test_a_range_of_days_is_no_date(value: str) -> None:
    assert parse(value) is None


@pytest.mark.parametrize("value", ["1970-01-01T00:00", "1970-01-01T00:00Z", "1970-01-01T00:00:00.000Z"])
def test_the_epoch_to_the_minute_is_a_placeholder(value: str) -> None:
    assert is_placeholder(value) and parse(value) is None


@pytest.mark.parametrize("classes", ["tag-flood", "comments-open", "cookies-not-set social-share-enabled"])
def test_body_classes_never_drop_the_page(tmp_path: Path, classes: str) -> None:
    html = (
        f"<html><head><title>Ferry</title></head><body class='{classes}'><article class='{classes}'>"
        f"<h1>Ferry</h1><p><time datetime='2025-03-14T08:00:00+00:00'>Friday</time></p><p>{PROSE}</p>"
        "</article></body></html>"
    )
    (tmp_path / "p.html").write_text(html, "utf-8")
    assert Corpus.scan(tmp_path).article("p").date == "2025-03-14T08:00:00+00:00"


@pytest.mark.parametrize("written", ["1. März 2025", "1er mars 2025", "1 de marzo de 2025"])
def test_a_first_of_the_month_in_another_language(written: str) -> None:
    assert (
        date_in_page_text(f"<html><body><div class='meta'>{written}</div><p>{PROSE}</p></body></html>") == "2025-03-01"
    )


@pytest.mark.parametrize(
    "above",
    [
        "Copyright 2025 The Associated Press. All rights reserved.",  # a wire's credit line
        "12 comments",  # a comment count under the byline
    ],
)
def test_a_stamp_above_the_article_is_its_own(tmp_path: Path, above: str) -> None:
    text = f"Ferry runs aground\n\nBy Jane Doe\n{above}\nPublished: March 14, 2025\n\n{PROSE}\n\n{PROSE}\n"
    (tmp_path / "a.txt").write_text(text, "utf-8")
    assert Corpus.scan(tmp_path).article("a").date == "2025-03-14"


def test_a_related_list_tight_above_the_headline_keeps_it(tmp_path: Path) -> None:
    text = (
        "Related coverage\nFerry company fined in 2019\nPosted: June 2, 2019\n"
        f"Ferry runs aground off the coast\nPublished: March 14, 2025\n{PROSE}\n{PROSE}\n"
    )
    (tmp_path / "a.txt").write_text(text, "utf-8")
    article = Corpus.scan(tmp_path).article("a")
    assert article.date == "2025-03-14"


@pytest.mark.parametrize(("text", "calendar"), [("KSAT 12", False), ("WKYT 27", False), ("10:00 EST", True)])
def test_tv_call_signs_are_no_time_zones(text: str, calendar: bool) -> None:
    # Reviewer: "KSAT 12" read as a zone and a number, so the byline's outlet was dropped.
    from waic_reader.index.corpus.date_stamps import is_calendar

    assert is_calendar(text) is calendar
