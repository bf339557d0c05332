"""Boilerplate faults an acceptance tester found (session 12, fresh install, own inputs), one kind
per section: the reported shape first, then variants of our own, and a guard. Every page here
is written for the test; none is copied from the evaluation pages.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_noise_kinds import FOOTER, MENU, PARAS, kinds

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus
from waic_reader.tui.cli.main import main

# Short entries, as a live blog's are: too short for a run of prose of their own.
_ENTRIES = [
    "Ferries to the islands were cancelled as winds reached 90mph.",
    "The coastguard said two yachts had been towed into the harbour overnight.",
    "Schools on the east coast will stay closed on Tuesday, the council said.",
    "The bridge to the mainland reopened to cars just after midday, police said.",
]
_TIMES = ["10.41 GMT", "10.58 GMT", "11.12 GMT", "11.30 GMT"]
_LIVE_HEADLINE = "Storm live: ferries cancelled across the islands"


def _live(head: list[str], times: list[str], entries: list[str] = _ENTRIES, foot: list[str] | None = None) -> str:
    lines = [*head]
    for t, e in zip(times, entries):
        lines += [t, e]
    return "\n".join([*lines, *(foot or [])]) + "\n"


# ---------------------------------------------------------------------------------------------
# 1. A live blog's entry times are its content, the first one above the run of prose included.


@pytest.mark.parametrize(
    ("head", "foot"),
    [
        ([_LIVE_HEADLINE], None),  # the reported page: three entries under the headline
        ([_LIVE_HEADLINE, "Key events"], None),  # reported: the first time right after "Key events"
        ([*MENU, _LIVE_HEADLINE, "Key events"], FOOTER),  # variant: a whole saved page around it
    ],
)
def test_live_blog_entry_times_over_short_entries_stay_content(head: list[str], foot: list[str] | None) -> None:
    got = kinds(_live(head, _TIMES[:3], foot=foot))
    assert [got[t] for t in _TIMES[:3]] == ["content"] * 3, got
    assert [got[e] for e in _ENTRIES[:3]] == ["content"] * 3, got
    if "Key events" in head:
        assert got["Key events"] == "live-blog"


def test_live_blog_entry_times_in_twelve_hour_clock_stay_content() -> None:
    """Variant: two entries, stamped "9:05am" and "9:40am", under the headline."""
    times = ["9:05am", "9:40am"]
    got = kinds(_live([_LIVE_HEADLINE], times))
    assert [got[t] for t in times] == ["content", "content"], got


def test_times_over_comments_after_the_article_stay_noise() -> None:
    """Guard: clock times over readers' comments after the article are no live blog's entries."""
    comments = [
        "Comments (2)",
        "Jane",
        "10:41",
        "Great news for the islands, finally someone listens to us.",
        "Tom",
        "11:02",
        "The roads are a disgrace and this budget will not fix them.",
    ]
    got = kinds("\n".join([*MENU, "Council passes budget after long debate", *PARAS, *comments, *FOOTER]) + "\n")
    assert [got[line] == "content" for line in comments] == [False] * len(comments), got
    assert [got[p] for p in PARAS] == ["content"] * len(PARAS)


_LD = {
    "@context": "https://schema.org",
    "@type": "LiveBlogPosting",
    "headline": "Storm live: ferries cancelled",
    "datePublished": "2025-03-16T10:30:00Z",
    "publisher": {"@type": "Organization", "name": "Halvik Daily"},
}


def _html(entries: str, ld_type: str = "LiveBlogPosting") -> str:
    ld = json.dumps({**_LD, "@type": ld_type})
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Storm live: ferries cancelled</title>
<script type="application/ld+json">{ld}</script></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<main><h1>Storm live: ferries cancelled</h1>{entries}</main>
<footer><p>© 2025 Halvik Daily. All rights reserved.</p></footer></body></html>"""


_HTML_CASES = {
    # the reported page: <article class="block"><time>…</time><p>…</p></article> three times
    "block": (
        _html(
            "".join(
                f'<article class="block"><time>{t}</time><p>{e}</p></article>' for t, e in zip(_TIMES, _ENTRIES[:3])
            )
        ),
        3,
    ),
    # variant: <section> entries with a datetime attribute, four of them, as a NewsArticle
    "section": (
        _html(
            "".join(
                f'<section class="post"><time datetime="2025-03-16">{t}</time><p>{e}</p></section>'
                for t, e in zip(_TIMES, _ENTRIES)
            ),
            ld_type="NewsArticle",
        ),
        4,
    ),
    # variant: two entries whose times are headings (the extractor keeps one, leaves out the other)
    "heading": (_html("".join(f"<article><h2>{t}</h2><p>{e}</p></article>" for t, e in zip(_TIMES, _ENTRIES[:2]))), 2),
}


def _read(tmp_path: Path, html: str) -> tuple[str, dict[str, list[str]]]:
    (tmp_path / "live.html").write_text(html, encoding="utf-8")
    article = Corpus.scan(tmp_path).article("live")
    split = split_noise(article)
    where: dict[str, list[str]] = {}
    for seg in split.content:
        where.setdefault(seg.text, []).append("content")
    for seg in split.noise:
        where.setdefault(seg.text, []).append(seg.kind)
    return article.text, where


@pytest.mark.parametrize("case", sorted(_HTML_CASES))
def test_html_live_blog_entry_times_stay_content(tmp_path: Path, case: str) -> None:
    html, count = _HTML_CASES[case]
    _text, where = _read(tmp_path, html)
    for t in _TIMES[:count]:
        assert where[t] == ["content"], (t, where)


# ---------------------------------------------------------------------------------------------
# 2. A main line the extractor gives ahead of its place (a live blog's first entry before the
#    headline) is shown once, where the page has it, as content.


@pytest.mark.parametrize("case", sorted(_HTML_CASES))
def test_html_text_appears_once_in_page_order(tmp_path: Path, case: str) -> None:
    html, count = _HTML_CASES[case]
    text, where = _read(tmp_path, html)
    lines = text.split("\n")
    order = ["Storm live: ferries cancelled"]
    for t, e in zip(_TIMES[:count], _ENTRIES):
        order += [t, e]
    assert [line for line in lines if line in order] == order, lines
    for e in _ENTRIES[:count]:
        assert where[e] == ["content"], (e, where)


def test_html_live_blog_show_and_search_give_the_first_entry_once_as_content(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The reported symptom end to end: `show --json` text holds the first entry once, after the
    headline, and `search` finds it in the content only."""
    (tmp_path / "live.html").write_text(_HTML_CASES["block"][0], encoding="utf-8")
    assert main(["--corpus", str(tmp_path), "show", "live", "--json"]) == 0
    text = json.loads(capsys.readouterr().out)["text"]
    assert text.count(_ENTRIES[0]) == 1
    assert text.index("Storm live: ferries cancelled") < text.index(_ENTRIES[0])
    assert main(["--corpus", str(tmp_path), "search", "coastguard yachts", "--json"]) == 0
    assert [h["in"] for h in json.loads(capsys.readouterr().out)["hits"]] == [["content"]]
    assert main(["--corpus", str(tmp_path), "search", "islands cancelled", "--json"]) == 0
    assert [h["in"] for h in json.loads(capsys.readouterr().out)["hits"]] == [["content"]]


def test_html_article_in_order_keeps_its_lines_once_and_in_place(tmp_path: Path) -> None:
    """Guard: an ordinary article's paragraphs, the extractor's in the page's order, stay so."""
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    html = _html(body, ld_type="NewsArticle").replace("Storm live: ferries cancelled", "Council passes budget")
    text, where = _read(tmp_path, html)
    lines = text.split("\n")
    assert [line for line in lines if line in PARAS] == PARAS
    assert lines.index("Council passes budget") < lines.index(PARAS[0])
    for p in PARAS:
        assert where[p] == ["content"]


# ---------------------------------------------------------------------------------------------
# 3. A byline under the headline of a whole page is a byline, never another story's teaser, and
#    its date stays the article's, whatever lines follow at the bottom.

_RELATED = ["Related stories", "Mayor signs the road repair plan after a long delay"]


def _bylined_page(byline: str, menu: int = 9) -> str:
    lines = [*MENU[:menu], "Council passes budget after long debate", byline, *PARAS, *_RELATED, *FOOTER]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("byline", "date"),
    [
        ("By Sam Field · KXYZ News · 16 March 2025", "2025-03-16"),  # the reported byline
        ("By Jane Roe / Harbour Courier / March 14, 2025", "2025-03-14"),  # variant: slashes, US date
        ("By Ana Ruiz • Halvik Daily • 2 April 2025", "2025-04-02"),  # variant: bullets
    ],
)
def test_byline_above_a_pages_article_is_no_teaser_and_dates_it(tmp_path: Path, byline: str, date: str) -> None:
    text = _bylined_page(byline)
    got = kinds(text)
    assert got[byline] in ("byline", "content"), got
    assert [got[p] for p in PARAS] == ["content"] * len(PARAS)
    assert [got[line] for line in _RELATED] == ["headline-list"] * 2
    (tmp_path / "page.txt").write_text(text, encoding="utf-8")
    assert Corpus.scan(tmp_path).article("page").date == date


def test_teaser_above_a_pages_article_is_still_a_teaser() -> None:
    """Guard: another story's headline above the page's headline is still not the article's."""
    teaser = "Harbour master warns of delays to the ferry timetable this summer"
    lines = [*MENU, teaser, "Council passes budget after long debate", "By Sam Field", *PARAS, *FOOTER]
    got = kinds("\n".join(lines) + "\n")
    assert got[teaser] != "content", got
    assert got["Council passes budget after long debate"] == "content"


# ---------------------------------------------------------------------------------------------
# 5. A short menu is judged whole: a link a phrase rule names ("Home") counts towards the run,
#    so the lines beside it go with it.


@pytest.mark.parametrize(
    "menu",
    [
        ["Home", "News", "Sport"],  # the reported page
        ["Menu", "Politics", "Weather"],  # variant: the menu's own label first
        ["World", "Business", "Sign in"],  # variant: the phrase rule's link last
    ],
)
def test_short_menu_over_an_article_goes_whole(menu: list[str]) -> None:
    got = kinds("\n".join([*menu, "Council passes budget after long debate", *PARAS]) + "\n")
    assert [got[line] for line in menu] == ["navigation"] * len(menu), got
    assert got["Council passes budget after long debate"] == "content"
    assert [got[p] for p in PARAS] == ["content"] * len(PARAS)


def test_short_lines_beside_a_link_between_paragraphs_stay_the_articles() -> None:
    """Guard: between the article's paragraphs, short lines beside a "Contents" line are its own."""
    middle = ["Contents", "Road repairs", "School places"]
    got = kinds("\n".join(["Council passes budget after long debate", *PARAS[:2], *middle, *PARAS[2:]]) + "\n")
    assert [got[line] for line in middle[1:]] == ["content", "content"], got
    assert [got[p] for p in PARAS] == ["content"] * len(PARAS)


# ---------------------------------------------------------------------------------------------
# 4. A list the article gives right under its headline is the article's, whole: headed "Key
#    points" or the like, or of items its prose goes on to name.

_ROUTES = [
    "The harbour authority will run three new ferry routes from May, it said on Monday, after a"
    " year in which the number of passengers rose by a third.",
    "The northern route will call at four villages on the coast, and the island loop will link the"
    " three largest islands with a boat every hour in the summer.",
    "A harbour shuttle will cross between the two quays every ten minutes, replacing the old"
    " chain ferry that broke down twice last winter, and a night ferry will run on Fridays.",
]


def _listed(head: list[str], items: list[str], body: list[str]) -> dict[str, str]:
    return kinds("\n".join(["Ferry network to grow by three routes", *head, *items, *body]) + "\n")


@pytest.mark.parametrize(
    ("head", "items", "body"),
    [
        (["Key points"], ["Northern route", "Island loop", "Harbour shuttle"], PARAS),  # the reported list
        (["At a glance"], ["Road repairs", "Two schools", "Flat taxes"], PARAS),  # variant: another heading
        # variant: no heading, four items the prose names
        ([], ["Northern route", "Island loop", "Harbour shuttle", "Night ferry"], _ROUTES),
    ],
)
def test_list_under_the_headline_stays_whole(head: list[str], items: list[str], body: list[str]) -> None:
    got = _listed(head, items, body)
    assert [got[line] for line in [*head, *items]] == ["content"] * (len(head) + len(items)), got
    assert [got[p] for p in body] == ["content"] * len(body)


def test_menu_over_an_article_still_goes_when_its_items_are_not_named() -> None:
    """Guard: short lines the prose never names, headed by no list heading, are still a menu."""
    menu = ["Politics", "Business", "Culture", "Weather"]
    got = _listed([], menu, PARAS)
    assert [got[line] for line in menu[:3]] == ["navigation"] * 3, got
    assert [got[p] for p in PARAS] == ["content"] * len(PARAS)


# ---------------------------------------------------------------------------------------------
# 6. A comment's time stamp in the comments section after the article is the comment's
#    (kind comments), not a byline.

_LONG = [*PARAS, *_ROUTES]  # over the hundred words of prose a comments header needs before it


@pytest.mark.parametrize(
    ("section", "stamps"),
    [
        (  # the reported shape: "N thoughts on", "X says:", the stamp, the comment, "Reply"
            [
                "2 thoughts on “Council passes budget after long debate”",
                "Jane Doe says:",
                "March 16, 2025 at 10:12 pm",
                "Great news for the islands, finally someone listens to us.",
                "Reply",
                "Tom Lee says:",
                "March 16, 2025 at 11:40 pm",
                "The roads are a disgrace and this budget will not fix them.",
                "Reply",
            ],
            ["March 16, 2025 at 10:12 pm", "March 16, 2025 at 11:40 pm"],
        ),
        (  # variant: "Comments (2)", names alone, a dated stamp and an "ago" stamp
            [
                "Comments (2)",
                "Jane Doe",
                "16 March 2025, 10:12",
                "Great news for the islands, finally someone listens to us.",
                "Tom Lee",
                "2 hours ago",
                "The roads are a disgrace and this budget will not fix them.",
            ],
            ["16 March 2025, 10:12", "2 hours ago"],
        ),
    ],
)
def test_comment_stamps_are_the_comments(section: list[str], stamps: list[str]) -> None:
    got = kinds("\n".join([*MENU, "Council passes budget after long debate", *_LONG, *section, *FOOTER]) + "\n")
    assert [got[s] for s in stamps] == ["comments"] * len(stamps), got
    assert [got[p] for p in _LONG] == ["content"] * len(_LONG)


def test_html_comment_stamps_are_the_comments(tmp_path: Path) -> None:
    """Variant: HTML, each comment's <time> in a comments container the extractor leaves out."""
    comments = "".join(
        f'<div class="comment"><p class="author">{who}</p><time>{when}</time><p>{said}</p></div>'
        for who, when, said in [
            ("Jane Doe", "16 March 2025 10:12", "Great news for the islands, finally someone listens to us."),
            ("Tom Lee", "16 March 2025 11:40", "The roads are a disgrace and this budget will not fix them."),
        ]
    )
    body = (
        "".join(f"<p>{p}</p>" for p in _LONG)
        + f'</main><section id="comments"><h3>Comments (2)</h3>{comments}</section><main>'
    )
    html = _html(body, ld_type="NewsArticle").replace("Storm live: ferries cancelled", "Council passes budget")
    _text, where = _read(tmp_path, html)
    assert where["16 March 2025 10:12"] == ["comments"], where
    assert where["16 March 2025 11:40"] == ["comments"], where
    assert all(where[p] == ["content"] for p in _LONG)


def test_the_articles_own_stamp_under_its_headline_stays_a_byline() -> None:
    """Guard: the article's date stamp under its headline is no comment's."""
    section = ["Comments (1)", "Jane Doe", "2 hours ago", "Great news for the islands, finally someone listens to us."]
    lines = [*MENU, "Council passes budget after long debate", "March 16, 2025 at 9:00 am", *_LONG, *section, *FOOTER]
    got = kinds("\n".join(lines) + "\n")
    assert got["March 16, 2025 at 9:00 am"] in ("byline", "content"), got
    assert got["2 hours ago"] == "comments"


# ---------------------------------------------------------------------------------------------
# 6. A caption ending in its "Credit:" is a caption, as one ending in "Photograph:" is.


@pytest.mark.parametrize(
    "caption",
    [
        "Ferry passengers wait at the harbour on Sunday. Credit: Anna Berg/Halvik Daily",  # reported
        "The mayor signs the budget at the town hall! Credits: Tom Lee / Harbour Courier",  # variant
        "Island councillors leave the chamber after the vote. Credit: Ana Ruiz for the Harbour Courier",  # variant
    ],
)
def test_caption_ending_in_its_credit_is_a_caption(caption: str) -> None:
    got = kinds("\n".join(["Council passes budget after long debate", PARAS[0], caption, *PARAS[1:]]) + "\n")
    assert got[caption] == "caption", got
    assert [got[p] for p in PARAS] == ["content"] * len(PARAS)


def test_a_sentence_about_credit_stays_the_articles() -> None:
    """Guard: a paragraph whose last sentence opens with the word "Credit" (no credit label) stays."""
    para = "Banks lent more to small firms in March than in any month for two years. Credit conditions eased, the central bank said"
    got = kinds("\n".join(["Council passes budget after long debate", PARAS[0], para, *PARAS[1:]]) + "\n")
    assert got[para] == "content", got
