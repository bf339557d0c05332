"""A kind of issue #14 round s52-a2 fixed: a menu's link that names a list of posts ("熱門文章",
"新着記事", "Most Popular") standing between the menu's other links read as a related-stories
header, and the header took the menu's rest, a blog's article written a clause a line and its
comments for its list (tests/analysis/test_noise_kinds6.py's Chinese blog, the reported form,
after round s52-a named "熱門文章" a header). Two variants of our own here, and a guard: under such a
header after the article, a list of other stories' headlines is still one. Every page here is
written for the test."""

from __future__ import annotations

from test_noise_kinds import kinds
from test_noise_kinds6 import _JA_AFTER, _JA_LINES, _ZH_AFTER, _ZH_LINES

_EN_MENU = ["Home", "Articles", "Albums", "Guestbook", "Log in", "Category: Travel", "Most Popular", "Camping map"]
_EN_LINES = [
    "We left early in the morning while the hills were still wet with rain and climbed slowly up the road",
    "Past the third hairpin bend the clouds thinned and the ridge line finally showed itself far away",
    "The owner of the campsite was waiting at the gate and waved us towards a spot under a big tree",
    "The children ran straight to the stream looking for little crabs hiding under the stones",
    "After the tent was up we brewed a pot of tea and sat listening to the water for an hour",
    "In the evening our neighbours brought over roasted corn and we talked by the fire until late",
]
_EN_AFTER = ["Comments (3)", "Previous: A walk by the sea", "Next: The hidden valley", "© 2024 Mountain Notes"]
_JA_MENU = ["ホーム", "記事一覧", "カテゴリー", "新着記事", "お問い合わせ", "ログイン", "アーカイブ"]


def _page(menu: list[str], stamp: str, headline: str, lines: list[str], after: list[str]) -> str:
    return "\n".join([*menu, stamp, headline, *lines, *after, *menu]) + "\n"


def test_an_english_menus_most_popular_link_heads_no_list() -> None:
    headline = "A night under the stars by the stream"
    got = kinds(_page(_EN_MENU, "Nov 02 Sat 2024 20:31", headline, _EN_LINES, _EN_AFTER))
    assert [got[line] for line in [headline, *_EN_LINES]] == ["content"] * (len(_EN_LINES) + 1), got


def test_a_japanese_menus_latest_posts_link_heads_no_list() -> None:
    headline = "雨上がりの渓谷でキャンプ"
    got = kinds(_page(_JA_MENU, "2024年11月2日", headline, _JA_LINES, _JA_AFTER))
    assert [got[line] for line in _JA_LINES] == ["content"] * len(_JA_LINES), got
    assert got["新着記事"] != "headline-list", got


def test_popular_posts_header_under_a_short_line_still_heads_other_stories() -> None:
    """Under the article, a category line then "熱門文章" over headlines: the header's list as before."""
    headlines = [
        "海邊小鎮散步記 沿著老街找到一家開了五十年的冰店",
        "溪谷秘境一日遊 走過吊橋後看見整片翠綠的瀑布",
        "第一次帶孩子去高山露營 準備清單與心得分享",
        "雨天也能玩的室內景點 全家大小都喜歡的博物館",
    ]
    text = "\n".join(
        ["首頁", "溪邊營地露營記 滿天星斗的山中夜晚", *_ZH_LINES, "分類：旅遊", "熱門文章", *headlines, *_ZH_AFTER]
    )
    got = kinds(text + "\n")
    assert [got[line] for line in _ZH_LINES] == ["content"] * len(_ZH_LINES), got
    assert got["熱門文章"] == "headline-list", got
    assert all(got[line] == "headline-list" for line in headlines), got
