"""The parts of a page's layout the extractor misreads: tables that set a page out in cells
(:func:`_layout_tables`, read as ``<div>``s so each cell's lines are lines of their own) and
regions beside the article, never its text (:func:`_side_regions`: an advert's container, a
complementary region).
"""

from __future__ import annotations

import re
from typing import Any

from waic_reader.index.corpus.html_hints import _AD_CELL, _CUE_KIND
from waic_reader.index.corpus.html_lines import _BLOCK, _Element, _lines

# What in a cell makes a table the page's layout, not a table of data: a page set in table cells
# (a menu cell, the article's cell, an advert's cell) holds its headline and paragraphs in them;
# a data table's cells hold figures or a few words, in a <p> at times (a case-count tracker's
# "6817 387", acceptance unseen8's ndtv-1), or a table of their own (its districts).
_LAYOUT_HEADS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6", "article"))

_LAYOUT_PARAGRAPH_WORDS = 12

# The marker heading an advert's cell of a layout table (the cell is given html_hints._AD_CELL).
_AD_MARKER = re.compile(
    r"(?:advertisements?|advert|ads?|sponsored(?: content| links?)?|paid content|anzeige|publicité|publicidad)\W*$",
    re.I,
)


def _layout_tables(doc: _Element) -> bool:
    """Turn the page's layout tables into ``<div>``s (``doc`` in place): the tables a cell of which
    holds a heading or a paragraph of :data:`_LAYOUT_PARAGRAPH_WORDS` words or more (a ``<p>``, or a
    run of text a ``<br>`` sets apart). The extractor
    read such a table as data, as one row gluing its cells' texts together ("HomeNewsArchiveLinks |
    Osland council asks navy for helpThe council …"), the menu cell and the advert's cell inside
    the article (s16 t14 item 9); as ``<div>``s, each cell is a part of the page of its own, its
    lines block boundaries. Returns whether any table was turned."""

    def prose(d: _Element) -> bool:
        if not isinstance(d.tag, str):
            return False
        if d.tag in _LAYOUT_HEADS:
            return True
        if d.tag == "br":
            # An old page's text set apart by <br>s, no <p> ("<font …><b>Headline</b></font><br><br>The
            # cost of …<br><br>Most of …"): the run of text after a <br>, or before it, is a paragraph,
            # its words in inline elements too (each paragraph a <font> between <br><br>s: the table
            # was read as data, its article cell one glued row, s33-a F5).
            return any(len(run.split()) >= _LAYOUT_PARAGRAPH_WORDS for run in _br_runs(d))
        return d.tag == "p" and len(d.text_content().split()) >= _LAYOUT_PARAGRAPH_WORDS

    if next(doc.iter("table"), None) is None:
        return False
    # From each heading or paragraph up to the root, each element visited once (pages nest tens of
    # thousands of elements: a walk per cell over its descendants was quadratic): every table it
    # sits in a cell of is layout.
    # (Visited once from inside a cell and once from outside any: a walk from a table's caption
    # marks no table, and one from a cell after it must still reach the tables above.)
    seen: tuple[set[_Element], set[_Element]] = (set(), set())
    layout: dict[_Element, None] = {}
    for el in doc.iter(*_LAYOUT_HEADS, "p", "br"):
        if not prose(el):
            continue
        in_cell = False
        for node in el.iterancestors():
            if node.tag in ("td", "th"):
                in_cell = True
            elif node.tag == "table" and in_cell:
                layout[node] = None
            if node in seen[in_cell]:
                break
            seen[in_cell].add(node)
    for table in layout:
        for el in _own_parts(table):
            if el.tag in ("td", "th") and (first := _lines(el)) and _AD_MARKER.match(first[0][0]):
                # An advert's cell ("Advertisement" over "Cheap flights to Halvik!"): the extractor
                # drops it as it drops an advert's container, and its lines are advertisement.
                el.set("class", f"{el.get('class') or ''} advertisement".strip())
                el.set(_AD_CELL, "")
            el.tag = "div"
            for attr in ("width", "valign", "align", "colspan", "rowspan"):
                el.attrib.pop(attr, None)
    return bool(layout)


def _br_runs(br: _Element) -> tuple[str, str]:
    """The text a ``<br>`` sets apart: the run before it and the run after it, up to the next
    ``<br>`` or block element among its siblings (or the parent's start or end), inline elements'
    text included ("<font>…</font><br><br><font>…</font>"). Each run is read from one ``<br>``
    side only up to the next, so reading every ``<br>`` of a long menu is linear."""

    def run(siblings: Any, first: str | None, forward: bool) -> str:
        parts = [first or ""]
        for sib in siblings:
            if isinstance(sib.tag, str) and (sib.tag == "br" or sib.tag in _BLOCK):
                if not forward:
                    parts.append(sib.tail or "")
                break
            text = sib.text_content() if isinstance(sib.tag, str) else ""
            parts.extend((text, sib.tail or "") if forward else (sib.tail or "", text))
        else:
            if not forward and (parent := br.getparent()) is not None:
                parts.append(parent.text or "")
        return " ".join(parts if forward else reversed(parts))

    return run(br.itersiblings(preceding=True), None, False), run(br.itersiblings(), br.tail, True)


_TABLE_PARTS = frozenset(("table", "tbody", "thead", "tfoot", "tr", "td", "th", "caption"))


def _own_parts(table: _Element) -> list[_Element]:
    """A layout table's own table elements (itself, its rows, cells, ...), not those of a table
    inside one of its cells that is no layout table: a table of data in the article's cell ("Year |
    Ferries cleared", t14c item 7) stays a table, read as the article's rows, where turning it
    into ``<div>``s with its layout table made its header cells left-out lines and its figures
    bylines."""
    out: list[_Element] = []
    stack = [table]
    while stack:
        el = stack.pop()
        if el.tag in _TABLE_PARTS:
            out.append(el)
        for child in el:
            if isinstance(child.tag, str) and child.tag != "table":
                stack.append(child)  # (a layout table nested in a cell is turned as one of ``layout``)
    return out


# An advert's container by its class or id ("ad", "ad-slot", "advert", "sponsored"): the cue of
# _CUE_KIND's "advertisement".
_AD_CUE = next(pattern for kind, pattern in _CUE_KIND if kind == "advertisement")

# A region beside the article may hold it no more than this share of the page's words: a page that
# wraps everything in one "ad-wrapper" or <aside> is read as a page.
_SIDE_SHARE = 0.4


def _side_regions(doc: _Element) -> set[_Element]:
    """The page's parts that are never its article, whatever the extractor kept of them: an
    advert's cell of a layout table (:func:`_layout_tables`), an advert's container (class or id
    "ad", "advert", "sponsor"…: ``<div class="ad">Cheap flights to Halvik! Book now with
    Nordair.</div>``, t14c item 8) and a region beside the article (``<aside>``, ``role=
    "complementary"``: a "Trending" box). The extractor keeps their lines on a short page, as
    article text. Not such a part when it holds the article: an ``<article>``, ``<main>``, an
    ``<h1>`` or more than :data:`_SIDE_SHARE` of the page's words."""
    found: list[_Element] = []
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        if el.get(_AD_CELL) is not None or el.tag == "aside" or (el.get("role") or "").lower() == "complementary":
            found.append(el)
            continue
        cues = " ".join(filter(None, (el.get("class"), el.get("id"))))
        if cues and _AD_CUE.search(cues):
            found.append(el)
    if not found:
        return set()
    body = doc.find(".//body")
    total = len((body if body is not None else doc).text_content().split())
    side: set[_Element] = set()
    for el in found:
        if el.get(_AD_CELL) is None and (
            next(el.iter("article", "main", "h1"), None) is not None
            or el.find(".//*[@role='main']") is not None
            or len(el.text_content().split()) > _SIDE_SHARE * total
        ):
            continue
        side.add(el)
    return side
