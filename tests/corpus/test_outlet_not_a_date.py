"""A weekday, month, date or time is never the outlet (issue 17, acceptance s9: c7/timetag.html,
`<time datetime=…>Saturday</time>` under the `<h1>`, made the derived outlet "Saturday")."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.date_stamps import is_calendar
from waic_reader.index.corpus.reader import Corpus

PROSE = (
    "An earthquake struck Osaka on Saturday, killing at least five people and injuring dozens more, "
    "the city fire department said in a statement released in the afternoon."
)


@pytest.mark.parametrize(
    ("name", "content"),
    [
        (  # the reported page
            "timetag.html",
            "<html><head><title>Time tag page</title></head><body><article><h1>Osaka quake time tag</h1>"
            f'<time datetime="2025-03-15T05:30:00Z">Saturday</time><p>{PROSE}</p><p>{PROSE}</p></article></body></html>',
        ),
        ("weekday.txt", f"Osaka quake\n\nFriday\n\n{PROSE}\n"),  # a short line set above the prose
        ("month.txt", f"Osaka quake\n\nMarch\n\n{PROSE}\n\nMarch\n"),  # repeated
        ("stamp.txt", f"Osaka quake\n\nSat 15 Mar 10:00 GMT\n\n{PROSE}\n"),
        ("byline.txt", f"Osaka quake\n\nBy Jane Roe · Saturday · 15 March 2025\n\n{PROSE}\n"),
    ],
)
def test_a_date_or_weekday_is_not_the_outlet(tmp_path: Path, name: str, content: str) -> None:
    (tmp_path / name).write_text(content, "utf-8")
    article = Corpus.scan(tmp_path).article(name.rpartition(".")[0])
    assert article.outlet is None


def test_an_outlet_above_the_prose_is_still_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(f"Osaka quake\n\nThe Sun\n\n{PROSE}\n", "utf-8")
    (tmp_path / "b.txt").write_text(f"Osaka quake\n\nBy Jane Roe · Osaka Times · 15 March 2025\n\n{PROSE}\n", "utf-8")
    corpus = Corpus.scan(tmp_path)
    assert (corpus.article("a").outlet, corpus.article("b").outlet) == ("The Sun", "Osaka Times")


@pytest.mark.parametrize(
    ("text", "calendar"),
    [
        ("Saturday", True),
        ("March 2025", True),
        ("Sat 15 Mar 2025 06.00 GMT", True),
        ("7:52 a.m. ET", True),
        ("2025-03-15", True),
        ("Sun", False),  # an abbreviation or zone alone may be an outlet
        ("RT", False),
        ("The Sun", False),
        ("Monday Morning", False),
    ],
)
def test_is_calendar(text: str, calendar: bool) -> None:
    assert is_calendar(text) is calendar
