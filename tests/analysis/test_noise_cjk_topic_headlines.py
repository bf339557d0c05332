"""Other stories' headlines under a topical heading in Chinese or Japanese, with no colon, are a
headline list, not a list the article introduces (review s39-rv finding 10, round s39-z3): a
flood article's "大雨に関する記事" ("articles about the heavy rain") over four teasers shared
the pair 大雨 with the article and was kept with its teasers. A heading with no colon introduces
the article's list only when its items read as the article's own (a price, a "label：value"
spec, or the article's words), as the collection's and the spec sheet's items do
(test_noise_cjk_bullet_lists). The reported page, and two variants of our own (Chinese, and a
Japanese heading that names no "articles")."""

from __future__ import annotations

import pytest
from test_noise_kinds import kinds

PAGES = {
    # The reported page (s39-rv noise3/page.txt).
    "reported": (
        "東京で大雨、3人死亡",
        [
            "気象庁によると、東京都内では14日夜から記録的な大雨が降り、3人が死亡した。川の水位が急に上がり、多くの住宅が浸水した。",
            "都は約2000人に避難指示を出した。消防によると、行方不明者の捜索が続いている。",
            "警察は15日朝、新たに1人の遺体を発見したと発表した。大雨は16日まで続く見込みだ。",
        ],
        "大雨に関する記事",
        [
            "・九州で大雨、川が氾濫",
            "・新幹線が一時運転見合わせ、強風の影響",
            "・円相場、1ドル＝150円台に下落",
            "・人気アイドルグループが解散を発表",
        ],
        "ニュースレターに登録して、最新ニュースを受け取ろう",
    ),
    # A Chinese storm story, "■" teasers under "台风最新消息" ("typhoon: latest").
    "chinese": (
        "台风登陆广东，多地停课停工",
        [
            "据气象部门消息，今年第5号台风于周二晚间在广东沿海登陆，最大风力达到十二级。",
            "广东多地宣布停课停工，铁路部门取消了数十趟列车，机场航班大面积延误。",
            "当地政府已转移群众两万余人，目前暂无人员伤亡报告。台风预计周四减弱。",
        ],
        "台风最新消息",
        [
            "■台风过后菜价上涨，市民排队抢购",
            "■股市周三小幅收涨，科技股领涨",
            "■某明星宣布结婚，粉丝送上祝福",
            "■新款手机发布，售价创新高",
        ],
        "订阅我们的新闻通讯，获取最新消息。",
    ),
    # A Japanese typhoon story, "・" teasers under "台風の最新情報" (no "記事" in the heading).
    "topic": (
        "台風10号が九州に上陸、交通に乱れ",
        [
            "気象庁によると、台風10号は29日朝、鹿児島県に上陸した。九州では各地で記録的な雨が降っている。",
            "JR九州は在来線の運転を見合わせ、航空各社も多くの便を欠航とした。",
            "台風は今後、勢力を保ったまま北上する見込みで、気象庁は警戒を呼びかけている。",
        ],
        "台風の最新情報",
        [
            "・台風で停電続く、復旧に時間",
            "・日経平均、終値は小幅反発",
            "・人気俳優が結婚を発表、お相手は一般女性",
            "・プロ野球、首位攻防戦は雨天中止",
        ],
        "メルマガ登録",
    ),
}


def _page(name: str) -> tuple[str, list[str], str, list[str]]:
    title, paras, heading, items, prompt = PAGES[name]
    text = "\n\n".join([title, *paras, "\n".join([heading, *items]), prompt]) + "\n"
    return text, paras, heading, items


@pytest.mark.parametrize("name", sorted(PAGES))
def test_other_stories_under_a_topical_heading_without_a_colon_are_noise(name: str) -> None:
    text, paras, heading, items = _page(name)
    got = kinds(text)
    for p in paras:
        assert got[p] == "content", p
    assert got[heading] != "content", heading
    for item in items:
        assert got[item] != "content", item
