"""A labelled stamp with a year-less day and then a page's clause ("in Transport", "with police
statement") dates the article with its day and month, and is no headline (acceptance #17 after
s13-f2, fault a). A stamp's word, a day and a headline's own words stay a headline."""

from pathlib import Path

import pytest

from waic_reader.index.corpus.date_stamps import is_date_label, is_stamp
from waic_reader.index.corpus.dates import find_dates
from waic_reader.index.corpus.reader import Corpus

BODY = "The memorial opened in Halvik on Friday after years of planning by the council.\n"


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        # reported
        ("Posted on March 3 in Transport", "--03-03"),
        ("Updated March 14 with police statement", "--03-14"),
        # variants: "under" a section, a day before its month and "since"
        ("Published 3 March under Local news", "--03-03"),
        ("Last updated 14 March since the vote", "--03-14"),
    ],
)
@pytest.mark.parametrize("above", [True, False])
def test_a_labelled_day_with_a_clause_dates_the_article_and_is_no_title(
    tmp_path: Path, line: str, iso: str, above: bool
) -> None:
    assert is_date_label(line)
    assert is_stamp(line)
    root = tmp_path / "c"
    root.mkdir()
    text = f"{line}\n\nFerry memorial opens\n\n{BODY}" if above else f"Ferry memorial opens\n{line}\n\n{BODY}"
    (root / "a.txt").write_text(text, "utf-8")
    article = Corpus.scan(root).article("a")
    assert article.date == iso
    assert article.date_source == "text"
    assert article.title == "Ferry memorial opens"


def test_the_clause_s_day_takes_the_year_of_another_date(tmp_path: Path) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text(
        f"Ferry memorial opens\nPosted on March 3 in Transport\n\n{BODY}\nUpdated: March 4, 2025\n"
    )
    assert Corpus.scan(root).article("a").date == "2025-03-03"


@pytest.mark.parametrize(
    "line",
    ["Updated May 5 schedule confuses travellers", "Posted March 3 results surprise analysts"],
)
def test_a_day_then_a_headline_s_words_is_still_a_headline(line: str) -> None:
    assert not is_stamp(line)
    assert find_dates(f"{line}\n\n{BODY}") == []
