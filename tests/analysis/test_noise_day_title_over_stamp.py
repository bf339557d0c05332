"""A title naming a day ("Fragments: February 25") over the article's own stamp that gives the
year ("Martin Fowler: 25 Feb 2026"): issue #14, unseen35 martinfowler-1, whose title was read as a
date stamp and dropped as a page header's line. The reported shape first, then two variants of our
own (another separator, another date order); and the guard: a line of stamp words alone over the
stamp ("Updated: February 25") is still no title. Every page is written for the test.
"""

from __future__ import annotations

import pytest
from test_noise_kinds import FOOTER, MENU, PARAS, kinds


@pytest.mark.parametrize(
    ("title", "stamp"),
    [
        ("Fragments: February 25", "Martin Fowler: 25 Feb 2026"),
        ("Links: 3 March", "Jane Roe · 3 March 2026"),
        ("Weeknotes: 14 June", "Anna Lind | 14 June 2026"),
    ],
)
def test_a_title_naming_a_day_over_the_stamp_with_the_year_is_the_headline(title: str, stamp: str) -> None:
    got = kinds("\n".join([*MENU, title, stamp, *PARAS, *FOOTER]) + "\n")
    assert got[title] == "content", got
    assert got[stamp] == "byline", got


def test_stamp_words_alone_over_the_stamp_are_no_title() -> None:
    """Guard: "Updated: February 25" is a stamp of its own, whatever stands under it."""
    got = kinds("\n".join([*MENU, "Updated: February 25", "Martin Fowler: 25 Feb 2026", *PARAS, *FOOTER]) + "\n")
    assert got["Updated: February 25"] != "content", got
