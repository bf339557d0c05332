"""A comment's "Posted:" line under a comments section header dates no plain-text article, also
when the article's text is short (acceptance #17 after s13, fault 3): "The council met." was too
short to count as the article's text having begun, so the comments section under it did not
blank the stamp straight under its header, and the comment dated the article."""

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus

COMMENTS = [
    # reported
    "Comments\nPosted: Mar 20, 2025 by reader42\nGreat article!\n",
    # variants: a date line alone with its time, a byline-style stamp under a counted header
    "Comments\nMarch 20, 2025 at 10:00 am\nGreat article!\n",
    "Comments (1)\nPosted by reader42 on Mar 20, 2025\nGreat article!\n",
]


@pytest.mark.parametrize("comments", COMMENTS)
def test_a_comment_stamp_dates_nothing(tmp_path: Path, comments: str) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text(f"Harbour council meets\n\nThe council met.\n\n{comments}", "utf-8")
    article = Corpus.scan(root).article("a")
    assert article.date is None
    assert article.title == "Harbour council meets"


@pytest.mark.parametrize("comments", COMMENTS)
def test_the_article_stamp_above_still_dates_it(tmp_path: Path, comments: str) -> None:
    root = tmp_path / "c"
    root.mkdir()
    text = f"Harbour council meets\n\nPosted: Mar 14, 2025\n\nThe council met.\n\n{comments}"
    (root / "a.txt").write_text(text, "utf-8")
    assert Corpus.scan(root).article("a").date == "2025-03-14"
