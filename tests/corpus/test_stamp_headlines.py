"""A headline that opens with a stamp's word and then a month or a number ("Updated March
timetable for ferries announced", "Posted 14 new jobs at the harbour") is a headline: a stamp
is the word and a date or time up to its end (a separator, a byline's "by"), not running words
after a month or a number (acceptance s12b #3; the word alone was fixed in s12-f2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.date_stamps import is_date_label, is_stamp
from waic_reader.index.corpus.reader import Corpus

HEADLINES = [
    "Updated March timetable for ferries announced",
    "Posted 14 new jobs at the harbour",
    "Published 2025 report shows rise in sinkings",
    "Updated May 5 schedule confuses travellers",
    "Modified 12 rules take effect in the port",
]
STAMPS = [
    "Posted 14 March 2025 10:00 GMT",
    "Updated 10:30 GMT",
    "Posted on March 14, 2025 by Jane Roe",
    "Published 3 hours ago",
    "Updated 5 May 2025, 10:32 a.m. ET",
    "Updated Mar 14 2025 | 3 min read",
    "Posted Sat 15 Mar 2025 06.00 GMT",
    "Posted by Jane Roe at 12:06 PM",
    "Updated: 14 March",
]


@pytest.mark.parametrize("line", HEADLINES)
def test_a_headline_after_a_stamp_word_is_no_stamp(line: str) -> None:
    assert not is_date_label(line)


@pytest.mark.parametrize("line", STAMPS)
def test_a_stamp_stays_a_stamp(line: str) -> None:
    assert is_date_label(line)


# A stamp's word, then a day without a year or a time, then the headline's own words: no stamp,
# and no line that is "mostly a date" either (acceptance #17-1).
DAY_HEADLINES = [
    "Updated May 5 schedule confuses travellers",
    "Posted March 3 results surprise analysts",
    "Modified 12 June plan angers residents",
]


@pytest.mark.parametrize("headline", HEADLINES + DAY_HEADLINES)
def test_the_headline_is_the_title_and_gives_no_date(tmp_path: Path, headline: str) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text(f"{headline}\n\nThe operator said the change would start next week.\n", "utf-8")
    article = Corpus.scan(root).article("a")
    assert article.title == headline
    assert article.date is None


@pytest.mark.parametrize("line", DAY_HEADLINES)
def test_a_headline_with_a_day_is_no_stamp(line: str) -> None:
    assert not is_stamp(line)


@pytest.mark.parametrize(
    "line", ["Updated 5 May 2025 10:32 local time", "Published March 14, 2025 Reuters", "Updated May 5 at 10:32 GMT"]
)
def test_a_stamp_with_a_year_or_a_time_stays_a_stamp(line: str) -> None:
    assert is_stamp(line)


@pytest.mark.parametrize("headline", DAY_HEADLINES)
def test_the_stamp_under_the_headline_dates_it(tmp_path: Path, headline: str) -> None:
    root = tmp_path / "c"
    root.mkdir()
    text = f"{headline}\n\nPosted: March 14, 2025\n\nThe operator said the change would start next week.\n"
    (root / "a.txt").write_text(text, "utf-8")
    article = Corpus.scan(root).article("a")
    assert article.title == headline
    assert article.date == "2025-03-14"
