"""A directory the article lists is the article's (issue #14, unseen20): numbered entries, each
over its own "Label: value" lines (a price, a phone number) and a note, between the article's lead
paragraph and its closing notes. By the labelling rules a list inside the article's main span is
content; run by run its short lines had read as menus and teasers, so the page's main text was
taken to be the closing notes alone and the lead, the whole list and the headline went as noise.
And a headline read as prose (a "！" inside it) over its byline line opens no main text: the
headline is sought above the text, not among the menu lines above it. Each case: invented text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

_CASES: dict[str, dict[str, object]] = {
    "zh": {
        "menu": [
            "霞浦网首页手机版客户端 霞浦输入法",
            "登录",
            "首页",
            "本地",
            "国内",
            "国际",
            "财经",
            "体育",
            "娱乐",
            "汽车",
            "视频",
            "专题",
            "旅游",
            "健康",
        ],
        "headline": "这个假期，霞浦二十家博物馆门票减半！市文旅局推出“海湾文化周”优惠",
        "byline": "2025-03-14 09:12:40 作者：林小舟 来源:霞浦网 编辑：周一",
        "lead": "霞浦网记者林小舟3月14日报道：3月20日至3月22日是霞浦海湾文化周，市文化和旅游局联合本市博物馆和景区推出门票半价优惠，下面是参加活动的场馆名单和原价。",
        "heading": "门票半价优惠场馆",
        "entry": "{n}、霞浦第{n}号海湾博物馆",
        "facts": ["成人票原价：{p}元", "儿童票原价：{q}元", "咨询电话：0591-8800{n:02d}"],
        "note": "备注：仅限成人票实行半价优惠，儿童票价格不变，请提前预约。",
        "close": [
            "1、门票半价优惠活动仅限3月20日至22日，部分场馆半价优惠有时间和票种限制，请以场馆公告为准。",
            "2、各场馆半价门票价格请以当天售票窗口公布的价格为准，游客可以通过霞浦网手机版客户端查询，或提前拨打场馆电话咨询。",
            "3、活动期间部分场馆可能出现较长时间排队等候的情况，请游客提前做好出行准备，错峰出行。",
        ],
        "after": ["热点搜索", "霞浦新桥下月通车", "海湾渡轮恢复夜航", "版权声明", "关于我们", "联系我们"],
    },
    "en": {
        "menu": [
            "Home",
            "Log in",
            "News",
            "Local",
            "Business",
            "Sport",
            "Weather",
            "Culture",
            "Travel",
            "Video",
            "Opinion",
            "Jobs",
            "Homes",
            "Cars",
        ],
        "headline": "Twenty Halvik museums halve their prices for the Bay Culture Week",
        "byline": "By Jane Roe | March 14, 2025",
        "lead": "Twenty museums and sights in Halvik will sell tickets at half price from March 20 to March 22 for the town's Bay Culture Week, the tourism office said on Friday. The list below gives each venue's usual prices and its phone number.",
        "heading": "Venues at half price",
        "entry": "{n}. Halvik Harbour Museum No. {n}",
        "facts": ["Adult ticket: {p} euros", "Child ticket: {q} euros", "Last entry: 4.{n:02d} pm"],
        "note": "Note: only adult tickets are sold at half price, and children under six go free.",
        "close": [
            "The half-price offer is valid from March 20 to March 22 only, and some venues limit it to certain hours or ticket types, the office said.",
            "Prices at each venue are those shown at its ticket desk on the day, and visitors are asked to call ahead before they travel.",
            "Queues are expected at the larger museums during the week, so visitors should plan their trips and avoid the busiest hours.",
        ],
        "after": [
            "Most Read",
            "Ferry to Osland cancelled again",
            "New bridge splits Halvik council",
            "Privacy",
            "Contact us",
            "About us",
        ],
    },
    "de": {
        "menu": [
            "Startseite",
            "Anmelden",
            "Nachrichten",
            "Region",
            "Wirtschaft",
            "Sport",
            "Wetter",
            "Kultur",
            "Reise",
            "Video",
            "Meinung",
            "Jobs",
            "Immobilien",
            "Auto",
        ],
        "headline": "Zwanzig Museen in Halvik senken die Preise zur Buchtkulturwoche",
        "byline": "14.03.2025, 09:12 Uhr",
        "lead": "Zwanzig Museen und Sehenswürdigkeiten in Halvik verkaufen vom 20. bis zum 22. März Eintrittskarten zum halben Preis, teilte das Tourismusamt am Freitag mit. Die Liste unten nennt die üblichen Preise jedes Hauses und seine Telefonnummer.",
        "heading": "Häuser zum halben Preis",
        "entry": "{n}. Hafenmuseum Halvik Nr. {n}",
        "facts": ["Erwachsene: {p} Euro", "Kinder: {q} Euro", "Telefon: 0123 4400{n:02d}"],
        "note": "Hinweis: Nur Karten für Erwachsene gibt es zum halben Preis, Kinder unter sechs Jahren haben freien Eintritt.",
        "close": [
            "Das Angebot gilt nur vom 20. bis zum 22. März, und einige Häuser beschränken es auf bestimmte Zeiten oder Kartenarten, sagte das Amt.",
            "Es gelten die Preise, die am jeweiligen Tag an der Kasse des Hauses stehen, und Besucher sollten vor der Fahrt dort anrufen.",
            "In den größeren Museen werden in dieser Woche lange Schlangen erwartet, Besucher sollten ihre Fahrt planen und die vollen Stunden meiden.",
        ],
        "after": [
            "Meistgelesen",
            "Fähre nach Osland fällt wieder aus",
            "Neue Brücke spaltet den Stadtrat",
            "Datenschutz",
            "Kontakt",
            "Impressum",
        ],
    },
}

_ENTRIES = 20


def _directory(case: dict[str, object]) -> list[str]:
    lines: list[str] = []
    facts = case["facts"]
    assert isinstance(facts, list)
    for n in range(1, _ENTRIES + 1):
        lines.append(str(case["entry"]).format(n=n))
        # Entries carry one to three fact lines, every third a note in sentences.
        lines += [f.format(n=n, p=20 + 5 * n, q=10 + 2 * n) for f in facts[: 1 + n % 3]]
        if n % 3 == 0:
            lines.append(str(case["note"]))
    return lines


def _article(tmp_path: Path, text: str) -> Article:
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    corpus = Corpus.scan(tmp_path)
    return corpus.article(next(iter(corpus.entries)))


def _page(case: dict[str, object]) -> tuple[list[str], list[str]]:
    menu, close, after = case["menu"], case["close"], case["after"]
    assert isinstance(menu, list) and isinstance(close, list) and isinstance(after, list)
    article = [str(case["lead"]), str(case["heading"]), *_directory(case), *close]
    return [*menu, str(case["headline"]), str(case["byline"]), *article, *after], article


@pytest.mark.parametrize("lang", sorted(_CASES))
def test_a_numbered_directory_in_the_article_is_content(tmp_path: Path, lang: str) -> None:
    lines, article = _page(_CASES[lang])
    split = split_noise(_article(tmp_path, "\n".join(lines) + "\n"))
    content = {s.text for s in split.content}
    lost = [line for line in article if line not in content]
    assert not lost, lost
    # The page around it is still the page's.
    noise = {s.text for s in split.noise}
    menu = _CASES[lang]["menu"]
    assert isinstance(menu, list)
    assert set(menu[1:]) <= noise


def test_a_headline_read_as_prose_over_its_byline_is_the_title(tmp_path: Path) -> None:
    case = _CASES["zh"]
    lines, _ = _page(case)
    art = _article(tmp_path, "\n".join(lines) + "\n")
    assert art.title == case["headline"]
    split = split_noise(art)
    assert case["headline"] in {s.text for s in split.content}
    # The site's name line above the menu is no headline.
    assert "霞浦网首页手机版客户端 霞浦输入法" in {s.text for s in split.noise}
