"""Kinds of issue #14 fixed in round s52-a, each the reported form and two variants of our own:

- a list of other stories' headlines closing a Japanese or Chinese page, under a header the
  related-stories rule did not read: set off with a CJK bullet ("・関連記事"), named in those
  languages' words for "Related content" or "Latest news" ("関連コンテンツ", "最新ニュース", "新着記事",
  "最新文章"), with a count after it ("最新ニュース40件") (unseen47 gigazine-1: 43 headlines kept in
  the plain text);
- such a list's headlines over 22 words as features measures them (60 characters or more of
  Japanese): the list stopped at the first (unseen47 gigazine-1);
- a photo's caption closed by its credit "NAME via AGENCY", the agency a stock or free photo site
  by its name or address ("… ThamKC via shutterstock.com") (unseen47 theconversation-1);
- a publisher's description of itself closing its story ("The Associated Press is an independent
  global news organization dedicated to factual reporting.") (t13au N11).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus


def text_article(tmp_path: Path, lines: list[str], sep: str = "\n") -> Article:
    (tmp_path / "page.txt").write_text(sep.join(lines) + "\n", encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return art


def kind_at(art: Article, line: str) -> str:
    at = art.text.index(" ".join(line.split()))
    [seg] = [s for s in split_noise(art).segments() if s.start <= at < s.end]
    return "content" if seg.reason is None else (seg.kind or "?")


# --- A Japanese or Chinese closing list of other stories' headlines -------------------------------

JA_TITLE = "山あいの町で古い木造駅舎を改修し、地域の交流拠点として再び使い始める取り組みが進む"
JA_PARAS = [
    "県北部の山あいにある町で、築九十年を超える木造の駅舎を改修し、地域の人々が集まる交流拠点として再び"
    "使い始める取り組みが進んでいます。町によると、改修工事は今年の春に始まり、秋には完了する予定です。",
    "駅舎は戦前に建てられたもので、長く無人駅として使われてきましたが、老朽化が進み、取り壊しも検討されて"
    "いました。住民の有志が保存を求める署名を集め、町が改修のための予算を計上したことで計画が動き出しました。",
    "改修後の駅舎には、地元の野菜や加工品を販売する小さな売店と、誰でも使える休憩スペースが設けられます。"
    "週末には地元の高校生が観光案内を担当し、訪れた人に町の見どころを紹介する計画もあるということです。",
    "町の担当者は「駅舎は町の歴史そのものです。多くの人に足を運んでもらい、にぎわいを取り戻したい」と話して"
    "います。町は改修の様子を記録した写真展も、完成に合わせて駅舎の中で開く予定です。",
]
JA_ITEMS = [
    "古い商店街の空き店舗を活用したシェアオフィスが開業、若い起業家の誘致を目指す",
    "廃校になった小学校の校舎を宿泊施設に改装、体験型の観光プランで人気に",
    "地元の高校生が考案した特産品のお菓子が駅の売店で販売開始",
]
# Headlines of 60 characters and more: over 22 words as features measures Japanese.
JA_LONG_ITEMS = [
    "Boseが先行テスターを募集するも応募殺到で即終了となった質の高い睡眠を得られるイヤホン「noise-masking sleepbuds」とは？",
    "無料でウェブ魚拓のようにページを保存しながらギミックを再現できる「PageDash」でブラウザゲームをまるごと自分用に保存してみた",
    "山あいの町で築九十年を超える木造の駅舎を改修して地域の人々が集まる交流拠点として再び使い始める取り組みが進む",
]
ZH_TITLE = "城市图书馆延长开放时间，夜间阅读区受到年轻读者欢迎"
ZH_PARAS = [
    "市图书馆从本月起将开放时间延长至晚上十点，并在二楼新设了夜间阅读区。图书馆负责人表示，这一调整是根据读者"
    "问卷调查的结果作出的，许多上班族希望下班后也能来图书馆看书和学习。",
    "新的夜间阅读区共有一百二十个座位，配备了台灯和充电插座。开放第一周，每天晚上都有不少年轻人前来阅读，"
    "座位使用率超过八成。一些读者表示，这里安静的环境比在家里更容易集中注意力。",
    "图书馆还计划在周末晚上举办读书会和小型讲座，邀请本地作家和学者与读者交流。负责人说，希望图书馆不仅是借书"
    "的地方，也能成为市民交流和学习的公共空间。",
]
ZH_ITEMS = [
    "老旧小区加装电梯工程全面启动，首批涉及三十个小区",
    "市区新增五条公交线路，方便市民夜间出行",
    "本地高校学生志愿者走进社区，为老人讲解智能手机使用方法",
]

# A page's menu of sections and its footer, closing its text.
PAGE_FOOT = [
    "過去の記事",
    "カテゴリ",
    "レビュー",
    "取材",
    "インタビュー",
    "モバイル",
    "ソフトウェア",
    "ネットサービス",
    "ハードウェア",
    "サイエンス",
    "動画",
    "ゲーム",
    "デザイン",
    "お知らせ",
    "サイト内検索",
    "お問い合わせ",
    "広告掲載について",
    "採用情報",
    "Copyright © 2026 Example Media. All rights reserved.",
]

ZH_LONG_ITEM = "市政府宣布明年起对全市老旧小区进行改造，重点解决停车难、管线老化和公共空间不足等居民最关心的问题"

CLOSING_LISTS = [
    # (title, paragraphs, header, items)
    (
        JA_TITLE,
        JA_PARAS,
        "・関連記事",
        [JA_ITEMS[0], JA_LONG_ITEMS[0], *JA_ITEMS[1:]],
    ),  # the reported form: a CJK bullet before the header
    (JA_TITLE, JA_PARAS, "新着記事12件", [JA_ITEMS[2], JA_LONG_ITEMS[2], *JA_ITEMS[:2]]),  # "latest articles (12)"
    (ZH_TITLE, ZH_PARAS, "最新文章", [ZH_ITEMS[0], ZH_LONG_ITEM, *ZH_ITEMS[1:]]),  # Chinese "latest articles"
]


@pytest.mark.parametrize(
    "title,paras,header,items", CLOSING_LISTS, ids=["reported-bulleted", "japanese-latest-count", "chinese-latest"]
)
def test_cjk_closing_headline_list(tmp_path: Path, title: str, paras: list[str], header: str, items: list[str]) -> None:
    # A whole page's text: the list, then the site's own menu and footer under it.
    art = text_article(tmp_path, [title, *paras, header, *items, *PAGE_FOOT])  # (items: one long headline among them)
    assert [kind_at(art, p) for p in paras] == ["content"] * len(paras)
    assert kind_at(art, header) == "headline-list"
    assert [kind_at(art, item) for item in items] == ["headline-list"] * len(items)


LONG_LISTS = [
    # (header, items: one or more headlines over 22 words among short ones)
    ("最新ニュース40件", [JA_ITEMS[0], *JA_LONG_ITEMS[:2], JA_ITEMS[1]]),  # the reported form
    ("関連記事", [JA_ITEMS[0], JA_LONG_ITEMS[2], JA_ITEMS[2]]),
    ("・関連コンテンツ", [JA_ITEMS[1], JA_LONG_ITEMS[1], JA_ITEMS[0], JA_LONG_ITEMS[2], JA_ITEMS[2]]),
]


@pytest.mark.parametrize("header,items", LONG_LISTS, ids=["reported-latest", "related-one-long", "content-two-long"])
def test_cjk_list_goes_on_through_long_headlines(tmp_path: Path, header: str, items: list[str]) -> None:
    art = text_article(tmp_path, [JA_TITLE, *JA_PARAS, header, *items])
    assert [kind_at(art, p) for p in JA_PARAS] == ["content"] * len(JA_PARAS)
    assert [kind_at(art, item) for item in items] == ["headline-list"] * len(items)


# --- A caption closed by "NAME via AGENCY" ---------------------------------------------------------

EN_PARAS = [
    "The fidget spinner craze has been sweeping elementary and middle schools, and every one of the ten"
    " best-selling toys on the largest online store was some form of the gadget this week.",
    "But some teachers are banning them from classrooms. Experts also challenge the idea that spinners"
    " are good for anything more than a few minutes of fun between lessons and homework.",
    "My research group has taken a deep look at how people use fidget items over the last several years,"
    " and what we found suggests that these toys are not all alike in what they do for us.",
    "The items that therapists recommend are primarily tactile: a user holds one in a hand and can work"
    " it without looking at it, which leaves the eyes free for the teacher and the board.",
]
CAPTIONS = [
    "Balancing and doing tricks requires visual attention. ThamKC via shutterstock.com",  # reported
    "Students compare their spinners before a lesson in Halvik. Kari Lund via Getty Images",
    "A flick, a spin and a fad? dark dwarf via Flickr",
]


@pytest.mark.parametrize("caption", CAPTIONS, ids=["reported-stock-site", "agency-name", "free-photo-site"])
def test_caption_closed_by_via_credit(tmp_path: Path, caption: str) -> None:
    art = text_article(tmp_path, ["Fidget toys aren't just hype", EN_PARAS[0], caption, *EN_PARAS[1:]], sep="\n\n")
    assert kind_at(art, caption) == "caption"
    assert [kind_at(art, p) for p in EN_PARAS] == ["content"] * len(EN_PARAS)


def test_sentence_naming_an_agency_after_via_stays(tmp_path: Path) -> None:
    """A sentence of the article that ends with "via Reuters." is no credit: it closes with a full stop."""
    line = "The statement reached newsrooms late on Friday. It was sent out via Reuters."
    art = text_article(tmp_path, ["Fidget toys aren't just hype", EN_PARAS[0], line, *EN_PARAS[1:]], sep="\n\n")
    assert kind_at(art, line) == "content"


# --- A publisher's description of itself ------------------------------------------------------------

AP_PARAS = [
    "SYDNEY (AP) — Five workers were killed when part of a gold mine collapsed in remote Western Australia"
    " early Saturday, officials said Sunday, as rescuers drilled toward a chamber where two more were sheltering.",
    "The collapse at the Brindabella Deep mine happened at about 3:10 a.m. Saturday, when 24 people were"
    " working underground, according to the state's Department of Fire and Emergency Services.",
    "Ostrander Gold, which operates the mine, said it had created a relief fund of 2.5 million Australian"
    " dollars ($1.6 million) for the families of those killed and injured.",
]
TAGLINES = [
    "The Associated Press is an independent global news organization dedicated to factual reporting.",  # reported
    "ProPublica is an independent, nonprofit newsroom that produces investigative journalism with moral force.",
    "Goldfields Wire is a nonpartisan, member-supported news service covering the mining towns of the state's east.",
]


@pytest.mark.parametrize("tagline", TAGLINES, ids=["reported-ap", "nonprofit-newsroom", "member-supported-service"])
def test_publisher_description_closing_story(tmp_path: Path, tagline: str) -> None:
    title = "5 killed in Australian gold mine collapse; 2 missing"
    art = text_article(tmp_path, [title, "By MARGUERITE DELACROIX Associated Press", *AP_PARAS, tagline], sep="\n\n")
    assert kind_at(art, tagline) == "attribution"
    assert [kind_at(art, p) for p in AP_PARAS] == ["content"] * len(AP_PARAS)


def test_story_describing_an_outlet_stays(tmp_path: Path) -> None:
    """A sentence about an outlet, naming it a news organization without a word of its independence
    or funding, is the story's."""
    line = "Al Jazeera is a Qatari state-funded news organization with bureaus in more than seventy countries."
    title = "5 killed in Australian gold mine collapse; 2 missing"
    art = text_article(tmp_path, [title, *AP_PARAS[:2], line, AP_PARAS[2]], sep="\n\n")
    assert kind_at(art, line) == "content"
