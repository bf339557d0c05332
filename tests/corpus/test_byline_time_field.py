"""A byline whose date field is followed by a time field ("By Jane Roe | Halvik Post | 14 March
2025 | 10:00") dates the article with its time, and its zone when given (acceptance #17 after
s13, fault 4): the date and time were read as one span across two fields, which no field held
whole, so the byline gave no date."""

from pathlib import Path

import pytest

from waic_reader.index.corpus.date_stamps import is_stamp
from waic_reader.index.corpus.reader import Corpus


@pytest.mark.parametrize(
    ("byline", "iso"),
    [
        # reported
        ("By Jane Roe | Halvik Post | 14 March 2025 | 10:00", "2025-03-14T10:00"),
        ("By Jane Roe · Halvik Post · 14 March 2025 · 10:00 GMT", "2025-03-14T10:00+00:00"),
        # variants: dashes and an offset zone; a reading time after the time
        ("By Jane Roe — Halvik Post — March 14, 2025 — 7:52 PM GMT+9", "2025-03-14T19:52+09:00"),
        ("By Jane Roe | 14 March 2025 | 10:00 | 5 min read", "2025-03-14T10:00"),
    ],
)
def test_a_byline_date_and_time_field_date_the_article(tmp_path: Path, byline: str, iso: str) -> None:
    root = tmp_path / "c"
    root.mkdir()
    text = f"Ferry plan approved\n\n{byline}\n\nThe council approved the ferry plan on Friday after a long debate.\n"
    (root / "a.txt").write_text(text, "utf-8")
    article = Corpus.scan(root).article("a")
    assert article.date == iso
    assert article.title == "Ferry plan approved"
    assert is_stamp(byline)


def test_a_time_field_in_a_line_of_words_dates_nothing(tmp_path: Path) -> None:
    root = tmp_path / "c"
    root.mkdir()
    text = "Ferry plan approved\n\nBy Jane Roe | the vote was held on 14 March 2025 | 10:00\n\nThe council met.\n"
    (root / "a.txt").write_text(text, "utf-8")
    assert Corpus.scan(root).article("a").date is None
