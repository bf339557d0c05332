"""Hard-wrapped paragraphs are joined when a short line of another kind touches them.

Reported (t14b, fault 1): a byline or a "Posted:" stamp straight over a paragraph wrapped at 68-80
columns, or "Share this article" straight under one, with no blank line between, left the
paragraph a block a line; on a whole page those lines were then dropped as noise. The wrapped
lines are judged on their own; the touching line stays a block of its own.
"""

from __future__ import annotations

import textwrap

import pytest
from headline_lists import LISTS

from waic_reader.index.corpus.blocks import split_blocks


def paragraphs(text: str) -> list[str]:
    return [" ".join(b.text.split()) for b in split_blocks(text)]


BLOG_PARAS = [
    "The Easton city commission on Thursday approved a plan to rezone 40 acres of the old harbor district "
    "for housing, voting 4 to 3 after a six-hour hearing that ran past midnight.",
    "Commissioner Dale Pruitt, who cast the deciding vote, said the city could not afford to leave the land "
    'empty. "Every year we wait, rents go up," he said.',
    "Residents of the Bayside neighborhood said the plan would bring traffic to streets that already flood in "
    "heavy rain.",
]
BLOG_HEAD = ["Menu", "Home", "Local", "Politics", "Weather", "Contact"]
BLOG_TAIL = [
    "Stevedores union sues port over overtime rules",
    "March 13, 2025 | Business",
    "Schools chief outlines budget cuts",
    "March 12, 2025 | Education",
    "Library to extend weekend hours",
    "March 11, 2025 | Community",
    "12 thoughts on “Harbor district rezoning passes on split vote”",
    "Marge Tully says:",
    "March 14, 2025 at 8:14 am",
    "About time something got built down there.",
    "Reply",
    "Leave a Reply",
    "Cancel reply",
]


def blog_text() -> str:
    """The reported blog page (c2/blog.txt): menu, headline, stamp, three paragraphs wrapped at
    80 columns, then teasers and comments, with no blank line around the header or the footer."""
    head = "\n".join([*BLOG_HEAD, "Harbor district rezoning passes on split vote", "Posted: Mar 14, 2025"])
    body = "\n\n".join(textwrap.fill(p, 80) for p in BLOG_PARAS)
    return head + "\n" + body + "\n" + "\n".join(BLOG_TAIL) + "\n"


def test_reported_blog_paragraphs_are_joined() -> None:
    assert paragraphs(blog_text()) == [
        *BLOG_HEAD,
        "Harbor district rezoning passes on split vote",
        "Posted: Mar 14, 2025",
        *BLOG_PARAS,
        *BLOG_TAIL,
    ]


FROST = (
    "Apple growers in the Kessel valley say a late frost on the night of\n"
    "April 20 destroyed up to 70 percent of the blossom on some farms,\n"
    "the worst damage since 1991.\n"
)


def test_reported_paragraph_under_a_byline_is_joined() -> None:
    text = "Orchard growers count cost of late frost\nBy Tilde Marsh\n" + FROST
    assert paragraphs(text)[1:] == ["By Tilde Marsh", " ".join(FROST.split())]


def test_reported_last_paragraph_over_a_share_line_is_joined() -> None:
    text = (
        "Orchard growers count cost of late frost\n\n" + FROST + "\n"
        '"We walked the rows at dawn and it was all brown," said grower Ben\n'
        "Albers, whose family has farmed at Kessel for four generations.\n\n"
        "The growers' association will ask the regional government for\n"
        "emergency aid next week.\n"
        "Share this article\n"
    )
    assert paragraphs(text)[-2:] == [
        "The growers' association will ask the regional government for emergency aid next week.",
        "Share this article",
    ]


# Variants of our own: other names, widths, indentation, and lines touching both above and below.
SLUICE = (
    "Engineers at the Marrow Bay sluice began replacing the rusted gates on Friday, closing the canal to "
    "barges for at least nine days while divers inspect the foundations."
)
SLUICE2 = "The canal authority said freight would be sent by road until the gates reopen in the spring."


@pytest.mark.parametrize("width", [62, 70, 78])
@pytest.mark.parametrize("indent", ["", "  "])
def test_variant_stamp_above_and_follow_line_below(width: int, indent: str) -> None:
    text = (
        "Sluice gates closed for repairs\n"
        "Updated 09:40, 3 June 2024\n"
        + textwrap.fill(SLUICE, width, initial_indent=indent, subsequent_indent=indent)
        + "\nFollow us on Mastodon\n"
    )
    assert paragraphs(text) == [
        "Sluice gates closed for repairs",
        "Updated 09:40, 3 June 2024",
        SLUICE,
        "Follow us on Mastodon",
    ]


def test_variant_byline_over_two_paragraphs_and_a_print_line() -> None:
    text = (
        "By Oswin Quarrie and Pell Danvers\n"
        + textwrap.fill(SLUICE, 66)
        + "\n\n"
        + textwrap.fill(SLUICE2, 66)
        + "\nPrint this page\n"
    )
    assert paragraphs(text) == ["By Oswin Quarrie and Pell Danvers", SLUICE, SLUICE2, "Print this page"]


@pytest.mark.parametrize(("header", "items"), LISTS)
def test_guard_headline_list_under_a_byline_stays_a_line_a_block(header: str, items: list[str]) -> None:
    # Guard (passes before the fix too): a list touching a byline and a share line is still a list.
    text = "By Tilde Marsh\n" + header + "\n" + "\n".join(items) + "\nShare this article\n"
    assert paragraphs(text) == ["By Tilde Marsh", header, *items, "Share this article"]


def test_guard_teaser_pairs_under_a_stamp_are_not_glued() -> None:
    text = "Posted: Mar 14, 2025\n" + "\n".join(BLOG_TAIL[:6]) + "\n"
    assert paragraphs(text) == ["Posted: Mar 14, 2025", *BLOG_TAIL[:6]]
