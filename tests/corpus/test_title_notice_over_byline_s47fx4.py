"""A page's notice on its article's age or revisions set over the byline is no headline (review
s47-rv2 finding 4, round s47-fx4: "This article is more than 2 years old." and "Editor's note: This
story has been updated …" over a byline or a date stamp became the article's title)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus

LEAD = "The ferry Stella Maris sank off Halvik on Friday, and four people died."
BODY = (
    f"{LEAD} Rescuers pulled 31 survivors from the water.\n\n"
    "The coast guard said the search would resume on Saturday.\n"
)


@pytest.mark.parametrize(
    ("text", "notice"),
    [
        # reported (review s47-rv2 finding 4)
        (
            f"This article is more than 2 years old.\nBy Jane Roe | The Daily Ledger | 14 March 2025\n\n{BODY}",
            "This article is more than 2 years old.",
        ),
        (
            "Editor's note: This story has been updated with the death toll.\n\nBy John Doe\n"
            f"Published 14 March 2025\n{BODY}",
            "Editor's note: This story has been updated with the death toll.",
        ),
        # variants of my own: a correction over a dateline, an archive banner over a stamp
        (
            "Correction: An earlier version of this article misstated the number of survivors.\n"
            "HALVIK, March 14 (Nordwire) - The ferry Stella Maris sank off Halvik on Friday, and four "
            "people died.\n\nThe coast guard said the search would resume on Saturday.\n",
            "Correction: An earlier version of this article misstated the number of survivors.",
        ),
        (
            f"This story is over 5 years old.\nUpdated 14:05 GMT, 3 March 2019\n\n{BODY}",
            "This story is over 5 years old.",
        ),
    ],
    ids=["reported-archive-banner", "reported-editors-note", "correction-over-dateline", "banner-over-stamp"],
)
def test_a_notice_over_a_byline_is_no_headline(tmp_path: Path, text: str, notice: str) -> None:
    (tmp_path / "a.txt").write_text(text, "utf-8")
    article = Corpus.scan(tmp_path).article("a")
    assert article.title != notice
    assert not (article.blocks[0].kind == "title" and article.blocks[0].text == notice)
