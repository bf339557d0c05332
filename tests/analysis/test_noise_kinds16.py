"""Boilerplate kinds from the fresh tester's re-test of issue #14 (end of session 16, inputs under
/tmp/t14s16b, written anew here): comments stamped "Name · 2 hours ago", "Tweet" in a share row,
the site's name over the page's menu, "Follow @handle", a wire service's transmission slug, rank
numbers of a "Most popular" list, a footer's newsletter box. Each: the reported input, two variants
of our own, and guards for what must stay content.
"""

from __future__ import annotations

import pytest
from test_noise_kinds import kinds

# ---------------------------------------------------------------------------------------------
# Comments in the "Name · 2 hours ago" form under a comments header: the stamps, the comments'
# text and "Load more comments" are comments (n4/disqus.txt).

_APOLOGY = [
    "Ferry operator apologises to families",
    "Nordbank Lines apologised on Tuesday to the families of the twelve people who died when its ferry "
    "Nordlys capsized, and promised compensation.",
    "The chief executive, Hans Olsen, read the apology at a meeting with relatives in Halvik.",
    "Several relatives walked out before he had finished.",
    '"An apology three weeks later is not enough," said Astrid Lien, whose husband captained the ferry.',
]
_COMMENT_1 = (
    "The apology came far too late and the families deserve much more than words from a company that "
    "ignored every warning."
)
_COMMENT_2 = "Compensation should be decided by a court, not by the company itself behind closed doors."


@pytest.mark.parametrize(
    ("section", "stamps", "closing"),
    [
        # reported: "Comments", two "Name · N hours ago" comments, "Load more comments"
        (
            [
                "Comments",
                "Olav Hansen · 2 hours ago",
                _COMMENT_1,
                "Kari M · 3 hours ago",
                _COMMENT_2,
                "Load more comments",
            ],
            ["Olav Hansen · 2 hours ago", "Kari M · 3 hours ago"],
            ["Load more comments"],
        ),
        # ours: a count header, handles with "|", minutes and a day; the last comment ends the text
        (
            ["2 comments", "olav_h | 45 minutes ago", _COMMENT_1, "karim | a day ago", _COMMENT_2],
            ["olav_h | 45 minutes ago", "karim | a day ago"],
            [],
        ),
        # ours: "Reader comments", "•", two lines of one comment, "Show more comments"
        (
            [
                "Reader comments",
                "Olav Hansen • 5 hours ago",
                _COMMENT_1,
                "Signed, a worried father.",
                "Kari M • 1 day ago",
                _COMMENT_2,
                "Show more comments",
            ],
            ["Olav Hansen • 5 hours ago", "Kari M • 1 day ago"],
            ["Show more comments", "Signed, a worried father."],
        ),
    ],
)
def test_comments_stamped_how_long_ago_are_comments(section: list[str], stamps: list[str], closing: list[str]) -> None:
    got = kinds("\n".join([*_APOLOGY, *section]) + "\n")
    for line in _APOLOGY[1:]:
        assert got[line] == "content", (line, got)
    for line in [*stamps, _COMMENT_1, _COMMENT_2, *closing]:
        assert got[line] == "comments", (line, got)


def test_a_name_and_how_long_ago_without_a_comments_header_stays_as_it_was() -> None:
    # guard: a line of the "· 2 hours ago" form in an article with no comments header is not read as
    # a commenter's stamp, and the paragraph under it stays content
    text = "\n".join([*_APOLOGY, "Astrid Lien · 2 hours ago", _COMMENT_2]) + "\n"
    got = kinds(text)
    assert got.get("Astrid Lien · 2 hours ago") != "comments", got
    assert got[_COMMENT_2] == "content", got


# ---------------------------------------------------------------------------------------------
# "Tweet" in a share row is the row's (n3/notitle.txt).

_KEEPER = [
    "Halvik's oldest lighthouse keeper, Ola Moen, retired on Monday after 41 years at the Nordøy light.",
    '"The sea has been my neighbour all my life," he said.',
]


@pytest.mark.parametrize(
    ("row", "tweet"),
    [
        # reported: Share / Tweet / Email / Print, one a line, over the article
        (["Share", "Tweet", "Email", "Print"], "Tweet"),
        # ours: under the article, another order
        (["Tweet", "Share", "WhatsApp"], "Tweet"),
        # ours: one line of two buttons
        (["Tweet | Share"], "Tweet | Share"),
    ],
)
def test_tweet_in_a_share_row_is_the_rows(row: list[str], tweet: str) -> None:
    got = kinds("\n".join([*row, *_KEEPER]) + "\n")
    assert got[tweet] == "call-to-action", got
    for line in _KEEPER:
        assert got[line] == "content", (line, got)


def test_a_sentence_about_a_tweet_stays_content() -> None:
    # guard: the word in the article's own sentence
    line = "Moen's granddaughter posted a tweet about his last night at the light, and it was shared widely."
    got = kinds("\n".join(["Lighthouse keeper retires", *_KEEPER, line]) + "\n")
    assert got[line] == "content", got


# ---------------------------------------------------------------------------------------------
# The site's name on the page's first line, over its menu (n1/nav_inline.txt), and "Follow @handle".

_FARES = [
    "Ferry fares to rise 8% in May",
    "By Per Lie",
    "March 19, 2025",
    "Ferry fares on all routes will rise by 8% in May, Nordbank Lines said on Wednesday, blaming higher fuel "
    "and insurance costs.",
    "A single adult ticket to Osland will cost 14 euros.",
    "Passenger groups said the rise was unjustified after the Nordlys disaster.",
]


@pytest.mark.parametrize(
    ("head", "site"),
    [
        # reported: the site's name, "Subscribe", "Log in", a menu row
        (["Halvik Herald", "Subscribe", "Log in", "News | Sport | Business | Opinion | Culture"], "Halvik Herald"),
        # ours: a station's name over "Skip to content"
        (["KXYZ News 7", "Skip to content", "Home | World | Local"], "KXYZ News 7"),
        # ours: a name with "The", straight over its menu row
        (["The Osland Times", "Home | News | Sport | Weather"], "The Osland Times"),
    ],
)
def test_the_sites_name_over_its_menu_is_navigation(head: list[str], site: str) -> None:
    got = kinds("\n".join([*head, *_FARES]) + "\n")
    assert got[site] == "navigation", got
    assert got["Ferry fares to rise 8% in May"] == "content", got
    for line in _FARES[3:]:
        assert got[line] == "content", (line, got)


def test_a_headline_over_a_share_row_is_no_sites_name() -> None:
    # guard: the headline on the first line, over a share row and its byline, stays the article's
    got = kinds("\n".join(["Ferry Fares Rise", "Share", "Tweet", *_FARES[1:]]) + "\n")
    assert got["Ferry Fares Rise"] == "content", got


@pytest.mark.parametrize(
    "line",
    [
        "Follow @perlie",  # reported, under the author's bio
        "Follow @halvikherald on X",  # ours
        "follow @per_lie",  # ours
    ],
)
def test_follow_a_handle_is_a_call_to_action(line: str) -> None:
    got = kinds("\n".join([*_FARES, "Per Lie is the Herald's transport correspondent.", line]) + "\n")
    assert got[line] == "call-to-action", got
    for p in _FARES[3:]:
        assert got[p] == "content", (p, got)


def test_a_sentence_about_following_a_handle_stays_content() -> None:
    line = "Passengers were told to follow @nordbanklines for updates on cancelled crossings during the strike."
    got = kinds("\n".join([*_FARES, line, "The new fares apply from May 1."]) + "\n")
    assert got[line] == "content", got


# ---------------------------------------------------------------------------------------------
# A wire service's transmission slug closing its story (prev/c2/wire_old.txt).

_WIRE = (
    "  HALVIK (AP) -- A ferry carrying 214 people capsized in heavy seas\n"
    "off the Halvik coast Friday night, killing at least 12 persons, the\n"
    "coast guard said.\n"
    "  Rescue workers pulled 180 survivors from the frigid water, some\n"
    "after more than two hours, a coast guard spokesman said.\n"
    "  It was the worst ferry disaster in the country since 1969.\n"
)


@pytest.mark.parametrize(
    "slug",
    [
        "  AP-WS-03-14-25 2214EST",  # reported
        "  AP-NY-07-02-98 1530EDT",  # ours: another desk and zone
        "\nUPI 11-03-91 0912GMT",  # ours: a service without a desk, after a blank line
    ],
)
def test_a_wire_transmission_slug_is_attribution(slug: str) -> None:
    got = kinds(_WIRE + slug + "\n")
    assert got[slug.strip()] == "attribution", got
    assert got["It was the worst ferry disaster in the country since 1969."] == "content", got


def test_a_line_of_figures_and_a_zone_in_prose_stays_content() -> None:
    # guard: no slug's shape (words, no service code)
    line = "The last message from the ferry was logged at 2214 EST on March 14, the coast guard said."
    got = kinds(_WIRE + line + "\n")
    assert got[line] == "content", got


# ---------------------------------------------------------------------------------------------
# A "Most popular" list's rank numbers are the list's, not date stamps (n4/numbered_popular.txt);
# a footer's newsletter box is a call to action, not an item of the list above it (n1/nav_inline.txt).

_WALL = [
    "Council to build new sea wall",
    "The council of Halvik approved plans on Wednesday for a 2km sea wall to protect the harbour district.",
    "Construction will begin next spring and cost about 30 million euros.",
]
_POPULAR = [
    "Minister resigns over bridge contract",
    "Storm warning extended to weekend",
    "Lottery winner comes forward",
    "Celebrity chef opens harbour restaurant",
]


@pytest.mark.parametrize(
    ("header", "ranks"),
    [
        ("Most popular", ["1", "2", "3", "4"]),  # reported
        ("Most read", ["1.", "2.", "3.", "4."]),  # ours: ranks with a dot
        ("Trending", ["#1", "#2", "#3", "#4"]),  # ours: ranks with "#"
    ],
)
def test_rank_numbers_of_a_popular_list_are_the_lists(header: str, ranks: list[str]) -> None:
    lines = [*_WALL, header]
    for rank, title in zip(ranks, _POPULAR):
        lines += [rank, title]
    got = kinds("\n".join(lines) + "\n")
    for rank in ranks:
        assert got[rank] == "headline-list", (rank, got)
    for title in _POPULAR:
        assert got[title] == "headline-list", (title, got)
    for p in _WALL[1:]:
        assert got[p] == "content", (p, got)


_RELATED = ["You may also like", "Ferry disaster: what we know", "19 March 2025 | News"]


@pytest.mark.parametrize(
    "box",
    [
        # reported: under "You may also like"
        ["Newsletter", "Get the Herald in your inbox every morning", "Enter your email", "Sign up"],
        # ours: "Newsletters", "Enter your email address"
        ["Newsletters", "Get the Osland Times in your inbox", "Enter your email address", "Subscribe"],
        # ours: the daily edition's wording
        ["Newsletter", "Get The Herald into your inbox every weekday", "Enter your e-mail here", "Sign up"],
    ],
)
def test_a_footers_newsletter_box_is_a_call_to_action(box: list[str]) -> None:
    got = kinds("\n".join([*_FARES, *_RELATED, *box, "© Halvik Herald 2025"]) + "\n")
    for line in box:
        assert got[line] == "call-to-action", (line, got)
    assert got["Ferry disaster: what we know"] == "headline-list", got
    for p in _FARES[3:]:
        assert got[p] == "content", (p, got)
