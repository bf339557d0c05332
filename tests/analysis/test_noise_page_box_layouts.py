"""Pages whose layout misleads the HTML extractor into taking the page around the article as its
main text (issue #14, round s35-g, unseen30's guancha-1 and gamasutra-1).

1. A page laid out in ``<ul><li>`` boxes: trafilatura's main text is one list item holding the
   headline, the article's paragraphs and the lists of other stories under it (an editor's
   "recent articles", "recommended", a ranking column beside it). Read as one list item, the
   article and those lists were one block: no rule could tell them apart, and the lists were
   kept. The box is read as its parts, and trafilatura's precision mode, when it keeps every
   paragraph of the article, leaves the lists to the page around it.
2. A page set out in layout tables whose small boxes (a pager, a job board, the masthead's staff
   list, a login box) stand in tables of their own over the article's table: the extractor read
   them as the article's data tables. Tables over the article's first paragraph that hold no
   sentence are the page's.

Each kind: the reported shape reduced to an invented page, and two variants of our own (other
languages, other layouts)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus


def article(tmp_path: Path, name: str, text: str) -> Article:
    (tmp_path / name).write_text(text, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return art


def verdicts(art: Article) -> dict[str, str]:
    """Each segment's text (whitespace folded) and its kind, "content" for the article's."""
    split = split_noise(art)
    out = {" ".join(seg.text.split()): "content" for seg in split.content}
    out.update({" ".join(seg.text.split()): seg.kind or "?" for seg in split.noise})
    return out


def kept(got: dict[str, str], line: str) -> bool:
    """Whether ``line`` lies in a content segment (one that holds it whole)."""
    line = " ".join(line.split())
    return any(kind == "content" and line in text for text, kind in got.items())


# -- 1. A page laid out in list boxes -------------------------------------------------------------

BOX_PAGES: dict[str, dict[str, Any]] = {
    "chinese": {
        "title": "江城跨江大桥下月底通车 车程缩短至十分钟",
        "stamp": "2019-09-12 15:10:53 来源：江城日报",
        "paras": [
            "9月12日，江城市交通局在新闻发布会上宣布，城东新建的跨江大桥将于下月底正式通车，届时两岸之间的车程将从四十分钟缩短到十分钟左右。",
            "交通局副局长王立新表示，大桥全长三点二公里，双向六车道，总投资约四十八亿元，施工期间共有两千多名工人参与建设，未发生重大安全事故。",
            "据介绍，大桥通车后，市内将新开五条公交线路经过桥面，并在桥头设置两处换乘站，方便沿线居民出行，预计每天通行车辆可达六万辆次。",
            "一些市民对通车时间表示期待，也有人担心早晚高峰时段桥头路口会出现拥堵，交通局表示将在通车前完成周边道路信号灯的优化调整。",
        ],
        "editor": "责任编辑: 李明",
        "recent_header": "小编最近文章",
        "related_header": "相关推荐",
        "ranking_header": "热门排行",
        "recent": [
            ("江城地铁三号线延长段开工 沿线新增七座车站", "2019-08-30"),
            ("暴雨过后 江城多条道路积水已排除", "2019-08-29"),
        ],
        "related": [
            ("江城机场新航站楼启用 首日旅客超三万人次", "2019-09-11 16:12 交通"),
            ("江城公交票价调整听证会召开", "2019-09-11 10:05"),
            ("江城新建三所中学 九月开学迎新生", "2019-09-10 18:40 教育"),
        ],
        "ranking": ["江城出台新规 外卖电动车须挂牌上路", "江城夜市重新开放 摊位数量增加一倍"],
    },
    "english": {
        "title": "Bridge over the Esk to open next month",
        "stamp": "12 September 2019 15:10 Source: Esk Valley Herald",
        "paras": [
            "The new road bridge over the Esk will open to traffic at the end of next month, the county's "
            "transport office said on Thursday, cutting the drive between the two banks from forty minutes to ten.",
            "The bridge is 3.2 kilometres long, carries six lanes and cost about 480 million pounds, deputy "
            "director Alan Wright told reporters, adding that more than two thousand workers had built it.",
            "Five new bus routes will cross it once it opens, with two interchanges at its ends, and the office "
            "expects some sixty thousand vehicles a day to use it in its first year.",
            "Some residents welcomed the date, while others worried about queues at the junctions at either end "
            "in the rush hours; the office said it would retime the traffic lights before the opening.",
        ],
        "editor": "Editor: Mary Lind",
        "recent_header": "More from this editor",
        "related_header": "Recommended",
        "ranking_header": "Most read",
        "recent": [
            ("Metro line three extension breaks ground", "30 Aug 2019"),
            ("Flooded roads cleared after storm", "29 Aug 2019"),
        ],
        "related": [
            ("New airport terminal welcomes thirty thousand on first day", "11 Sep 2019 16:12 Transport"),
            ("Bus fare hearing draws packed hall", "11 Sep 2019 10:05"),
            ("Three new secondary schools open their doors", "10 Sep 2019 18:40 Education"),
        ],
        "ranking": ["Delivery scooters must carry number plates", "Night market reopens with twice the stalls"],
    },
    "polish": {
        "title": "Nowy most na Wiśle zostanie otwarty w przyszłym miesiącu",
        "stamp": "12 września 2019 15:10 Źródło: Kurier Nadwiślański",
        "paras": [
            "Nowy most drogowy na Wiśle zostanie otwarty dla ruchu pod koniec przyszłego miesiąca, poinformował "
            "w czwartek miejski zarząd dróg, a przejazd między brzegami skróci się z czterdziestu do dziesięciu minut.",
            "Most ma 3,2 kilometra długości i sześć pasów ruchu, a jego budowa kosztowała około 480 milionów złotych, "
            "powiedział zastępca dyrektora Adam Nowak, dodając, że pracowało przy niej ponad dwa tysiące osób.",
            "Po otwarciu przez most pojedzie pięć nowych linii autobusowych, a przy jego końcach powstaną dwa "
            "węzły przesiadkowe; zarząd spodziewa się około sześćdziesięciu tysięcy pojazdów dziennie.",
            "Część mieszkańców cieszy się z terminu, inni obawiają się korków na skrzyżowaniach w godzinach "
            "szczytu; zarząd zapowiedział, że przed otwarciem zmieni ustawienia sygnalizacji świetlnej.",
        ],
        "editor": "Redakcja: Maria Lis",
        "recent_header": "Ostatnie artykuły autora",
        "related_header": "Polecane",
        "ranking_header": "Najczęściej czytane",
        "recent": [
            ("Ruszyła budowa trzeciej linii metra", "30.08.2019"),
            ("Zalane ulice już przejezdne", "29.08.2019"),
        ],
        "related": [
            ("Nowy terminal lotniska przyjął trzydzieści tysięcy pasażerów", "11.09.2019 16:12 Transport"),
            ("Tłumy na wysłuchaniu w sprawie cen biletów", "11.09.2019 10:05"),
            ("Trzy nowe licea otwierają swoje drzwi", "10.09.2019 18:40 Edukacja"),
        ],
        "ranking": [
            "Skutery dostawców z tablicami rejestracyjnymi",
            "Nocny targ wraca z dwukrotnie większą liczbą stoisk",
        ],
    },
}


def box_html(page: dict[str, Any], layout: str) -> str:
    """The article in a ``<li>`` box of a two-column ``<ul>``, the other stories' lists under it in
    the same box (``layout`` "lists": each a list of its own; "links": the recent articles as bare
    links with their dates) and the ranking column in the second box."""
    paras = "".join(f"<p>{p}</p>" for p in page["paras"])
    recent: list[tuple[str, str]] = page["recent"]
    related: list[tuple[str, str]] = page["related"]
    ranking: list[str] = page["ranking"]
    if layout == "links":
        recent_html = "".join(f"<a href='/r/{i}'>{t}</a><span>{d}</span>" for i, (t, d) in enumerate(recent))
    else:
        recent_html = (
            "<ul>" + "".join(f"<li><a href='/r/{i}'>{t}</a> {d}</li>" for i, (t, d) in enumerate(recent)) + "</ul>"
        )
    related_html = "".join(
        f"<li><h4><a href='/n/{i}'>{t}</a></h4><div class='meta'>{d}</div></li>" for i, (t, d) in enumerate(related)
    )
    ranking_html = "".join(f"<a href='/h/{i}'>{t}</a>" for i, t in enumerate(ranking))
    return f"""<html><head><meta charset="utf-8"><title>{page["title"]}</title></head><body>
<div class="header"><a href="/">Home</a> <a href="/city">City</a> <a href="/news">News</a></div>
<div class="content"><div class="main"><ul class="two-col"><li class="left">
<h3>{page["title"]}</h3>
<div class="time">{page["stamp"]}</div>
<div class="content all-txt">{paras}</div>
<ul class="article-other"><li>{page["editor"]}</li></ul>
<div class="img-special"><h4>{page["recent_header"]}</h4>{recent_html}</div>
<ul class="new-left-list"><li><h4>{page["related_header"]}</h4><ul>{related_html}</ul></li></ul>
</li><li class="right"><h4>{page["ranking_header"]}</h4>{ranking_html}</li></ul></div></div>
<div class="footer">About us | Terms | Contact</div></body></html>"""


@pytest.mark.parametrize("layout", ["lists", "links"])
@pytest.mark.parametrize("name", sorted(BOX_PAGES))
def test_page_laid_out_in_list_boxes(tmp_path: Path, name: str, layout: str) -> None:
    page = BOX_PAGES[name]
    got = verdicts(article(tmp_path, f"{name}.html", box_html(page, layout)))
    for para in page["paras"]:
        assert kept(got, para), (para, got)
        # Each paragraph a block of its own, not one list item gluing the box together.
        assert " ".join(para.split()) in got, (para, got)
    others = [t for t, _d in page["recent"]] + [t for t, _d in page["related"]] + list(page["ranking"])
    for line in others:
        assert not kept(got, line), (line, got)


# -- 2. A page set out in layout tables, its small boxes in tables over the article ---------------

TABLE_PAGES: dict[str, dict[str, Any]] = {
    "english": {
        "title": "Porting a console engine to the browser",
        "paras": [
            "Running native code in a browser tab used to mean asking players to install a plugin, and most "
            "of them would not; the studio wanted its engine to start with a single click instead.",
            "The team spent four months moving its renderer to the browser's graphics interface, and the "
            "hardest part was the file system, which has to fetch every asset over the network.",
            "In the end the game loads its first level in twelve seconds on an ordinary connection, and the "
            "rest of its assets arrive in the background while the player is already moving around.",
        ],
        "pager": ["Page 1", "Page 2", "Page 3", "Printer-Friendly Version"],
        "jobs": [
            ("Harbour Games", "Senior Programmer"),
            ("Northlight Studio", "Technical Animator"),
            ("Pixel Mill", "Systems Designer"),
        ],
        "staff": [
            ("Editor-In-Chief:", "Ruth Ellison"),
            ("News Director:", "Paul Otieno"),
            ("News Editors:", "Ana Silva, Tom Brandt, Lee Ho"),
        ],
    },
    "german": {
        "title": "Wie ein Studio seine Engine in den Browser brachte",
        "paras": [
            "Früher mussten Spieler für nativen Code im Browser ein Plugin installieren, und die meisten taten "
            "es nicht; das Studio wollte, dass seine Engine mit einem einzigen Klick startet.",
            "Das Team brauchte vier Monate, um den Renderer auf die Grafikschnittstelle des Browsers zu bringen, "
            "am schwierigsten war das Dateisystem, das jede Datei über das Netz laden muss.",
            "Am Ende lädt das Spiel seine erste Ebene in zwölf Sekunden, und der Rest der Daten kommt im "
            "Hintergrund, während der Spieler sich schon durch die Welt bewegt.",
        ],
        "pager": ["Seite 1", "Seite 2", "Seite 3", "Druckversion"],
        "jobs": [
            ("Hafen Spiele GmbH", "Leitender Programmierer"),
            ("Nordlicht Studio", "Technischer Animator"),
            ("Pixelmühle", "Systemdesigner"),
        ],
        "staff": [
            ("Chefredaktion:", "Ruth Ellwanger"),
            ("Nachrichtenchef:", "Paul Otto"),
            ("Redaktion:", "Anna Seidel, Tom Brandt, Lea Horn"),
        ],
    },
    "polish": {
        "title": "Jak studio przeniosło swój silnik do przeglądarki",
        "paras": [
            "Dawniej uruchomienie natywnego kodu w przeglądarce wymagało instalacji wtyczki, a większość graczy "
            "tego nie robiła; studio chciało, by jego silnik startował jednym kliknięciem.",
            "Zespół przez cztery miesiące przenosił renderer na interfejs graficzny przeglądarki, a najtrudniejszy "
            "okazał się system plików, który każdy zasób musi pobierać przez sieć.",
            "Ostatecznie gra wczytuje pierwszy poziom w dwanaście sekund, a reszta danych dociera w tle, gdy "
            "gracz już porusza się po świecie.",
        ],
        "pager": ["Strona 1", "Strona 2", "Strona 3", "Wersja do druku"],
        "jobs": [
            ("Portowe Gry", "Starszy programista"),
            ("Studio Zorza", "Animator techniczny"),
            ("Młyn Pikseli", "Projektant systemów"),
        ],
        "staff": [
            ("Redaktor naczelny:", "Rut Elska"),
            ("Szef działu:", "Paweł Otto"),
            ("Redakcja:", "Anna Sowa, Tomasz Bród, Lea Hornik"),
        ],
    },
}


def table_html(page: dict[str, Any], side: str) -> str:
    """The page in nested layout tables: a column of small boxes, each a table of its own (a login
    box, a pager, a job board, the masthead's staff list), beside the article's cell (``side``
    "left") or under the page's menu row over it ("top"); the article's cell a table of its own
    (headline row, date row, text row)."""
    paras = "".join(f"<p>{p}</p>" for p in page["paras"])
    pager = "".join(
        f"<tr><td></td><td class='nav'><a href='/p/{i}'>{t}</a></td></tr>" for i, t in enumerate(page["pager"])
    )
    jobs = "".join(
        f"<tr><td></td><td class='jobs'><a href='/j/{i}'>{firm}</a><p>{role}</p></td><td></td></tr>"
        for i, (firm, role) in enumerate(page["jobs"])
    )
    staff = "".join(
        f"<tr><td></td><td class='staff'>{role} <p>{who}</p></td><td></td></tr>" for role, who in page["staff"]
    )
    boxes = (
        "<table><tr><td>Login</td></tr><tr><td><form><input name='e'><input type='submit' value='GO'></form></td></tr></table>"
        f"<table><tr><td class='nav'>{page['title']}</td></tr>{pager}</table>"
        f"<table><tr><td class='jobs'>Jobs</td></tr>{jobs}</table><table>{staff}</table>"
    )
    story = (
        f"<table><tr><td class='title'>{page['title']}</td></tr><tr><td class='date'>August 2, 2012</td></tr>"
        f"<tr><td class='feature-copy'>{paras}</td></tr></table>"
    )
    row = (
        f"<tr><td></td><td width='180' valign='top'>{boxes}</td><td></td><td id='feature'>{story}</td><td></td></tr>"
        if side == "left"
        else f"<tr><td>{boxes}</td></tr><tr><td id='feature'>{story}</td></tr>"
    )
    return f"""<html><head><meta charset="utf-8"><title>{page["title"]}</title></head><body>
<div id="tabs">Our sites: <a href="/">One</a> <a href="/2">Two</a></div>
<div id="wrapper"><table><tr><td><a href="/">news</a> <a href="/f">features</a> <a href="/b">blogs</a></td></tr>
<tr><td><table>{row}</table></td></tr></table></div>
<div class="footer"><a href="/privacy">Privacy</a> <a href="/terms">Terms</a></div></body></html>"""


@pytest.mark.parametrize("side", ["left", "top"])
@pytest.mark.parametrize("name", sorted(TABLE_PAGES))
def test_boxes_over_the_article_in_layout_tables(tmp_path: Path, name: str, side: str) -> None:
    page = TABLE_PAGES[name]
    got = verdicts(article(tmp_path, f"{name}.html", table_html(page, side)))
    for para in page["paras"]:
        assert kept(got, para), (para, got)
    furniture = list(page["pager"]) + [r for _f, r in page["jobs"]] + [w for _r, w in page["staff"]]
    for line in furniture:
        assert not kept(got, line), (line, got)
