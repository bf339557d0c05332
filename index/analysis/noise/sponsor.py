"""A sponsor box inside an article page: its heading ("Our Learning Partner", "Our Sponsors", a
phrase rule's advertising marker) and the lines of the box under it (the partner's name, its
blurb, its call to action) are an advertisement, not the article (issue #14, unseen40's
csstricks-1 in plain text, the re-tester of session 45: the blurb was content).
"""

from __future__ import annotations

import re

from waic_reader.index.analysis.noise.features import Feat
from waic_reader.index.analysis.noise.patterns import FOLD_CASE

# The box's heading as the advertising-marker phrase rule reads it (patterns.PHRASES): "our" and
# up to two words before a partner or sponsor, alone on its line.
_SPONSOR_HEADING = re.compile(r"^\s*our (?:[\w-]+ ){0,2}(?:partners?|sponsors?)\W*$", FOLD_CASE)
# The most lines a sponsor box holds under its heading (a name, a question, a blurb, a link, and
# the blurb again for a second layout): a box ends at the next line another rule names (a comments
# header, a footer) or at the page's end within them.
_BOX_LINES = 6
# A partner's name on its own line under the heading: a few words, no sentence.
_NAME_WORDS = 4
SPONSOR_BOX = "a sponsor box's line, under its heading"


def sponsor_boxes(feats: list[Feat], labels: list[tuple[str, str] | None]) -> set[int]:
    """Label, in place, the lines of each sponsor box under its heading (a line the phrase rules
    named an advertisement, :data:`_SPONSOR_HEADING`): the partner's name straight under the
    heading (up to :data:`_NAME_WORDS` words, no sentence) and the lines down to the last one
    within :data:`_BOX_LINES` naming it again (the article may go on under the box); with no name
    there, the lines up to the next labelled line or the page's end when that comes within
    :data:`_BOX_LINES` lines. Returns the lines labelled."""
    lines = [i for i, f in enumerate(feats) if f.n]
    out: set[int] = set()
    for pos, i in enumerate(lines):
        lab = labels[i]
        if lab is None or lab[0] != "advertisement" or not _SPONSOR_HEADING.match(feats[i].text):
            continue
        window = lines[pos + 1 : pos + 2 + _BOX_LINES]
        box: list[int] = []
        if window and feats[window[0]].n <= _NAME_WORDS and not feats[window[0]].sentence_end:
            # The partner named under the heading: the box runs to the last line naming it.
            name = feats[window[0]].text.strip().lower()
            last = max(k for k, j in enumerate(window) if name in feats[j].text.lower())
            box = window[: last + 1]
        else:
            end = next((k for k, j in enumerate(window) if labels[j] is not None), None)
            if end is None and len(window) <= _BOX_LINES:
                end = len(window)  # the page ends inside the box
            if end is not None and end <= _BOX_LINES:
                box = window[:end]
        for j in box:
            if labels[j] is None:
                labels[j] = ("advertisement", SPONSOR_BOX)
                out.add(j)
    return out
