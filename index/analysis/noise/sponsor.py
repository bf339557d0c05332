"""A sponsor box inside an article page: its heading ("Our Learning Partner", "Our Sponsors", a
phrase rule's advertising marker) and the lines of the box under it (the partner's name, its
blurb, its call to action) are an advertisement, not the article (issue #14, unseen40's
csstricks-1 in plain text, the re-tester of session 45: the blurb was content).
"""

from __future__ import annotations

import re

from waic_reader.index.analysis.noise.block_rules import reported
from waic_reader.index.analysis.noise.features import Feat
from waic_reader.index.analysis.noise.patterns import FOLD_CASE

# The box's heading as the advertising-marker phrase rule reads it (patterns.PHRASES): "our" and
# up to two words before a partner or sponsor, or "Sponsored by", "In partnership with",
# "Presented by", "Brought to you by", alone on its line.
_SPONSOR_HEADING = re.compile(
    r"^\s*(?:our (?:[\w-]+ ){0,2}(?:partners?|sponsors?)|sponsored by|in partnership with|presented by|brought to you by)\W*$",
    FOLD_CASE,
)
# The most lines a sponsor box holds under its heading (a name, a question, a blurb, a link, and
# the blurb again for a second layout).
_BOX_LINES = 6
# A partner's name on its own line under the heading: a few words, no sentence.
_NAME_WORDS = 4
# The longest blurb a box holds without naming its sponsor: a sentence or two. A longer sentence
# under the heading is the article's own paragraph.
_BLURB_WORDS = 40
# Words a box's own lines speak in (the sponsor, its support, its call to action): a line after
# the blurb without one of them, and without the partner's name, is the article's.
_BOX_WORD = re.compile(
    r"\b(?:sponsor(?:s|ed|ship)?|partners?(?:ship)?|support(?:s|ed|ing)?|courses?|training|learn more"
    r"|visit|sign up|find out more|discover|www\.|https?://)",
    FOLD_CASE,
)
# A quotation inside the line: reported speech is the article's.
_QUOTE_MARK = re.compile(r"[\"“”„«»]")
SPONSOR_BOX = "a sponsor box's line, under its heading"


def _prose(f: Feat, name: str) -> bool:
    """Whether a line under a sponsor box's heading reads as the article's own prose, which ends
    the box: a quote or a reported-speech sentence (:func:`~waic_reader.index.analysis.noise.block_rules.reported`), or a sentence
    longer than :data:`_BLURB_WORDS` words not naming the partner (``name``, lower case, or
    empty when no name line heads the box) nor speaking of a sponsor (:data:`_BOX_WORD`)."""
    if _QUOTE_MARK.search(f.text) or reported(f):
        return True
    low = f.text.lower()
    about = (bool(name) and name in low) or _BOX_WORD.search(f.text) is not None
    return f.sentence_end and f.n > _BLURB_WORDS and not about


def sponsor_boxes(feats: list[Feat], labels: list[tuple[str, str] | None]) -> set[int]:
    """Label, in place, the lines of each sponsor box under its heading (a line the phrase rules
    named an advertisement, :data:`_SPONSOR_HEADING`), down to the first line that reads as the
    article's prose (:func:`_prose`) or another rule labelled, within :data:`_BOX_LINES` lines:
    with the partner's name straight under the heading (up to :data:`_NAME_WORDS` words, no
    sentence), the lines down to the last one naming it again (the article goes on under the
    box); with no name there, the blurb (the first line) and the short name lines or lines
    speaking of the sponsor (:data:`_BOX_WORD`) straight after it. A line of the article's that
    follows the box is never taken for want of a labelled line after it (review s46-rv finding
    4). Returns the lines labelled."""
    lines = [i for i, f in enumerate(feats) if f.n]
    out: set[int] = set()
    for pos, i in enumerate(lines):
        lab = labels[i]
        if lab is None or lab[0] != "advertisement" or not _SPONSOR_HEADING.match(feats[i].text):
            continue
        window = lines[pos + 1 : pos + 2 + _BOX_LINES]
        named = bool(window) and feats[window[0]].n <= _NAME_WORDS and not feats[window[0]].sentence_end
        name = feats[window[0]].text.strip().lower() if named else ""
        end = next((k for k, j in enumerate(window) if labels[j] is not None or _prose(feats[j], name)), len(window))
        window = window[:end]
        box: list[int] = []
        if named:
            # The partner named under the heading: the box runs to the last line naming it.
            last = max((k for k, j in enumerate(window) if name in feats[j].text.lower()), default=-1)
            box = window[: last + 1]
        elif window:
            # The blurb, then only lines that are plainly the box's own.
            box = window[:1]
            for j in window[1:]:
                f = feats[j]
                if not ((f.n <= _NAME_WORDS and not f.sentence_end) or _BOX_WORD.search(f.text)):
                    break
                box.append(j)
        for j in box:
            if labels[j] is None:
                labels[j] = ("advertisement", SPONSOR_BOX)
                out.add(j)
    return out
