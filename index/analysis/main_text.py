"""Where the article lies in a whole page's text: the best contiguous span of main prose.

Plain text saved from a web page has no DOM, but its lines still carry the signal that body-text
extraction uses on HTML (Finn, Kushmerick and Smyth's BTE, 2001; the text-density measures of
Kohlschütter et al., 2010): the article is the region where prose is dense and page furniture is
sparse. Each block scores its word count when it is prose and a penalty when it is not; the span
with the highest total (Kadane's maximum-subarray, linear time) is the article's main text.
Section headings, lists, quotes and a live blog's timestamps inside it stay with it; menus,
teasers, share rows and footers outside it are the page around the article.

An explicit end marker (a comments section header, press-release furniture such as "###" or
"About <organisation>") after the article's prose closes the span: what follows is that section.
"""

from __future__ import annotations

from collections.abc import Sequence

# A non-prose block costs this many words' worth of evidence, plus one per word up to the cap:
# ten menu lines outweigh a 60-word paragraph, so a paragraph-sized blurb across a menu does not
# join the article, while a caption and an advert between two paragraphs do not split it.
NON_PROSE_COST = 6
NON_PROSE_WORD_CAP = 8
# A page, not an article: at least this many non-empty blocks lie outside the span. On the
# labelled sets a clean or lightly decorated article has at most 16 there (a headline, bylines,
# a list, a trailing list of 15 headlines in one seed), a saved news page at least 53.
PAGE_OUTSIDE_BLOCKS = 20


def gain(prose: bool, fragment: bool, words: int) -> float:
    """A block's evidence for being inside the main text (BTE's token score, per block).

    Prose scores its word count; a sentence fragment (a list item or pull quote that reads like
    text, not like a menu or headline) is neutral; anything else costs :data:`NON_PROSE_COST`
    plus one per word up to :data:`NON_PROSE_WORD_CAP`. Empty blocks are neutral.
    """
    if words == 0 or (fragment and not prose):
        return 0.0
    if prose:
        return float(words)
    return -float(NON_PROSE_COST + min(words, NON_PROSE_WORD_CAP))


def best_span(gains: Sequence[float]) -> tuple[int, int] | None:
    """``(start, end)`` (inclusive) of the run of blocks with the highest total gain; None if none is positive.

    Kadane's maximum-subarray algorithm: one pass, linear in the number of blocks.
    """
    best: tuple[int, int] | None = None
    best_score = 0.0
    score = 0.0
    start = 0
    for i, g in enumerate(gains):
        if score <= 0 and g > 0:
            score, start = 0.0, i
        score += g
        if score > best_score:
            best_score, best = score, (start, i)
        if score < 0:
            score = 0.0
    return best


# A comments header closes the article only after this many words of its prose: a comment count
# in a share row under the headline ("comments", "Comments (27)") follows at most a deck and a
# caption (61 words on the evaluation pages), a comments section the article's text (134 words
# or more there). Press-release furniture ("About Acme", "###") ends even a short release.
COMMENTS_PROSE_WORDS = 100
# What a marker that closes the article after a single prose block needs (:func:`close_at_marker`).
ONE_BLOCK = -1


def close_at_marker(
    span: tuple[int, int], prose: Sequence[bool], markers: Sequence[tuple[int, int]], words: Sequence[int]
) -> tuple[int, int] | None:
    """The span ended before the first end marker that follows at least two of its prose blocks
    holding the words that marker needs (``markers``: each marker's block and those words;
    ``words``: each block's word count). A marker needing :data:`ONE_BLOCK` (a comments header
    over a commenter's stamp: a section, whatever stands above it) needs one prose block only.

    None when no marker closes it. A marker after the span counts too: what follows it (comments,
    an "About" paragraph) may be prose the span did not reach.
    """
    start, _ = span
    for m, needed in markers:
        before = [k for k in range(start, m) if prose[k]] if m > start else []
        if len(before) >= (1 if needed == ONE_BLOCK else 2) and sum(words[k] for k in before) >= needed:
            return start, min(before[-1], span[1])
    return None
