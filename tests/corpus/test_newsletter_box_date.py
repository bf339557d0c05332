"""A newsletter or alerts box's date is not the article's (acceptance s9b #2, d11/s5: "Sign up
for our newsletter" then "Our next edition: Monday, March 24, 2025" dated the article)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus

HEAD = "Ferry chief faces lawmakers again\n\n"
BODY = (
    "The chief executive of Nordline Shipping faced lawmakers for a second time over the Halvik ferry disaster.\n\n"
    "He said the company had followed every safety rule and would cooperate with the inquiry.\n\n"
)


def date(tmp_path: Path, text: str) -> str | None:
    (tmp_path / "a.txt").write_text(text, "utf-8")
    return Corpus.scan(tmp_path).article("a").date


@pytest.mark.parametrize(
    "box",
    [
        "Sign up for our newsletter\nOur next edition: Monday, March 24, 2025\n",  # the reported file
        "Subscribe to our newsletter\nNext issue: 24 March 2025\n",
        "Sign up for breaking news alerts\nYour first alert arrives Tue 25 Mar 2025 08:00 GMT\n",
    ],
)
def test_a_date_in_a_newsletter_box_under_the_article_is_not_its_date(tmp_path: Path, box: str) -> None:
    assert date(tmp_path, HEAD + BODY + box) is None


def test_the_articles_own_stamp_still_dates_it_and_a_date_after_the_box_is_not_the_boxs(tmp_path: Path) -> None:
    box = "Sign up for our newsletter\nOur next edition: Monday, March 24, 2025\n"
    assert date(tmp_path, HEAD + "Posted: March 21, 2025\n\n" + BODY + box) == "2025-03-21"
    # a blank line ends the box: a date line after it is read as before
    assert date(tmp_path, HEAD + BODY + box + "\nMarch 22, 2025\n") == "2025-03-22"
