"""A date among a headline's words (or a line of words) is no date stamp: the article stays
undated and the line stays its title (acceptance #17 after s13, fault 1). A line that is the
date, a byline's field or a name and the date is still a stamp."""

from pathlib import Path

import pytest

from waic_reader.index.corpus.date_stamps import is_stamp
from waic_reader.index.corpus.reader import Corpus

HEADLINES = [
    # reported
    ("Ferry memorial opens 2025-03-15", "The memorial opened in Halvik."),
    ("Ferry memorial deadline is 15 March 2025", "The memorial opened in Halvik."),
    ("Halvik approves budget (March 14, 2025)", "The Halvik council approved the budget."),
    ("Storm of March 3, 2019 remembered", "The harbour council met in Halvik."),
    (
        "Council recalls the storm of March 3, 2019",
        "The harbour council met in Halvik to recall the storm of March 3, 2019.",
    ),
    # variants: a date after a headline's preposition, a date in the middle of the line
    ("Harbour fees rise from 1 April 2025", "The council raised the fees."),
    ("Budget vote set for 14 March 2025 in Halvik", "The council will vote on the budget."),
]


@pytest.mark.parametrize(("headline", "body"), HEADLINES)
def test_a_headline_with_a_date_is_the_title_and_dates_nothing(tmp_path: Path, headline: str, body: str) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text(f"{headline}\n\n{body}\n", "utf-8")
    article = Corpus.scan(root).article("a")
    assert article.date is None
    assert article.title == headline
    assert not is_stamp(headline)


def test_a_csv_like_line_of_words_dates_nothing(tmp_path: Path) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text(
        "Ferry memorial opened,Halvik Post,2025-03-15\nThe memorial opened in Halvik.\n", "utf-8"
    )
    assert Corpus.scan(root).article("a").date is None


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("15 March 2025", "2025-03-15"),
        ("Jane Roe, March 14, 2025", "2025-03-14"),
        ("Halvik Post (March 14, 2025)", "2025-03-14"),
        ("By Jane Roe March 14, 2025", "2025-03-14"),
    ],
)
def test_a_line_of_a_date_or_a_name_and_a_date_is_still_a_stamp(tmp_path: Path, line: str, iso: str) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text(f"Ferry memorial opens\n\n{line}\n\nThe memorial opened in Halvik.\n", "utf-8")
    article = Corpus.scan(root).article("a")
    assert article.date == iso
    assert article.title == "Ferry memorial opens"
    assert is_stamp(line)


@pytest.mark.parametrize(
    "line",
    [  # stamps of the pages the noise split is scored on: names, labels and joints in lower case
        "Steve Straub August 9, 2022 at 4:03pm",
        "Last modified on Wed 9 Jul 2025 14.02 BST",
        "By Erin Cunningham March 18 at 3:57 PM Follow @erinmcunningham",
        "Sallie Goetsch (rhymes with sketch) · March 10, 2017 at 12:20 AM",
        "Price as of August 10, 2022, 1:20 p.m. ET",
    ],
)
def test_stamp_lines_with_names_and_stamp_words_stay_stamps(line: str) -> None:
    assert is_stamp(line)
