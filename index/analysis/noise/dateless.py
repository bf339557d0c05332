"""Blocks whose dates are not the article's (:func:`dateless_blocks`): the boilerplate of the
kinds in :data:`DATELESS_KINDS` (other stories, comments, menus, prompts, legal text) and the
byline or date stamps straight under such a section or a newsletter box once the article's text
has begun, so the reader dates an article by its own lines only.
"""

from __future__ import annotations

from collections.abc import Sequence

from waic_reader.index.analysis.noise.features import blank_before
from waic_reader.index.corpus.blocks import Block, ends_like_sentence, words
from waic_reader.index.corpus.date_stamps import is_stamp

# Boilerplate whose dates are never the article's: other stories' lists and cards, comments,
# menus, share boxes, legal lines, tags. A date stamp right under a comments section, a list of
# other stories or a copyright line is theirs (a comment's "Posted: March 20, 2025 at 10:12 pm",
# a related story's date, a footer's "Last updated"), not the article's.
DATELESS_KINDS = frozenset(
    {"headline-list", "related-topics", "comments", "navigation", "call-to-action", "legal", "advertisement", "tags"}
)
# The site's name and the day's date over the headline ("The Island Gazette · Thursday 11 June
# 2026", noise.menus labels it so): the site's header, but its date is the article's (t13ac M17,
# round s36-x4: split off, it left the article undated).
SITE_HEADER_DATED = "site header: the site's name and the date at the top of the page, over the headline"
# The same line under the headline, over the article's first paragraph (an old page's logo line,
# "Kestrow Gazette - Sunday, March 15, 2026": t13ak N12, it was the article's text); its date too
# is the article's.
SITE_HEADER_DATED_UNDER = "site header: the site's name and the date, under the headline"
_DATED_HEADERS = frozenset({SITE_HEADER_DATED, SITE_HEADER_DATED_UNDER})
_SECTION_KINDS = frozenset({"headline-list", "related-topics", "comments", "legal"})
# A box whose short lines are all its own: a newsletter or alerts prompt ("Sign up for our
# newsletter", then "Our next edition: Monday, March 24, 2025").
_BOX_KINDS = frozenset({"call-to-action"})
_BOX_LINE_WORDS = 20


def _prose(b: Block) -> bool:
    """Whether ``b`` is a paragraph of the article's text, for :func:`dateless_blocks`: twelve
    words or more, or a sentence of three or more that is no date stamp ("The council met." in a
    short text: a comments section under it is the readers')."""
    n = len(words(b.text))
    return n >= 12 or (b.kind == "paragraph" and n >= 3 and ends_like_sentence(b.text) and not is_stamp(b.text))


def dateless_blocks(blocks: Sequence[Block], labels: Sequence[tuple[str, str] | None]) -> set[int]:
    """Indexes of the blocks whose dates are not the article's (:data:`DATELESS_KINDS`), given
    each block's label as :func:`classify_article` gives it: the boilerplate of those kinds, and
    the byline or date stamps on the lines straight under a comments section, a list of other
    stories, a related-stories card or a copyright line, once the article's text has begun (a
    paragraph of it, :func:`_prose`: "The council met." in a short text too; a
    blank line ends the section: a stamp after it is the next text's), and every short line
    straight under a newsletter or follow prompt then (its edition's date). Above the article's
    first paragraph a stamp under a credit or a comment count ("Copyright 2025 The Associated
    Press", "12 comments", then "Published: …") is the article's own, and so is a dated site
    header's date (:data:`SITE_HEADER_DATED`, :data:`SITE_HEADER_DATED_UNDER`)."""
    out: set[int] = set()
    first_prose = next(
        (i for i, (b, lab) in enumerate(zip(blocks, labels, strict=True)) if lab is None and _prose(b)),
        len(blocks),
    )
    section = box = False
    for i, lab in enumerate(labels):
        if (section or box) and blank_before(blocks, i):
            section = box = False
        if lab is not None and lab[0] in DATELESS_KINDS and lab[1] not in _DATED_HEADERS:
            out.add(i)
            section = lab[0] in _SECTION_KINDS and i > first_prose
            box = lab[0] in _BOX_KINDS and i > first_prose
        elif (section and (lab is None or lab[0] == "byline") and (lab is not None or is_stamp(blocks[i].text))) or (
            box and (lab is None or lab[0] == "byline") and len(words(blocks[i].text)) <= _BOX_LINE_WORDS
        ):
            out.add(i)
        else:
            section = box = False
    return out
