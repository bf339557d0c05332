"""A box of the page's shown twice: once over the article, once under its last paragraph.

A site may draw the same box (a donation appeal, a newsletter's sign-up, an "about this site"
blurb) in its header and again after the article. Over the article its lines stand apart from the
main run of prose and go as the page's; under the article the box's paragraphs of prose join the
run and were kept as the article's closing paragraphs (issue #14, unseen35's marginalian-1: its
donation and newsletter box, 18 lines). The copy over the article tells them: an article's own
paragraphs are written once, not first in the page's header.
"""

from __future__ import annotations

from collections import Counter

from waic_reader.index.analysis.noise.features import Feat

# The fewest lines of the tail the page shows before the article too, and their least share of the
# tail's lines: a box (an appeal's heading and its paragraph), not one line (a headline, a site's name) shown twice.
_TAIL_REPEATS = 2
_TAIL_SHARE = 2 / 3

SHOWN_BEFORE = "a box of the page's shown again after the article (its lines stand over the article too)"


def _key(text: str) -> str:
    return " ".join(text.split()).casefold()


def repeated_tail(
    feats: list[Feat], labels: list[tuple[str, str] | None], start: int, end: int
) -> tuple[int, dict[int, str]]:
    """Where the article's main text ends when its last lines are a box shown over it too.

    ``start``, ``end``: the main text's first and last block (indices, inclusive); ``labels``: each
    block's (kind, reason) or ``None``. The tail is the longest run of lines closing the main text
    that starts with a line the page showed once before ``start`` (outside the main text) and nowhere
    else, holds :data:`_TAIL_REPEATS`
    such lines or more, and at least :data:`_TAIL_SHARE` of its lines with words are such. Returns
    the last block before the tail (``end`` when there is none) and the kind each of the tail's lines
    takes: its earlier copy's label's, else ``outside-article`` (or the line's before it in the tail). Linear in the blocks.
    """
    # (The page's head is judged after the main text is: most of its lines have no label yet.)
    # A box's line is shown once over the article and once under it; a line the page repeats more
    # ("Amazon", "$4.00 from Amazon" over each product of a shopping list) is a list's furniture.
    shown = Counter(_key(f.text) for f in feats if f.n)
    before: dict[str, str] = {}
    for i in range(start):
        if feats[i].n and shown[key := _key(feats[i].text)] == 2:
            lab = labels[i]
            before.setdefault(key, lab[0] if lab is not None else "outside-article")
    if not before:
        return end, {}
    lines = [i for i in range(start + 1, end + 1) if feats[i].n]  # (never the main text's first line)
    best: int | None = None
    again = 0  # the tail's lines shown before the article too
    for pos in range(len(lines) - 1, -1, -1):
        i = lines[pos]
        if _key(feats[i].text) in before:
            again += 1
            if again >= _TAIL_REPEATS and again >= _TAIL_SHARE * (len(lines) - pos):
                best = pos
    if best is None:
        return end, {}
    kinds: dict[int, str] = {}
    kind = "outside-article"
    for i in lines[best:]:
        kind = before.get(_key(feats[i].text), kind)
        kinds[i] = kind
    return lines[best] - 1, kinds
