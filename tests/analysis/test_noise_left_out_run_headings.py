"""A run of the article's text the extractor left out between lines of its main text, holding
its own section headings and a pull quote signed with a hyphen (issue #14, round s32-f,
unseen27's readwriteweb-1 as HTML: "But Page.ly wasn't the first stab …", "Launching and
Spreading the Word", "The Personal Touch", a pull quote, "- Sally Strebel", "The couple credits
Twitter …" were outside-article): the rescue rules give back a left-out run written in sentences
only, and headings are no sentences. A heading over the run's paragraph (two in a row at most)
and a hyphen signature under a quote are the run's own. The reported shape and two variants of
our own; a run holding a menu's links stays out. Blocks and what the extractor left out are
given as the HTML reader gives them."""

from __future__ import annotations

import pytest

from waic_reader.index.analysis.noise import classify_article
from waic_reader.index.corpus.blocks import Block

OUT = (None, "the page outside the main text")
KEPT = [
    "The couple started the company in a spare room in 2009, and within a year it had a few hundred paying customers.",
    "They say the early months were the hardest, because nobody knew the name and every sale took a phone call or two.",
]
AFTER = [
    "Today the company has twelve staff, and the couple still answer some of the support emails themselves each week.",
    "They plan to open a second office next year, closer to the customers who make up most of their business now.",
]

RUNS = {
    "reported": [
        "But the company was not their first attempt at the problem: an agency they ran before it never took off at all.",
        "Launching and Spreading the Word",
        "The Personal Touch",
        '"We never thought of it as customer service. We just treat people how we would want to be treated."',
        "- Mara Quist",
        "The couple credit their online presence for much of the personal touch that their customers talk about.",
    ],
    "one-heading": [
        "Their first product was a booking tool for dentists, which sold a handful of copies and was quietly dropped.",
        "Finding the First Customers",
        "They wrote to every small firm in town, and about one in twenty wrote back, which was enough to get going.",
    ],
    "quote-signature": [
        "Most of their customers found them through friends, and the couple say they still answer most emails themselves.",
        '"We answered every email within the hour, even at night, and people remembered that."',
        "- Tomas Verhoek",
        "What Comes Next",
        "The pair now want to hire a third developer and to move the servers to a provider in their own country.",
    ],
}


def _labels(run: list[str]) -> dict[str, tuple[str, str] | None]:
    lines = [("title", "How Two Founders Built a Company by Answering Every Email"), *(("paragraph", t) for t in KEPT)]
    lines += [("paragraph", t) for t in run] + [("paragraph", t) for t in AFTER]
    blocks: list[Block] = []
    at = 0
    for kind, text in lines:
        blocks.append(Block(at, at + len(text), kind, text))
        at += len(text) + 1
    first = 1 + len(KEPT)
    discarded: dict[int, tuple[str | None, str]] = dict.fromkeys(range(first, first + len(run)), OUT)
    labels = classify_article(blocks, discarded)
    return {b.text: lab for b, lab in zip(blocks, labels)}


@pytest.mark.parametrize("name", sorted(RUNS))
def test_a_left_out_run_with_its_headings_is_the_articles(name: str) -> None:
    got = _labels(RUNS[name])
    for line in RUNS[name]:
        assert got[line] is None, (line, got[line])


def test_a_left_out_run_with_a_menus_links_stays_out() -> None:
    run = ["Home", "About us", "Contact", "Privacy policy"]
    got = _labels(run)
    assert all(got[line] is not None for line in run), {line: got[line] for line in run}
