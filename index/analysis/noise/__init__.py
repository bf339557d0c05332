"""Boilerplate (noise) detection: split an article's blocks into the article and the page around it.

Text copied from a web page carries more than the article: other stories' headlines, "Powered by"
lines, repeated bylines, tags, topic cards, share prompts, cookie and copyright notices, menus.
This package labels every block as content or noise, with a noise kind and a short reason.

There is no DOM in plain text, so the signals are the textual ones jusText, Boilerpipe and
trafilatura use: block length, sentence punctuation, stop-word density, title case, runs of
similar short lines, position relative to the article's main run of prose, vocabulary shared
with that prose, and known boilerplate phrases. Nothing here knows about particular files.

The detector is deliberately conservative: a false split hides a real paragraph from the reader,
which is worse than leaving a stray headline in. Long prose is never split off by a phrase rule,
and position rules only act outside the article's main run of prose.

The package's modules, one kind of rule each, each importing only those listed before it:

- :mod:`.patterns`: the known boilerplate phrases and the other pattern tables;
- :mod:`.features`: a block's text features (length, sentence ends, stop words, title case,
  stems) and the prose test;
- :mod:`.block_rules`: rules on one block alone (phrases, date stamps, breadcrumbs);
- :mod:`.consent`: a consent dialog's paragraphs (cookie and data-processing notices);
- :mod:`.repeats`: a page box shown over the article and again under it;
- :mod:`.tables`: layout, widget and "label | value" tables;
- :mod:`.credits`: photo captions, credits and galleries;
- :mod:`.bylines`: bylines, author bios and author boxes;
- :mod:`.live`: live-blog entries and their stamps;
- :mod:`.lists`: lists the article introduces, contents lists, fact boxes, bulleted runs;
- :mod:`.teasers`: other stories' teaser cards, glossaries of topic cards with source lines;
- :mod:`.menus`: runs of short lines (menus, headlines), lists under a related-stories header;
- :mod:`.comments`: comment sections;
- :mod:`.page`: the page's head and its outside, the article's closing lines;
- :mod:`.classify`: the block classifier, :func:`classify_page`, :func:`headline_block`;
- :mod:`.article`: :func:`classify_article`, with the HTML extractor's marks and the rescue rules;
- :mod:`.dateless`: :func:`dateless_blocks`;
- :mod:`.split`: :func:`split_noise`, :class:`NoiseSplit`, :func:`noise_json`.

This module keeps :data:`ANALYSIS_VERSION` (``analysis.versions`` reads it from this file's source)
and :data:`NOISE_KINDS`, and exports the names the rest of the code uses.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from waic_reader.index.analysis.noise.article import classify_article
    from waic_reader.index.analysis.noise.classify import classify_blocks, classify_page, headline_block
    from waic_reader.index.analysis.noise.dateless import DATELESS_KINDS, dateless_blocks
    from waic_reader.index.analysis.noise.page import is_page
    from waic_reader.index.analysis.noise.split import (
        ListGroups,
        NoiseSplit,
        Segment,
        marked_together,
        noise_json,
        split_noise,
    )

# ANALYSIS_VERSION: what the boilerplate split, titles, outlets and figures derive from an article:
# bump whenever the classification of any block can change (the search index re-indexes on it).
# History of every number: index/VERSIONS.md (add a line there on each bump).
ANALYSIS_VERSION = 357

NOISE_KINDS = (
    "headline-list",  # other stories' headlines, "Read more:" teasers and their headers
    "related-topics",  # "Go deeper" / "More on these topics" cards and their encyclopedia blurbs
    "attribution",  # "Powered by", "Source:", "Reporting by ...; Editing by ..."
    "byline",  # bare bylines, wire names, author/date stamps, author bios
    "tags",  # "Tags: a, b", "Filed under", hashtags
    "navigation",  # breadcrumbs, menus, "Skip to content", "Next article"
    "call-to-action",  # share, subscribe, follow, newsletter, comments prompts
    "legal",  # copyright, cookies, privacy and terms
    "advertisement",  # "Advertisement", "Sponsored", "Story continues below"
    "comments",  # comment sections: counts, "N thoughts on", "X says:", "Reply", the comments themselves
    "caption",  # photo captions and credits ("Photograph: .../Getty Images", "Credit: ...")
    "press-release",  # FOR IMMEDIATE RELEASE, "About <organisation>", media contacts, "###"
    "live-blog",  # live-blog controls: "Key events", "Show key events only"
    "outside-article",  # HTML: left out of the main text by the extractor, no other kind known
    "other",  # marked noise by the user with no detected kind
)


__all__ = [
    "ANALYSIS_VERSION",
    "DATELESS_KINDS",
    "NOISE_KINDS",
    "ListGroups",
    "NoiseSplit",
    "Segment",
    "classify_article",
    "classify_blocks",
    "classify_page",
    "dateless_blocks",
    "headline_block",
    "is_page",
    "marked_together",
    "noise_json",
    "split_noise",
]

_EXPORTS = {
    "classify_article": ".article",
    "classify_blocks": ".classify",
    "classify_page": ".classify",
    "headline_block": ".classify",
    "DATELESS_KINDS": ".dateless",
    "dateless_blocks": ".dateless",
    "is_page": ".page",
    "ListGroups": ".split",
    "NoiseSplit": ".split",
    "Segment": ".split",
    "marked_together": ".split",
    "noise_json": ".split",
    "split_noise": ".split",
}


def __getattr__(name: str) -> Any:
    # Lazy: importing the package (ANALYSIS_VERSION, NOISE_KINDS, or a module of it such as
    # marked_title) compiles none of the classifier's patterns (~0.3 s) until a name is used: the
    # first Quotes open and matrix on a current index classify no block (issue 13, round s34-a).
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(module, __name__), name)
