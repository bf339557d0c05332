"""Boilerplate kinds found on the tuning half unseen8 (issue 14; postlight/parser's news and
magazine pages), one kind per section: the reported shape first, then variants of our own. Every
page here is written for the test; none is copied from the evaluation pages.
"""

from __future__ import annotations

import pytest
from test_noise_kinds import FOOTER, MENU, kinds

# ---------------------------------------------------------------------------------------------
# A deals round-up saved as text: a paragraph of introduction, then the offers, each a product
# and its price, under section headings. Its main text was the introduction alone, and the
# offers, read as lines outside it, were dropped.

_INTRO = (
    "Every weekday our team looks through the shops for the best offers it can find. Here is what"
    " caught our eye this morning, from kitchen scales to walking boots, with the prices we saw."
)
_GADGETS = [
    "Harbour Mini Bluetooth Speaker with 12-Hour Battery, Blue for $24.99 (list price $39.99)",
    "Quayside 10-inch Tablet, 32 GB, Wi-Fi, Black for $89.99 (list price $129.99)",
    "Lantern Pro Wireless Earbuds with Charging Case for $35.50 (list price $59.00)",
    "Beacon 4K Streaming Stick with Voice Remote for $29.99 (list price $49.99)",
]
_KITCHEN = [
    "Marlow Digital Kitchen Scale with Removable Bowl for $15.59 (list price $39.99)",
    "Seaview Cast Iron Skillet, Pre-Seasoned, 12-inch for $36.29",
    "Tidewater 3-Piece Bamboo Cutting Board Set for $12.99 (list price $14.99)",
    "Galley Stainless Steel Electric Kettle, 1.7 Litre for $21.49 (list price $34.99)",
]


def _deals_page(intro: list[str], *sections: tuple[str | None, list[str]]) -> tuple[str, list[str]]:
    lines = [*MENU, "Weekday deals: kitchen scales, speakers and boots", "By Shopping Desk", *intro]
    shown: list[str] = []
    for heading, offers in sections:
        if heading is not None:
            lines.append(heading)
            shown.append(heading)
        lines += offers
        shown += offers
    lines += ["Most Popular", "Ferry fares to rise again in spring", "Council passes budget after long debate"]
    return "\n".join([*lines, *FOOTER]) + "\n", shown


def test_a_deals_round_ups_offers_under_headings_are_the_article() -> None:
    text, shown = _deals_page([_INTRO], ("GADGETS, TOYS, AND MEDIA", _GADGETS), ("KITCHEN", _KITCHEN))
    got = kinds(text)
    assert [got[line] for line in [_INTRO, *shown]] == ["content"] * (1 + len(shown)), got
    assert got["Ferry fares to rise again in spring"] != "content", got
    assert got["Privacy policy"] != "content", got


def test_a_gift_guides_offers_in_another_currency_without_headings_are_the_article() -> None:
    """Variant: no section headings, prices in pounds and euros, two paragraphs of introduction."""
    offers = [line.replace("$", "£") for line in _GADGETS] + [line.replace("$", "€") for line in _KITCHEN]
    intro = [_INTRO, "Prices change quickly, so check them before you buy; we earn nothing from these links."]
    text, shown = _deals_page(intro, (None, offers))
    got = kinds(text)
    assert [got[line] for line in [*intro, *shown]] == ["content"] * (len(intro) + len(shown)), got


def test_a_menus_word_as_a_section_heading_between_offers_is_the_lists() -> None:
    """Variant: a section named as a menu's link ("HOME") between two sections of offers."""
    text, shown = _deals_page([_INTRO], ("GADGETS", _GADGETS), ("HOME", _KITCHEN))
    got = kinds(text)
    assert [got[line] for line in shown] == ["content"] * len(shown), got


def test_a_few_priced_teasers_after_the_article_are_no_list_of_its() -> None:
    """Guard: three priced product teasers under a story (a shop's widget) are fewer than a list."""
    body = [
        "The city council approved a new budget on Tuesday after a long debate about spending on roads and schools.",
        "Council members said the plan would raise spending on maintenance by a fifth while keeping taxes flat.",
        "Opponents argued that the figures relied on optimistic forecasts of property tax revenue in coming years.",
    ]
    widget = ["Shop the Courier store", *_GADGETS[:3]]
    lines = [*MENU, "Council passes budget after long debate", *body, *widget, *FOOTER]
    got = kinds("\n".join(lines) + "\n")
    assert all(got[line] != "content" for line in widget), got
    assert [got[p] for p in body] == ["content"] * len(body), got


# ---------------------------------------------------------------------------------------------
# A forum's comments under a report, headed by a bracketed count and "Top Rated Comments", each
# comment's author, age and text over its score line ("Score: 97 Votes (Like | Disagree)"): no
# header was known, and the comments ran on as the article.

_ARTICLE = [
    "The city council approved a new budget on Tuesday after a long debate about spending on roads and schools.",
    "Council members said the plan would raise spending on maintenance by a fifth while keeping taxes flat.",
    "Opponents argued that the figures relied on optimistic forecasts of property tax revenue in coming years.",
    "The mayor has ten days to sign the budget, and her office said she would do so before the end of the week.",
]
_FORUM = [
    "harbourgal",
    "3 days ago",
    "About time the council fixed the roads, they have been a disgrace for years and everyone knows it.",
    "Tom K.",
    "3 days ago",
    "Flat taxes for a year is an election promise, not a plan, and we will all pay for it in the end.",
]


def _forum_page(headers: list[str], score: str) -> tuple[str, list[str]]:
    comments = [*_FORUM[:3], score, *_FORUM[3:], score]
    lines = [*MENU, "Council passes budget after long debate", *_ARTICLE, *headers, *comments, *FOOTER]
    return "\n".join(lines) + "\n", [*headers, *comments]


@pytest.mark.parametrize(
    ("headers", "score"),
    [
        (["[ 234 comments ]", "Top Rated Comments"], "Score: 97 Votes (Like | Disagree)"),
        (["Top Comments"], "Score: 12 votes"),
        (["(18 comments)", "Most Liked Comments"], "Score: -3 Votes (Like | Disagree)"),
    ],
)
def test_a_forums_top_rated_comments_under_a_report_are_comments(headers: list[str], score: str) -> None:
    text, section = _forum_page(headers, score)
    got = kinds(text)
    assert all(got[line] != "content" for line in section), got
    said = [line for line in section if line != "3 days ago"]  # (the ages are dropped as stamps)
    assert [got[line] for line in said] == ["comments"] * len(said), got
    assert [got[p] for p in _ARTICLE] == ["content"] * len(_ARTICLE), got


def test_a_sentence_about_top_comments_or_a_score_is_the_article() -> None:
    """Guard: the article's own sentences on comments and scores are no headers."""
    lines = [
        "Top comments from residents at the meeting focused on the roads and the state of the schools.",
        "Score: the council's own survey gave the plan 62 out of 100, up from 48 last year.",
    ]
    got = kinds("\n".join([*MENU, "Council passes budget after long debate", *_ARTICLE, *lines, *FOOTER]) + "\n")
    assert [got[line] for line in lines] == ["content", "content"], got


# ---------------------------------------------------------------------------------------------
# "Related Forums: iPad, iPad Accessories" and its kin under an article: a tag list.


@pytest.mark.parametrize(
    "line", ["Related Forums: iPad, iPad Accessories", "Related Topics: Budgets, Roads", "Related Categories: Local"]
)
def test_related_forums_topics_and_categories_are_tag_lists(line: str) -> None:
    got = kinds("\n".join([*MENU, "Council passes budget after long debate", *_ARTICLE, line, *FOOTER]) + "\n")
    assert got[line] == "tags", got
    assert [got[p] for p in _ARTICLE] == ["content"] * len(_ARTICLE), got


# ---------------------------------------------------------------------------------------------
# A sponsored-content widget ("Around the Web" over paid teasers, its disclosure), an ad's
# "Sponsored by X" line, and a consent dialog's headings and toggles ("Strictly Necessary
# Cookies", "Always Active").


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Around the Web", "advertisement"),
        ("Sponsored by State Farm", "advertisement"),
        ("Promoted Stories", "advertisement"),
        (
            "The content you see here is paid for by the advertiser or content provider whose link you click on.",
            "advertisement",
        ),
        ("Strictly Necessary Cookies", "legal"),
        ("Always Active", "legal"),
        ("Performance Cookies", "legal"),
    ],
)
def test_ad_widget_markers_and_consent_dialog_lines(line: str, kind: str) -> None:
    got = kinds("\n".join([*MENU, "Council passes budget after long debate", *_ARTICLE, line, *FOOTER]) + "\n")
    assert got[line] == kind, got
    assert [got[p] for p in _ARTICLE] == ["content"] * len(_ARTICLE), got


def test_a_sentence_opening_sponsored_by_is_the_article() -> None:
    """Guard: the article's sentence on a sponsor is no ad marker."""
    line = "Sponsored by the harbour trust, the festival will run for a week."
    got = kinds("\n".join([*MENU, "Council passes budget after long debate", *_ARTICLE, line, *FOOTER]) + "\n")
    assert got[line] == "content", got


# ---------------------------------------------------------------------------------------------
# A most-read list under a header in Japanese ("アクセストップ10", access top 10) or with the
# site's name ("OSS×Cloud ACCESS RANKING"): no header was known, and the list ran on.

_OTHER_STORIES = [
    "Ferry fares to rise again in spring",
    "New library opens in the old post office",
    "Fishing quotas cut again as stocks fall",
    "Storm closes the coastal road for a second day",
]


_JA_ARTICLE = [
    "市議会は火曜日、道路と学校への支出をめぐる長い議論の末に新しい予算案を可決した。",
    "議員らによると、この計画では維持管理費が五分の一増える一方で、税率は一年間据え置かれる。",
    "反対派は、数字が今後数年の固定資産税収入について楽観的な予測に頼っていると指摘した。",
    "市長は十日以内に予算案に署名する必要があり、事務所は週末までに署名すると述べた。",
]
_JA_OTHER_STORIES = [
    "港の新しいフェリー、春から運航開始へ 運賃は据え置き （2022年08月10日）",
    "旧郵便局に新しい図書館が開館 週末は親子連れでにぎわう （2022年08月09日）",
    "漁獲枠を再び削減 資源の減少が続く中で漁業者に不安 （2022年08月09日）",
    "嵐で海岸道路が二日連続で通行止めに 復旧の見通し立たず （2022年08月08日）",
    "駅前の再開発計画が見直しへ 住民説明会で反対意見が相次ぐ （2022年08月08日）",
    "夏祭りの花火大会、三年ぶりに開催決定 警備体制を強化 （2022年08月07日）",
    "市立病院の救急外来、夜間の受け入れを一時停止 医師不足で （2022年08月07日）",
    "高校野球の地方大会、港町の高校が初の決勝進出を果たす （2022年08月06日）",
    "新しい自転車道の整備が完了 通勤時間帯の渋滞緩和に期待 （2022年08月05日）",
    "水道料金の値上げ案、市議会の委員会で継続審議に決まる （2022年08月04日）",
]


@pytest.mark.parametrize("header", ["アクセストップ10", "人気記事ランキング", "Harbour Courier ACCESS RANKING"])
def test_a_most_read_lists_access_ranking_header(header: str) -> None:
    lines = [*MENU, "市議会、長い議論の末に予算案を可決", *_JA_ARTICLE, header, *_JA_OTHER_STORIES, *FOOTER]
    got = kinds("\n".join(lines) + "\n")
    assert got[header] == "headline-list", got
    assert all(got[line] != "content" for line in _JA_OTHER_STORIES), got
    assert [got[p] for p in _JA_ARTICLE] == ["content"] * len(_JA_ARTICLE), got


def test_an_access_ranking_header_over_english_headlines() -> None:
    """Variant: the site's name before "ACCESS RANKING", English headlines under it."""
    header = "Harbour Courier ACCESS RANKING"
    lines = [*MENU, "Council passes budget after long debate", *_ARTICLE, header, *_OTHER_STORIES, *FOOTER]
    got = kinds("\n".join(lines) + "\n")
    assert [got[line] for line in [header, *_OTHER_STORIES]] == ["headline-list"] * 5, got
    assert [got[p] for p in _ARTICLE] == ["content"] * len(_ARTICLE), got


def test_a_sentence_on_an_access_ranking_is_the_article() -> None:
    """Guard: the article's sentence about a ranking of access is no header."""
    line = "Access ranking of the county's ports put the harbour third, behind two larger towns."
    lines = [*MENU, "Council passes budget after long debate", *_ARTICLE, line, *FOOTER]
    got = kinds("\n".join(lines) + "\n")
    assert got[line] == "content", got
