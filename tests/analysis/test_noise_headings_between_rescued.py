"""A blog post read from HTML whose paragraphs the extractor left out while it kept the post's
subheadings and lists (issue #14, round s32-f, unseen27's bjori-1: bare text between line breaks,
an <h4> and an <ol> in a Blogger post): the rescue rules give the paragraphs back (text left out
between lines of the main text), but the kept subheadings and list items, judged alone as the
main text, read as a run of short lines after the article's end ("one of a run of 8 short
title-case lines …", headline-list). Between the article's paragraphs they are its own. The
reported shape and two variants of our own (a post with other headings and items, one whose
sections hold one left-out paragraph each). The blocks and what the extractor left
out are given as the HTML reader gives them (an invented page does not make the extractor leave
out the same lines)."""

from __future__ import annotations

import pytest

from waic_reader.index.analysis.noise import classify_article
from waic_reader.index.corpus.blocks import Block

OUT = (None, "the page outside the main text")
MENU = ("navigation", "a “menu” container")

# (kind, text, left out?) in page order: the post's title, its first paragraphs kept, then
# sections whose paragraphs the extractor left out and whose headings and list items it kept.
POSTS = {
    "reported": [
        ("title", "A New Driver for the Kestrel Database", None),
        ("paragraph", "Get link", MENU),
        ("paragraph", "April 14, 2015", OUT),
        (
            "paragraph",
            "For the past few months I have been working on a new driver for the Kestrel database, and it is out.",
            None,
        ),
        (
            "paragraph",
            "The aim was to build a small extension on top of the C library, so there is far less code to look after.",
            None,
        ),
        ("heading", "What's the Point?", None),
        (
            "paragraph",
            "Most developers talk to their database through a framework these days, and it has its own helpers anyway.",
            OUT,
        ),
        (
            "paragraph",
            "So the driver only does what it must to talk to a server, and nothing more, as it should be in the end.",
            OUT,
        ),
        ("list-item", "- Server Discovery and Monitoring", None),
        ("list-item", "- Automatic Server Selection (with manual selection possible)", None),
        ("list-item", "- Implementing the Kestrel wire protocol", None),
        ("heading", "Again, What's the Point?", None),
        (
            "paragraph",
            "Well, now we can give you a stable driver that should not change much, which means fewer upgrades for all.",
            OUT,
        ),
        ("heading", "Kestrel Libraries", None),
        (
            "paragraph",
            "We are not leaving our users out in the cold: a library on top of the driver will have all the helpers.",
            OUT,
        ),
        (
            "paragraph",
            "It will follow the common specification, and we will add new features to it as users need them over time.",
            OUT,
        ),
        ("heading", "What do you think?", None),
    ],
    "crane": [
        ("title", "Rebuilding the Harbour Crane Controller", None),
        (
            "paragraph",
            "Last winter the old crane controller at the harbour failed for the third time, so we rebuilt it this spring.",
            None,
        ),
        (
            "paragraph",
            "The plan was to keep the cabinet and the wiring, and to replace the board with parts we can buy today.",
            None,
        ),
        ("heading", "Why Not Repair It?", None),
        (
            "paragraph",
            "The board is thirty years old and nobody makes its chips any more, so every repair meant hunting for parts.",
            OUT,
        ),
        (
            "paragraph",
            "The new controller does only the few things the crane needs, and it does them well, as we found in tests.",
            OUT,
        ),
        ("list-item", "- Load Sensing and Limits", None),
        ("list-item", "- Emergency Stop Handling", None),
        ("list-item", "- Remote Status Reports", None),
        ("heading", "What Comes Next", None),
        (
            "paragraph",
            "We will run the old and the new controller side by side for a month before the old one is switched off.",
            OUT,
        ),
        ("heading", "Questions Welcome", None),
    ],
    "garden": [
        ("title", "Our Allotment in Its Second Year", None),
        (
            "paragraph",
            "The second year on the allotment went better than the first, mostly because we planted far less than before.",
            None,
        ),
        (
            "paragraph",
            "We kept a diary of what we sowed and when, and it turned out to be the most useful thing we did all year.",
            None,
        ),
        ("heading", "What Worked", None),
        (
            "paragraph",
            "The beans did well again, and the raised beds at the far end stayed dry through the wettest weeks of June.",
            OUT,
        ),
        ("list-item", "- Runner Beans on Hazel Poles", None),
        ("list-item", "- Early Potatoes", None),
        ("list-item", "- Garlic Planted in October", None),
        ("list-item", "- Sweet Peas by the Gate", None),
        ("list-item", "- Rhubarb from Cuttings", None),
        ("heading", "What Did Not", None),
        (
            "paragraph",
            "The slugs took every lettuce we planted before July, and the tomatoes caught blight in the second week of August.",
            OUT,
        ),
        ("heading", "Next Year", None),
    ],
}


def _classify(post: list[tuple[str, str, tuple[str | None, str] | None]]) -> dict[str, tuple[str, str] | None]:
    blocks: list[Block] = []
    discarded: dict[int, tuple[str | None, str]] = {}
    at = 0
    for i, (kind, text, out) in enumerate(post):
        blocks.append(Block(at, at + len(text), kind, text))
        at += len(text) + 1
        if out is not None:
            discarded[i] = out
    labels = classify_article(blocks, discarded)
    return {b.text: lab for b, lab in zip(blocks, labels)}


@pytest.mark.parametrize("name", sorted(POSTS))
def test_kept_subheadings_and_lists_between_rescued_paragraphs_stay_content(name: str) -> None:
    post = POSTS[name]
    got = _classify(post)
    # Every heading and item between two paragraphs of the post (the last heading closes the
    # kept text with nothing of the post after it: left as the rules judge it).
    last = max(i for i, (kind, _t, out) in enumerate(post) if kind == "paragraph" and out == OUT)
    for i, (kind, text, _out) in enumerate(post):
        if kind in ("heading", "list-item") and i < last:
            assert got[text] is None, (text, got[text])
    for kind, text, out in post:
        if kind == "paragraph" and out == OUT and len(text.split()) >= 8:
            assert got[text] is None, (text, got[text])
