"""A blog's lists of its other pages under its own words for them are other stories' headlines:
"You might also enjoy" over essay titles, "Linked mentions" or "3 Backlinks" over the pages linking
to this one (issue #14, unseen34 stephango-1, round s39-a: both lists were kept as the article's).
The reported headers, and variants of our own ("You may also enjoy", "Links to this note",
"Mentions around the web"); the essay's own paragraphs stay."""

from __future__ import annotations

import pytest
from test_noise_kinds import PARAS, kinds

TITLES = ["Choose optimism", "Style is consistent constraint", "A little bit every day", "Pain is information"]


@pytest.mark.parametrize(
    "header",
    [
        "You might also enjoy",
        "Linked mentions",
        "3 Backlinks",
        "You may also enjoy",
        "Links to this note",
        "Mentions around the web",
    ],
)
def test_a_blogs_other_pages_under_its_header_go(header: str) -> None:
    text = "\n".join(["Buy things you use the most", *PARAS, header, *TITLES]) + "\n"
    got = kinds(text)
    for p in PARAS:
        assert got[p] == "content", p
    assert got[header] == "headline-list"
    for t in TITLES:
        assert got[t] == "headline-list", t
