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


# A shop's button in an affiliate product box: "Bei Amazon ansehen", "Bei MediaMarkt kaufen", "Buy
# on Amazon", "Check price at Walmart", "View deal at Best Buy", "Voir l'offre sur Fnac", "Comprar en
# El Corte Inglés": a verb of buying or seeing the price and a shop's name (one to three words), alone
# on its line (issue #14, unseen45 caschy-1, round s50-a). The layout is the comparison box
# affiliate plug-ins draw (rank, product, price, button): a shop named in the article's prose reads
# in a sentence, never alone with such a verb.
_SHOP_BUTTON = re.compile(
    r"^\s*(?:(?:jetzt )?(?:bei|auf) \S+(?: \S+){0,2} (?:ansehen|anschauen|kaufen|bestellen)"
    r"|(?:buy|shop|order)(?: it| now)? (?:on|at|from) \S+(?: \S+){0,2}"
    r"|(?:check|see|view|compare) (?:the )?(?:price|prices|deal|deals|offer|offers)(?: on| at)? \S+(?: \S+){0,2}"
    r"|(?:see|view) (?:it )?(?:on|at) (?:amazon|ebay|walmart|target|best buy|newegg)"
    r"|(?:voir|acheter) (?:l['’]offre |le prix )?(?:sur|chez) \S+(?: \S+){0,2}"
    r"|(?:comprar|ver (?:oferta|precio)) en \S+(?: \S+){0,2})\W*$",
    FOLD_CASE,
)
# A price alone on its line, as a product box shows it: "53,99 EUR", "€ 12,90", "$49.99", "ab 19 Euro".
_PRICE = re.compile(
    r"^\s*(?:(?:ab|from|à partir de|desde|nur|only)\s+)?"
    r"(?:[$€£¥]\s*\d[\d.,]*|\d[\d.,]*\s*(?:€|eur|euro|euros|usd|\$|£|gbp|chf|dollars?))\s*\*?\s*$",
    FOLD_CASE,
)
# The most lines of a product entry over its button (a rank, the product's name, its price, a
# crossed-out price) and the most words of each.
_ENTRY_LINES = 5
_ENTRY_WORDS = 20
# The most words of a line of the box's table head ("#", "Vorschau", "Produkt", "Preis").
_HEAD_WORDS = 2
_HEAD_LINES = 5
# A table row's cell separator, as the reader writes a row (" | ").
_CELL_SEP = re.compile(r"\s\|\s")
SHOP_BOX = "a shop's product box (product, price, shop button) from an affiliate programme"


def shop_boxes(feats: list[Feat], labels: list[tuple[str, str] | None]) -> set[int]:
    """Label, in place, an affiliate programme's product boxes: each entry's shop button
    (:data:`_SHOP_BUTTON`) and the short lines over it up to the entry before (at most
    :data:`_ENTRY_LINES`, none a sentence or longer than :data:`_ENTRY_WORDS` words), when they show
    a price (:data:`_PRICE`); and, over the first of two entries or more, the box's table head
    (up to :data:`_HEAD_LINES` lines of :data:`_HEAD_WORDS` words at most). Returns the lines
    labelled: like a gallery, a box does not split the article it is set in."""
    lines = [i for i, f in enumerate(feats) if f.n]
    entries: list[list[int]] = []
    last = -1
    for pos, i in enumerate(lines):
        if labels[i] is None and _shop_row(feats[i].text):
            entries.append([i])  # the box as a table, an entry a row (a page's HTML)
            last = i
            continue
        if labels[i] is not None or feats[i].n > 8 or not _SHOP_BUTTON.match(feats[i].text):
            continue
        entry: list[int] = []
        for j in reversed(lines[max(0, pos - _ENTRY_LINES) : pos]):
            f = feats[j]
            lab = labels[j]
            if j <= last or f.n > _ENTRY_WORDS or (f.sentence_end and not f.text.rstrip().endswith("...")):
                break
            if lab is not None and lab[0] not in ("byline", "advertisement"):
                break  # (a rank number alone, "3", is read as a stamp: the entry's)
            entry.insert(0, j)
        if any(_PRICE.match(feats[j].text) for j in entry):
            entries.append([*entry, i])
            last = i
    if not entries:
        return set()
    box = {i for e in entries for i in e}
    if len(entries) >= 2:
        first = lines.index(entries[0][0])
        for j in reversed(lines[max(0, first - _HEAD_LINES) : first]):
            cells = [c for c in _CELL_SEP.split(feats[j].text) if c.strip()]
            if labels[j] is not None or feats[j].sentence_end:
                break
            if len(cells) > 1 and all(len(c.split()) <= _HEAD_WORDS for c in cells):
                box.add(j)  # the table's head row ("# | Vorschau | Produkt | Preis")
                break
            if feats[j].n > _HEAD_WORDS:
                break
            box.add(j)
    for j in box:
        labels[j] = ("advertisement", SHOP_BOX)
    return box


def _shop_row(text: str) -> bool:
    """Whether a table row (cells set apart by " | ") is a product box's entry: a price in a cell
    and a shop button (:data:`_SHOP_BUTTON`) as its last cell with text."""
    cells = [c.strip() for c in _CELL_SEP.split(text) if c.strip()]
    return (
        len(cells) >= 3
        and _SHOP_BUTTON.match(cells[-1]) is not None
        and any(_PRICE.match(c) is not None for c in cells[:-1])
        and all(len(c.split()) <= _ENTRY_WORDS for c in cells)
    )
