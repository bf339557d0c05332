"""A feed item's url is its link only when that is a URL: feedparser gives an RSS <guid> as the
link (a guid is a permalink unless it says isPermaLink="false"), so a bare id became the url
("l1"); and an item cut off in a feed that is not well-formed says so in its skip reason. Both
found by the acceptance tester of issue 17. The feeds are written for these tests."""

from __future__ import annotations

import pytest

from waic_reader.index.corpus.formats.feeds import read_feed

RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Post</title>
<item><title>One</title><guid>{guid}</guid><description>The ferry resumed.</description></item>
</channel></rss>"""


@pytest.mark.parametrize(
    ("guid", "url"),
    [
        ("l1", None),  # the reported case
        ("4711", None),
        ("tag:harbour.example,2025:item-9", None),
        ("https://harbour.example/ferry", "https://harbour.example/ferry"),
    ],
)
def test_an_item_url_is_a_url(guid: str, url: str | None) -> None:
    items, _ = read_feed(RSS.format(guid=guid).encode())
    assert [i.url for i in items] == [url]


def test_an_item_cut_off_says_the_feed_is_not_well_formed() -> None:
    raw = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>Whole</title><description>The ferry resumed on Monday.</description></item>
<item><title>Cut</title><descrip"""
    items, skips = read_feed(raw)
    assert [i.title for i in items] == ["Whole"]
    assert skips and all("not well-formed" in s.reason for s in skips)
