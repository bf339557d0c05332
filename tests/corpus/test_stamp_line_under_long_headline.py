"""A date stamp or byline line straight under a headline, with no blank line between them, is
its own block whatever the headline's length (re-test of #17 after s15, fault 2): under a
headline of 40 columns or more the two lines looked hard-wrapped, were joined into one
paragraph, and the title read "Halvik council approves … plan March 16, 2025 08:00"."""

from pathlib import Path

import pytest

from waic_reader.index.corpus.blocks import split_blocks
from waic_reader.index.corpus.date_stamps import is_stamp
from waic_reader.index.corpus.reader import Corpus

HEADLINE = "Halvik council approves the long-awaited harbour ferry plan"
BODY = "The council approved the ferry plan on Sunday after a long debate about the harbour and its costs."


def _article(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text(text, "utf-8")
    return Corpus.scan(tmp_path).article("a")


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        # reported
        ("March 16, 2025 08:00", "2025-03-16T08:00"),
        # variants: a labelled stamp, a byline with its date field, a time before the date
        ("Posted: March 16, 2025", "2025-03-16"),
        ("By Jane Roe | Halvik Post | March 16, 2025", "2025-03-16"),
        ("08:00 AM Pacific Standard Time, March 16, 2025", "2025-03-16T08:00-08:00"),
    ],
)
def test_a_stamp_line_under_a_long_headline_dates_it_and_is_no_title(tmp_path: Path, line: str, iso: str) -> None:
    article = _article(tmp_path, f"{HEADLINE}\n{line}\n\n{BODY}\n")
    assert article.title == HEADLINE
    assert article.date == iso
    assert [b.text for b in article.blocks][:2] == [HEADLINE, line]


def test_a_byline_alone_under_a_long_headline_is_no_title(tmp_path: Path) -> None:
    article = _article(tmp_path, f"{HEADLINE}\nBy Jane Roe\n\n{BODY}\n")
    assert article.title == HEADLINE


def test_a_headline_of_any_length_keeps_its_date_line_apart(tmp_path: Path) -> None:
    long = HEADLINE + " after months of debate over costs, routes and timetables across the islands"
    article = _article(tmp_path, f"{long}\nMarch 16, 2025 08:00\n{BODY}\n")
    assert article.date == "2025-03-16T08:00"
    assert "March 16" not in (article.title or "")
    assert article.title is not None and article.title.startswith(HEADLINE)


def test_hard_wrapped_prose_running_on_past_a_date_stays_one_paragraph() -> None:
    # A wrapped line that reads like a stamp but whose sentence runs on into the next line.
    text = (
        "The harbour board met to hear the case for the new ferry, which\n"
        "Minister Jane Roe on Sunday, March 16, 2025 at 10:30 GMT and\n"
        "the council had both backed after a year of delays and arguments.\n"
    )
    assert is_stamp("Minister Jane Roe on Sunday, March 16, 2025 at 10:30 GMT and")  # alone, it would be one
    assert len(split_blocks(text)) == 1
