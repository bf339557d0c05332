"""One test per boilerplate kind the issue lists: the reported input and two variants of our own.

Each case sits in a short article (ARTICLE), or in a whole page (PAGE: menus above, a footer
below), the way users bring text. What must stay content is tested beside what must go.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article
from waic_reader.index.corpus.titles import derive_outlet, derive_title

PARAS = [
    "The city council approved a new budget on Tuesday after a long debate about spending on roads and schools.",
    "Council members said the plan would raise spending on maintenance by a fifth while keeping taxes flat for a year.",
    "Opponents argued that the figures relied on optimistic forecasts of property tax revenue in the coming years.",
    "The mayor has ten days to sign the budget, and her office said she would do so before the end of the week.",
]
ARTICLE = "Council passes budget after long debate\n" + "\n".join(PARAS) + "\n"
MENU = [
    "Skip to content",
    "Home",
    "News",
    "Local",
    "Politics",
    "Business",
    "Sport",
    "Opinion",
    "Culture",
    "Weather",
    "Sign in",
    "Subscribe",
]
FOOTER = [
    "About us",
    "Contact us",
    "Careers",
    "Advertise with us",
    "Privacy policy",
    "Terms of use",
    "Cookie settings",
    "Site map",
    "RSS feeds",
    "Newsletters",
    "© 2025 Harbour Courier Media. All rights reserved.",
]


def make(text: str) -> Article:
    return Article("t", Path("t.txt"), text, "utf-8", "", True, None, True)


def kinds(text: str) -> dict[str, str]:
    split = split_noise(make(text))
    out = {s.text: "content" for s in split.content}
    out.update({s.text: s.kind for s in split.noise})
    return out


def page(*middle: str, head: tuple[str, ...] = ()) -> str:
    """A saved page: menu, headline, the article's paragraphs with ``middle`` after them, footer."""
    lines = [*MENU, *head, "Council passes budget after long debate", *PARAS, *middle, *FOOTER]
    return "\n".join(lines) + "\n"


def assert_article_kept(got: dict[str, str]) -> None:
    for p in PARAS:
        assert got[p] == "content", p


# ---------------------------------------------------------------------------------------------
# Kinds recognised line by line, anywhere (reported input first, then two variants)

LINE_CASES = [
    ("navigation", ["Skip to content", "toggle main navigation", "Skip to main content"]),
    ("navigation", ["KXYZ News 7 | World", "WXYZ 7 News | Local", "Channel 4 News | Politics"]),
    ("call-to-action", ["Share this article", "Follow us on Facebook", "Subscribe to our newsletter"]),
    ("caption", ["Photograph: Jane Doe/Getty Images", "Credit: Lina Ekberg", "Photo: Tom Lee/AFP via Getty Images"]),
    (
        "caption",
        [
            "Whale expert Hori Parata. Photograph: Adrian Malloch for the Guardian",
            "The mayor at the harbour on Monday. Photo: Tom Lee for the Courier",
            "Council members leave the chamber after the vote. Picture: Ana Ruiz",
        ],
    ),
    (
        "navigation",
        [
            "Mac & i > News > 2015 > KW 15 > 1Password für Mac generiert Einmal-Passwörter",
            "Home > News > Local > Council passes budget after long debate",
            "News / Politics / City hall / Mayor signs the new budget before the weekend",
        ],
    ),
    (
        "byline",
        [
            "Jane Doe writes about energy and climate for the Courier.",
            "Follow Jane Doe on X",
            "Tom Lee reports on city hall and transport.",
        ],
    ),
    (
        "attribution",
        [
            "Reporting by Ana Ruiz; Editing by Tom Lee",
            "(Reporting by Ana Ruiz in Madrid; Writing by Tom Lee; Editing by Kim Park)",
            "Additional reporting by Ana Ruiz",
        ],
    ),
    (
        "legal",
        [
            "Our Standards: The Thomson Reuters Trust Principles.",
            "© 2025 Harbour Courier Media. All rights reserved.",
            "This website uses cookies to improve your experience.",
        ],
    ),
    ("advertisement", ["Advertisement", "Story continues below advertisement", "Sponsored content"]),
    (
        "live-blog",
        ["Key events", "Show key events only", "Please turn on JavaScript to use this feature"],
    ),
    (
        "comments",
        ["Comments (14 posted)", "14 thoughts on “Council passes budget”", "Leave a Reply"],
    ),
    (
        "comments",
        [
            "Your email address will not be published.",
            "Jane says: March 3, 2025 at 10:14 am",
            "Reply",
        ],
    ),
    ("press-release", ["FOR IMMEDIATE RELEASE", "Media contact:", "###"]),
    # Calls to action, comments, captions and bylines seen kept on real pages (issue 14, second
    # round): the page's line first, then two of our own.
    (
        "call-to-action",
        [
            "Click to share on Twitter (Opens in new window)",
            "61Click to share on Facebook (Opens in new window)61",
            "Click to email this to a friend",
        ],
    ),
    (
        "call-to-action",
        [
            "Get Quanta Magazine delivered to your inbox",
            "Cities are changing fast. Keep up with the CityLab Daily newsletter.",
            "The day's best stories, delivered straight to your inbox",
        ],
    ),
    ("call-to-action", ["Sdílet článek", "Partager l'article", "Compartilhe"]),
    ("call-to-action", ["Copiar link", "Copier le lien", "Recevoir la newsletter"]),
    ("call-to-action", ["Like It, Share It!", "Love this, share this", "Like it, share it"]),
    ("comments", ["There are 13 comments", "There are no comments", "There is 1 comment"]),
    (
        "comments",
        [
            "Rarst · March 10, 2017 at 1:26 AM",
            "Sallie Goetsch (rhymes with sketch) · March 10, 2017 at 11:43 PM",
            "harbourgal | 3 March 2025 at 10:14",
        ],
    ),
    (
        "comments",
        ["Sign in to post a reply.", "Log in to leave a comment", "Sorry, we can’t load comments right now."],
    ),
    ("caption", ["GETTY IMAGES", "Reuters/Corbis", "ChinaFotoPress/ChinaFotoPress via Getty Images"]),
    (
        "caption",
        [
            "Workers learning how to fix water main breaks at a training center in Queens.CreditChang W. Lee",
            "The ferry at the harbour wall on Monday.CreditAna Ruiz for the Courier",
            "Council members leave the chamber.Credit Tom Lee",
        ],
    ),
    (
        "caption",
        [
            "Raspberry Pi 3 - A credit card sized PC that only costs $35 - Image: Raspberry Pi Foundation",
            "The new ferry on its first run | Photo: Harbour Courier",
            "The council chamber — Photograph: Ana Ruiz",
        ],
    ),
    ("caption", ["图注：奥尔德林的圣餐杯回到了地球上", "Foto: LA NACION", "Bild: Ana Ruiz/dpa"]),
    (
        "caption",
        ["Gallery: Xbox One X screenshots | 9 Photos", "View this image ›", "Photo gallery: the harbour at night"],
    ),
    ("byline", ["Content Writer", "Senior Political Correspondent", "Staff Photographer"]),
    (
        "byline",
        [
            "LAURIE OAKES IS THE NINE NETWORK POLITICAL EDITOR",
            "JANE DOE IS THE COURIER'S CITY HALL REPORTER",
            "TOM LEE IS A FREELANCE WRITER",
        ],
    ),
    (
        "byline",
        [
            "By Alex Heath, a deputy editor and author of the Command Line newsletter. He’s covered the tech industry for over a decade.",
            "By Ana Ruiz, a reporter for the Courier who covers city hall and transport.",
            "By Tom Lee, our transport correspondent.",
        ],
    ),
]


@pytest.mark.parametrize(
    ("kind", "line"), [(kind, line) for kind, lines in LINE_CASES for line in lines], ids=lambda v: str(v)[:30]
)
def test_line_kind_after_the_article(kind: str, line: str) -> None:
    got = kinds(ARTICLE + line + "\n")
    assert got[line] == kind
    assert_article_kept(got)


# ---------------------------------------------------------------------------------------------
# Kinds that need the page around them


@pytest.mark.parametrize("header", ["Most Popular", "Trending", "Most Viewed", "Top Stories"])
def test_most_popular_lists(header: str) -> None:
    teasers = [
        "Storm closes the coastal road for a second day",
        "Fishing quotas cut again as stocks fall",
        "New library opens in the old post office",
    ]
    got = kinds(ARTICLE + "\n".join([header, *teasers]) + "\n")
    assert got[header] == "headline-list"
    assert all(got[t] == "headline-list" for t in teasers)
    assert_article_kept(got)


@pytest.mark.parametrize("header", ["", "More from the Courier\n", "Read next\n"])
def test_teaser_lists_with_date_and_section_lines(header: str) -> None:
    teasers = (
        "Storm closes the coastal road for a second day\nMarch 3, 2025 | World\n"
        "Fishing quotas cut again as stocks fall\nMarch 2, 2025 | Business\n"
        "New library opens in the old post office\nMarch 1, 2025 | Local\n"
    )
    got = kinds(ARTICLE + header + teasers)
    for line in teasers.splitlines():
        assert got[line] == "headline-list", line
    assert_article_kept(got)


@pytest.mark.parametrize(
    "header",
    ["Comments (14 posted)", "3 thoughts on “Council passes budget after long debate”", "Join the conversation"],
)
def test_comment_section_with_the_comments_themselves(header: str) -> None:
    comments = [
        "Harbourgal says: March 3, 2025 at 10:14 am",
        "About time the council fixed the roads, they have been a disgrace for years and everyone knows it.",
        "Reply",
        "Tom K. says: March 3, 2025 at 11:02 am",
        "Flat taxes for a year is an election promise, not a plan, and we will all pay for it in the end.",
        "Reply",
    ]
    got = kinds(page(header, *comments))
    assert got[header] == "comments"
    for line in comments:
        assert got[line] == "comments", line
    assert_article_kept(got)


@pytest.mark.parametrize("org", ["Acme Robotics", "the Harbour Trust", "Northwind Energy"])
def test_press_release_about_paragraph_and_contacts(org: str) -> None:
    about = f"About {org}"
    blurb = (
        f"{org[0].upper() + org[1:]} is a company founded in 1998 that builds and services equipment for ports "
        "and harbours in twelve countries, with offices in Rotterdam, Singapore and Houston."
    )
    tail = [about, blurb, "Media contact:", "Jane Doe", "Phone: +1 555 0100", "E-mail: press@example.com", "###"]
    got = kinds("FOR IMMEDIATE RELEASE\n" + ARTICLE + "\n".join(tail) + "\n")
    assert got["FOR IMMEDIATE RELEASE"] == "press-release"
    for line in tail:
        assert got[line] == "press-release", line
    assert_article_kept(got)


def test_live_blog_entry_times_stay_content_and_controls_go() -> None:
    text = (
        "Budget vote: live updates\nKey events\nShow key events only\n"
        "Please turn on JavaScript to use this feature\n"
        f"10.41 GMT\n{PARAS[0]}\n10.55 GMT\n{PARAS[1]}\n11:02am\n{PARAS[2]}\n11.20 BST\n{PARAS[3]}\n"
    )
    got = kinds(text)
    for control in ("Key events", "Show key events only", "Please turn on JavaScript to use this feature"):
        assert got[control] == "live-blog"
    for stamp in ("10.41 GMT", "10.55 GMT", "11:02am", "11.20 BST"):
        assert got[stamp] == "content", stamp
    assert_article_kept(got)


def test_whole_page_menus_and_footer_go_and_headings_lists_quotes_stay() -> None:
    body = [
        PARAS[0],
        "What the budget funds",
        PARAS[1],
        "- Road repairs across the northern districts",
        "- Two new primary schools by 2027",
        '"This is a budget for the next decade, not the next election," the mayor said.',
        PARAS[2],
        PARAS[3],
    ]
    text = "\n".join([*MENU, "Council passes budget after long debate", *body, *FOOTER]) + "\n"
    got = kinds(text)
    for line in body:
        assert got[line] == "content", line
    assert got["Council passes budget after long debate"] == "content"
    assert all(got[m] != "content" for m in MENU)
    assert all(got[f] != "content" for f in FOOTER)


def test_clean_article_gets_no_noise() -> None:
    text = "Council passes budget after long debate\n\n" + "\n\n".join(PARAS) + "\n"
    assert split_noise(make(text)).noise == []


# ---------------------------------------------------------------------------------------------
# Title and outlet


def test_title_is_never_a_noise_block() -> None:
    article = make(page())
    assert derive_title(article.blocks, article.sentences) == "Council passes budget after long debate"


@pytest.mark.parametrize(
    ("line", "outlet"),
    [
        ("TOKYO, March 14 (Reuters) - " + PARAS[0], "Reuters"),
        ("LONDON, 3 May (AFP) – " + PARAS[0], "AFP"),
        ("WASHINGTON (AP) — " + PARAS[0], "AP"),
        ("By Jane Doe · Harbour Courier · 14 March 2025", "Harbour Courier"),
        ("By Tom Lee | The Daily Star | March 3, 2025", "The Daily Star"),
        ("By Ana Ruiz • Coastal Times • 2 hours ago", "Coastal Times"),
    ],
)
def test_outlet_from_dateline_or_byline(line: str, outlet: str) -> None:
    article = make(page(head=(line,)) if line.startswith("By") else "\n".join([*MENU, line, *PARAS]) + "\n")
    assert derive_outlet(article.blocks) == outlet


def test_numbered_list_the_article_introduces_stays_content_on_a_page() -> None:
    ranking = [f"{i}. {name}" for i, name in enumerate(["Finland", "Norway", "Australia", "Canada", "Germany"], 1)]
    body = [PARAS[0], PARAS[1], "The overall rankings of the countries were as follows:", *ranking, PARAS[2], PARAS[3]]
    got = kinds("\n".join([*MENU, "Council passes budget after long debate", *body, *FOOTER]) + "\n")
    for line in body:
        assert got[line] == "content", line


def test_chart_labels_between_paragraphs_do_not_split_the_article() -> None:
    chart = ["Interest payments on the debt", "$915", "billion", "600", "300", "0", *[f"’{y}" for y in range(17, 29)]]
    body = [PARAS[0], PARAS[1], *chart, PARAS[2], PARAS[3]]
    got = kinds("\n".join([*MENU, "Council passes budget after long debate", *body, *FOOTER]) + "\n")
    assert_article_kept(got)


# ---------------------------------------------------------------------------------------------
# A saved page's headline far above its body, and pages in Chinese or Japanese

SHARE_ROW = [
    "Share on Facebook",
    "Share on Twitter",
    "Share via Email",
    "More Options",
    "Resize Text",
    "Print Article",
    "Comments",
    "1 of 24",
    "Full Screen",
    "Autoplay",
    "Close",
    "Skip Ad",
]


@pytest.mark.parametrize(
    "between",
    [
        # The reported shape: the headline, its repeat over the article, share buttons and a gallery.
        ["Sign In", "Subscribe", "Council passes budget after long debate", *SHARE_ROW, *SHARE_ROW],
        # A review's score box between the headline and the body.
        ["Jane Doe, @janedoe", "11.03.17 in Politics", *SHARE_ROW, "Scores", "87", "Key Specs", "Pros", "Cons"],
        # Only share rows, twice as long as the window that used to be searched.
        [*SHARE_ROW, *SHARE_ROW, *SHARE_ROW],
    ],
    ids=["repeated-headline", "score-box", "long-share-rows"],
)
def test_headline_far_above_the_body_stays_content_and_is_the_title(between: list[str]) -> None:
    text = "\n".join([*MENU, "Council passes budget after long debate", *between, *PARAS, *FOOTER]) + "\n"
    article = make(text)
    split = split_noise(article)
    assert "Council passes budget after long debate" in {s.text for s in split.content}
    assert_article_kept(kinds(text))
    assert derive_title(article.blocks, article.sentences) == "Council passes budget after long debate"


ZH_MENU = ["首页", "新闻", "国内", "国际", "财经", "科技", "体育", "娱乐", "教育", "登录", "注册"]
ZH_HEADLINE = "市议会经过长时间辩论后通过新预算"
ZH_PARAS = [
    "市议会周二在就道路和学校开支进行长时间辩论后，批准了新的年度预算。",
    "议员们表示，该计划将把维护开支提高五分之一，同时在一年内保持税率不变。",
    "反对者认为，这些数字依赖于对未来几年房产税收入过于乐观的预测。",
    "市长有十天时间签署预算，她的办公室表示，她将在本周结束前签署。",
]
ZH_FOOTER = [
    "相关新闻",
    "暴风雨连续第二天关闭沿海公路",
    "捕鱼配额因鱼类资源减少再次削减",
    "新图书馆在旧邮局开放",
    "关于我们",
    "联系我们",
    "版权所有 © 2025 港湾新闻网",
]
JA_PARAS = [
    "市議会は火曜日、道路と学校への支出をめぐる長い議論の末に新しい予算を承認した。",
    "議員らによると、この計画は維持費を五分の一増やす一方で、税率を一年間据え置くという。",
    "反対派は、これらの数字が今後数年間の固定資産税収入の楽観的な予測に頼っていると主張した。",
    "市長は十日以内に予算に署名する必要があり、事務所は週末までに署名すると述べた。",
]


@pytest.mark.parametrize(
    ("menu", "headline", "paras", "footer"),
    [
        (ZH_MENU, ZH_HEADLINE, ZH_PARAS, ZH_FOOTER),
        # The same page with a short paragraph and a Latin-script name in the text.
        (ZH_MENU, ZH_HEADLINE, [*ZH_PARAS[:2], "市长办公室发言人Anna Lee说：“我们会签。”", *ZH_PARAS[2:]], ZH_FOOTER),
        (
            ["ホーム", "ニュース", "国内", "国際", "経済", "スポーツ", "ログイン"],
            "市議会、長い議論の末に新予算を可決",
            JA_PARAS,
            [
                "関連記事",
                "沿岸道路が二日連続で閉鎖",
                "新しい図書館が旧郵便局に開館",
                "会社概要",
                "お問い合わせ",
                "Copyright © 2025 Harbour News. All rights reserved.",
            ],
        ),
    ],
    ids=["chinese", "chinese-mixed", "japanese"],
)
def test_chinese_and_japanese_pages(menu: list[str], headline: str, paras: list[str], footer: list[str]) -> None:
    # Written without spaces: each paragraph is one or two "words" to a space-based count.
    got = kinds("\n".join([*menu, headline, *paras, *footer]) + "\n")
    for p in [headline, *paras]:
        assert got[p] == "content", p
    for line in [*menu, *footer]:
        assert got[line] != "content", line
    clean = headline + "\n\n" + "\n\n".join(paras) + "\n"
    assert split_noise(make(clean)).noise == []


@pytest.mark.parametrize("header", ["Step {}", "Tip {}:", "Part {}."])
def test_how_to_steps_with_short_instructions_stay_content_on_a_page(header: str) -> None:
    # Step headers and their short instructions are neither prose nor page furniture: the article's
    # main text runs through them instead of ending at the first one.
    instructions = [
        "Measure the wall and mark where the shelf will go.",
        "Drill two holes.",
        "Insert the plugs and screw the brackets on.",
        "Place the shelf on the brackets.",
        "Check that it is level.",
    ]
    steps = [line for i, text in enumerate(instructions, 1) for line in (header.format(i), text)]
    body = [PARAS[0], *steps, PARAS[1]]
    got = kinds("\n".join([*MENU, "Council passes budget after long debate", *body, *FOOTER]) + "\n")
    for line in body:
        assert got[line] == "content", line
    assert all(got[line] != "content" for line in MENU[:3])


# ---------------------------------------------------------------------------------------------
# Second round (issue 14): author bios closing the article, photo galleries written out as text


@pytest.mark.parametrize(
    "bio",
    [
        "Corey Kilgannon is a Metro reporter covering news and human interest stories.",
        "Lucas Nolan is a reporter for Breitbart Tech covering issues of free speech and online censorship.",
        "Ana Ruiz is the Courier's city hall correspondent.",
    ],
)
def test_author_bio_closing_the_article_on_a_page(bio: str) -> None:
    got = kinds(page(bio))
    assert got[bio] == "byline"
    assert_article_kept(got)


def test_a_past_tense_sentence_about_a_reporter_closing_the_article_stays() -> None:
    last = "Ana Ruiz was a reporter at the Courier before she covered the port for the council for many years."
    got = kinds(page(last))
    assert got[last] == "content"
    assert_article_kept(got)


@pytest.mark.parametrize("counter", ["{k}/{n} {title}", "{k} of {n} {title}", "{k}/{n}"])
def test_photo_gallery_slides_between_paragraphs_are_captions(counter: str) -> None:
    slides = []
    titles = ["Ferry at dawn", "The old quay", "Islanders wait", "Night crossing"]
    for k, title in enumerate(titles, 1):
        slides.append(counter.format(k=k, n=len(titles), title=title))
        slides.append(f"The {title.lower()} photographed for the Courier on the last day of the summer timetable.")
        slides.append("Getty Images")
    lines = [*MENU, "Council passes budget after long debate", *PARAS[:2], *slides, *PARAS[2:], *FOOTER]
    got = kinds("\n".join(lines) + "\n")
    for line in slides:
        assert got[line] == "caption", line
    assert_article_kept(got)


def test_numbered_points_of_the_article_are_not_a_gallery() -> None:
    # "1/3 of" in prose, and points numbered "1." are the article's own.
    points = [
        "1. Roads: a third more for repairs in the northern districts.",
        "2. Schools: two new primary schools by 2027.",
        "3. Ferries: the winter timetable kept for another year.",
    ]
    text = (
        ARTICLE + "\n".join(points) + "\nAbout 1/3 of the money goes to roads, 1/3 to schools and 1/3 to the harbour.\n"
    )
    got = kinds(text)
    assert all(got[p] == "content" for p in points)
