"""A Chinese or Japanese article's own bulleted list is the article's: its marks written with no
space after them ("◼︎Cap（Black）各13,200円", "・“DJ”柄：6月20日発売"), an item's sub-items under it
with a second mark, and the list's heading between the article's last paragraph and the list
("アイテム一覧（価格は全て税込）") (issue #14, unseen34 hypebeast-1, round s39-a: the collection's
nine lines were dropped as a headline list, in the saved text and in HTML). Their newsletter's
sign-up prompt after the article is a call to action ("ニュースレターに登録して、…"). The reported
page's lines, and two variants of our own (Chinese, and a flat Japanese list); another list's
header, naming nothing the article talks of, still goes with its items."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_noise_kinds import FOOTER, MENU, PARAS, kinds

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

JA_MENU = ["ホーム", "ファッション", "フットウェア", "アート", "音楽", "ログイン"]
JA_FOOTER = ["この記事を共有する", "会社概要", "お問い合わせ", "プライバシーポリシー", "Copyright © 2026 Example Media"]
ZH_MENU = ["首页", "新闻", "时尚", "科技", "生活", "登录"]
ZH_FOOTER = ["分享到：微信 微博", "关于我们", "联系我们", "隐私政策", "版权所有 © 2026 示例传媒"]

PAGES = {
    # The reported lines (a fashion brand's collection, its items and prices).
    "reported": {
        "menu": JA_MENU,
        "footer": JA_FOOTER,
        "headline": "LAD MUSICIAN が『ドラえもん』とのスペシャルコレクション第3弾を発表",
        "paras": [
            "デザイナー 黒田雄一の手掛ける〈LAD MUSICIAN〉が、『ドラえもん』とのスペシャルコレクション第3弾を発表。6月13日（土）より順次デリバリーを開始する。",
            "今回のコレクションでは、DJやロックバンドをテーマに設定。原作漫画からイメージに合う印象的なコマを厳選し、グラフィックに落とし込んだ。",
            "アイテムは全10種類のグラフィックTシャツを中心に、5種類のキーリング、レコードバッグ、キャップを展開。",
        ],
        "heading": "アイテム一覧（価格は全て税込）",
        "items": [
            "◼︎Graphic T-Shirt（全10柄、サイズ：42/44/46/48、カラー：White/Bone White/Gray/Black）各13,200円",
            "・“ROCK’N’ROLL”柄、“NOTHING”柄：6月13日（土）発売",
            "・“DJ”柄、“HARDCORE”柄：6月20日（土）発売",
            "・“MUCH LOVE しずか”：6月27日（土）発売",
            "◼︎Acrylic Keyring（全5柄）各1,870円：6月13日（土）発売",
            "◼︎Record Shoulder Bag（Sky Blue/Blue Gray/Black）各17,600円：7月上旬発売",
            "◼︎Cap（Black x White/Black x Black）各13,200円：7月上旬発売",
        ],
        "prompt": "ニュースレターに登録して、“最新情報”を見逃さないようにしよう。",
    },
    # A Chinese product launch: "■" items, "●" sub-items, no spaces after the marks.
    "chinese": {
        "menu": ZH_MENU,
        "footer": ZH_FOOTER,
        "headline": "某品牌发布新款户外系列，共推出三类产品",
        "paras": [
            "某户外品牌本周发布了新款户外系列，产品涵盖帐篷、背包和头灯三大类，将于下月起在全国门店陆续发售。",
            "品牌负责人表示，此次系列的重点是轻量化设计，所有产品都比上一代减轻了至少两成的重量。",
            "新系列产品的价格与上一代基本持平，部分产品在首发期间还将提供限时优惠。",
        ],
        "heading": "产品一览（价格均含税）",
        "items": [
            "■超轻帐篷（双人款）售价1,299元",
            "●颜色：绿色、灰色",
            "●重量：1.2公斤",
            "■登山背包（40升）售价899元",
            "■充电头灯（400流明）售价199元",
        ],
        "prompt": "订阅我们的新闻通讯，获取最新产品消息。",
    },
    # A flat Japanese list of a camera's specifications, "・" items alone.
    "flat": {
        "menu": JA_MENU,
        "footer": JA_FOOTER,
        "headline": "新型ミラーレスカメラが登場、小型軽量ボディに高画素センサーを搭載",
        "paras": [
            "カメラメーカー各社が注目する中、新型ミラーレスカメラが来月発売されることが明らかになった。",
            "新しいカメラは小型軽量のボディに高画素センサーを搭載し、旅行や日常の撮影に向くという。",
            "価格は従来モデルとほぼ同じに抑えられ、予約は今週末から受け付けを開始する。",
        ],
        "heading": "新型カメラの主な仕様",
        "items": [
            "・有効画素数：約4,000万画素",
            "・重量：約390g（バッテリー含む）",
            "・動画：4K 60p",
            "・価格：198,000円（税込）",
        ],
        "prompt": "メルマガ登録",
    },
}


def _lines(p: dict) -> list[str]:
    return [*p["menu"], p["headline"], *p["paras"], p["heading"], *p["items"], p["prompt"], *p["footer"]]


@pytest.mark.parametrize("name", sorted(PAGES))
def test_the_articles_bulleted_list_and_its_heading_stay_on_a_saved_page(name: str) -> None:
    p = PAGES[name]
    got = kinds("\n".join(_lines(p)) + "\n")
    for line in [*p["paras"], p["heading"], *p["items"]]:
        assert got[line] == "content", line
    assert got[p["prompt"]] == "call-to-action"
    assert got[p["footer"][-1]] != "content"


def _html(p: dict) -> str:
    menu = "".join(f'<li><a href="/{k}">{m}</a></li>' for k, m in enumerate(p["menu"]))
    body = "".join(f"<p>{t}</p>" for t in [*p["paras"], p["heading"], *p["items"]])
    foot = "".join(f"<p>{t}</p>" for t in p["footer"])
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{p["headline"]}</title></head><body>'
        f"<nav><ul>{menu}</ul></nav><main><article><h1>{p['headline']}</h1>{body}</article></main>"
        f'<div class="signup"><p>{p["prompt"]}</p></div><footer>{foot}</footer></body></html>'
    )


@pytest.mark.parametrize("name", sorted(PAGES))
def test_the_articles_bulleted_list_and_its_heading_stay_in_html(tmp_path: Path, name: str) -> None:
    p = PAGES[name]
    (tmp_path / "page.html").write_text(_html(p), encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    split = split_noise(art)
    content = {" ".join(s.text.split()) for s in split.content}
    for line in [*p["paras"], p["heading"], *p["items"]]:
        assert line in content, line
    assert p["prompt"] not in content


def test_another_lists_header_naming_nothing_of_the_article_still_goes() -> None:
    p = PAGES["reported"]
    teasers = ["人気記事", "・新作スニーカーが発売", "・秋冬コレクションを発表", "・人気ブランドが来日"]
    got = kinds("\n".join([*p["menu"], p["headline"], *p["paras"], *teasers, *p["footer"]]) + "\n")
    for line in p["paras"]:
        assert got[line] == "content", line
    assert got["人気記事"] != "content"


@pytest.mark.parametrize(
    "sentence", ["ニュースレターの登録者数は1万人を超えた。", "同社はニュースレターに登録した読者に割引を提供した。"]
)
def test_a_sentence_about_a_newsletter_is_no_prompt(sentence: str) -> None:
    p = PAGES["reported"]
    paras = [*p["paras"][:2], sentence, p["paras"][2]]
    got = kinds("\n".join([*p["menu"], p["headline"], *paras, *p["footer"]]) + "\n")
    assert got[sentence] == "content"


@pytest.mark.parametrize("header", ["More Must-Reads About the Council", "Budget Stories"])
def test_a_spaced_scripts_header_without_its_colon_over_other_stories_still_goes(header: str) -> None:
    """A header in a spaced script introduces no list of the article's without its colon, even
    sharing a word with the article ("More Must-Reads From TIME" over a TIME article; unseen4 time-1)."""
    teasers = ["• Storm closes coastal road for a second day", "• Fishing quotas cut again", "• New library opens"]
    page = [*MENU, "Council passes budget after long debate", *PARAS, header, *teasers, *FOOTER]
    got = kinds("\n".join(page) + "\n")
    for p in PARAS:
        assert got[p] == "content", p
    assert got[header] != "content"
    for t in teasers:
        assert got[t] != "content", t
