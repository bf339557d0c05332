"""Items of a list the main text shows that the extractor left out between two items it kept
(issue #14, round s32-f, unseen27's naturalhomemagazine-1 as HTML: every other row of a
materials list, "1 3/4 cup water", "Packing tape", "Small LED candle", set in a page-wide
<form>, were call-to-action): up to two short lines in a row with a kept item above and below,
in a stretch of item-shaped lines half or more of them kept, are the list's. The reported shape
and two variants of our own (a recipe's ingredients, a packing list left out in pairs); a
share row between the list and the text stays out. Blocks and what the extractor left out are
given as the HTML reader gives them."""

from __future__ import annotations

import pytest

from waic_reader.index.analysis.noise import classify_article
from waic_reader.index.corpus.blocks import Block

FORM = ("call-to-action", "<form>")
INTRO = (
    "Why not make a lantern for each guest? You can vary the size of the balloon to make small and large ones, "
    "and the paper need not be new: old wrapping paper works just as well."
)
STEPS = [
    "1. Mix the paste with water in the bowl. Blow up the balloon and tie it to the top of the jar.",
    "2. Tear the paper into strips about two fingers wide, and set aside a few whole sheets for the top.",
    "3. Lay the strips over the balloon one by one, brushing each with paste until it is covered.",
]

# (text, left out?) under the list's header.
LISTS = {
    "reported": [
        ("2 tablespoons wallpaper paste", False),
        ("1 1/2 cups warm water", True),
        ("Mixing bowl", True),
        ("12-inch round balloon", False),
        ("Masking tape", True),
        ("Glass jar or other recycled container", False),
        ("Candle holder", True),
        ("6 sheets recycled brown paper", False),
        ("1 sheet black paper or napkin", False),
        ("Small battery candle", True),
        ("Method", False),
    ],
    "recipe": [
        ("200 g plain flour", False),
        ("2 free-range eggs", True),
        ("300 ml semi-skimmed milk", False),
        ("A pinch of sea salt", True),
        ("Butter for the pan", False),
        ("Lemon wedges to serve", False),
    ],
    "pairs": [
        ("Waterproof jacket", False),
        ("Two pairs of wool socks", True),
        ("Head torch with spare batteries", True),
        ("Map of the valley", False),
        ("First aid kit", False),
        ("Thermos flask", True),
        ("Sun cream", False),
    ],
}


def _labels(items: list[tuple[str, bool]], header: str = "You will need") -> dict[str, tuple[str, str] | None]:
    lines = [("title", "Make a paper lantern for the festival", False), ("paragraph", INTRO, False)]
    lines += [("paragraph", header, False)] + [("paragraph", t, out) for t, out in items]
    lines += [("paragraph", s, False) for s in STEPS]
    blocks: list[Block] = []
    discarded: dict[int, tuple[str | None, str]] = {}
    at = 0
    for i, (kind, text, out) in enumerate(lines):
        blocks.append(Block(at, at + len(text), kind, text))
        at += len(text) + 1
        if out:
            discarded[i] = FORM
    labels = classify_article(blocks, discarded)
    return {b.text: lab for b, lab in zip(blocks, labels)}


@pytest.mark.parametrize("name", sorted(LISTS))
def test_items_left_out_between_kept_items_are_the_lists(name: str) -> None:
    got = _labels(LISTS[name])
    for text, _out in LISTS[name]:
        assert got[text] is None, (text, got[text])


def test_a_share_row_left_out_under_the_list_stays_out() -> None:
    items = [*LISTS["recipe"], ("Share on Facebook", True), ("Share on X", True)]
    got = _labels(items)
    assert got["Share on Facebook"] is not None and got["Share on X"] is not None
