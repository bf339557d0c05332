"""Article text that the boilerplate split dropped on whole pages (issue 14, tuning half unseen5,
mostly blogs), one kind per section: the reported shape first, then variants of our own. Every
page here is written for the test; none is copied from the evaluation pages.
"""

from __future__ import annotations

from pathlib import Path

from test_noise_kinds import kinds

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

# ---------------------------------------------------------------------------------------------
# Chinese and Japanese blogs written a clause a line, no full stop at the lines' ends (a photo
# blog's text between its pictures): the whole article had no prose by the sentence rules, and
# a sidebar blurb was taken for it.

_ZH_MENU = ["首頁", "文章", "相簿", "留言板", "登入", "部落格分類：旅遊", "熱門文章", "露營地圖", "關於我"]
_ZH_SIDEBAR = [
    "我們是一對喜歡到處走走的夫妻 熱愛大自然也喜歡用相機記錄生活中的每一個美好片段。歡迎常來坐坐！",
]
_ZH_LINES = [
    "清晨出發時山區還下著毛毛細雨 沿著蜿蜒的產業道路慢慢往上爬升",
    "過了第三個髮夾彎之後雲霧漸漸散開 遠方的稜線終於露出了輪廓",
    "營地主人早已在入口處等候 親切地招呼我們把車停在大樹底下",
    "這片草地去年才重新整理過 排水做得很好即使下雨也不會積水",
    "孩子們一下車就往溪邊跑去 找尋石頭底下躲藏的小螃蟹和蝌蚪",
    "搭好帳篷之後泡了一壺高山茶 坐在椅子上聽著溪水聲什麼都不想",
    "午後陽光從樹葉縫隙灑落下來 整片林子像是被點亮了一樣好看",
    "傍晚時分隔壁營位的朋友送來烤玉米 大家圍著火爐聊得很開心",
    "入夜之後氣溫降得很快 趕緊換上厚外套再煮一鍋熱湯暖暖身子",
    "滿天星斗就在頭頂上閃爍 這是在城市裡怎麼也看不到的景色",
    "隔天一早被鳥叫聲喚醒 拉開帳篷門就看到陽光照在對面的山頭",
    "收拾裝備時還真有點捨不得 約好明年楓紅的季節一定要再回來",
]
_ZH_AFTER = [
    "留言列表 (3)",
    "#1 小芳 於 2024/11/02 21:15",
    "照片好美 看了也想去露營",
    "#2 阿德 於 2024/11/03 08:40",
    "請問營地有提供熱水嗎",
    "上一篇：海邊小鎮散步記",
    "下一篇：溪谷秘境一日遊",
    "© 2024 山居筆記 版權所有",
    "隱私權政策",
    "服務條款",
    "回到頂端",
]

# A Japanese variant: a travel blog's lines, each a sentence or two without 。 at its end.
_JA_LINES = [
    "朝早く駅を出発して山道をゆっくりと登っていきました 途中で雨が少し降りました",
    "峠を越えると雲が晴れて遠くの山並みがはっきりと見えるようになりました",
    "宿の主人が入口で待っていてくれて車を大きな木の下に停めるよう案内してくれました",
    "子どもたちは着いてすぐに川辺へ走っていき石の下の小さな蟹を探していました",
    "テントを張り終えてからお茶を入れて川の音を聞きながらのんびり過ごしました",
    "午後になると木漏れ日が差し込んで林全体が明るく輝いているように見えました",
    "夕方には隣のキャンプの人たちが焼きとうもろこしを分けてくれて楽しく話しました",
    "夜になると気温が急に下がったので厚い上着を着て温かいスープを作りました",
    "空いっぱいの星が頭の上できらきらと輝いていて都会では見られない景色でした",
    "翌朝は鳥の声で目が覚めてテントを開けると向かいの山に朝日が当たっていました",
    "片付けをしながら少し名残惜しくなって来年の紅葉の季節にまた来ようと約束しました",
]
_JA_MENU = ["ホーム", "記事一覧", "カテゴリー", "お問い合わせ", "ログイン", "人気の記事", "アーカイブ", "タグ", "検索"]
_JA_AFTER = [
    "コメント (2)",
    "前の記事：海辺の町を歩く",
    "次の記事：渓谷の秘境へ",
    "© 2024 山の記録",
    "プライバシーポリシー",
]


def _blog(menu: list[str], headline: str, stamp: str, lines: list[str], after: list[str]) -> str:
    return "\n".join([*menu, *_ZH_SIDEBAR, stamp, headline, *lines, *after, *menu]) + "\n"


def test_a_chinese_blog_written_a_clause_a_line_is_the_article() -> None:
    headline = "溪邊營地露營記 滿天星斗的山中夜晚"
    got = kinds(_blog(_ZH_MENU, headline, "Nov 02 Sat 2024 20:31", _ZH_LINES, _ZH_AFTER))
    assert [got[line] for line in _ZH_LINES] == ["content"] * len(_ZH_LINES), got
    assert got[headline] == "content"
    around = [*_ZH_MENU, *_ZH_AFTER]
    assert sum(got.get(line, "content") != "content" for line in around) >= len(around) - 2, got


def test_a_japanese_blog_written_a_sentence_a_line_without_full_stops_is_the_article() -> None:
    got = kinds(_blog(_JA_MENU, "雨上がりの渓谷でキャンプ", "2024年11月2日", _JA_LINES, _JA_AFTER))
    assert [got[line] for line in _JA_LINES] == ["content"] * len(_JA_LINES), got
    around = [*_JA_MENU, *_JA_AFTER]
    assert sum(got.get(line, "content") != "content" for line in around) >= len(around) - 2, got


def test_a_short_list_of_other_stories_headlines_of_that_shape_stays_boilerplate() -> None:
    """Other stories' headlines look the same line by line; a list of eight is still a list."""
    article = [
        "新华社北京11月2日电 记者从有关部门获悉，今年前十个月全国铁路旅客发送量同比增长，创历史同期新高。",
        "据介绍，为满足旅客出行需求，铁路部门优化列车开行方案，增开夜间高铁和旅游专列，运力持续提升。",
        "有关负责人表示，下一步将继续完善服务措施，推出更多便民举措，让旅客出行更加便捷舒适。",
    ]
    headlines = [
        "多地出台新举措 支持新能源汽车下乡促进农村消费",
        "全国秋粮收获过半 各地抢抓晴好天气加快机收进度",
        "这座千年古城焕发新活力 老街区变身文化旅游打卡地",
        "科研团队取得新突破 新型电池材料能量密度大幅提升",
        "冷空气来袭 北方多地气温骤降局地将迎来初雪天气",
        "跨境电商持续升温 外贸企业借助新渠道开拓海外市场",
        "博物馆之夜活动开启 市民夜游感受传统文化独特魅力",
        "多家银行下调存款利率 专家解读居民理财如何调整",
    ]
    text = "\n".join([*_ZH_MENU, "铁路旅客发送量创新高", *article, "相关新闻", *headlines, *_ZH_AFTER]) + "\n"
    got = kinds(text)
    assert [got[line] for line in article] == ["content"] * len(article), got
    assert all(got[line] != "content" for line in headlines), got


# ---------------------------------------------------------------------------------------------
# A table the article introduces with a sentence ending in ":" and resumes after, saved one cell
# a line: its short cells cost more than the prose after it weighed, and the article ended at the
# table; a "Comment" column header was taken for a comments section owning the rest.

_TABLE_INTRO = "Here is how the fares on the main routes change under the new budget:"
_FARES = [
    "Route",
    "Fare now",
    "Fare from May",
    "Change",
    "Harbour Line",
    "$2.40",
    "$2.10",
    "-12%",
    "Airport Express",
    "$9.80",
    "$8.90",
    "-9%",
    "Night Bus",
    "$3.00",
    "$2.50",
    "-17%",
    "Ferry",
    "$4.20",
    "$4.20",
    "0%",
    "Park and Ride",
    "$1.50",
    "$1.20",
    "-20%",
]
_STATUS_INTRO = "The report lists each project, its state and what the council decided about it:"
_STATUS = [
    "Project",
    "State",
    "Comment",
    "Seafront path",
    "open",
    "Finished early and under budget.",
    "Library roof",
    "delayed",
    "Waiting for the contractor",
    "School kitchens",
    "open",
    "Two of five kitchens done",
    "Bridge repairs",
    "closed",
    "Moved to next year's plan",
]
_MORE = [
    "Transport officials said the cheaper fares would be paid for by a rise in parking charges in the city centre.",
    "Business groups welcomed the change but asked the council to publish its forecasts for the next three years.",
]


def _table_page(intro: str, cells: list[str]) -> tuple[str, list[str]]:
    from test_noise_kinds import FOOTER, MENU, PARAS

    body = [*PARAS[:2], intro, *cells, *PARAS[2:], *_MORE]
    return "\n".join([*MENU, "Council passes budget after long debate", *body, *FOOTER]) + "\n", body


def test_a_table_of_figures_the_article_introduces_stays_with_it() -> None:
    text, body = _table_page(_TABLE_INTRO, _FARES)
    got = kinds(text)
    assert [line for line in body if got[line] != "content"] == [], got


def test_a_comment_column_in_an_introduced_table_does_not_close_the_article() -> None:
    text, body = _table_page(_STATUS_INTRO, _STATUS)
    got = kinds(text)
    assert [line for line in body if got[line] != "content"] == [], got


def test_teasers_under_a_sentence_ending_in_a_colon_stay_boilerplate() -> None:
    """A list of other stories' headlines is no table, even under a sentence of the article and
    with a paragraph after it."""
    from test_noise_kinds import FOOTER, MENU, PARAS

    teasers = [
        "Mayor Promises Faster Repairs To City Roads",
        "Harbour Festival Returns With Record Crowds",
        "New School Opens Its Doors To First Pupils",
        "Police Appeal For Witnesses After Late Crash",
        "Storm Warning Issued For The Coast This Week",
    ]
    reader = "I have lived here forty years and the council has never once kept its promise about the roads."
    lines = [
        *MENU,
        "Council passes budget after long debate",
        *PARAS,
        "You can watch the whole debate in the videos below:",
        *teasers,
    ]
    got = kinds("\n".join([*lines, reader, *FOOTER]) + "\n")
    assert [got[p] for p in PARAS] == ["content"] * len(PARAS)
    assert all(got[t] != "content" for t in teasers), got


# ---------------------------------------------------------------------------------------------
# A table in HTML: the extractor drops a cell that is only a link and keeps the row with an empty
# cell; the page's lines hold one cell each. Neither matched the other, so the cells were shown
# as left-out lines and the rows (cells missing) again, as a "breadcrumb or menu row".

_HTML_PARAS = [
    "The city council approved a new budget on Tuesday after a long debate about spending on roads and schools.",
    "Council members said the plan would raise spending on maintenance by a fifth while keeping taxes flat.",
    "Transport officials said the cheaper fares would be paid for by a rise in parking charges in the city centre.",
    "Business groups welcomed the change but asked the council to publish its forecasts for the next three years.",
]
_ROUTES = [
    ("Harbour Line", "$2.40", "$2.10", "-12%"),
    ("Airport Express", "$9.80", "$8.90", "-9%"),
    ("Night Bus", "$3.00", "$2.50", "-17%"),
    ("Park and Ride", "$1.50", "$1.20", "-20%"),
]


def _html_page(table: str) -> str:
    nav = "".join(f'<li><a href="/{w.lower()}">{w}</a></li>' for w in ("Home", "News", "Sport", "Weather", "Opinion"))
    paras = [f"<p>{p}</p>" for p in _HTML_PARAS]
    body = "".join([*paras[:2], "<p>Here is how the fares on the main routes change:</p>", table, *paras[2:]])
    footer = "<footer><p>© 2025 Harbour Courier Media. All rights reserved.</p><p>Privacy policy</p></footer>"
    return (
        "<html><head><title>Council passes budget</title></head><body>"
        f"<nav><ul>{nav}</ul></nav><article><h1>Council passes budget</h1>{body}</article>{footer}</body></html>"
    )


def _read_html(tmp_path: Path, page: str) -> tuple[str, dict[str, str]]:
    (tmp_path / "fares.html").write_text(page, encoding="utf-8")
    article = Corpus.scan(tmp_path).article("fares")
    split = split_noise(article)
    got = {s.text: "content" for s in split.content}
    got.update({s.text: s.kind for s in split.noise})
    return article.text, got


def test_an_html_table_with_link_cells_is_shown_once_as_rows_of_the_article(tmp_path: Path) -> None:
    head = "<tr><th>Route</th><th>Fare now</th><th>Fare from May</th><th>Change</th></tr>"
    rows = "".join(
        f'<tr><td><a href="/routes/{r[0].lower().replace(" ", "-")}">{r[0]}</a></td>'
        + "".join(f"<td>{c}</td>" for c in r[1:])
        + "</tr>"
        for r in _ROUTES
    )
    text, got = _read_html(tmp_path, _html_page(f"<table>{head}{rows}</table>"))
    for route in _ROUTES:
        line = " | ".join(route)
        assert got.get(line) == "content", (line, got)
        assert text.count(route[1]) == 1, text  # each cell once: no left-out copy of the table
    assert got.get("Route | Fare now | Fare from May | Change") == "content", got
    assert all(got[p] == "content" for p in _HTML_PARAS)


def test_an_html_table_with_an_empty_corner_cell_keeps_its_header_row(tmp_path: Path) -> None:
    """A header row over a first column of names starts with an empty cell; image-only cells
    are empty too: the row is a table's, not a menu row."""
    head = "<tr><td></td><th>Draft</th><th>Review</th><th>Final</th></tr>"
    rows = "".join(
        f'<tr><td>{name}</td><td><img src="ok.png"></td><td><img src="ok.png"></td><td></td></tr>'
        for name in ("Load screen", "Save screen", "Settings screen", "Map editor")
    )
    text, got = _read_html(tmp_path, _html_page(f"<table>{head}{rows}</table>"))
    header = next(line for line in got if "Draft" in line and "Review" in line)
    assert got[header] == "content", got
    assert text.count("Draft") == 1, text


def test_a_plain_text_table_row_written_with_bars_is_no_menu_row() -> None:
    from test_noise_kinds import FOOTER, MENU, PARAS

    rows = [" | ".join(r) for r in _ROUTES]
    menu_row = "World | Business | Tech | Sport"
    lines = [*MENU, menu_row, "Council passes budget after long debate", *PARAS[:2], *rows, *PARAS[2:], *FOOTER]
    got = kinds("\n".join(lines) + "\n")
    assert [got[r] for r in rows] == ["content"] * len(rows), got
    assert got[menu_row] == "navigation"


# ---------------------------------------------------------------------------------------------
# A paragraph with a link before its punctuation: the page's text puts a space after the link
# ("install gstreamer . Then"), the extractor's does not, so the page's line matched no main line
# and the paragraph was shown twice, once as a left-out line.


def test_a_paragraph_with_a_link_before_its_full_stop_is_shown_once(tmp_path: Path) -> None:
    para = (
        'So I gave up on that and tried to install <a href="/g">the other player</a>. It failed too, '
        'and the <a href="/faq">FAQ</a>, which I read twice, said nothing about it.'
    )
    body = "".join(f"<p>{p}</p>" for p in _HTML_PARAS[:2]) + f"<p>{para}</p>"
    body += "".join(f"<p>{p}</p>" for p in _HTML_PARAS[2:])
    page = f"<html><head><title>Players</title></head><body><article><h1>Players</h1>{body}</article></body></html>"
    (tmp_path / "players.html").write_text(page, encoding="utf-8")
    article = Corpus.scan(tmp_path).article("players")
    assert article.text.count("said nothing about it") == 1, article.text
    split = split_noise(article)
    assert any("said nothing about it" in s.text for s in split.content)


def test_a_more_news_header_and_an_arrowed_previous_link_are_boilerplate() -> None:
    from test_noise_kinds import FOOTER, MENU, PARAS

    teasers = ["Harbour Festival Returns With Record Crowds", "New School Opens Its Doors To First Pupils"]
    lines = [*MENU, "Council passes budget after long debate", *PARAS, "More local news:", *teasers]
    got = kinds("\n".join([*lines, "← Previous: Harbour dredging to start in May", *FOOTER]) + "\n")
    assert got["More local news:"] == "headline-list"
    assert all(got[t] == "headline-list" for t in teasers), got
    assert got["← Previous: Harbour dredging to start in May"] == "navigation"


# ---------------------------------------------------------------------------------------------
# Text the HTML extractor leaves out between the article's paragraphs (a bare answer under an
# FAQ heading, a quoted passage): written as sentences, in no part of the page that names its
# kind, with the main text on both sides, it is the article's.


def _faq_page(answer: str, extra: str = "") -> str:
    p = _HTML_PARAS
    body = (
        f"<div><p>{p[0]}</p><p>{p[1]}</p><br><h2>Will the council publish the forecasts?</h2>{answer}<br>"
        f"{extra}<h2>When will the new fares start?</h2><p>{p[2]}</p><p>{p[3]}</p></div>"
    )
    return (
        "<html><head><title>Budget</title></head><body><nav><a href='/'>Home</a> <a href='/n'>News</a></nav>"
        f"<article><h1>Budget</h1>{body}</article><footer>© 2025 Courier. All rights reserved.</footer></body></html>"
    )


def test_an_answer_the_extractor_leaves_out_between_headings_is_the_articles(tmp_path: Path) -> None:
    answer = "It has promised to, and the opposition says it will hold the council to that promise before the vote."
    _text, got = _read_html(tmp_path, _faq_page(answer))
    assert got[answer] == "content", got
    assert got["© 2025 Courier. All rights reserved."] == "legal"


def test_two_left_out_sentences_and_a_fragment_between_paragraphs_are_the_articles(tmp_path: Path) -> None:
    lines = ["It has promised to.", "The opposition says it will hold the council to that;", "and it means it."]
    _text, got = _read_html(tmp_path, _faq_page("<br>".join(lines)))
    # (The fragment goes on the sentence a <br> broke before it: one line since s33-a, whose lines
    # a <br> hard-wraps are one paragraph, html_lines._wrapped_lines.)
    shown = [lines[0], f"{lines[1]} {lines[2]}"]
    assert [got[line] for line in shown] == ["content"] * len(shown), got


def test_a_left_out_share_box_between_paragraphs_stays_boilerplate(tmp_path: Path) -> None:
    answer = "It has promised to, and the opposition says it will hold the council to that promise before the vote."
    share = '<div class="share-tools">Share this story with your friends, it helps us reach more readers.</div>'
    _text, got = _read_html(tmp_path, _faq_page(answer, share))
    assert got[answer] == "content", got
    assert got["Share this story with your friends, it helps us reach more readers."] == "call-to-action"


def _classify_left_out(lines: list[tuple[str, str | bool | None]]) -> list[str]:
    """Kinds of HTML blocks given as (text, hint): hint False for the main text, else the
    left-out line's kind hint (None when the page names none)."""
    from waic_reader.index.analysis.noise import classify_article
    from waic_reader.index.corpus.blocks import Block

    blocks, discarded, pos = [], {}, 0
    for i, (text, hint) in enumerate(lines):
        blocks.append(Block(pos, pos + len(text), "paragraph", text))
        pos += len(text) + 1
        if hint is not False:
            discarded[i] = (hint, "the page")
    return [lab[0] if lab else "content" for lab in classify_article(blocks, discarded)]


def test_left_out_text_beside_an_advert_and_a_caption_is_the_articles_but_a_lone_title_is_not() -> None:
    p = _HTML_PARAS
    around = [("Video Ad Feedback", "advertisement"), ("0:45 - Source: Courier", "caption")]
    sentence = "The mayor said after the vote that the roads would come first, whatever the cost."
    title = "Hear what the mayor said after the vote on the budget"
    for line, kept in ((sentence, True), (title, False)):
        lines = [(p[0], False), (p[1], False), around[0], (line, None), around[1], (p[2], False), (p[3], False)]
        got = _classify_left_out(lines)
        assert (got[3] == "content") is kept, (line, got)
        assert got[2] == "advertisement" and got[4] == "caption"


# ---------------------------------------------------------------------------------------------
# A blog's table of contents between its introduction and its body: short lines that cost more
# than the introduction weighed, so the introduction (and the headline over it) were cut off.

_SECTIONS = [
    ("Why the fares change", "The council says the old fares no longer cover the cost of running the night services."),
    ("Who pays more", "Drivers who park in the centre will pay more, and the money goes to the buses and ferries."),
    (
        "What the critics say",
        "Opponents argue that the forecasts of parking income are far too optimistic for a small city.",
    ),
    ("When it starts", "The new fares start in May, and the parking charges follow a month later, in June."),
    ("What comes next", "The council will review both changes after a year and publish what it finds in the spring."),
]
_INTRO = [
    "Bus and ferry fares in the city are about to fall for the first time in a decade, and not everyone is happy.",
    "Here is what the council decided on Tuesday, who will pay for it, and what happens next for the people who use them.",
]


def _contents_page(header: list[str]) -> tuple[str, list[str]]:
    from test_noise_kinds import FOOTER, MENU

    body: list[str] = []
    for title, para in _SECTIONS:
        body += [title, para, para.replace("The council", "Officials").replace("council", "city")]
    contents = [title for title, _ in _SECTIONS]
    lines = [*MENU, "Cheaper fares, dearer parking: the council's plan", *_INTRO, *header, *contents, *body, *FOOTER]
    return "\n".join(lines) + "\n", contents


def test_a_table_of_contents_between_the_introduction_and_the_body_keeps_the_introduction() -> None:
    text, contents = _contents_page(["Table of Contents"])
    got = kinds(text)
    assert [got[p] for p in _INTRO] == ["content"] * len(_INTRO), got
    assert got["Cheaper fares, dearer parking: the council's plan"] == "content"
    assert [got[c] for c in contents] == ["content"] * len(contents)
    assert got["Table of Contents"] == "navigation"


def test_a_table_of_contents_under_another_header_and_a_photo_credit_keeps_the_introduction() -> None:
    text, _contents = _contents_page(["Photo by Jane Roe on Unsplash", "In this article"])
    got = kinds(text)
    assert [got[p] for p in _INTRO] == ["content"] * len(_INTRO), got
    assert got["Photo by Jane Roe on Unsplash"] == "caption"
    assert got["In this article"] == "navigation"


def test_a_menu_shown_again_in_the_footer_is_no_table_of_contents() -> None:
    from test_noise_kinds import PARAS, make

    menu = ["World news", "Local news", "Business news", "Culture and arts", "Weather today"]
    lines = [*menu, "Council passes budget after long debate", *PARAS, *menu, "© 2025 Harbour Courier Media"]
    segments = split_noise(make("\n".join(lines) + "\n")).segments()
    # Both showings of the menu, the one over the article included, are its menu.
    assert [s.text for s in segments if s.reason] == [*menu, *menu, "© 2025 Harbour Courier Media"], segments


# ---------------------------------------------------------------------------------------------
# A blog's headline over its furniture: a category line under the byline ("in Featured Article
# …", a fragment starting with a function word) was taken for the headline; the headline shown
# again in a share row ("Share The 21 best …") took the place of the real one and its
# standfirst; a byline with a decoration before "By" was not seen as one.


def _headline_page(head: list[str]) -> str:
    from test_noise_kinds import FOOTER, MENU, PARAS

    return "\n".join([*MENU, *head, *PARAS, *FOOTER]) + "\n"


def test_a_category_line_under_the_byline_is_not_the_headline() -> None:
    headline = "Council budget passes after a long debate"
    category = "in Featured Article Council Budget Roads Schools"
    head = [headline, "Older Article", "Newer Article", "on March 10, 2025 by Jane Roe", category, "2 comments"]
    got = kinds(_headline_page(head))
    assert got[headline] == "content", got
    assert got[category] != "content"


def test_the_headline_shown_again_in_a_share_row_does_not_displace_it() -> None:
    headline = "The council's budget in ten charts"
    standfirst = "How the city will spend its money next year, from roads and schools to the new ferry timetable."
    head = [
        headline,
        standfirst,
        "By Jane Roe Updated Mar 4, 2025, 2:15pm EST",
        "Share Tweet Share",
        f"Share {headline}",
    ]
    got = kinds(_headline_page(head))
    assert got[headline] == "content", got
    assert got[standfirst] == "content"


def test_a_decorated_byline_marks_the_headline_over_it() -> None:
    headline = "How the council built its budget model"
    head = ["Topics", "Roads", "Schools", "Budget", "Ferries", headline, "// By Jane Roe • Mar 4, 2025"]
    got = kinds(_headline_page(head))
    assert got[headline] == "content", got
    assert got["Roads"] != "content"


def test_a_link_before_punctuation_gets_no_space_before_it_in_the_text_shown(tmp_path: Path) -> None:
    """The page's own lines are shown where they make up a main line: a link before its
    sentence's full stop or comma read "the specification . For example" (and a reader's
    search for "specification." missed it); links side by side stay apart."""
    para = (
        'The rules are set out <span>in the <a href="/spec">specification</a>. For example,<br>you may not '
        'set the <a href="/h">header</a>, and <a href="/a">this</a> <a href="/b">that</a> stay apart.</span>'
    )
    body = "".join(f"<p>{p}</p>" for p in _HTML_PARAS[:2]) + f"<p>{para}</p>"
    body += "".join(f"<p>{p}</p>" for p in _HTML_PARAS[2:])
    page = f"<html><head><title>Rules</title></head><body><article><h1>Rules</h1>{body}</article></body></html>"
    (tmp_path / "rules.html").write_text(page, encoding="utf-8")
    text = Corpus.scan(tmp_path).article("rules").text
    assert "specification. For example" in text, text
    assert "header, and" in text
    assert "this that" in text


# ---------------------------------------------------------------------------------------------
# A series of figures on a line of its own ("2, 3, 5, 2, 3, 12, 5, 3, 4") read as a date stamp
# (every word a number) and went to boilerplate as a byline.


def test_a_series_of_numbers_is_the_articles_not_a_date_stamp() -> None:
    from test_noise_kinds import FOOTER, MENU, PARAS

    series = ["2, 3, 5, 2, 3, 12, 5, 3, 4", "10 20 30 40 50 60", "1.5, 2.5, 3.5, 4.5"]
    stamp = "March 3, 2025, 10:30"
    lines = [*MENU, "Council passes budget after long debate", stamp, PARAS[0], series[0], PARAS[1]]
    lines += [series[1], PARAS[2], series[2], PARAS[3], *FOOTER]
    got = kinds("\n".join(lines) + "\n")
    assert [got[s] for s in series] == ["content"] * len(series), got
    assert got[stamp] == "byline"


# ---------------------------------------------------------------------------------------------
# A ranking's numbered entry heading straight after a "Related" box inside the article was taken
# for the box's last item.

_ENTRY = (
    "{name} is the quiet surprise of the year, a small film about a family business that somehow "
    "manages to say more about the city than any of the big releases did, and it is funny as well."
)


def test_a_numbered_entry_heading_after_a_related_box_ends_the_box() -> None:
    from test_noise_kinds import FOOTER, MENU

    entries = ["3) The Harbour", "2) Night Ferry", "1) The Long Road"]
    intro = "It was a strong year for small films, and these are the three I keep thinking about, counted down."
    lines = [*MENU, "The best films of the year", intro, entries[0], _ENTRY.format(name="The Harbour")]
    lines += ["Related", "The year's best documentaries found new ways to see"]
    lines += [entries[1], _ENTRY.format(name="Night Ferry"), entries[2], _ENTRY.format(name="The Long Road"), *FOOTER]
    got = kinds("\n".join(lines) + "\n")
    assert [got[e] for e in entries] == ["content"] * len(entries), got
    assert got["The year's best documentaries found new ways to see"] == "headline-list"
