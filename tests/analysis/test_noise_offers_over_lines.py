"""A deals post whose article IS its list of offers, each offer written over several lines (its
name, then its prices and its coupon's link one a line): issue #14, unseen37 qqyewu-1, whose 141
product lines were dropped as teasers and menu lines after a four-line introduction. The reported
shape (Chinese, "【原价】12.51元") first, then two variants of our own: Japanese prices in 円 with
bracketed labels, and an English deals post with "Price: $24.99" lines. Every page is written for
the test; none is copied from the evaluation pages.
"""

from __future__ import annotations

from test_noise_kinds import FOOTER, MENU, kinds

_ZH_INTRO = [
    "每天推荐的东西都不一样，大家可以在页面底部找到最近七天的推荐，有些商品现在还可以买到。",
    "这些都是我们每天手动挑选的优惠商品，价格随时会变，看中了就尽快下单，不要犹豫太久。",
]
_ZH_NAMES = [
    "黄灯笼辣椒酱两瓶装",
    "儿童成语故事绘本",
    "家用插座插排",
    "超细牙线三盒装",
    "芝麻海苔碎罐装",
    "马克笔二十四色",
]


def _zh_offer(n: int, name: str) -> list[str]:
    return [
        name,
        f"【原价】{12 + n}.51元",
        f"【券后价】{5 + n}.51元",
        f"【领券地址】https://coupons.example.cn/q{n}abc",
        f"【口令】{40 + n}( CZ3457 Ox9Ge{n}Z74R(/",
    ]


def test_a_deals_posts_offers_each_over_its_price_lines_are_the_article() -> None:
    """The reported shape: each product's name over its "【原价】…元" price lines and coupon lines,
    under a section heading; the "recent days" links and the site's footer after them stay out."""
    offers = [line for n, name in enumerate(_ZH_NAMES) for line in _zh_offer(n, name)]
    after = ["最近7天的推荐：", "2月8日推荐：https://deals.example.cn/2025/0208.html", "相关内容"]
    lines = [*MENU, "辣椒酱加绘本加插排的今日优惠", *_ZH_INTRO, "《《1-10元专区》》", *offers, *after, *FOOTER]
    got = kinds("\n".join(lines) + "\n")
    assert [got[line] for line in [*_ZH_INTRO, *offers]] == ["content"] * (len(_ZH_INTRO) + len(offers)), got
    assert all(got[line] != "content" for line in after), got
    assert got["Privacy policy"] != "content", got


def test_a_japanese_deals_posts_offers_in_yen_are_the_article() -> None:
    """Variant: prices written "1,980円" after bracketed labels, two lines an offer after its name."""
    intro = [
        "今週のおすすめ商品をまとめました。価格は変わることがあるので、購入前に必ず確認してください。",
        "どれも編集部が実際に使ってみて良かったものばかりです。気になるものがあれば早めにどうぞ。",
    ]
    names = ["折りたたみ傘", "ステンレス水筒", "ワイヤレスイヤホン", "電気ケトル", "竹製まな板", "卓上ライト"]
    offers = [
        line
        for n, name in enumerate(names)
        for line in (name, f"[通常価格] {2 + n},980円", f"[セール価格] {1 + n},480円")
    ]
    lines = [*MENU, "今週のおすすめ商品まとめ", *intro, *offers, *FOOTER]
    got = kinds("\n".join(lines) + "\n")
    assert [got[line] for line in [*intro, *offers]] == ["content"] * (len(intro) + len(offers)), got
    assert got["Privacy policy"] != "content", got


def test_an_english_deals_posts_offers_over_price_and_link_lines_are_the_article() -> None:
    """Variant: an English round-up, each product's name over its "Price:" and "Deal:" lines."""
    intro = [
        "Every weekday our team looks through the shops for the best offers it can find, and this"
        " morning there were plenty of them, from kitchen scales to walking boots.",
        "Prices change quickly, so check them before you buy; we earn nothing from these links.",
    ]
    names = [
        "Harbour Mini Bluetooth Speaker",
        "Quayside 10-inch Tablet",
        "Lantern Wireless Earbuds",
        "Marlow Kitchen Scale",
        "Seaview Cast Iron Skillet",
        "Galley Electric Kettle",
    ]
    offers = [
        line
        for n, name in enumerate(names)
        for line in (name, f"Price: ${19 + n}.99", f"Deal: https://shop.example.com/d/{n}")
    ]
    teasers = ["Most Popular", "Ferry fares to rise again in spring", "Council passes budget after long debate"]
    lines = [*MENU, "Weekday deals: speakers, scales and kettles", *intro, *offers, *teasers, *FOOTER]
    got = kinds("\n".join(lines) + "\n")
    assert [got[line] for line in [*intro, *offers]] == ["content"] * (len(intro) + len(offers)), got
    assert got["Ferry fares to rise again in spring"] != "content", got
