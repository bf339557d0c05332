"""A run the HTML extractor left out between lines of the article's main text, holding a full
paragraph of the article beside page furniture (issue #14, unseen37 distrowatch-1 as HTML: a
review's screenshot caption, "Liya 2.0 -- The Calamares system installer", and its "(full image
size: 615kB, resolution: 1920x1080 pixels)" line, then "The trouble started when I went to update
the system after installation. …" were all outside-article). The rescue rules gave back a run
written in sentences only; a caption is none, so the paragraph stayed out with it. A full
paragraph of such a run is the article's, the furniture stays out. The reported shape and two
variants of our own; a run of readers' comments under their stamped headers stays out. Blocks and
what the extractor left out are given as the HTML reader gives them."""

from __future__ import annotations

import pytest

from waic_reader.index.analysis.noise import classify_article
from waic_reader.index.corpus.blocks import Block

OUT = (None, "the page outside the main text")
KEPT = [
    "The installer did what it was supposed to do without any problems, and the first boot took well under a minute.",
    "The desktop itself is smooth and quick, with no stutters or hang-ups in the two weeks I spent with the system.",
]
AFTER = [
    "In the end, the problems are not about the system itself, which is attractive and pleasant to use every day.",
    "Rather, the trouble is typical of many small projects, which have too few hands to write the documentation.",
]
# Each run: its lines and, for each, whether it is the article's (a paragraph) or furniture.
RUNS = {
    "reported": [
        ("Liya 2.0 -- The Calamares system installer", False),
        ("(full image size: 615kB, resolution: 1920x1080 pixels)", False),
        (
            "The trouble started when I went to update the system after installation. I ran the package"
            " manager and it failed, telling me the databases could not be synchronised at all.",
            True,
        ),
        ("Liya 2.0 -- Failing to update packages", False),
    ],
    "photo-credit": [
        ("Harbour cranes at dusk", False),
        ("Photo: Jane Roe", False),
        (
            "The port authority says the new cranes will double the number of containers handled each day,"
            " though the unions want a say in how the night shifts are planned before they start.",
            True,
        ),
    ],
    "two-paragraphs-and-a-divider": [
        ("* * * * *", False),
        (
            "People who run the rolling release should prepare for a major upgrade this month, since the"
            " project has moved its packages to a new compiler and a new version of the C library.",
            True,
        ),
        ("* * * * *", False),
        (
            "The project has also announced that it will stop building images for an old processor family"
            " next year, as the few remaining users can no longer test them for the developers.",
            True,
        ),
    ],
}


def _labels(run: list[str]) -> dict[str, tuple[str, str] | None]:
    lines = [("title", "Review: a rolling release that is pleasant to use"), *(("paragraph", t) for t in KEPT)]
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
def test_a_left_out_paragraph_beside_a_caption_is_the_articles(name: str) -> None:
    got = _labels([text for text, _ in RUNS[name]])
    for text, own in RUNS[name]:
        assert (got[text] is None) == own, (text, got[text])


GUARDS = {
    # comments the extractor left out, each under its header with a clock time
    "stamped-comments": [
        "2 • Liya (by Kilroy on 2024-08-19 02:57:11 GMT from United States)",
        "I tried this system last summer for about a month and it was the only one that survived three"
        " updates in a row without breaking something on my laptop.",
        "3 • Disk encryption (by Alameda on 2024-08-19 03:10:45 GMT from Canada)",
    ],
    # a comment under its author's handle, its date and its likes (unseen14 chinatalk-1's shape)
    "dated-comment": [
        "Jon Berg @jonberg",
        "I think the essay gets the history right, but it misses how much the trade figures changed"
        " after the crisis, when the normal way of things stopped holding.",
        "September 19th 2020",
        "4 Likes",
    ],
    # other stories' teasers, each blurb cut off (unseen14 moderndiplomacy-1's shape)
    "cut-off-blurbs": [
        "Understanding the Bhutan Transit Agreement",
        "On March 22nd the two countries signed a transit agreement, under which the smaller one can use"
        " the larger one's roads, ports and air routes to reach its...",
    ],
}


@pytest.mark.parametrize("name", sorted(GUARDS))
def test_left_out_comments_and_teasers_stay_out(name: str) -> None:
    """Guard: a run whose furniture is a comment's stamp, or whose paragraph is a teaser's cut-off blurb."""
    got = _labels(GUARDS[name])
    assert all(got[line] is not None for line in GUARDS[name]), {line: got[line] for line in GUARDS[name]}
