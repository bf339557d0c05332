"""A stamp line whose name is written in lower case (a commenter's handle, an embedded post's
signature, a place) is still a stamp: the date is a field of its own, set apart by a middle dot,
a bullet or a bar, or it follows a post's signature "— name (@handle)". Lost when a lower-case
word came to mark a headline (s13-f2, fault 1 corrected); main took these as stamps."""

from pathlib import Path

import pytest

from waic_reader.index.corpus.date_stamps import is_stamp
from waic_reader.index.corpus.reader import Corpus

STAMPS = [
    # reported (the noise split's pages: a place line, an embedded post)
    ("21 October 2025 • Duqm, oman", "2025-10-21"),
    ("— anna or whatever (@annapickard) June 7, 2016", "2016-06-07"),
    # variants: a name before a bar, a place after a bullet, a signature with an en dash
    ("halvik harbour | 14 March 2025", "2025-03-14"),
    ("3 March 2025 • halvik, norway", "2025-03-03"),
    ("– the harbour master (@halvik_hm) March 3, 2025", "2025-03-03"),
]


@pytest.mark.parametrize(("line", "iso"), STAMPS)
def test_a_stamp_line_with_lower_case_names_is_a_stamp_and_dates_the_article(
    tmp_path: Path, line: str, iso: str
) -> None:
    assert is_stamp(line)
    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text(f"Ferry memorial opens\n\n{line}\n\nThe memorial opened in Halvik.\n", "utf-8")
    article = Corpus.scan(root).article("a")
    assert article.date == iso
    assert article.title == "Ferry memorial opens"


@pytest.mark.parametrize(
    "line",
    [  # a comment's stamp (reported) and variants: a stamp, and no title; not the article's date
        # either, as the comment's name and time make it comment furniture (analysis.noise)
        "djsteveb · March 10, 2017 at 3:19 AM",
        "jo_halvik · 3 March 2025 at 9:10 PM",
        "ferrywatcher | March 3, 2025 @ 9:10 pm",
    ],
)
def test_a_comment_stamp_with_a_lower_case_name_is_a_stamp_not_the_title(tmp_path: Path, line: str) -> None:
    assert is_stamp(line)
    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text(f"{line}\n\nFerry memorial opens\n\nThe memorial opened in Halvik.\n", "utf-8")
    assert Corpus.scan(root).article("a").title == "Ferry memorial opens"


@pytest.mark.parametrize(
    "line",
    [  # the date is no whole field, or no signature comes before it: a headline's words
        "Ferry memorial opens · deadline 14 March 2025",
        "harbour fees rise | from 1 April 2025",
        "— fees rise on March 3, 2025",
    ],
)
def test_a_date_inside_a_field_of_words_is_no_stamp(line: str) -> None:
    assert not is_stamp(line)
