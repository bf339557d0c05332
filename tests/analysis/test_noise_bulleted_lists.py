"""An article's own bulleted list on a page saved as text (issue 14: "an article's own section
headings, lists and quotes" are not noise): a run of lines written with one list marker that
meets the article's text stays content, though its short lines look like a menu or a run of
headlines. The reported shape (a game's changelog, "+ Added ..." then "* ...") and two variants
of our own: a numbered listicle and a "•" list in a news story. A menu stays noise."""

from __future__ import annotations

import pytest
from test_noise_kinds import FOOTER, MENU, kinds

HEADLINE = "Harbour Ferry Service Returns With New Timetable"
INTRO = (
    "The harbour ferry returned on Monday after a three-month pause, and the operator set out what "
    "changes for the passengers who rely on it to cross the bay every morning."
)
OUTRO = (
    "The operator said the timetable would be reviewed in the spring, after it had counted how many "
    "passengers used the early and the late crossings through the winter months."
)

LISTS = {
    "changelog": [
        "+ Added a 6:10 crossing",
        "+ Added Bike Racks",
        "+ Added Step-Free Boarding",
        "+ Added the Night Service",
        "* Tickets now work on buses",
        "* Season Passes Cost Less",
        "* Timetable Printed at Piers",
    ],
    "numbered": [
        "1. Earlier First Boat",
        "2. More Seats Upstairs",
        "3. Quieter Engines",
        "4. Longer Gangways",
    ],
    "bullets": [
        "• Two New Piers",
        "• Free Wi-Fi on Board",
        "• Café Reopens",
        "• Lockers for Bikes",
    ],
}


@pytest.mark.parametrize("name", sorted(LISTS))
def test_the_articles_own_bulleted_list_stays_content(name: str) -> None:
    items = LISTS[name]
    text = "\n".join([*MENU, HEADLINE, INTRO, *items, OUTRO, *FOOTER]) + "\n"
    got = kinds(text)
    for line in [INTRO, *items, OUTRO]:
        assert got[line] == "content", line


def test_a_list_made_only_of_lines_is_kept_beside_its_headline() -> None:
    # The reported page: a changelog with no prose at all under its headline.
    items = [line for line in LISTS["changelog"]] + [f"+ Added Route {n} to the Islands" for n in range(2, 9)]
    text = "\n".join([*MENU, HEADLINE, *items, *FOOTER]) + "\n"
    got = kinds(text)
    assert sum(got[line] == "content" for line in items) == len(items)


def test_a_menu_written_with_bullets_after_the_article_stays_noise() -> None:
    menu = ["* Home", "* News", "* Sport", "* Weather", "* Contact"]
    text = "\n".join([*MENU, HEADLINE, INTRO, OUTRO, "", "", *FOOTER, *menu]) + "\n"
    got = kinds(text)
    assert all(got[line] != "content" for line in menu), {line: got[line] for line in menu}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # The reported page (tuning half unseen2, a game's changelog): "+ Added …" lines, the
        # article, then "* …" lines straight after them, past the last prose.
        (LISTS["changelog"][:4], [f"* Changed Route {n} Timetable" for n in range(1, 8)]),
        (LISTS["numbered"], ["• Two New Piers", "• Café Reopens", "• Lockers for Bikes"]),
        (
            ["- Earlier First Boat", "- More Seats Upstairs", "- Quieter Engines"],
            ["* Fixed Gangway", "* Fixed Ramp", "* Fixed Lights"],
        ),
    ],
    ids=["changelog", "numbered-then-bullets", "dashes-then-stars"],
)
def test_a_list_straight_after_the_articles_list_is_the_article_too(first: list[str], second: list[str]) -> None:
    text = "\n".join([*MENU, HEADLINE, INTRO, *first, *second, *FOOTER]) + "\n"
    got = kinds(text)
    assert {line: got[line] for line in [*first, *second]} == dict.fromkeys([*first, *second], "content")
    assert sum(got[line] != "content" for line in FOOTER) >= len(FOOTER) - 1
