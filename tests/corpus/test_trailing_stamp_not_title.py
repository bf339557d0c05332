"""A labelled stamp ending a line of other words ("The front matter above is never closed.
Posted: Mar 16, 2025", under a front matter never closed) is no part of the title, and dates the
article as a stamp line of its own does (acceptance #17 after s14, fault 4)."""

from pathlib import Path

import pytest

from waic_reader.index.corpus.date_stamps import trailing_stamp
from waic_reader.index.corpus.reader import Corpus

BODY = "The ferry operator Nordline Ferries faced more questions on Sunday.\n"


def test_the_reported_unclosed_front_matter(tmp_path: Path) -> None:
    text = (
        "---\ntitle: Unclosed front matter\ndate: 2025-03-15\n\n"
        f"The front matter above is never closed. Posted: Mar 16, 2025\n\n{BODY}"
    )
    (tmp_path / "unclosed.md").write_text(text, "utf-8")
    article = Corpus.scan(tmp_path).article("unclosed")
    assert article.title == "The front matter above is never closed."
    assert article.date == "2025-03-16"
    assert any("front matter not closed" in n for n in article.notes)


@pytest.mark.parametrize(
    ("line", "title", "iso"),
    [
        # variants: a separator before the stamp, a time before its date, a .txt file
        ("Ferry plan approved | Posted: Mar 16, 2025", "Ferry plan approved", "2025-03-16"),
        ("Ferry plan approved — Updated at 10:30 GMT, 14 March 2025", "Ferry plan approved", "2025-03-14T10:30+00:00"),
        ("Ferry plan approved. Published 16 March 2025", "Ferry plan approved.", "2025-03-16"),
    ],
)
@pytest.mark.parametrize("suffix", [".md", ".txt"])
def test_a_stamp_ending_the_headline_s_line_is_cut_from_the_title(
    tmp_path: Path, line: str, title: str, iso: str, suffix: str
) -> None:
    (tmp_path / f"a{suffix}").write_text(f"{line}\n\n{BODY}", "utf-8")
    article = Corpus.scan(tmp_path).article("a")
    assert article.title == title
    assert article.date == iso


@pytest.mark.parametrize(
    "line",
    [
        "Ferry plan posted. Updated timetable due",  # a label word, no date after it
        "Ferry plan approved | Updated March 14, 2025 figures show rise",  # the stamp ends no line
        "Posted: Mar 16, 2025",  # a stamp line of its own, no trailing stamp
    ],
)
def test_no_trailing_stamp(line: str) -> None:
    assert trailing_stamp(line) is None
