"""A line opening "By" and then a date is a deadline's preposition, not a byline: "BY MARCH 3, 2025
THE COUNCIL MUST DECIDE" is a headline, and its date no stamp (acceptance #17 after s13-f2,
fault c). A byline naming someone before its date is still one."""

from pathlib import Path

import pytest

from waic_reader.index.corpus.bylines import is_byline
from waic_reader.index.corpus.date_stamps import is_stamp
from waic_reader.index.corpus.dates import find_dates
from waic_reader.index.corpus.reader import Corpus

BODY = "The ferry contract ends in spring and the council has not chosen a new operator yet.\n"

DEADLINES = [
    # reported
    "BY MARCH 3, 2025 THE COUNCIL MUST DECIDE",
    # variants: title case, a day before its month
    "By March 3, 2025 Council Must Decide",
    "BY 14 MARCH 2025 HALVIK MUST CHOOSE A FERRY",
]


@pytest.mark.parametrize("line", DEADLINES)
def test_by_and_a_date_is_a_headline_not_a_byline(tmp_path: Path, line: str) -> None:
    assert not is_byline(line)
    assert not is_stamp(line)
    assert find_dates(f"{line}\n\n{BODY}") == []
    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text(f"{line}\n\n{BODY}", "utf-8")
    article = Corpus.scan(root).article("a")
    assert article.date is None
    assert article.title == line


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("BY ANNA LIND - HARBOUR TIMES - MARCH 3, 2025", "2025-03-03"),
        ("By Jane Roe March 14, 2025", "2025-03-14"),
    ],
)
def test_a_byline_with_a_name_before_its_date_still_dates(tmp_path: Path, line: str, iso: str) -> None:
    assert is_byline(line)
    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text(f"Ferry deal due\n\n{line}\n\n{BODY}", "utf-8")
    article = Corpus.scan(root).article("a")
    assert article.date == iso
    assert article.title == "Ferry deal due"
