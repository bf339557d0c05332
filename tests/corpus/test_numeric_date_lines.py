"""An all-numeric date line under the headline, without a label, dates the article when it is
unambiguous (re-test of #17 after s15, fault 5): "15. 3. 2025 9:30" and "15/03/2025 09:30"
alone on the line under the title were not read, while "Posted: 15/03/2025" was. They are read
by the rule a labelled one is (dots day first, a number over 12 the day, year first); one either
way round is left unread and said in a note, as after a label."""

from pathlib import Path

import pytest

from waic_reader.index.corpus.date_stamps import is_stamp
from waic_reader.index.corpus.reader import Corpus

BODY = "The Halvik council approved the new harbour plan on the day, officials said in a statement."
TITLE = "Council approves harbour plan"


def _article(tmp_path: Path, line: str, yaml: str = ""):  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text(f"{TITLE}\n{line}\n\n{BODY}\n", "utf-8")
    if yaml:
        (tmp_path / "corpus.yaml").write_text(yaml, "utf-8")
    return Corpus.scan(tmp_path).article("a")


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        # reported
        ("15. 3. 2025 9:30", "2025-03-15T09:30"),
        ("15/03/2025 09:30", "2025-03-15T09:30"),
        # variants: month first when the second number is over 12, with a US zone; year first;
        # a byline's date field; a dotted date whose numbers are both 12 or less (day first)
        ("03/15/2025 9:30 AM EDT", "2025-03-15T09:30-04:00"),
        ("2025/03/15 10:00", "2025-03-15T10:00"),
        ("By Jane Roe | 15.03.2025", "2025-03-15"),
        ("05.03.2025 09:30", "2025-03-05T09:30"),
    ],
)
def test_a_numeric_date_line_under_the_headline_dates_it(tmp_path: Path, line: str, iso: str) -> None:
    article = _article(tmp_path, line)
    assert (article.date, article.date_source) == (iso, "text")
    assert article.title == TITLE
    assert is_stamp(line)


def test_a_numeric_date_line_either_way_round_is_said_not_read(tmp_path: Path) -> None:
    article = _article(tmp_path, "03/04/2025 09:30")
    assert article.date is None
    assert any("'03/04/2025 09:30' could be 3 April or March 4: not read" in n for n in article.notes)
    # date_order reads it, as it reads a labelled one
    assert _article(tmp_path, "03/04/2025 09:30", "date_order: mdy\n").date == "2025-03-04T09:30"


def test_a_numeric_date_line_that_names_no_day_is_said(tmp_path: Path) -> None:
    article = _article(tmp_path, "31/06/2025 09:30")
    assert article.date is None
    assert any("'31/06/2025 09:30' is no date (June has 30 days)" in n for n in article.notes)


@pytest.mark.parametrize(
    "line",
    [
        "The vote on 15/03/2025 was delayed by the council after a long debate in the harbour.",
        "（追記 2025/3/15：1ペタバイトの容量を実現するのは1U実装時であることを明記するためにタイトルと記事の一部を修正しました）",
    ],
)
def test_a_numeric_date_in_a_sentence_dates_nothing(tmp_path: Path, line: str) -> None:
    article = _article(tmp_path, line)
    assert article.date is None
    assert article.notes == []
