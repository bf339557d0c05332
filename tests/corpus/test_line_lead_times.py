"""A date line near the top with its time written before the date, unlabelled, keeps its time
and zone (re-test of #17 after s15, fault 1): "08:00 AM Pacific Standard Time, March 16, 2025"
under a headline was dated 2025-03-16, its time lost; after a label the same time was read."""

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus

BODY = "The Halvik council approved the new harbour plan on the day, officials said in a statement."


def _article(tmp_path: Path, line: str):  # type: ignore[no-untyped-def]
    (tmp_path / "a.txt").write_text(f"Council approves harbour plan\n{line}\n\n{BODY}\n", "utf-8")
    return Corpus.scan(tmp_path).article("a")


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        # reported
        ("08:00 AM Pacific Standard Time, March 16, 2025", "2025-03-16T08:00-08:00"),
        ("8:00 a.m. EST, March 16, 2025", "2025-03-16T08:00-05:00"),
        ("10:30 CET 16 March 2025", "2025-03-16T10:30+01:00"),
        # variants: an hour alone and a seasonal US zone; a byline's date field with its time first
        ("7 p.m. ET, July 4, 2025", "2025-07-04T19:00-04:00"),
        ("By Jane Roe | 08:00 AM PST | March 16, 2025", "2025-03-16T08:00-08:00"),
        ("By Jane Roe | 14:05 GMT, 16 March 2025", "2025-03-16T14:05+00:00"),
    ],
)
def test_a_time_before_the_date_on_a_date_line_is_kept(tmp_path: Path, line: str, iso: str) -> None:
    article = _article(tmp_path, line)
    assert article.date == iso
    assert article.date_source == "text"
    assert article.title == "Council approves harbour plan"


def test_a_time_before_the_date_that_is_no_time_of_day_is_said(tmp_path: Path) -> None:
    article = _article(tmp_path, "25:30 CET 16 March 2025")
    assert article.date is None
    assert any("25:30" in n and "no time of day" in n for n in article.notes)


def test_a_time_in_a_sentence_before_a_date_is_no_stamp(tmp_path: Path) -> None:
    # Words of a sentence before the time: no date line, nothing read from it.
    article = _article(tmp_path, "The ferry sails at 10:30 March 16, 2025 from the old pier")
    assert article.date is None
