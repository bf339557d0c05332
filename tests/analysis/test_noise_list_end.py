"""A "Most read" list at the top of a saved page ends where the article starts (issue 17,
acceptance: the list under "Most read", written one line a story with "date | section" lines,
swallowed the article's headline and its date stamp after a blank line, so the article got the
list's dates and no headline). A list written line by line ends at the first blank line, and a
headline followed by a date stamp and then prose starts the article. The reported page and two
variants."""

from __future__ import annotations

import pytest
from test_noise_kinds import kinds

LIST = [
    "Most read",
    "Old flood story swamps the valley",
    "2 March 2023 | World",
    "Old fire story in the hills",
    "14 February 2023 | World",
    "Election results are in",
    "1 January 2023 | Politics",
]
PROSE = [
    "An earthquake struck Osaka early on Saturday, killing at least five people and injuring dozens more "
    "across the northern districts, the city fire department said in a statement released in the afternoon.",
    "Rescue teams were searching collapsed buildings in the northern districts of the city, where power "
    "had been cut to thousands of homes, officials said late on Saturday.",
]
HEADLINE = "Osaka quake kills five"


@pytest.mark.parametrize(
    "between",
    [
        ["", HEADLINE, "", "March 15, 2025", ""],  # the reported page
        ["", HEADLINE, "March 15, 2025", ""],  # the stamp straight under the headline
        [HEADLINE, "By Jane Roe | March 15, 2025", ""],  # no blank line: the stamp, then prose
    ],
    ids=["blank-lines", "stamp-under-headline", "tight"],
)
def test_the_list_ends_where_the_article_starts(between: list[str]) -> None:
    text = "\n".join(["Home | World | Business | Sport | Culture", *LIST, *between, PROSE[0], "", PROSE[1]]) + "\n"
    got = kinds(text)
    assert got[HEADLINE] == "content"
    assert all(got[line] == "headline-list" for line in LIST[1:]), {line: got[line] for line in LIST}
    assert got[PROSE[0]] == got[PROSE[1]] == "content"
