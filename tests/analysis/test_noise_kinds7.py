"""Boilerplate kinds found on the tuning half unseen6 (issue 14; postlight/parser's news and
magazine pages), one kind per section: the reported shape first, then variants of our own. Every
page here is written for the test; none is copied from the evaluation pages.
"""

from __future__ import annotations

from pathlib import Path

from test_noise_kinds import kinds
from test_noise_kinds6 import _JA_AFTER, _JA_LINES, _JA_MENU

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

# ---------------------------------------------------------------------------------------------
# A Japanese news page's "most read today / this week" rankings and its list of latest stories
# show the same headlines again: ten or more long headline lines in a row had been taken for an
# article written a clause a line, and the article ran on through the rankings.

_JA_ARTICLE = [
    "政府は一日、来年度から地方の公共交通を支援する新たな制度を始めると発表しました。",
    "利用者の減少が続く路線バスや鉄道について、自治体と事業者が共同で計画を作れば、国が運行費の一部を補助します。",
    "担当者は「地域の足を守るため、できるだけ早く制度を使ってほしい」と話しています。",
]
_JA_HEADLINES = [
    "人気の温泉地で外国人観光客が過去最多に、円安で旅行需要が急回復",
    "新型スマートフォンの予約開始、発売日は来月中旬で価格は据え置きへ",
    "大雪の影響で高速道路が一部通行止めに、週末の外出は控えるよう呼びかけ",
    "老舗和菓子店が百周年記念の限定商品を発売、行列ができる人気ぶり",
    "プロ野球のドラフト会議で高校生投手に十二球団中五球団が一位指名",
    "図書館の貸出冊数が十年ぶりに増加、子ども向けの読書イベントが後押し",
    "電気料金の値上げが来月から本格化、家計への影響を専門家が試算",
    "駅前の再開発計画がまとまる、商業施設と住宅を組み合わせた高層ビル",
    "人工知能を使った翻訳サービスが無料で利用可能に、対応言語を拡大",
    "全国の桜の開花予想が発表される、平年より早い地域が多い見込み",
    "地元の高校生が考案した防災アプリが全国コンテストで最優秀賞を受賞",
    "新しい水族館が港町にオープン、巨大水槽でジンベエザメを展示",
]


def _ja_news_page(rankings: list[str], latest: list[str]) -> str:
    lines = [
        *_JA_MENU,
        "地方の公共交通を支える新制度、来年度から開始へ",
        "2024年11月2日 09:18",
        *_JA_ARTICLE,
        "本日の人気記事ランキング",
        *rankings,
        "最新記事一覧",
        *latest,
        *_JA_AFTER,
    ]
    return "\n".join(lines) + "\n"


def test_rankings_of_headlines_shown_again_as_the_latest_are_no_clause_a_line_article() -> None:
    got = kinds(_ja_news_page(_JA_HEADLINES, _JA_HEADLINES[::-1]))
    assert [got[line] for line in _JA_ARTICLE] == ["content"] * len(_JA_ARTICLE), got
    assert all(got[line] != "content" for line in _JA_HEADLINES), got


def test_a_ranking_repeating_most_of_its_headlines_further_down_is_boilerplate() -> None:
    """Variant: the latest list shows eight of the twelve ranked stories among others."""
    latest = [*_JA_HEADLINES[:8], "市役所の窓口がオンライン予約制に、待ち時間の短縮を目指す"]
    got = kinds(_ja_news_page(_JA_HEADLINES, latest))
    assert [got[line] for line in _JA_ARTICLE] == ["content"] * len(_JA_ARTICLE), got
    assert all(got[line] != "content" for line in _JA_HEADLINES), got


def test_a_blog_written_a_clause_a_line_stays_the_article_when_one_of_its_lines_recurs() -> None:
    """Variant: the blog's closing line is also its sidebar's blurb; the clause lines stay prose."""
    blurb = _JA_LINES[-1]
    text = "\n".join([*_JA_MENU, "雨上がりの渓谷でキャンプ", "2024年11月2日", *_JA_LINES, *_JA_AFTER, blurb]) + "\n"
    got = kinds(text)
    assert all(got[line] == "content" for line in _JA_LINES[:-1]), got
    assert sum(got[line] != "content" for line in _JA_MENU) >= len(_JA_MENU) - 2, got


# ---------------------------------------------------------------------------------------------
# A review's spec sheet (or a profile's fact box) between the headline and the article, one
# "Label: value" line each: read as a page's short lines before the main text, it was dropped
# as another story's teasers, and one of its lines was taken for the headline.

_SPECS = [
    "Bike: 2025 Ridgeline Trail 140, size L",
    "Available Sizes: S, M, L, XL",
    "Stated Weight: 14.2 kg",
    "Our Measured Weight: 14.6 kg",
    "Travel (rear / front): 140 mm / 150 mm",
    "Head Tube Angle: 65 degrees",
    "Drivetrain: twelve-speed, 10-52 cassette",
    "Test Locations: Harbour Hills, Pine Ridge",
    "Days Ridden: ~15",
]
_REVIEW = [
    "The Ridgeline Trail 140 is the brand's answer to riders who want one bike for long climbs and rough descents.",
    "On our first rides the bike felt calm at speed, and the rear suspension stayed composed over roots and rocks.",
    "It climbs better than its weight suggests, though the low bottom bracket means the odd pedal strike on ledges.",
    "For riders who spend most of their time on mixed trails, it is one of the most versatile bikes we have tested.",
]


def _review_page(headline: str, stamp: str, box: list[str], between: list[str]) -> str:
    from test_noise_kinds import FOOTER, MENU

    return "\n".join([*MENU, *MENU[1:8], headline, stamp, *box, *between, *_REVIEW, *FOOTER]) + "\n"


def test_a_spec_sheet_under_the_headline_is_the_article() -> None:
    headline = "Ridgeline Trail 140"
    got = kinds(_review_page(headline, "May 4, 2025April 2, 2025 by Sam Rider", _SPECS, ["Intro"]))
    assert [got[line] for line in _SPECS] == ["content"] * len(_SPECS), got
    assert [got[line] for line in _REVIEW] == ["content"] * len(_REVIEW), got
    assert got[headline] == "content", got
    assert got["May 4, 2025April 2, 2025 by Sam Rider"] == "byline", got


def test_a_recipe_fact_box_over_the_method_with_a_note_between_is_the_article() -> None:
    """Variant: a recipe's facts under a long headline, a note and a photo caption before the text."""
    box = ["Prep Time: 15 minutes", "Cook Time: 40 minutes", "Serves: 4", "Calories: 520 per serving", "Oven: 200C"]
    note = "[Note: we tested this recipe with a fan oven, so lower the heat a little if yours is conventional.]"
    text = _review_page("A weeknight fish pie with a crisp potato top", "March 3, 2025", box, [note, "Photo"])
    got = kinds(text)
    assert [got[line] for line in box] == ["content"] * len(box), got
    assert got[note] == "content", got


def test_a_key_value_widget_far_above_the_headline_stays_boilerplate() -> None:
    """Variant: a weather widget's lines in the page's header are no fact box of the article."""
    from test_noise_kinds import FOOTER, MENU

    widget = ["Temperature: 14C", "Humidity: 80%", "Wind: 12 km/h", "Sunrise: 06:42"]
    page = [*widget, *MENU, *MENU[1:8], "Council passes budget after long debate", "March 3, 2025", *_REVIEW, *FOOTER]
    got = kinds("\n".join(page) + "\n")
    assert all(got[line] != "content" for line in widget), got
    assert [got[line] for line in _REVIEW] == ["content"] * len(_REVIEW), got


# ---------------------------------------------------------------------------------------------
# A short post ending with the list it introduces ("Shop the illustration here:", then numbered
# items): a video player's time display and title between two paragraphs had split the article
# after its first paragraph, and the list, one line past the article's last paragraph, was
# taken for other stories' headlines.

_SHOP_PARAS = [
    "It is almost that time of year again, when we all stare at the wardrobe and wonder what to wear to every party.",
    "Which is why we put together an illustrated guide for all your holiday party and dinner needs this season!",
]
_SHOP_ITEMS = [
    "1. Wrap blouse, Harbour Store, $60",
    "2. Festive socks, Knit Shop, $8",
    "3. Wide-leg jeans, Denim Co, $89.50",
    "4. Christmas tree mug, Craft Market, $12",
    "5. Leather mittens, Winter Goods, $30",
]


def _shop_page(between: list[str], header: str, items: list[str], after: list[str]) -> str:
    from test_noise_kinds import FOOTER, MENU

    head = [*MENU, "Style", "Your cosy holiday outfit, illustrated", "By Jane Roe", "December 21, 2024"]
    body = [_SHOP_PARAS[0], *between, _SHOP_PARAS[1], header, *items]
    return "\n".join([*head, *body, *after, *FOOTER]) + "\n"


_TEASERS = [
    "Sponsored Content",
    "The Ten Best Winter Coats Under $100 This Season",
    "Why Everyone Is Talking About This New Skincare Brand",
    "The Surprising Reason Your Houseplants Keep Dying",
]


def test_a_list_the_post_introduces_after_its_last_paragraph_is_the_article() -> None:
    got = kinds(
        _shop_page(["00:38 / 01:22", "Holiday and Christmas Shopping"], "Shop the look here:", _SHOP_ITEMS, _TEASERS)
    )
    assert [got[line] for line in _SHOP_PARAS] == ["content"] * 2, got
    assert got["Shop the look here:"] == "content", got
    assert [got[line] for line in _SHOP_ITEMS] == ["content"] * len(_SHOP_ITEMS), got
    assert got["00:38 / 01:22"] == "navigation", got
    assert all(got[line] != "content" for line in _TEASERS), got


def test_a_bulleted_list_introduced_after_the_last_paragraph_is_the_article_and_lists_after_it_are_not() -> None:
    """Variant: "•" items, and a list of other stories' headlines with bullets straight after it."""
    items = ["• A warm scarf in a bright colour", "• Boots that can take the snow", "• A small bag for the evening"]
    others = [f"- {t}" for t in _TEASERS[1:]] + ["- Ten Gifts Everyone on Your List Will Love"]
    got = kinds(_shop_page([], "What to pack for the weekend:", items, others))
    assert [got[line] for line in items] == ["content"] * len(items), got
    assert got["What to pack for the weekend:"] == "content", got
    assert all(got[line] != "content" for line in others), got


def test_a_related_stories_header_after_the_last_paragraph_introduces_no_list_of_the_article() -> None:
    """Variant: a phrase rule's header ending in ":" ("Related stories:") keeps its list boilerplate."""
    items = ["- Bridge repairs delayed again", "- Port strike ends after talks", "- New bus lanes open downtown"]
    got = kinds(_shop_page([], "Related stories:", items, []))
    assert got["Related stories:"] != "content", got
    assert all(got[line] != "content" for line in items), got


def test_a_time_display_alone_is_player_furniture() -> None:
    """Variant: hours in the display, between two paragraphs of a long article."""
    from test_noise_kinds import PARAS, page

    got = kinds(page(*PARAS, "1:02:10 / 1:45:00", *PARAS[::-1]))
    assert got["1:02:10 / 1:45:00"] == "navigation", got


def test_html_a_numbered_list_after_the_last_paragraph_is_the_article_and_a_teaser_list_after_it_is_not(
    tmp_path: Path,
) -> None:
    """Variant, in HTML: the extractor keeps the items and, straight after them, a list of other
    stories' headlines; only the article's list is the article's."""
    nav = "".join(f'<li><a href="/{w.lower()}">{w}</a></li>' for w in ("Home", "Style", "Beauty", "News", "Love"))
    items = "".join(f"<p>{line}</p>" for line in _SHOP_ITEMS)
    teasers = "".join(f'<li><a href="/t{i}">{t}</a></li>' for i, t in enumerate(_TEASERS[1:]))
    body = (
        f"<h1>Your cosy holiday outfit, illustrated</h1><p>{_SHOP_PARAS[0]}</p><p>{_SHOP_PARAS[1]}</p>"
        f"<p>Shop the look here:</p>{items}<ul>{teasers}</ul>"
    )
    page = (
        "<html><head><title>Your cosy holiday outfit</title></head><body>"
        f"<nav><ul>{nav}</ul></nav><article>{body}</article>"
        "<footer><p>© 2025 Harbour Courier Media. All rights reserved.</p></footer></body></html>"
    )
    (tmp_path / "outfit.html").write_text(page, encoding="utf-8")
    split = split_noise(Corpus.scan(tmp_path).article("outfit"))
    got = {s.text: "content" for s in split.content}
    got.update({s.text: s.kind for s in split.noise})
    assert all(got.get(line) == "content" for line in _SHOP_ITEMS), got
    assert all(got.get(f"- {t}", got.get(t)) != "content" for t in _TEASERS[1:]), got


# ---------------------------------------------------------------------------------------------
# A magazine page's headline and deck over its byline, a photo credit and a rubric with the date
# ("media Sept. 2, 2016"), then the page's second form of the headline over the text: the
# rubric line, sharing a word and a year with the body, was read as the real headline's deck
# under the byline, so the headline lost its byline's weight and a teaser-like second form won.

_MAG_BODY = [
    "It took three weeks for the harbour mayor to lose the council, and most of that time she spent insisting she would win.",
    "Voters in the harbour wards had backed her twice, but the ferry contract and the budget row turned them against her in 2025.",
    "By the spring even her own party had stopped defending the contract, and the council voted to review every payment.",
    "Her allies say the mayor will fight on, though few in the harbour wards now expect her to stand again next year.",
]


def _mag_page(head: list[str]) -> str:
    from test_noise_kinds import FOOTER, MENU

    return "\n".join([*MENU, *MENU[1:9], "Magazine", *head, *_MAG_BODY, *FOOTER]) + "\n"


def test_a_headline_and_deck_over_a_byline_and_a_rubric_with_a_date_are_the_articles() -> None:
    headline = "The Quiet Fall of the Harbour Mayor"
    deck = "How harbour voters turned against the mayor they had backed twice, and what the ferry contract had to do with it."
    second = "How Harbour Voters Turned Against Their Mayor"
    got = kinds(
        _mag_page(
            [headline, deck, "By Jane Roe", "The mayor. Photo: Sam Lee/Courier", "politics March 3, 2025", second]
        )
    )
    assert got[headline] == "content", got
    assert got[deck] == "content", got
    assert got[second] == "content", got
    assert got["politics March 3, 2025"] != "content", got
    assert [got[p] for p in _MAG_BODY] == ["content"] * len(_MAG_BODY), got


def test_a_headline_over_a_byline_and_a_section_stamp_without_a_deck() -> None:
    """Variant: no deck, the rubric's date written day first."""
    headline = "The Quiet Fall of the Harbour Mayor"
    got = kinds(_mag_page([headline, "By Jane Roe", "world 12 May 2025"]))
    assert got[headline] == "content", got
    assert got["world 12 May 2025"] != "content", got


def test_a_teaser_straight_over_the_text_is_no_second_form_of_the_headline() -> None:
    """Variant: the line over the text shares few of its words with the headline and deck."""
    headline = "The Quiet Fall of the Harbour Mayor"
    teaser = "Ferry Fares Rise Again on the Island Routes"
    got = kinds(_mag_page([headline, "By Jane Roe", "politics March 3, 2025", "Trending", teaser]))
    assert got[headline] == "content", got
    assert got[teaser] != "content", got


# ---------------------------------------------------------------------------------------------
# A short sentence at the article's top edge: a deck of three words under the headline ("We
# have answers."), or a one-line first paragraph straight over the main text ("Barely a shot
# was fired."), too short for a standfirst, was dropped as text apart from the main text.


def test_a_short_deck_under_the_headline_is_the_article() -> None:
    headline = "Mysterious ferry circling the harbour sparks concern"
    got = kinds(_mag_page([headline, "We have answers.", "By Jane Roe on March 3, 2025", "Share on Facebook"]))
    assert got[headline] == "content", got
    assert got["We have answers."] == "content", got


def test_a_one_line_first_paragraph_over_the_main_text_is_the_article() -> None:
    """Variant: the opening line sits under a list of other stories, straight over the text."""
    more = ["MORE FROM", "Ferry Fares Rise Again on the Island Routes", "Harbour Wards Elect New Councillors"]
    got = kinds(_mag_page(["The Quiet Fall of the Harbour Mayor", "By Jane Roe", *more, "Barely a vote was cast."]))
    assert got["Barely a vote was cast."] == "content", got
    assert all(got[line] != "content" for line in more[1:]), got


def test_html_a_short_deck_the_extractor_left_out_under_the_headline_is_the_article(tmp_path: Path) -> None:
    """Variant, in HTML: the deck sits in the page's header, outside the article's container."""
    paras = "".join(f"<p>{p}</p>" for p in _MAG_BODY)
    page = (
        "<html><head><title>Mysterious ferry circling the harbour</title></head><body>"
        '<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>'
        "<header><h1>Mysterious ferry circling the harbour sparks concern</h1>"
        '<div class="subtitle">We have answers.</div></header>'
        f"<article>{paras}</article>"
        "<footer><p>© 2025 Harbour Courier Media. All rights reserved.</p></footer></body></html>"
    )
    (tmp_path / "ferry.html").write_text(page, encoding="utf-8")
    split = split_noise(Corpus.scan(tmp_path).article("ferry"))
    assert any(s.text == "We have answers." for s in split.content), split.noise


# ---------------------------------------------------------------------------------------------
# A "Most viewed" list shown twice after the article (the page's two layouts), its stories'
# cards further down (headline, byline, a summary sentence): each title recurs with prose under
# it, so the list read as the article's table of contents and stayed content.

_VIEWED = [
    "Ferry Fares Rise Again on the Island Routes",
    "Will the Bridge Repairs Ever End?",
    "Harbour Wards Elect New Councillors",
    "The Lighthouse Keeper Who Never Left",
    "A Night Market Returns to the Old Docks",
]
_CARDS = [
    line
    for i, title in enumerate(_VIEWED)
    for line in (
        title,
        f"By Sam Lee {i}",
        f"Readers have been asking about this story for weeks, and here is what we found out about it {i}.",
    )
]


def _viewed_page(lists: list[list[str]]) -> str:
    from test_noise_kinds import FOOTER, MENU, PARAS

    after = [line for block in lists for line in ["Most Viewed Stories", *block]]
    note = "Things you buy through our links may earn us a commission."
    return "\n".join([*MENU, "Council passes budget after long debate", *PARAS, *after, note, *_CARDS, *FOOTER]) + "\n"


def _kept_titles(text: str) -> list[str]:
    """The list's titles kept as content, each showing of them (a title recurs on the page)."""
    from test_noise_kinds import make

    split = split_noise(make(text))
    return [s.text for s in split.content if s.text in _VIEWED]


def test_a_most_viewed_list_shown_twice_with_its_stories_cards_below_is_no_table_of_contents() -> None:
    from test_noise_kinds import PARAS

    text = _viewed_page([_VIEWED, _VIEWED])
    got = kinds(text)
    assert [got[p] for p in PARAS] == ["content"] * len(PARAS), got
    assert _kept_titles(text) == []


def test_a_most_viewed_list_whose_titles_are_shown_three_times_is_no_table_of_contents() -> None:
    """Variant: the list once over a sidebar's list of the same stories in another order."""
    assert _kept_titles(_viewed_page([_VIEWED, _VIEWED[::-1]])) == []


# ---------------------------------------------------------------------------------------------
# An article ending with an embedded post: its signature line ("— Name (@handle) date") after
# the last paragraph was dropped as another story's teaser.

_MUST_READ = ["Must Read Stories", "Ferry Fares Rise Again on the Island Routes", "Harbour Wards Elect New Councillors"]


def _signed_page(ending: list[str]) -> str:
    from test_noise_kinds import FOOTER, MENU, PARAS

    head = [*MENU, "Council passes budget after long debate", "By Jane Roe", "March 3, 2025"]
    return "\n".join([*head, *PARAS, *ending, *_MUST_READ, *FOOTER]) + "\n"


def test_an_embedded_posts_signature_after_the_last_paragraph_is_the_article() -> None:
    signature = "— Harbour Mayor (@harbourmayor) March 3, 2025"
    got = kinds(
        _signed_page(["The mayor's post:", "We will fix the ferries. Nobody knows the harbour like we do!", signature])
    )
    assert got[signature] == "content", got
    assert all(got[line] != "content" for line in _MUST_READ), got


def test_a_quotes_signature_ends_the_article_and_what_follows_it_is_not_the_article() -> None:
    """Variant: a closing quote signed with a name; a short line of the site's after it stays boilerplate."""
    site = "Harbour Courier is a member of the regional press council."
    got = kinds(_signed_page(["“A budget is a moral document, not just a list of numbers.”", "— Jane Doe", site]))
    assert got["— Jane Doe"] == "content", got
    assert got[site] != "content", got
