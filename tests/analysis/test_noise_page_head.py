"""A saved page's headline over its byline or date stamp, sharing few words with the body, or
taken for an item of a list above it: content, and the title. The reported shape and two
variants of our own, in the page of test_noise_kinds (menu above, footer below)."""

from __future__ import annotations

import pytest
from test_noise_kinds import FOOTER, MENU, PARAS, assert_article_kept, kinds, make

from waic_reader.index.corpus.titles import derive_title

# ---------------------------------------------------------------------------------------------
# The headline over its byline or date stamp, sharing few words with the body

HEADLINE = "Quiet Night at City Hall Ends a Long Fight"  # no word of it in PARAS but "city"


@pytest.mark.parametrize(
    "head",
    [
        # The reported shape: a "More stories" header, then the headline and its byline line
        # (with a machine timestamp), taken for an item of that list.
        ["More stories", HEADLINE, "By Ana Ruiz and Tom Lee 2014-09-30T14:34:55Z", "Share", "Facebook", "Twitter"],
        # A glued "By" link and a date after a bar.
        ["Trending", "Storm closes the coast road", "Fishing quota cut again", HEADLINE, "ByAna Ruiz | March 4, 2025"],
        # A date stamp two lines under the headline, a contact line between.
        ["Letters to the Editor", HEADLINE, "Email letters@courier.example", "Published: December 24, 2014 12:02 pm"],
    ],
    ids=["list-item-over-byline", "glued-by", "date-stamp"],
)
def test_headline_over_its_byline_stays_content_and_is_the_title(head: list[str]) -> None:
    text = "\n".join([*MENU, *head, *PARAS, *FOOTER]) + "\n"
    got = kinds(text)
    assert got[HEADLINE] == "content"
    assert_article_kept(got)
    article = make(text)
    assert derive_title(article.blocks, article.sentences) == HEADLINE


def test_teasers_with_bylines_far_above_the_body_stay_noise() -> None:
    # Other stories' teasers each over their byline, then the article's own headline over its own.
    teasers = [
        "Most Read",
        "Storm closes the coast road again",
        "By Kim Park",
        "Fishing quota is cut again",
        "By Kim Park",
    ]
    text = "\n".join([*MENU, *teasers, HEADLINE, "By Ana Ruiz", "March 4, 2025", *PARAS, *FOOTER]) + "\n"
    got = kinds(text)
    assert got[HEADLINE] == "content"
    assert got["Storm closes the coast road again"] != "content"
    assert got["Fishing quota is cut again"] != "content"


def test_a_date_stamp_over_the_headline_is_not_the_byline_of_a_teaser_above_it() -> None:
    # Teasers, the date, then the headline under it: the date is the headline's, not the teaser's.
    teaser = "Council members walk out of the chamber"
    head = [teaser, "The quest to save the old harbour", "Share", "Sunday, Feb 1, 2015 11:57 AM UTC"]
    text = "\n".join([*MENU, *head, "Council passes budget after long debate", *PARAS, *FOOTER]) + "\n"
    article = make(text)
    assert derive_title(article.blocks, article.sentences) == "Council passes budget after long debate"
    assert kinds(text)[teaser] != "content"


def test_a_reading_time_under_a_line_is_not_a_byline() -> None:
    # "11 min read" counts minutes: it does not make the line over it a headline.
    head = ["Ready to publish?", "Change the story title and visibility as needed", "Pippin Lee", "11 min read"]
    text = "\n".join([*MENU, *head, "Council passes budget after long debate", *PARAS, *FOOTER]) + "\n"
    article = make(text)
    assert derive_title(article.blocks, article.sentences) == "Council passes budget after long debate"


# ---------------------------------------------------------------------------------------------
# Chinese and Japanese headlines: no spaces, so character pairs stand in for shared words

ZH_PAGE_MENU = ["首页", "新闻", "国内", "国际", "财经", "科技", "体育", "娱乐", "教育", "登录", "注册"]
ZH_BODY = [
    "宇航员在太空中到底能不能喝酒？科学家在国际空间站上做过多次测试，结果显示酒精在失重环境下的作用与地面相似。",
    "测试表明，有关人在高空中喝酒更容易醉的传言是不正确的，但太空机构仍然禁止宇航员在执行任务时饮酒。",
    "一位曾在空间站工作半年的宇航员说，长期任务中的饮食管理非常严格，每一餐都要经过营养专家的审核。",
    "专家认为，未来的长期太空任务可能会重新评估这一规定，但短期内不会有任何改变。",
]
ZH_FOOT = [
    "相关新闻",
    "暴风雨连续第二天关闭沿海公路",
    "捕鱼配额因鱼类资源减少再次削减",
    "关于我们",
    "联系我们",
    "网站地图",
    "隐私政策",
    "广告服务",
    "招聘信息",
    "意见反馈",
    "版权所有 © 2025 港湾新闻网",
]


@pytest.mark.parametrize(
    ("above", "headline", "under"),
    [
        # The reported shape: breadcrumbs, the headline, its date and source line.
        (
            ["首页 > 科技频道 > 探索者 > 正文"],
            "宇航员在太空中喝酒会怎么样？后果很严重",
            ["2017-03-10 09:58 来源：港湾科学"],
        ),
        # A menu row written as one line above it: it shares section names, it is not the headline.
        (
            ["首页|新闻|图片|评论|科技|娱乐|太空|财经|军事|体育|教育|健康|旅游"],
            "太空中喝酒的宇航员：测试结果出人意料",
            [],
        ),
        # A Latin name in the headline, a dateline under it.
        (["科技 > 要闻 > 正文"], "NASA测试：宇航员在空间站喝酒不会更容易醉", ["港湾科学 3月10日报道"]),
    ],
    ids=["date-source-line", "menu-row-above", "latin-name"],
)
def test_chinese_headline_sharing_character_pairs_is_content_and_the_title(
    above: list[str], headline: str, under: list[str]
) -> None:
    text = "\n".join([*ZH_PAGE_MENU, *above, headline, *under, *ZH_BODY, *ZH_FOOT]) + "\n"
    got = kinds(text)
    assert got[headline] == "content"
    for p in ZH_BODY:
        assert got[p] == "content", p
    article = make(text)
    assert derive_title(article.blocks, article.sentences) == headline
