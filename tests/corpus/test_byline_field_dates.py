"""A byline whose fields are separated ("By NAME · Outlet · date", acceptance s11 c16/p3.txt and
c3/b1, b3) dates its article from the field that is a whole date, as "By Jane Roe | March 14,
2025" already did: its fields are judged one by one, not the whole line as "mostly the date".
A date inside prose, or inside a byline field of words, stays unread."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus import dates
from waic_reader.index.corpus.reader import Corpus

BODY = "The ferry capsized off the harbour on Friday, officials said, and the search went on."


def _article(tmp_path: Path, line: str):  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text(f"Ferry headline\n\n{line}\n\n{BODY}\n", "utf-8")
    return Corpus.scan(tmp_path).article("a")


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        # the reported bylines
        ("By Jane Roe · Halvik Post · 14 March 2025", "2025-03-14"),
        ("By Jane Roe · Halvik Post · March 10, 2025", "2025-03-10"),
        ("By Jane Roe · Halvik Post · Mar 10, 2025 14:30 GMT", "2025-03-10T14:30+00:00"),
        # variants: other separators, two authors and a section, the date not last
        ("By Jane Roe and Tom Rivers — Halvik Post Weekend — 14 March 2025", "2025-03-14"),
        ("By Jane Roe · Senior Harbour Correspondent · Halvik Post · Sat 15 Mar 2025", "2025-03-15"),
        ("By Jane Roe — Halvik Post — 14 March 2025 09:15 GMT", "2025-03-14T09:15+00:00"),
        ("By Jane Roe | 14 March 2025 | Halvik Post Harbour Desk Weekend Edition", "2025-03-14"),
        # " / " fields (acceptance s11b n6/v15, v2): a byline, not a menu row blanked before dating
        ("By Jane Roe / Halvik Post / 14 March 2025", "2025-03-14"),
        ("By Jane Roe / Halvik Post / 2025-03-14", "2025-03-14"),
        ("by Tom Rivers / Harbour Desk / Mar 10, 2025", "2025-03-10"),
    ],
)
def test_a_byline_field_that_is_a_date_dates_the_article(tmp_path: Path, line: str, iso: str) -> None:
    article = _article(tmp_path, line)
    assert (article.date, article.date_source) == (iso, "text")


@pytest.mark.parametrize(
    "line",
    [
        # a date inside a field of words is no stamp
        "By Jane Roe · Halvik Post · remembering the ferry lost on 14 March 2025",
        # a sentence that is no byline, separated or not
        "Officials met the families · the ferry sank on 14 March 2025 · the search goes on.",
        # a byline whose other field is a sentence
        "By Jane Roe · The council said the ferry had been checked and cleared to sail. · 14 March 2025",
    ],
)
def test_no_date_from_prose_or_a_field_of_words(tmp_path: Path, line: str) -> None:
    article = _article(tmp_path, line)
    assert article.date is None


def test_the_date_rule_reads_slash_separated_byline_fields() -> None:
    """The date rule itself (whatever the page split makes of a "/" row: a menu, there)."""
    text = "Ferry headline\n\nBy Jane Roe / Halvik Post / 14 March 2025\n\nThe ferry capsized, officials said."
    assert [f.iso for f in dates.scan_dates(text).found] == ["2025-03-14"]
