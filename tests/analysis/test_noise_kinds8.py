"""Boilerplate kinds found on the tuning half unseen7 (issue 14; postlight/parser's news and
magazine pages), one kind per section: the reported shape first, then variants of our own. Every
page here is written for the test; none is copied from the evaluation pages.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from test_noise_kinds import ARTICLE, FOOTER, MENU, PARAS, kinds

from waic_reader.index.analysis.noise import classify_article, split_noise
from waic_reader.index.corpus.blocks import Block
from waic_reader.index.corpus.reader import Corpus


def _html_kinds(tmp_path: Path, page: str) -> dict[str, str]:
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    split = split_noise(Corpus.scan(tmp_path).article("page"))
    got = {s.text: "content" for s in split.content}
    got.update({s.text: s.kind for s in split.noise})
    return got


# ---------------------------------------------------------------------------------------------
# A share row's comment count under the headline ("comments", "Comments (27)"), after a deck and
# a photo caption written as sentences: two blocks of prose before a comments header had been
# enough for it to end the article, and the whole story after it was taken for the comments.

_DECK = (
    "New figures from the estate agents' association confirm what buyers, sellers and owners have known"
    " for months: the market has cooled, and sales and prices are well down from last year."
)
_CAPTION = "A house for sale near the harbour is shown. Prices fell for a fifth month in a row in March."
_BODY = [
    *PARAS,
    "Sales fell by a third from a year earlier, the association said in a release on Friday morning.",
    "Agents in the suburbs said buyers were waiting for rates to fall before making offers on homes.",
    "Rents, meanwhile, have risen quickly, and many families now say they cannot afford either option.",
]
_COMMENTS = [
    "Great article, thanks for explaining what is happening to prices in our town.",
    "I have been waiting two years to buy and I am still priced out of the market here.",
]


def _share_row_page(count: str, between: list[str]) -> str:
    lines = [
        *MENU,
        "Housing market slowdown continues as prices fall",
        _DECK,
        "Social Sharing",
        *between,
        count,
        *_BODY,
        "Comments",
        *_COMMENTS,
        *FOOTER,
    ]
    return "\n".join(lines) + "\n"


def test_a_comment_count_in_the_share_row_under_a_deck_and_caption_does_not_end_the_article() -> None:
    got = kinds(_share_row_page("comments", ["Jane Roe · Courier News · Posted: Mar 14, 2025 9:27 AM ET", _CAPTION]))
    assert [got[p] for p in _BODY] == ["content"] * len(_BODY), got
    assert got["comments"] == "comments", got
    assert all(got[c] == "comments" for c in _COMMENTS), got


def test_a_counted_comment_button_under_the_deck_does_not_end_the_article() -> None:
    """Variant: "Comments (27)" under a standfirst of two sentences and a byline, no caption."""
    second = "Buyers are waiting for lower rates before they make an offer, agents in the suburbs say."
    got = kinds(_share_row_page("Comments (27)", [second, "By Jane Roe, Courier News"]))
    assert [got[p] for p in _BODY] == ["content"] * len(_BODY), got
    assert all(got[c] == "comments" for c in _COMMENTS), got


def test_a_comments_header_after_a_short_article_still_ends_it() -> None:
    """Variant: a short article of six paragraphs (over a hundred words) ends at its comments header."""
    short = PARAS + _BODY[4:6]
    lines = [*MENU, "Council passes budget after long debate", *short, "12 comments", *_COMMENTS, *FOOTER]
    got = kinds("\n".join(lines) + "\n")
    assert [got[p] for p in short] == ["content"] * len(short), got
    assert all(got[c] == "comments" for c in _COMMENTS), got


# ---------------------------------------------------------------------------------------------
# An embedded post (a tweet) the article quotes: its words and its signature ("— Jane Roe
# (@janeroe) April 15, 2019"). In HTML, WordPress's post classes on the article ("tag-harbour")
# had made everything the extractor left out of it a tag list, the post included; after the last
# paragraph, a post that does not read as a sentence ("JUST IN: … pic.twitter.com/…") was taken
# for page furniture in text and HTML alike.

_POST = "JUST IN: Harbour council passes budget after a long debate, mayor to sign this week pic.twitter.com/xY12ab"
_SIGN = "— Harbour Courier (@harbourcourier) March 14, 2025"


def _wp_page(body: str) -> str:
    nav = "".join(f'<li><a href="/{w.lower()}">{w}</a></li>' for w in ("Home", "News", "Local", "Sport", "Opinion"))
    return (
        "<html><head><title>Council passes budget after long debate</title></head><body>"
        f'<nav class="menu"><ul>{nav}</ul></nav>'
        '<article class="post type-post status-publish tag-harbour tag-budget category-news">'
        f"<h1>Council passes budget after long debate</h1>{body}</article>"
        "<footer><p>© 2025 Harbour Courier Media. All rights reserved.</p><p>Privacy policy</p></footer>"
        "</body></html>"
    )


def _tweet(words: str, sign: str) -> str:
    return (
        '<div class="iframe-holder"><div class="embed-twitter"><blockquote class="twitter-tweet">'
        f'<p lang="en">{words}</p><p>{sign}</p></blockquote></div></div>'
    )


def test_html_a_tweet_between_paragraphs_of_a_wordpress_post_is_the_article(tmp_path: Path) -> None:
    words = "The rumour I heard was that the mayor fell asleep in the budget meeting and nobody woke her."
    sign = "— Jane Roe (@janeroe) March 14, 2025"
    paras = "".join(f"<p>{p}</p>" for p in PARAS[:2]) + _tweet(words, sign) + "".join(f"<p>{p}</p>" for p in PARAS[2:])
    got = _html_kinds(tmp_path, _wp_page(paras))
    assert [got.get(p) for p in PARAS] == ["content"] * len(PARAS), got
    assert got.get(words) == "content" and got.get(sign) == "content", got
    assert got.get("© 2025 Harbour Courier Media. All rights reserved.") == "legal", got


def test_html_a_tweet_after_the_last_paragraph_is_the_article(tmp_path: Path) -> None:
    """Variant: the post closes the article, then a credit line the extractor left out too."""
    body = "".join(f"<p>{p}</p>" for p in PARAS) + _tweet(_POST, _SIGN) + "<p>(Via the Courier and Radio Harbour)</p>"
    got = _html_kinds(tmp_path, _wp_page(body))
    assert [got.get(p) for p in PARAS] == ["content"] * len(PARAS), got
    assert got.get(_POST) == "content" and got.get(_SIGN) == "content", got


def test_a_post_over_its_signature_after_the_last_paragraph_is_the_article() -> None:
    """Variant, as text: the post and its signature after the last paragraph of a saved page; a
    teaser line without a signature after them is not the article's."""
    teaser = "Ferry fares to rise again in the spring, operator says"
    lines = [*MENU, "Council passes budget after long debate", *PARAS, _POST, _SIGN, teaser, *FOOTER]
    got = kinds("\n".join(lines) + "\n")
    assert [got[p] for p in PARAS] == ["content"] * len(PARAS), got
    assert got[_POST] == "content" and got[_SIGN] == "content", got
    assert got[teaser] != "content", got


# ---------------------------------------------------------------------------------------------
# Readers' comments the HTML extractor took for the article's text: a forum widget's list of
# posts under a comments header the extractor left out ("27 Comments"). In a page's text such a
# header owns the rest of the page; in HTML the list under it had stayed the article.

_READER_POSTS = [
    "- About time the council fixed the roads, they have been a disgrace for years.",
    "- Flat taxes for a year is an election promise, not a plan.",
    "- Thanks for explaining the figures.",
    "- I will believe it when I see the potholes filled on my street.",
]


def _extracted(lines: list[tuple[str, bool | str]], title: int | None = 2) -> list[str]:
    """The labels :func:`classify_article` gives a page's lines, as the HTML reader hands them
    over: ``(text, left out by the extractor)``, one block a line; a left-out line's kind hint
    when a string ("navigation": in the page's ``<header>`` or a menu). Block ``title`` is the
    headline the extractor kept."""
    blocks: list[Block] = []
    discarded: dict[int, tuple[str | None, str]] = {}
    pos = 0
    for i, (text, left_out) in enumerate(lines):
        kind = "title" if i == title else "list-item" if text.startswith("- ") else "paragraph"
        blocks.append(Block(pos, pos + len(text), kind, text))
        pos += len(text) + 1
        if left_out:
            discarded[i] = (left_out if isinstance(left_out, str) else None, "the page")
    return [lab[0] if lab else "content" for lab in classify_article(blocks, discarded)]


def _forum_page(header: list[str], top: tuple[str, ...] = ()) -> list[tuple[str, bool | str]]:
    return [
        ("Home", True),
        ("News", True),
        ("Council passes budget after long debate", False),
        *[(t, True) for t in top],
        *[(p, False) for p in _BODY],
        *[(h, True) for h in header],
        *[(p, False) for p in _READER_POSTS],
        ("© 2025 Harbour Courier Media. All rights reserved.", True),
    ]


def test_html_comments_the_extractor_kept_under_a_comments_header_it_left_out() -> None:
    lines = _forum_page(["See all comments (27)", "27 Comments"])
    got = dict(zip([t for t, _ in lines], _extracted(lines), strict=True))
    assert [got[p] for p in _BODY] == ["content"] * len(_BODY), got
    assert [got[p] for p in _READER_POSTS] == ["comments"] * len(_READER_POSTS), got


def test_html_comments_kept_under_a_join_the_conversation_header() -> None:
    """Variant: another header, and a comment count in the share row under the headline too."""
    lines = _forum_page(["Join the conversation"], top=("Share", "Comments (4)"))
    got = dict(zip([t for t, _ in lines], _extracted(lines), strict=True))
    assert [got[p] for p in _BODY] == ["content"] * len(_BODY), got
    assert [got[p] for p in _READER_POSTS] == ["comments"] * len(_READER_POSTS), got


def test_html_a_comment_column_of_a_table_the_extractor_left_out_ends_nothing() -> None:
    """Variant: "Comment" heads a column of a table the extractor left out; the table's other
    cells follow it, not the main text, so the article's closing paragraph is no comment."""
    closing = "We hope this account helps other councils plan their budgets, and we thank the clerks who helped."
    table = ["Status", "Comment", "new", "Pick up new tasks.", "done", "None."]
    lines = [*_forum_page([])[:-5], *[(c, True) for c in table], (closing, False)]
    got = dict(zip([t for t, _ in lines], _extracted(lines), strict=True))
    assert [got[p] for p in _BODY] == ["content"] * len(_BODY), got
    assert got[closing] == "content", got


# ---------------------------------------------------------------------------------------------
# A headline the HTML extractor left out (in the page's <header>) over its byline, when it kept
# no headline of its own (its title was a widget's heading further down): the headline had been
# dropped as navigation with the menu above it.

_HEADER_MENU = [("Home", "navigation"), ("Love", "navigation"), ("Wellness", "navigation"), ("Books", "navigation")]
_HEADLINE = "Council Passes Budget After a Long Debate About Roads and Schools"


def _headed_page(
    under: list[tuple[str, bool | str]], above: tuple[tuple[str, bool | str], ...] = ()
) -> list[tuple[str, bool | str]]:
    return [
        *_HEADER_MENU,
        *above,
        (_HEADLINE, "navigation"),
        *under,
        ("herzblut", "caption"),
        *[(p, False) for p in _BODY],
    ]


def test_html_a_headline_left_out_over_its_byline_is_the_article() -> None:
    lines = _headed_page([("By Jane Roe, March 14th 2025", "navigation"), ("Comment", "navigation")])
    got = dict(zip([t for t, _ in lines], _extracted(lines, title=None), strict=True))
    assert got[_HEADLINE] == "content", got
    assert got["Home"] == "navigation" and got["By Jane Roe, March 14th 2025"] == "byline", got
    assert [got[p] for p in _BODY] == ["content"] * len(_BODY), got


def test_html_a_headline_left_out_over_its_date_stamp_is_the_article() -> None:
    """Variant: a date and time under the headline, the page's own line (no hint)."""
    lines = _headed_page([("March 14, 2025 9:27 AM", True), ("Share", "navigation")])
    got = dict(zip([t for t, _ in lines], _extracted(lines, title=None), strict=True))
    assert got[_HEADLINE] == "content", got


def test_html_another_storys_teaser_over_its_byline_above_the_headline_stays_out() -> None:
    """Variant: a teaser of another story over its byline, above the real headline; it shares
    few of its words with the body, so only the headline is the article's."""
    teaser = "Ferry Operator Warns of Higher Fares on the Island Routes This Spring"
    above = ((teaser, "navigation"), ("By John Doe, March 13th 2025", "navigation"))
    lines = _headed_page([("By Jane Roe, March 14th 2025", "navigation")], above)
    got = dict(zip([t for t, _ in lines], _extracted(lines, title=None), strict=True))
    assert got[_HEADLINE] == "content", got
    assert got[teaser] != "content", got


# ---------------------------------------------------------------------------------------------
# An author box closing the article: the byline's name alone on a line, then a line about that
# person in any tense ("Jane Roe was the Courier's editor-in-chief ..."). The past tense had
# kept it: "X was a columnist who covered ..." may be the story's own, but not under the name of
# the article's own byline.


def _boxed_page(name: str, bio: str, byline: str) -> str:
    return "\n".join([*MENU, "Council passes budget after long debate", byline, *_BODY, name, bio, *FOOTER]) + "\n"


def test_an_author_box_in_the_past_tense_under_the_bylines_name_is_boilerplate() -> None:
    bio = "Jane Roe was a former Courier Editor-in-Chief and Executive Editor for the Harbour Times."
    got = kinds(_boxed_page("Jane Roe", bio, "By Jane Roe last updated 4 April 25"))
    assert got["Jane Roe"] == "byline" and got[bio] == "byline", got
    assert [got[p] for p in _BODY] == ["content"] * len(_BODY), got


def test_an_author_box_saying_when_the_author_joined_is_boilerplate() -> None:
    """Variant: "joined", and the byline as a name line over the date."""
    bio = "Tom Lee joined the Courier in 2019 after ten years at the Harbour Times, and covers transport."
    got = kinds(_boxed_page("Tom Lee", bio, "Tom Lee · Courier News · Posted: Mar 14, 2025"))
    assert got["Tom Lee"] == "byline" and got[bio] == "byline", got


def test_a_closing_paragraph_about_someone_the_byline_does_not_name_is_the_article() -> None:
    """Variant: the last section of a story about a person, under that person's name: not the
    author's box (the byline names someone else)."""
    about = "Ana Ruiz was the council's longest-serving clerk, and she had warned against the budget for years."
    got = kinds(_boxed_page("Ana Ruiz", about, "By Jane Roe last updated 4 April 25"))
    assert got[about] == "content", got


def test_html_an_author_box_the_extractor_kept_under_the_name_it_left_out() -> None:
    """Variant, in HTML: the name sat in an "author" container the extractor left out."""
    bio = "Jane Roe was a former Courier Editor-in-Chief and Executive Editor for the Harbour Times."
    lines: list[tuple[str, bool | str]] = [
        ("Home", "navigation"),
        ("News", "navigation"),
        ("Council passes budget after long debate", False),
        ("By Jane Roe last updated 4 April 25", "byline"),
        *[(p, False) for p in _BODY],
        ("Jane Roe", "byline"),
        (bio, False),
        ("More about the council", "headline-list"),
    ]
    got = dict(zip([t for t, _ in lines], _extracted(lines), strict=True))
    assert got[bio] == "byline", got
    assert [got[p] for p in _BODY] == ["content"] * len(_BODY), got


# ---------------------------------------------------------------------------------------------
# Lines seen kept on unseen7's pages, each a phrase of its kind: the reported line, then two
# variants of our own.

LINE_CASES_8 = [
    (
        "headline-list",
        [
            "More: Huawei's next flagship to launch at MWC 2017",
            "More: Ferry fares to rise again in the spring",
            "You Might Also Like: The First New Universe by Heidi Priebe, available here.",
        ],
    ),
    (
        "advertisement",
        [
            "Advertisement - story continues below",
            "Advertisement: article continues below",
            "ADVERTISEMENT — story continues below",
        ],
    ),
    (
        "call-to-action",
        [
            "Stop the censors, sign up to get today's top stories delivered right to your inbox",
            "Get the best of the Courier in your inbox, every day!",
            "Keep me up to date on the latest happenings and all that the Courier has to offer.",
        ],
    ),
    ("legal", ["Disclosure Policy", "Privacy Policy | Disclosure Policy", "Disclosure policy"]),
]


@pytest.mark.parametrize(
    ("kind", "line"), [(kind, line) for kind, lines in LINE_CASES_8 for line in lines], ids=lambda v: str(v)[:30]
)
def test_line_kind_after_the_article(kind: str, line: str) -> None:
    got = kinds(ARTICLE + line + "\n")
    assert got[line] == kind, got
    assert [got[p] for p in PARAS] == ["content"] * len(PARAS), got


def test_a_paragraph_opening_with_more_is_the_article() -> None:
    """A sentence that opens with "More:" is no teaser; nor is one about a reader's inbox."""
    lines = [
        "More: the council will meet again on Friday to settle the schools budget.",
        "Residents who get the council's weekly bulletin in your inbox will see the figures first.",
    ]
    got = kinds(ARTICLE + "\n".join(lines) + "\n")
    assert [got[line] for line in lines] == ["content", "content"], got


# ---------------------------------------------------------------------------------------------
# A spec sheet after the article's last paragraph, a two-column table the HTML extractor kept
# ("Weight | 62.5 g"): its rows had been read as a menu and as a list of other stories' headlines.

_SPECS = [
    ("Maker", "Harbour Devices"),
    ("Price", "$349"),
    ("Display", "3.3-inch LCD"),
    ("Resolution", "720×1280"),
    ("Size", "50.6×96.6×7.4 mm"),
    ("Weight", "62.5 g"),
    ("Battery", "800 mAh"),
    ("Ports", "USB Type-C"),
]


def test_html_a_spec_table_after_the_last_paragraph_is_the_article(tmp_path: Path) -> None:
    rows = "".join(f"<tr><td>{k}</td><td>{v}</td></tr>" for k, v in _SPECS)
    paras = "".join(f"<p>{p}</p>" for p in _BODY)
    page = (
        "<html><head><title>The smallest phone we have tested</title></head><body>"
        '<nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/reviews">Reviews</a></li></ul></nav>'
        f"<article><h1>The smallest phone we have tested</h1>{paras}<h2>Main specs</h2><table>{rows}</table></article>"
        '<aside class="related"><ul><li><a href="/a">Ferry fares to rise again in spring</a></li></ul></aside>'
        "<footer><p>© 2025 Harbour Courier Media. All rights reserved.</p></footer></body></html>"
    )
    got = _html_kinds(tmp_path, page)
    assert all(got.get(f"{k} | {v}") == "content" for k, v in _SPECS), got
    assert [got.get(p) for p in _BODY] == ["content"] * len(_BODY), got


def test_html_a_spec_table_under_its_title_row_is_the_article() -> None:
    """Variant: the table's first row is its title, its second cell empty."""
    rows = [("Main specs of the Harbour Mini | ", False), *[(f"{k} | {v}", False) for k, v in _SPECS]]
    lines = [("Home", "navigation"), ("News", "navigation"), ("The smallest phone we have tested", False)]
    lines += [*[(p, False) for p in _BODY], *rows, ("Ferry fares to rise again in spring", "headline-list")]
    got = dict(zip([t for t, _ in lines], _extracted(lines), strict=True))
    assert [got[t] for t, _ in rows] == ["content"] * len(rows), got


def test_a_menu_written_with_bars_after_the_article_is_no_table() -> None:
    """Variant: section links two to a line after a saved page's article hold no figures: a menu."""
    menu = ["Sport | Football", "Business | Markets", "Culture | Film", "Travel | Europe"]
    got = kinds("\n".join([*MENU, "Council passes budget after long debate", *_BODY, *menu, *FOOTER]) + "\n")
    assert all(got[line] != "content" for line in menu), got


# ---------------------------------------------------------------------------------------------
# Other stories' cards after the article, each a headline, its date and a one-paragraph summary
# ("More Hot Stories For You"): the summaries read as prose and the article ran on over them.

_CARDS = [
    (
        "Harbour Players To Present a New Staging of the Tempest",
        "The Harbour Players have announced a new staging of the Tempest, directed by the team behind last year's hit,"
        " with a cast of twenty and a score written for the company by two musicians from the island's brass band.",
    ),
    (
        "Summer Film Series Features Opera Nights at the Old Cinema",
        "The old cinema on Quay Street will screen four operas this summer on its new screen, one a week from July,"
        " with tickets at ten pounds for students and free entry for children under twelve.",
    ),
    (
        "Playwright Joins the Musical Adaptation of the Ferry Strike",
        "An award-winning playwright will write the book for the musical, her first for the stage since 2019, and the"
        " producers say rehearsals will begin in the spring with a cast drawn from the town's amateur companies.",
    ),
    (
        "Studio Tour Returns for a Fifth Year With Thirty Artists",
        "The studio tour has announced its annual two-day event, which opens thirty studios across the county to"
        " collectors and curious neighbours, with maps at the library and a bus between the villages.",
    ),
]


def _cards_page(header: list[str], stamps: list[str]) -> str:
    cards = [line for (title, blurb), stamp in zip(_CARDS, stamps, strict=True) for line in (title, stamp, blurb)]
    lines = [*MENU, "Council passes budget after long debate", *_BODY, *header, *cards, *FOOTER]
    return "\n".join(lines) + "\n"


def test_teaser_cards_with_their_dates_and_summaries_after_the_article_are_other_stories() -> None:
    got = kinds(_cards_page(["More Hot Stories For You"], ["August 9, 2025"] * 4))
    assert [got[p] for p in _BODY] == ["content"] * len(_BODY), got
    assert all(got[line] != "content" for card in _CARDS for line in card), got


def test_teaser_cards_with_numeric_dates_and_no_header_are_other_stories() -> None:
    """Variant: no header, numeric dates, two cards of one day."""
    got = kinds(_cards_page([], ["08/09/2025", "08/09/2025", "08/08/2025", "08/07/2025"]))
    assert [got[p] for p in _BODY] == ["content"] * len(_BODY), got
    assert all(got[line] != "content" for card in _CARDS for line in card), got


def _within(stamps: list[str]) -> str:
    cards = [line for (title, blurb), stamp in zip(_CARDS, stamps, strict=True) for line in (title, stamp, blurb)]
    lines = [*MENU, "Council passes budget after long debate", *_BODY[:4], *cards, *_BODY[4:], *FOOTER]
    return "\n".join(lines) + "\n"


def test_a_chronology_and_a_live_blog_are_no_teaser_cards() -> None:
    """Variant: the article's own chronology (each entry its own date) and a live blog's entries
    (stamped with a clock time), between its paragraphs, are the article."""
    got = kinds(_within(["March 3, 2025", "March 9, 2025", "April 2, 2025", "May 14, 2025"]))
    assert all(got[line] == "content" for card in _CARDS for line in card), got
    live = kinds(_within(["10.41 GMT", "10.58 GMT", "11.02 GMT", "11.30 GMT"]))
    assert all(live[line] == "content" for card in _CARDS for line in card), live
    assert [live[p] for p in _BODY] == ["content"] * len(_BODY), live


# ---------------------------------------------------------------------------------------------
# Photo captions without a credit line of their own: the credit in brackets closing the caption
# ("(Scott Heins/Gothamist)", "(Public domain)"), the same photographer's name under every picture
# of a how-to ("Attach moss. (Lucy Akins)"), and credits named as such ("(Artist: X)",
# "Screenshot by X/Outlet", "Photographer: X/Agency").

CAPTION_LINES = [
    "The basement at 80 New York. (Scott Heins/Gothamist)",
    "The old ferry terminal is now a market hall. (Tom Lee/Harbour Courier)",
    "Propaganda looked cooler in 1952. (Public domain)",
    "(Artist: 3ihard)",
    "(Illustration: Ana Ruiz)",
    "Screenshot by Amanda Tan/ONE Esports",
    "Screenshot by Jane Roe/Courier",
    "Photographer: Mark Elias/Bloomberg",
    "Photographer: Ana Ruiz/Harbour Courier",
]


@pytest.mark.parametrize("line", CAPTION_LINES, ids=lambda v: v[:30])
def test_caption_credit_lines(line: str) -> None:
    got = kinds(ARTICLE + line + "\n")
    assert got[line] == "caption", got
    assert [got[p] for p in PARAS] == ["content"] * len(PARAS), got


_STEPS = [
    "Glass cloche terrariums (Jane Roe)",
    "Dig a hole in the oasis. (Jane Roe)",
    "Attach moss. (Jane Roe)",
    "Place the cloche over the oasis. (Jane Roe)",
]


def test_a_credit_repeated_under_every_picture_marks_the_captions() -> None:
    body = [_BODY[0], _STEPS[0], _BODY[1], _STEPS[1], _BODY[2], _STEPS[2], _BODY[3], _STEPS[3]]
    got = kinds("\n".join([*MENU, "How to make a terrarium", *body, *FOOTER]) + "\n")
    assert [got[s] for s in _STEPS] == ["caption"] * len(_STEPS), got
    assert [got[p] for p in _BODY[:4]] == ["content"] * 4, got


def test_a_sentence_closing_with_a_bracketed_name_once_or_twice_is_the_article() -> None:
    """Variant: a name in brackets closing two of the article's lines is no photographer's credit."""
    lines = [
        "The motion was seconded by the deputy mayor (Ana Ruiz).",
        "The clerk read the figures aloud, and the vote was taken at once (Ana Ruiz).",
    ]
    got = kinds(ARTICLE + "\n".join(lines) + "\n")
    assert [got[line] for line in lines] == ["content", "content"], got


# ---------------------------------------------------------------------------------------------
# A site's data widget the HTML extractor kept after the article, a table of many columns sharing
# no word with the article's prose (a case-count tracker by region under a story on a drug's
# export): since no table's rows were judged as a menu or a list, its rows had stayed the article.

_DRUG_BODY = [
    "The government said on Monday that it would allow exports of the antimalarial drug to neighbouring"
    " countries after a two-week hold, easing a dispute with its largest trading partner.",
    "Officials had halted shipments in March while experts tested whether the medicine helped patients,"
    " and manufacturers said their warehouses were full of unsold stock.",
    "A spokesman said supplies would go first to nations that had been badly affected, and that any"
    " speculation about the decision was unhelpful.",
    "Industry groups welcomed the move, saying the country makes most of the world's supply of the drug"
    " and that factories could raise output within weeks.",
]
_TRACKER = [
    "Region | Cases | Active | Recovered | Deaths",
    "Norland | 6817 | 5559 | 957 | 301",
    "Westmarch | 2815 | 2423 | 265 | 127",
    "Eastvale | 2514 | 1604 | 857 | 53",
    "Southmere | 2034 | 1777 | 230 | 27",
    "Highcombe | 1952 | 1650 | 210 | 92",
    "Lowbridge Rural | 1778 | 1504 | 248 | 26",
]


def _tracker_page(table: list[str], body: list[str]) -> list[tuple[str, bool | str]]:
    return [
        ("Home", "navigation"),
        ("World", "navigation"),
        ("Exports of key drug to resume, government says", False),
        *[(p, False) for p in body],
        *[(row, False) for row in table],
        ("Trending", True),
        ("Ferry fares to rise again in spring", True),
    ]


def test_html_a_data_widget_table_after_the_article_is_boilerplate() -> None:
    lines = _tracker_page(_TRACKER, _DRUG_BODY)
    got = dict(zip([t for t, _ in lines], _extracted(lines), strict=True))
    assert all(got[row] != "content" for row in _TRACKER[1:]), got
    assert [got[p] for p in _DRUG_BODY] == ["content"] * len(_DRUG_BODY), got


def test_html_a_data_widget_table_before_the_article_is_boilerplate() -> None:
    """Variant: a markets ticker over the headline, no header row, other columns."""
    ticker = [
        "Brent crude | 82.14 | +0.6% | 14:02",
        "Gold ounce | 2,031.50 | -0.2% | 14:02",
        "Copper tonne | 8,412 | +1.1% | 14:01",
        "Wheat bushel | 6.12 | -0.4% | 14:00",
        "Cocoa tonne | 3,950 | +2.3% | 13:58",
    ]
    lines = [("Home", "navigation"), *[(row, False) for row in ticker], *_tracker_page([], _DRUG_BODY)[2:]]
    got = dict(zip([t for t, _ in lines], _extracted(lines, title=1 + len(ticker)), strict=True))
    assert all(got[row] != "content" for row in ticker), got
    assert [got[p] for p in _DRUG_BODY] == ["content"] * len(_DRUG_BODY), got


def test_html_a_table_naming_what_the_article_reports_is_the_article() -> None:
    """Guard: the same shape of table after an article about those regions' figures stays."""
    body = [
        *_DRUG_BODY[:2],
        "Norland, the worst hit region, reported most of the new cases, while Westmarch and Eastvale saw"
        " fewer admissions than a week earlier.",
        "Health officials in Southmere and Highcombe said their hospitals still had beds to spare.",
    ]
    lines = _tracker_page(_TRACKER, body)
    got = dict(zip([t for t, _ in lines], _extracted(lines), strict=True))
    assert [got[row] for row in _TRACKER] == ["content"] * len(_TRACKER), got
