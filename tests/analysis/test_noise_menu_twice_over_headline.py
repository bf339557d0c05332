"""A site's menu drawn twice over the headline (a desktop and a mobile copy of the same entries):
an entry of it that shares the article's words ("OpenShift Online 3 (New!)" over a post on
OpenShift) is no headline over a deck, and the headline under it stays the headline. Issue #14,
unseen39 openshift-1: once the post's run of prose took in its later steps, the menu entry three
lines over the headline shared two of its words and took the headline's place. The reported shape
and two variants of our own; every page is written for the test.
"""

from __future__ import annotations

import pytest
from test_noise_kinds import FOOTER, MENU, make

from waic_reader.index.analysis.noise import split_noise

_REPORTED = (
    ["My Account", "Harbour Online 3 (New!)", "Harbour Online 2", "Contact Us"],
    "Day 18: Building a new harbour map with open data",
    [
        "Today for my thirty day challenge I wanted to build a new map of the harbour from open data, a common"
        " request from readers of Harbour Online.",
        "The harbour authority publishes its berths and depths every week, and the new map reads them straight"
        " from its open data portal.",
        "Harbour Online readers can now see which berths are free before they sail in, and the map updates"
        " itself every hour.",
        "The code is open too, and the next post will show how to add the tide tables to the same new map.",
    ],
)
_WEATHER = (
    ["Log in", "Weather Radar Live (Beta)", "Weather Classic", "Help"],
    "How the new weather radar sees rain before it falls",
    [
        "The new weather radar went live on Monday, and it can see rain forming over the sea up to an hour before"
        " it reaches the coast, the forecasters said.",
        "Readers of the live radar page will see the rain drawn every five minutes instead of every fifteen, and"
        " warnings for heavy showers will come sooner.",
        "The old radar will run beside the new one until the spring, when its mast is taken down for good.",
        "Forecasters said the change was the biggest in the service's forty years of weather maps.",
    ],
)
_TRAINS = (
    ["Timetables", "Night Trains Planner (New)", "Season tickets", "Contact"],
    "Night trains return to the northern line after ten years",
    [
        "Night trains will run on the northern line again from December, ten years after the last sleeper"
        " service was cut, the rail operator said on Tuesday.",
        "The new trains leave the capital at eleven in the evening and reach the coast before seven, with"
        " sleeping cars and a planner for booking berths online.",
        "Tickets for the first night trains go on sale next month, and the operator expects the first weeks"
        " to sell out quickly.",
        "Passenger groups welcomed the return but asked for the trains to run every night, not only at weekends.",
    ],
)


@pytest.mark.parametrize(
    ("menu", "headline", "body"), [_REPORTED, _WEATHER, _TRAINS], ids=["reported", "weather", "trains"]
)
def test_a_menu_entry_drawn_twice_is_no_headline(menu: list[str], headline: str, body: list[str]) -> None:
    # The menu's entries, then the same entries again (its second copy), a prompt, the headline.
    lines = [*MENU, *menu, *menu[:3], "Sign up for free", headline, "By Jane Roe", *body, *FOOTER]
    text = "\n".join(lines) + "\n"
    content = [s.text for s in split_noise(make(text)).content]
    assert menu[1] not in content, content  # neither copy of the entry
    assert content[: len(body) + 1] == [headline, *body], content
