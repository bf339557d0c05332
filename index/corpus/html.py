"""Reading HTML: the article trafilatura finds, and the rest of the page as boilerplate blocks.

An HTML page becomes an article whose text is the page's visible text, one block a line, in page
order. The main text found by trafilatura (Barbaresi 2021, the field's reference extractor; its
paragraphs, headings, list items, quotes and table rows) gives the article's content blocks; every
other line of the page (menus, teasers, share rows, comments, footers) is kept as a block too and
marked as discarded by the extractor, with the page structure it sat in (``<nav>``, a ``comments``
container, ...) as a kind hint. :mod:`waic_reader.index.analysis.noise` turns those marks into noise
segments with kinds and reasons, so the noise panel, ``noise --json`` and the "found only in
boilerplate" search marks work as for plain text, and every offset is an offset into the text
shown (``show --json`` ``text``).

:func:`html_text` is the one way an HTML *fragment* becomes text: feed items' content and summary
and record fields holding HTML (:mod:`.formats.feeds`, :mod:`.formats.records`; whether a field is
HTML at all is :func:`looks_like_html`). A fragment is an already-extracted article body (or a
one-sentence teaser), so it is not run through trafilatura: boilerplate detection on it would
drop short summaries entirely, and a feed item's text is all content by construction. Its
visible text is taken with the same line rules as a page's (block elements, hidden and script
content dropped), so an article reads the same whichever way its HTML arrived.

trafilatura (and lxml) are imported only when HTML is read: they cost ~0.4 s of start-up.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from waic_reader.index.corpus.blocks import Block, footer_apart, joined_shown, known_words
from waic_reader.index.corpus.bylines import without_by
from waic_reader.index.corpus.html_dates import DATE_PARAMS, _dateless, markup_date
from waic_reader.index.corpus.html_headline import metadata_headline, page_spelling
from waic_reader.index.corpus.html_hints import _within, comments_holding_main, line_hint
from waic_reader.index.corpus.html_layout import _LAYOUT_PARAGRAPH_WORDS, _layout_tables, _side_regions
from waic_reader.index.corpus.html_lines import _HEADINGS, _Element, _fold, _lines, _wrapped_lines
from waic_reader.index.corpus.html_meta import (
    _headline_for_title,
    _headline_over,
    _json_ld_people,
    _not_a_bio,
    _retitled,
    h1_retitled,
    left_out_headline,
    masthead_line,
    masthead_title,
    page_h1,
    site_line,
    title_site,
    title_site_confirmed,
)
from waic_reader.index.corpus.html_parse import _extractor_tree, _parse, _parse_source
from waic_reader.index.corpus.titles import wire_headline
from waic_reader.index.corpus.tokens import word_count

HTML_SUFFIXES = (".html", ".htm")

# The fewest words of a metadata description taken for the article's summary (a site's slogan is shorter).
_SUMMARY_WORDS = 6
# The kind hint of the page's line that shows the site's name over it, which the extractor took
# for the title (html_meta.masthead_title): the site's header, navigation.
_MASTHEAD_HINT: tuple[str | None, str] = ("navigation", "the page's masthead: the site's name over it")


@dataclass
class HtmlPage:
    """What :func:`read_html` returns: the text shown, its blocks, which were discarded, metadata."""

    text: str
    blocks: list[Block]
    # Block index → (noise kind hint or None, where it sat) for lines outside the main text.
    discarded: dict[int, tuple[str | None, str]] = field(default_factory=dict)
    # The left-out blocks that sat in a part of the page whose dates are not the article's.
    dateless: frozenset[int] = frozenset()
    # Whether any text is left once the page's boilerplate (lines in its navigation, header,
    # footer, comments …: :func:`_kind_hint`) is left out: a page of a menu alone is no article,
    # not even with a <title> (:func:`_has_text`).
    has_text: bool = True
    # Why a page without text is skipped, where it is not the general "no text found" (a frameset).
    reason: str | None = None
    title: str | None = None
    author: str | None = None
    date: str | None = None
    sitename: str | None = None
    url: str | None = None
    # The site's name the page's <title> gives beside its headline ("Headline | Site Name"), or
    # that the extractor took for the title from the page's masthead (html_meta.masthead_title),
    # for the outlet when nothing else names it (:func:`title_site`; the reader asks it last).
    title_site: str | None = None


# A tag or an entity: two of them make a field value markup rather than text that has a "<".
_MARKUP = re.compile(r"<(?:/?[A-Za-z][A-Za-z0-9-]*)(?:\s[^<>]*)?/?>|&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);")


def looks_like_html(text: str) -> bool:
    """Whether a field value (a record's ``content``, a feed summary) is markup, not plain text.

    True when its first 4,000 characters hold at least two tags or character references, so
    plain text mentioning ``a < b`` or one ``&amp;`` stays text.
    """
    return len(_MARKUP.findall(text[:4000])) >= 2


def html_text(fragment: str, paragraphs: bool = False) -> str:
    """Plain text of an HTML fragment or page: one line per block element, tags and scripts gone.

    For readers of other formats (see the module docstring). Entities are decoded; whitespace
    inside a line is collapsed. With ``paragraphs`` the blocks are separated by a blank line
    instead, the paragraph break of a plain-text article, so that the text's block splitter
    (:mod:`.blocks`) keeps them apart rather than joining them as hard-wrapped lines; that is the
    form an article's text takes. Raises nothing on malformed markup.
    """
    if "<" not in fragment:
        import html

        return html.unescape(fragment).strip()
    doc = _parse(f"<html><body>{fragment}</body></html>" if "<html" not in fragment.lower() else fragment)
    body = doc.find(".//body")
    breaks: list[int] = []
    lines = [text for text, _ in _lines(body if body is not None else doc, breaks=breaks)]
    # Lines a <br> hard-wraps are one paragraph, as on a page (:func:`_wrapped_lines`).
    wrapped = _wrapped_lines(lines, breaks)
    known = known_words(" ".join(lines)) if wrapped else frozenset()
    runs: list[list[str]] = []  # each paragraph's lines
    for i, text in enumerate(lines):
        if i in wrapped and runs:
            runs[-1].append(text)
        else:
            runs.append([text])
    out = [run[0] if len(run) == 1 else _joined(run, known) for run in runs]
    return ("\n\n" if paragraphs else "\n").join(out)


def _joined(lines: list[str], known: frozenset[str]) -> str:
    """One paragraph of lines hard-wrapped by ``<br>``s, as a plain text's is shown
    (:func:`.blocks.joined_shown`: a space a break, a word hyphenated over it whole when the page
    writes it whole, ``known``)."""
    shown = joined_shown("\n".join(lines), known)
    return shown.text if shown is not None else " ".join(lines)


# The extractor's elements (its XML) whose boundaries inside a cell, quote or list item set the
# text apart: a line break (its <lb/>, the page's <br>), a paragraph, a heading, a list item.
_MAIN_BREAKS = frozenset(("lb", "p", "head", "item", "list", "quote", "row", "cell"))


def _main_pieces(el: _Element) -> list[str]:
    """The lines of one of the extractor's elements: its text split at each ``<lb/>`` (the page's
    ``<br>``), whitespace collapsed, empty pieces left out. The pieces of its other elements
    (a paragraph in a quote, a cell's paragraphs) are set apart by a space, never glued."""
    pieces: list[list[str]] = [[]]
    stack: list[tuple[_Element, bool]] = [(el, False)]
    while stack:
        node, closing = stack.pop()
        if closing:
            if node is not el and node.tag in _MAIN_BREAKS:
                pieces[-1].append(" ")
            if node is not el and node.tail:
                pieces[-1].append(node.tail)
            continue
        if node.tag == "lb":
            pieces.append([])
        elif node is not el and node.tag in _MAIN_BREAKS:
            pieces[-1].append(" ")
        if isinstance(node.tag, str) and node.text:
            pieces[-1].append(node.text)
        stack.append((node, True))
        stack.extend((child, False) for child in reversed(node))
    return [text for piece in pieces if (text := " ".join("".join(piece).split()))]


# The extractor's elements that are one main line (or one line per ``<lb/>``) each, and those of
# them whose inner paragraphs are part of them.
_MAIN_UNITS = frozenset(("head", "p", "item", "quote", "row", "code", "pre"))
_MAIN_HOLDERS = frozenset(("item", "quote", "row"))
# A code listing is read whole, as one line (:func:`_main_lines`): the extractor nests the page's
# <pre><code> as <code><code>, and the inner element read again showed every listing twice. Inside
# a paragraph or a heading a <code> is a word of its text, no line of its own (review s45-a,
# unseen40 elixir-1 and csstricks-1).
_LISTINGS = frozenset(("code", "pre"))
_INLINE_HOLDERS = frozenset(("p", "head"))
# The block elements a list item laid out as a page box holds (see :func:`_page_box`), and the
# fewest paragraphs of its own that make it one.
_BOX_BLOCKS = frozenset(("head", "p", "list", "quote", "table"))
_BOX_PARAGRAPHS = 3


def _page_box(el: _Element) -> bool:
    """Whether the extractor's list item ``el`` is a box of the page's layout, not a list's item:
    it holds :data:`_BOX_PARAGRAPHS` paragraphs of its own or more (a slideshow's slide holds a
    heading and a caption or two), and either no item beside it in its list holds a paragraph of
    prose (:func:`_prose_paragraphs`: the layout's link and teaser columns) or it holds the page's
    other parts after its paragraphs (a list or a heading under them). Pages laid out in
    ``<ul><li>`` boxes give trafilatura a main text that is one item holding the headline, the
    article's paragraphs and the "recent articles" and "recommended" lists under it, which read as
    one list item hid every one of them from the boilerplate split (s35-g, unseen30). An article
    written as a list of sections (a heading and paragraphs an item) is no box: its items beside
    the long one hold prose (review s35-rv, s35-x)."""
    if el.tag != "item" or sum(1 for child in el if child.tag == "p") < _BOX_PARAGRAPHS:
        return False
    parent = el.getparent()
    if parent is None or not any(_prose_paragraphs(other) for other in parent if other is not el):
        return True
    tags = [child.tag for child in el if isinstance(child.tag, str)]
    last_p = max(i for i, tag in enumerate(tags) if tag == "p")
    return any(tag in ("list", "head") for tag in tags[last_p + 1 :])


def _prose_paragraphs(el: _Element) -> bool:
    """Whether the extractor's element ``el`` holds a paragraph (``<p>``, at any depth) of prose:
    :data:`.html_layout._LAYOUT_PARAGRAPH_WORDS` words or more (:func:`.tokens.word_count`: a
    Chinese or Japanese character a word) ending like a sentence (:data:`_SENTENCE_END`). A
    column of headlines and dates holds none; a section of an article does."""
    return isinstance(el.tag, str) and any(
        word_count(text := " ".join("".join(p.itertext()).split())) >= _LAYOUT_PARAGRAPH_WORDS
        and _SENTENCE_END.search(text) is not None
        for p in el.iter("p")
    )


def _opening_head(el: _Element) -> str | None:
    """The level (``rend``, "h2") of the heading ``el`` opens with, None when it opens otherwise."""
    first = next((child for child in el if isinstance(child.tag, str)), None)
    return str(first.get("rend", "head")) if first is not None and first.tag == "head" else None


def _section_parts(el: _Element, boxes: list[_Element]) -> bool:
    """Whether the extractor's list item ``el``, beside the page boxes ``boxes`` in its list, is a
    section of an article: it holds a paragraph (``p``, at any depth, however short: "Call them
    daily.") or opens with a heading of the level a box opens with ("2. Keep families informed"
    beside "1. Drill early"). The layout's columns beside a page box hold links and teasers under
    a heading of their own level, no paragraph (review s35-rv2 finding 13: short sections were
    dropped beside a long section with a list under its paragraphs)."""
    if not isinstance(el.tag, str):
        return False
    if any(True for _ in el.iter("p")):
        return True
    head = _opening_head(el)
    return head is not None and any(_opening_head(box) == head for box in boxes)


def _keeps_paragraphs(body: _Element, other: _Element) -> bool:
    """Whether the extractor's main text ``other`` holds every paragraph (``<p>``) of ``body``, text
    compared with whitespace collapsed, and at least one."""

    def texts(el: _Element) -> list[str]:
        return [t for p in el.iter("p") if (t := " ".join("".join(p.itertext()).split()))]

    own = texts(body)
    return bool(own) and set(own) <= set(texts(other))


# The fewest tables over the article that are the page's boxes (a column of them), not its own
# row of byline and date (unseen17's nyasatimes-1).
_BOXES_MIN = 2
# A sentence's end: its closing punctuation, a quote or bracket after it.
_SENTENCE_END = re.compile(r"[.!?…。！？][\"'”’»)）]*$")


def _drop_boxes_over_article(body: _Element) -> None:
    """Take out of the extractor's main text ``body`` (in place) the tables over its first
    paragraph of prose (:data:`.html_layout._LAYOUT_PARAGRAPH_WORDS` words or more) that hold no
    such paragraph, on a page set out in layout tables: the boxes of the page around the article
    (a pager, a job board, the masthead's staff list, a login box), which the extractor read as
    the article's data tables; an article's own table follows its first paragraph, its meta row
    (byline, date, share links) is one table alone: :data:`_BOXES_MIN` tables or more. Their lines
    are then the page's left-out lines (s35-g, unseen30)."""

    def prose(el: _Element) -> bool:
        # (A sentence: a staff list's names run past the words a paragraph needs, with no full stop.)
        return any(
            len(words := " ".join(piece.itertext()).split()) >= _LAYOUT_PARAGRAPH_WORDS
            and _SENTENCE_END.search(words[-1]) is not None
            for piece in el.iter("p", "cell")
        )

    ahead: list[_Element] = []
    for child in body:
        if not isinstance(child.tag, str):
            continue
        if child.tag != "table":
            if child.tag == "p" and prose(child):
                break
            if prose(child):
                return
            continue
        if prose(child):
            break
        ahead.append(child)
    else:
        return  # no article's prose after them: nothing tells they are not its text
    if len(ahead) < _BOXES_MIN:
        return  # (one table over the text is the article's own row: its byline, date and share links)
    for table in ahead:
        body.remove(table)


def _main_units(node: _Element, inside: bool) -> Iterator[_Element | str]:
    """The extractor's main-text elements under ``node`` in document order, each read as its own
    line(s) (:data:`_MAIN_UNITS`); under a list item, quote or row (``inside``) only list items,
    its paragraphs being part of it. A list item that is a page box (:func:`_page_box`) is not
    one: its parts are, and its loose text (the runs between them, inline elements joined) comes
    as strings; the items beside it in its list that hold no paragraph of prose are left out."""
    # (The items beside a page box are the layout's other columns, a ranking of other stories:
    # not the article's, so not its main text.)
    # (An item with paragraphs of prose of its own is never one of them: a section of the article.)
    boxes = [child for child in node if _page_box(child)] if node.tag == "list" else []
    boxed = bool(boxes)
    for child in node:
        if not isinstance(child.tag, str) or (boxed and not _page_box(child) and not _section_parts(child, boxes)):
            continue
        if child.tag == "item" and _page_box(child):
            run: list[str] = [child.text or ""]
            for part in child:
                if not isinstance(part.tag, str):
                    run.append(part.tail or "")
                    continue
                if part.tag in _MAIN_UNITS or part.tag in _BOX_BLOCKS or part.tag == "lb":
                    yield "".join(run)
                    run = []
                    if part.tag in _MAIN_UNITS:
                        yield part
                    if part.tag != "lb":
                        yield from _main_units(part, part.tag in _MAIN_HOLDERS)
                else:  # inline (highlight, link): part of the run
                    run.append("".join(part.itertext()))
                run.append(part.tail or "")
            yield "".join(run)
            continue
        if child.tag in _LISTINGS and node.tag in _INLINE_HOLDERS:
            continue  # an inline code word ("if", "assert"): its paragraph's or heading's text
        if child.tag in _MAIN_UNITS and (not inside or child.tag == "item"):
            yield child
        if child.tag not in _LISTINGS:
            yield from _main_units(child, inside or child.tag in _MAIN_HOLDERS)


def _main_lines(body: _Element) -> list[tuple[str, str, list[str] | None]]:
    """trafilatura's XML body as ``(block kind, text, cells)``: head, p, list item, quote, table
    row (with its cells' texts; None for the others). A ``<lb/>`` (the page's ``<br>``) ends a line:
    each line of a paragraph, quote or list item is one main line of its kind ("Those
    missing are:<lb/>71 Monique Arnaud<lb/>…" read as one line was "…are:71 Monique Arnaud64 …",
    s33-a F6); a heading's lines stay one heading and a cell's one cell, set apart by spaces."""
    out: list[tuple[str, str, list[str] | None]] = []
    for el in _main_units(body, False):
        if isinstance(el, str):  # the loose text of a list item laid out as a page box
            out.extend(("paragraph", t, None) for t in [" ".join(el.split())] if t)
            continue
        kind = {"head": "heading", "item": "list-item"}.get(el.tag, "paragraph")
        lines: list[tuple[str, list[str] | None]]
        if el.tag == "row":
            row = [" ".join(_main_pieces(c)) for c in el.iter("cell")]
            lines = [(" | ".join(row), row)]
        elif el.tag in ("code", "pre"):
            lines = [(" ".join("".join(el.itertext()).split()), None)]
        elif el.tag == "head":
            lines = [(" ".join(_main_pieces(el)), None)]  # a heading is one line (html_lines._lines)
        else:
            lines = [(text, None) for text in _main_pieces(el)]
        out.extend((kind, "- " + t if kind == "list-item" else t, cells) for t, cells in lines if t.strip(" |"))
    return out


# How far up from a line's element a table cell is looked for (a cell's text sits in a few
# <div>s and <span>s), and how many main lines ahead a row of the page's table is matched.
_CELL_DEPTH = 8
_ROW_LOOKAHEAD = 8


def _table_row(el: _Element) -> _Element | None:
    """The ``<tr>`` whose cell (``<td>``/``<th>``) holds ``el``, if one does within :data:`_CELL_DEPTH` levels."""
    node: Any = el
    for _ in range(_CELL_DEPTH):
        if node is None or not isinstance(node.tag, str) or node.tag in ("table", "body", "html"):
            return None
        if node.tag in ("td", "th"):
            row = node.getparent()
            return row if row is not None and row.tag == "tr" else None
        node = node.getparent()
    return None


def _row_cells(row: _Element) -> list[str]:
    """A page table row's cells' texts, whitespace collapsed (nested tables' text included): a
    cell's lines (:func:`_lines`: apart at a ``<br>`` or a block element) set apart by a space,
    as the extractor's cells are (:func:`_main_pieces`), never glued ("Monique Arnaud71")."""
    return [" ".join(text for text, _el in _lines(c)) for c in row if c.tag in ("td", "th")]


def _covers(folded_page: list[str], i: int, target: str) -> tuple[int, int] | None:
    """The first and last of consecutive page lines through ``i`` (starting at most three lines
    above it) that laid end to end are exactly ``target`` (spaces aside): the extractor joined them
    into one main line; None when none do. A page line that is only a
    piece of a longer paragraph (a link, a <br> half, a pull quote) does not cover it, and the
    paragraph is then shown whole (replacing it by the piece lost the rest of the paragraph to
    boilerplate: unseen2's HTML content kept fell from 0.984 to 0.847)."""
    want = target.replace(" ", "")
    for k in range(i, max(-1, i - 4), -1):  # the main line may start a few lines up (a title, a label)
        got = ""
        for n, f in enumerate(folded_page[k:]):
            got += f.replace(" ", "")
            if not want.startswith(got):
                break
            if got == want:
                return (k, k + n) if k + n >= i else None
    return None


# How many main lines before and after a main line the page written more than once is looked for
# near each copy (:func:`_placed_copies`), and how many page lines away they may be.
_PLACE_CONTEXT = 3
_PLACE_REACH = 8
# How many characters (spaces aside) of a joined main line's start find its first page line.
_PIECE_KEY = 24


def _placed_copies(
    main: list[tuple[str, str, list[str] | None]],
    tight_main: list[str],
    where: dict[str, list[int]],
    page_at: dict[str, list[int]],
) -> dict[int, int]:
    """Main line → the page line that is its place, for each main line (one of its text in the
    main text) whose text the page has on several lines: the page line with the most of the
    :data:`_PLACE_CONTEXT` main lines before and after it within :data:`_PLACE_REACH` page lines
    on the same side; the first such line when several are as good. A table of contents lists
    the article's headings over it, each next to the others only: the heading over its section,
    next to its paragraphs, is the heading's place."""
    placed: dict[int, int] = {}
    # A main line the extractor joined from several page lines (a <div>'s text split by <br>s) is
    # found by its first piece: a page line its text starts with.
    starts: dict[str, list[int]] = {}

    def found(k: int) -> list[int]:
        if (at := page_at.get(tight_main[k])) is not None or len(tight_main[k]) < _PIECE_KEY:
            return at or []
        if not starts:
            for text, where_on_page in page_at.items():
                if len(text) >= _PIECE_KEY:
                    starts.setdefault(text[:_PIECE_KEY], []).extend(where_on_page)
        return starts.get(tight_main[k][:_PIECE_KEY], [])

    def near(i: int, j: int) -> int:
        score = 0
        for k in range(max(0, j - _PLACE_CONTEXT), min(len(main), j + _PLACE_CONTEXT + 1)):
            if k == j:
                continue
            lo, hi = (i - _PLACE_REACH, i - 1) if k < j else (i + 1, i + _PLACE_REACH)
            score += any(lo <= p <= hi for p in found(k))
        return score

    for j, t in enumerate(tight_main):
        at = page_at.get(t, [])
        if len(at) < 2 or len(where.get(t, ())) != 1:
            continue
        placed[j] = max(at, key=lambda i: (near(i, j), -i))
    return placed


# The most page lines a main line given ahead of its place may sit below it (a live blog's entry
# time between the headline and the first entry): a swap, not a line of another part of the page.
_SWAP_GAP = 2
# The most page lines a main line the extractor gave before the headline may sit below it (the
# headline, a standfirst, an "Updated" line, the entry's stamp): held back to its place.
_HEADLINE_SWAP_GAP = 6


def _has_text(out: list[tuple[str, str, tuple[str | None, str] | None]]) -> bool:
    """Whether a page's lines (``read_html``'s (kind, text, discarded hint), before the
    ``<title>`` is added where the page does not show it) hold any text but boilerplate: a line
    the extractor kept (its headline too), or one it left out that sat in no part of the page
    naming a kind of boilerplate. A kept line made of boilerplate lines' words is boilerplate
    too: trafilatura's fallback gives a page of only a menu as one main paragraph of its items
    ("Home News Sport"). Acceptance s11 c9/empty.html, ``<nav>menu</nav>`` alone,
    was an article "x" (its ``<title>``) reading "menu"."""
    boiler = "".join(_fold(text).replace(" ", "") for _, text, hint in out if hint is not None and hint[0])
    for _kind, text, hint in out:
        if hint is not None and hint[0]:
            continue
        if hint is not None or _fold(text).replace(" ", "") not in boiler:
            return True
    return False


def _page_dump(body: _Element | None) -> bool:
    """Whether trafilatura's main text ``body`` is its last resort, the whole page's text: its
    baseline rescue, when its extractors found too little, takes every line of the page's body
    (menus included) as one paragraph, the lines joined by newlines (a paragraph its extractors
    give is trimmed: no newline in it). Read as a paragraph, that glued a menu's "Home World"
    onto a short page's one sentence, and made a page of a menu alone an article."""
    if body is None or len(body) != 1:
        return False
    only = body[0]
    return only.tag == "p" and len(only) == 0 and "\n" in (only.text or "")


def _signature(el: _Element) -> tuple[str, str, str] | None:
    """A page element's tag and class, with its parent's tag; None for an element without a class
    (a bare ``<p>`` is every paragraph of the page, the footer's too)."""
    classes = " ".join(sorted((el.get("class") or "").split()))
    if not classes:
        return None
    parent = el.getparent()
    return el.tag, classes, parent.tag if parent is not None else ""


# A left-out line is the article's when its element is of the kind (tag, class and parent's tag)
# of at least this many of the main text's lines.
_SAME_AS_MAIN = 2


def _container(el: _Element) -> tuple[str, frozenset[str]] | None:
    """The tag and classes of an element's parent: the container a page puts its paragraphs in;
    None for a parent without a class (a bare ``<div>`` or ``<section>`` holds anything)."""
    parent = el.getparent()
    if parent is None or not isinstance(parent.tag, str):
        return None
    classes = frozenset((parent.get("class") or "").split())
    return (parent.tag, classes) if classes else None


def _in_main_box(el: _Element, parents: set[_Element], boxes: set[tuple[str, frozenset[str]]]) -> bool:
    """Whether a left-out element sits where the main lines do: under one of their own parents (a
    main text set straight in ``<main>``), or in a container of a main line's tag sharing a class
    with it (``<div class="articleBody body">`` after ``<div class="-bottom-space articleBody
    body">``)."""
    if el.getparent() in parents:
        return True
    box = _container(el)
    return box is not None and any(tag == box[0] and classes & box[1] for tag, classes in boxes)


# The elements whose text a <br> may split into lines (:func:`_block_of`).
_PIECE_BLOCKS = ("div", "p", "td", "section", "article", "blockquote", "dd", "li")


def _block_of(el: _Element) -> _Element:
    """The element a page line is a piece of: a <br>'s parent for the line after the <br>, the
    line's own element otherwise (its text before its first <br>)."""
    parent = el.getparent() if el.tag == "br" else None
    return parent if parent is not None else el


def _same_as_main(
    out: list[tuple[str, str, tuple[str | None, str] | None]],
    main_els: dict[int, _Element],
    left_out_els: dict[int, _Element],
) -> None:
    """The left-out lines (in ``out``) that sit in elements like the main text's own paragraphs:
    the same tag and class, under the same parent tag, as :data:`_SAME_AS_MAIN` or more of the
    lines the extractor kept (``main_els``, by their index in ``out``), in no part of the page
    naming a kind, and not a copy of a main line. A page that splits its article body into several
    like containers (between adverts and "Read more" teasers) lost all but the first to the
    extractor. They are made main lines when they lie among the main lines (between the first and
    the last, in page order) or where the main lines do (:func:`_in_main_box`: the second ``<div
    class="body">`` after the first): the same paragraph class in other containers after or before
    the article (a "More from …" section's cards, ``<div class="card"><p class="text">``) is other
    stories' text."""
    counts: dict[tuple[str, str, str], int] = {}
    boxes: set[tuple[str, frozenset[str]]] = set()
    parents: set[_Element] = set()  # held, so lxml keeps one proxy per element
    for el in main_els.values():
        if (sig := _signature(el)) is not None:
            counts[sig] = counts.get(sig, 0) + 1
            if (box := _container(el)) is not None:
                boxes.add(box)
            if (parent := el.getparent()) is not None:
                parents.add(parent)
    # The elements whose text, split by <br>s, is partly a main line: another piece of one is the
    # article's too (a section's first paragraph before the <br>s of the next ones, which the
    # extractor dropped: clubic-1's "Avec un peu de retard …", s32-o).
    pieces = {_block_of(el) for el in main_els.values()}
    shown = {_fold(t).replace(" ", "") for _k, t, hint in out if hint is None}
    for i, el in left_out_els.items():
        kind, text, hint = out[i]
        if hint is not None and hint[0] is None and el.tag in ("br", *_PIECE_BLOCKS) and _block_of(el) in pieces:
            if _fold(text).replace(" ", "") not in shown and _table_row(el) is None:
                out[i] = (kind, text, None)
    if not counts:
        return
    first, last = min(main_els), max(main_els)
    shown = {_fold(t).replace(" ", "") for _k, t, hint in out if hint is None}
    for i, el in left_out_els.items():
        kind, text, hint = out[i]
        if hint is None or hint[0] is not None:
            continue
        if _table_row(el) is not None:
            continue  # a cell of a table beside the article (a data widget's), not a paragraph
        if not first < i < last and not _in_main_box(el, parents, boxes):
            continue  # outside the article, in a container of its own (another story's card)
        sig = _signature(el)
        if sig is not None and counts.get(sig, 0) >= _SAME_AS_MAIN and _fold(text).replace(" ", "") not in shown:
            out[i] = (kind, text, None)


def _joined_breaks(
    out: list[tuple[str, str, tuple[str | None, str] | None]],
    origin: dict[int, int],
    wrapped: set[int],
    dateless: set[int],
) -> tuple[list[tuple[str, str, tuple[str | None, str] | None]], set[int]]:
    """``out`` (``read_html``'s lines: kind, text, discarded hint) with each line that shows a page
    line going on the paragraph of the page line before (``wrapped``: :func:`_wrapped_lines`, lines
    hard-wrapped by ``<br>``s) joined to the line before it, when that shows the page line before
    and both are paragraphs kept alike (both the article's, or both left out with one hint); a word
    hyphenated over the break is joined as a plain text's is (:func:`.blocks.joined_shown`). Returns
    the lines and ``dateless`` (indices of ``out``) renumbered."""
    if not wrapped:
        return out, dateless
    joined: list[tuple[str, str, tuple[str | None, str] | None]] = []
    at: dict[int, int] = {}  # index in ``out`` → index in ``joined``
    pieces: dict[int, list[str]] = {}  # joined line → its pieces, where it has several
    for k, (kind, text, hint) in enumerate(out):
        i = origin.get(k)
        if (
            joined
            and i is not None
            and i in wrapped
            and origin.get(k - 1) == i - 1
            and kind == out[k - 1][0] == "paragraph"
            and hint == out[k - 1][2]
        ):
            pieces.setdefault(len(joined) - 1, [joined[-1][1]]).append(text)
        else:
            joined.append((kind, text, hint))
        at[k] = len(joined) - 1
    if pieces:
        known = known_words(" ".join(t for _k, t, _h in out))
        for j, parts in pieces.items():
            joined[j] = (joined[j][0], _joined(parts, known), joined[j][2])
    return joined, {at[k] for k in dateless}


# A tag, a comment or a doctype: what a file holding HTML has, and a plain text saved as ".htm" not.
_ANY_MARKUP = re.compile(r"<(?:/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?|!--|![Dd][Oo][Cc][Tt][Yy][Pp][Ee]\b[^<>]*)>")


def holds_markup(text: str) -> bool:
    """Whether a file read as HTML holds any markup at all: a tag, a comment or a doctype. A text
    saved with an ".html"/".htm" name (bare text, a headline and paragraphs) holds none, and is
    read as the plain text it is: as a page its lines were all outside any main text (acceptance
    s16 t14 item 7, c4/plain.htm: an empty article whose one block was noise)."""
    return _ANY_MARKUP.search(text) is not None


FRAMESET_REASON = "a frameset page: its text is in the pages of its frames, and it has no <noframes> text"


def _noframes(doc: _Element, html: str) -> str | None:
    """A frameset page's ``<noframes>`` content as a page of its own (the original ``<head>`` with
    it, for the title and metadata), or "" when it has none; None for a page without a frameset.
    The parser keeps a ``<noframes>``'s content as raw text (its markup as "<body><p>…"), which
    read as a line of the page put that markup in the title and the text (s16 t14 item 8)."""
    if next(doc.iter("frameset"), None) is None:
        return None
    inner = "\n".join(n.text_content() for n in doc.iter("noframes"))
    inner = re.sub(r"</?(?:html|body)\b[^<>]*>", "", inner, flags=re.I)
    if not inner.strip():
        return ""
    head = re.search(r"<head\b.*?</head>", html, re.I | re.S)
    return f"<html>{head.group(0) if head else ''}<body>{inner}</body></html>"


# How many of the main text's first lines a wire headline in format codes is looked for in
# (under a wire slug, "BC-Alcina-Hotel Fire-Inquiry,0388").
_WIRE_HEADLINE_WITHIN = 3


def _wire_headline_line(
    page: list[tuple[str, _Element]], main: list[tuple[str, str, list[str] | None]], title: str | None
) -> str | None:
    """The page's line that is a wire headline in its format codes (:func:`titles.wire_headline`)
    in the main text's first :data:`_WIRE_HEADLINE_WITHIN` lines (a ``<pre>``'s lines are one
    main line: the headline is found in it), when ``title`` is no line of the main text."""
    if not main or (title and any(_fold(text) == _fold(title) for _kind, text, _cells in main)):
        return None
    opening = " ".join(_fold(text) for _kind, text, _cells in main[:_WIRE_HEADLINE_WITHIN]).replace(" ", "")
    return next(
        (text for text, _el in page if wire_headline(text) and _fold(text).replace(" ", "") in opening),
        None,
    )


def read_html(html: str, url: str | None = None) -> HtmlPage:
    """Read a decoded HTML page; see the module docstring. Linear in the page's size."""
    import lxml.html
    import trafilatura

    html, doc = _parse_source(html)
    if (framed := _noframes(doc, html)) is not None:
        if not framed:
            return HtmlPage("", [], has_text=False, reason=FRAMESET_REASON, url=url)
        html, doc = _parse_source(framed)
    laid_out = _layout_tables(doc)
    if laid_out:
        html = lxml.html.tostring(doc, encoding="unicode")
    body = doc.find(".//body")
    breaks: list[int] = []
    page = _lines(body if body is not None else doc, noscript=True, breaks=breaks)
    options: dict[str, Any] = {"include_comments": False, "include_tables": True, "include_images": False}
    # (The extractor copies the tree it is given: one parse serves both its runs.)
    tree = _extractor_tree(html)
    extracted: Any = trafilatura.bare_extraction(
        tree, url=url, with_metadata=True, date_extraction_params=DATE_PARAMS, **options
    )
    main_body = extracted.body if extracted is not None else None
    dumped = _page_dump(main_body)
    if dumped:
        # Not a main text: trafilatura's own extraction without that rescue (its precision
        # mode) says what of the page is; nothing, on a page of menus alone.
        strict: Any = trafilatura.bare_extraction(tree, url=url, favor_precision=True, **options)
        main_body = strict.body if strict is not None else None
    elif main_body is not None and any(_page_box(item) for item in main_body.iter("item")):
        # A main text laid out as a page box (a list item holding the headline, the article and the
        # lists of other stories under it): the precision mode's main text, when it keeps every
        # paragraph of the article, leaves those lists to the page around it (s35-g, unseen30).
        strict = trafilatura.bare_extraction(tree, url=url, favor_precision=True, **options)
        if strict is not None and strict.body is not None and _keeps_paragraphs(main_body, strict.body):
            main_body = strict.body
    if laid_out and main_body is not None and not dumped:
        _drop_boxes_over_article(main_body)
    main = _main_lines(main_body) if main_body is not None else []
    if dumped and not main and main_body is not None:
        # A strict body of text in none of those elements (<span>s alone, kept as they are by
        # the precision mode): its text lines are the main text's paragraphs.
        text = "".join(main_body.itertext())
        main = [("paragraph", " ".join(line.split()), None) for line in text.splitlines() if line.strip()]
    title = getattr(extracted, "title", None) if extracted is not None else None
    title = _headline_for_title(doc, page, title)
    # The page's lines in a <noscript> (a message to readers without scripts) are never the
    # article's, though the extractor keeps them on a short page: left out, of their hint's kind.
    scriptless: set[int] = set()  # (and an advert cell's lines, below: both left out with their hint)
    # Each element's answers, judged once for the page's lines (:func:`_within`, :func:`_kind_hint`).
    in_noscript: dict[_Element, bool] = {}
    in_dateless: dict[_Element, bool] = {}
    hints: dict[_Element, tuple[str | None, str]] = {}
    if next(doc.iter("noscript"), None) is not None:
        scriptless = {i for i, (_t, el) in enumerate(page) if _within(el, lambda a: a.tag == "noscript", in_noscript)}
        said = {_fold(page[i][0]).replace(" ", "") for i in scriptless}
        shown = {_fold(t).replace(" ", "") for i, (t, _el) in enumerate(page) if i not in scriptless}
        main = [m for m in main if (t := _fold(m[1].removeprefix("- ")).replace(" ", "")) not in said or t in shown]
    # So are the lines of an advert's cell of a layout table (:func:`_layout_tables`), of an
    # advert's container and of a region beside the article (:func:`_side_regions`), which the
    # extractor keeps on a short page: left out, of their hint's kind.
    if side := _side_regions(doc):
        in_side: dict[_Element, bool] = {}
        advert = {i for i, (_t, el) in enumerate(page) if _within(el, lambda a: a in side, in_side)}
        said = {_fold(page[i][0]).replace(" ", "") for i in advert}
        shown = {_fold(t).replace(" ", "") for i, (t, _el) in enumerate(page) if i not in advert}
        # (And a main line the extractor glued from such a part's lines, "AdvertisementCheap flights
        # to Halvik!" from "Advertisement<br>Cheap flights …": shown twice, as the part's lines
        # left out and as a main line after the article, s18 item 1.)
        glued = [_fold(el.text_content()).replace(" ", "") for el in side]
        main = [
            m
            for m in main
            if (t := _fold(m[1].removeprefix("- ")).replace(" ", "")) in shown
            or not (t in said or (t and any(t in g for g in glued)))
        ]
        scriptless |= advert
    # (Both before the masthead and headline rules below: an advert cell's lines over the article's
    # cell, "SPONSORED" over the headline, are no headline under the logo: t13ae P18.)

    # The title the extractor took was the site's name over the page (its logo, "Berner Blatt"
    # of "<title>Berner Blatt - Online"), the headline the main text's first line: that line is
    # the title, the site's name a masthead line of the page's navigation and, named nowhere
    # else, the outlet (t13q F5).
    found = masthead_title(doc, page, main, title, getattr(extracted, "sitename", None) if extracted else None)
    masthead, headline_at, headline = found if found is not None else (None, None, None)
    site_name = title if found is not None else None
    if headline is not None:
        title = main[headline_at][1] if headline_at is not None else headline
    elif (kept := masthead_line(doc, page, main)) is not None:
        # The extractor kept the site's name over the page as the main text's first line ("WorldNewsNow"
        # of "<title>WorldNewsNow | Peru derailment", its logo over a menu): that line is the page's
        # masthead and, named nowhere else, the outlet; the headline under it the title (s30-s, t13r F6).
        masthead, j, kept_headline = kept
        site_name = main[0][1].strip()
        if not title or not any(_fold(title) == _fold(m[1]) for m in main[1:]):
            title = kept_headline  # (the site's name, or a <title>'s part the page does not show)
        main = main[1:]
        # (None: a headline the extractor left out, the page's line shown as the title; t13w F3)
        headline_at = j - 1 if j is not None and _fold(title) == _fold(main[j - 1][1]) else None
    # The <title> names the site beside the headline and the page shows that name over it (its
    # logo cell): that line is the page's masthead, as above (t13w F3).
    masthead = site_line(doc, page, title) if masthead is None else masthead
    # A wire copy's headline in its format codes ("^Prosecutor opens inquiry<") among the main
    # text's first lines, the title being no line of it (an archive's <title>, "AP wire
    # archive"): that headline is the title, without its codes (t13s F4).
    if (wired := _wire_headline_line(page, main, title)) is not None:
        title = wired
        headline_at = next((k for k, m in enumerate(main) if _fold(m[1]) == _fold(wired)), headline_at)
    # The title taken is the site's name, a call to action or a metadata title with the site's name
    # beside the headline, the page's headline left out of its text: the metadata's headline,
    # without the site's name (html_headline.metadata_headline; issue #14, round s39-x3).
    sitename = getattr(extracted, "sitename", None) if extracted is not None else None
    title = metadata_headline(doc, title, sitename, {_fold(t) for t, _el in page})
    out: list[tuple[str, str, tuple[str | None, str] | None]] = []  # (kind, text, discarded hint)
    folded_main = [_fold(t.removeprefix("- ")) for _, t, _cells in main]
    # Lines are matched without their spaces: the page's text puts a space after every link
    # ("install gstreamer . Get this"), the extractor's does not, and a paragraph with a link
    # before its punctuation was shown twice, as the main line and as a left-out line.
    tight_main = [f.replace(" ", "") for f in folded_main]
    where: dict[str, list[int]] = {}
    for j, f in enumerate(tight_main):
        where.setdefault(f, []).append(j)
    pointer = 0
    ftitle = _fold(title) if title else None
    title_seen = False
    # The page's own summary (its metadata description, as the extractor reads it), where the page
    # writes it as a line the extractor left out (a standfirst in a "promo" box or a <nav> under the
    # headline): the article's, once (issue #14, unseen36 kpbs-1, uniradio-1).
    summary = getattr(extracted, "description", None) if extracted is not None else None
    fsummary = _fold(summary).replace(" ", "") if summary and len(summary.split()) >= _SUMMARY_WORDS else None
    # The page writes its headline otherwise than its metadata title (a word more or less, a
    # kicker the title joins to it): the heading that nearly is the title, above the main text,
    # is the headline shown (:func:`_retitled`), not a left-out line under a title put on top.
    reworded = bool(ftitle) and ftitle not in folded_main and not any(_fold(t) == ftitle for t, _el in page)
    # (The page's only <h1> with text, which holds most of such a title's words, is its headline.)
    sole_h1 = sum(1 for h in doc.iter("h1") if h.text_content().strip()) == 1
    # The page's elements of the lines that matched a main line, and of the left-out lines (by
    # their index in ``out``): an article body the page splits into several like containers
    # (between adverts and teasers), of which the extractor took the first (:func:`_same_as_main`).
    main_els: dict[int, _Element] = {}
    left_out_els: dict[int, _Element] = {}
    # Main lines the extractor joined from several page lines (its fallback extraction gives a
    # short page's whole text as one paragraph): shown as the page's own lines, each once, so
    # no line is repeated and the block structure is the page's.
    split: set[int] = set()
    # Left-out lines from a part of the page whose dates are never the article's (its footer,
    # sidebars, navigation, comments, lists of other stories: _dateless), by their block index.
    dateless: set[int] = set()

    # Main lines the extractor gave ahead of their place (a live blog's first entry before the
    # headline): shown where the page has them, not also left out there (each text once, in
    # page order), by their text without spaces.
    deferred: dict[str, list[int]] = {}
    # Main lines shown ahead of their place that could not be held back to it (the page has them
    # further on, past the near swap :func:`_ahead` allows: a live blog's first entry, or its
    # stamp, before the headline and a standfirst), by their text without spaces, each with how
    # many times: the page's line of that text is then not shown again as a left-out line (the
    # entry was shown twice, t13m F14).
    shown_ahead: dict[str, int] = {}

    def _ahead(j: int, upto: int) -> bool:
        """Whether main line ``j``, given before ``upto`` (met at the page's line ``current``), is
        only a swap: the page has it only further on, and before the main line after ``upto``."""
        at = page_at.get(tight_main[j], [])
        if not at or min(at) <= current:
            return False
        if any(main[k][0] == "heading" or folded_main[k] == ftitle for k in range(j + 1, upto + 1)):
            # given before the headline or a heading (a live blog's first entry over it, the page having the
            # headline, a standfirst, an "Updated" line and the entry's stamp between): held back
            # to its place a few lines under the headline (t13m F14: shown twice)
            return min(at) - current <= _HEADLINE_SWAP_GAP
        if upto + 1 >= len(main):
            return False
        after = [k for k in page_at.get(tight_main[upto + 1], []) if k > current]
        return bool(after) and min(at) < min(after) and min(at) - current <= _SWAP_GAP

    def _titled(j: int) -> bool:
        """Whether main line ``j``, not shown yet, is shown as the title (:func:`emit_main`)."""
        return j >= pointer and (main[j][0] == "heading" or j == headline_at) and folded_main[j] == ftitle

    def emit_main(upto: int) -> None:
        nonlocal pointer, title_seen
        for j in range(pointer, upto + 1):
            if j in split:
                continue
            if j < upto and _ahead(j, upto):
                deferred.setdefault(tight_main[j], []).append(j)
                continue
            if j < upto and (at := page_at.get(tight_main[j])) and min(at) > current:
                shown_ahead[tight_main[j]] = shown_ahead.get(tight_main[j], 0) + 1
            kind, text, _cells = main[j]
            if (kind == "heading" or j == headline_at) and not title_seen and folded_main[j] == ftitle:
                kind, title_seen = "title", True  # the headline, as the extractor kept it
            out.append((kind, text, None))
        pointer = max(pointer, upto + 1)

    folded_page = [_fold(text.removeprefix("- ")) for text, _el in page]
    page_at: dict[str, list[int]] = {}  # each page line's text without spaces: where the page has it
    for i, f in enumerate(folded_page):
        page_at.setdefault(f.replace(" ", ""), []).append(i)
    current = 0  # the page line being placed
    # A main line the page writes more than once (a section's heading in a table of contents over
    # the article, and over its section): its place is the copy among the main text's other lines,
    # the one with the most of the main lines around it near it (the first of the best); the other
    # copies are lines of their own, left out. Placed at the first, the table of contents, it took
    # the main text up above the article, and the page's own copy of it was left out (clubic-1: the
    # "Sommaire" list's headings, s32-o).
    placed = _placed_copies(main, tight_main, where, page_at)
    # The page's lines that make up a main line shown as they are (:func:`_covers`), by page line,
    # and the left-out lines' places in ``out``, by page line.
    pieces: dict[int, int] = {}
    left_out_at: dict[int, int] = {}
    # A table row of the main text is shown once, as a row, in the page's words: the extractor
    # drops a cell that is only a link ("Farm Heroes Super Saga | 71.1 MB | …" came out as
    # " | 71.1 MB | …"), and the page's lines hold one cell each, so neither matched the other
    # and the table was shown twice: its cells as left-out lines, its rows with cells missing.
    # The page's <tr> elements shown as a main row (held, so lxml keeps one proxy per element).
    rows_shown: set[_Element] = set()

    def page_row(row: _Element) -> int | None:
        # (Spaces aside, as lines are matched: the page's lines set a link apart, the extractor not.)
        cells = [_fold(c).replace(" ", "") for c in _row_cells(row)]
        for j in range(pointer, min(len(main), pointer + _ROW_LOOKAHEAD)):
            want = main[j][2]
            if want is None or j in split or len(want) != len(cells):
                continue
            got = [_fold(c).replace(" ", "") for c in want]
            if any(got) and all(not g or g == c for g, c in zip(got, cells)):
                return j
        return None

    # The page line each line of ``out`` shows, where it shows one (by its index in ``out``): the
    # lines a <br> sets apart are joined there as a paragraph's (:func:`_joined_breaks`).
    origin: dict[int, int] = {}
    tagged = 0

    def tag(i: int) -> None:
        nonlocal tagged
        for k in range(tagged, len(out)):
            if _fold(out[k][1].removeprefix("- ")).replace(" ", "") == folded_page[i].replace(" ", ""):
                origin[k] = i
        tagged = len(out)

    # The page's one <h1>, should the extractor leave it out, and the words it is judged by: the
    # main text's content words and the title (:func:`left_out_headline`).
    headline_el = page_h1(doc) if main else None
    main_words = {w for t in folded_main for w in re.findall(r"\w+", t)}
    for i, (text, el) in enumerate(page):
        if i:
            tag(i - 1)
        f = folded_page[i]
        current = i
        if (ahead := deferred.get(f.replace(" ", ""))) is not None:
            j = ahead.pop(0)
            if not ahead:
                del deferred[f.replace(" ", "")]
            kind = main[j][0]
            if kind == "heading" and not title_seen and folded_main[j] == ftitle:
                kind, title_seen = "title", True
            out.append((kind, main[j][1], None))
            continue
        if i in scriptless:
            if _within(el, _dateless, in_dateless):
                dateless.add(len(out))  # (an <aside>'s "Posted: March 3" dates nothing)
            left_out_els[len(out)] = el
            out.append(("paragraph", text, line_hint(el, hints)))
            continue
        if (piece := pieces.get(i)) is not None and _table_row(el) is None and len(folded_page[i]) < 20:
            # only the short pieces, which the matching below passes over ("SELECT", "FROM"); a
            # longer one is matched there as before (a <pre> wire headline keeps its title block)
            out.append((main[piece][0], "- " + text if main[piece][0] == "list-item" else text, None))
            main_els[len(out) - 1] = el
            continue  # a piece of a main line the page's lines make up (:func:`_covers`)
        row = _table_row(el)
        if row is not None and row in rows_shown:
            continue  # a cell of a row shown already
        if row is not None and (j_row := page_row(row)) is not None:
            emit_main(j_row - 1)
            split.add(j_row)
            pointer = max(pointer, j_row + 1)
            rows_shown.add(row)
            out.append((main[j_row][0], " | ".join(_row_cells(row)), None))
            continue
        tight = f.replace(" ", "")
        hit = next((j for j in where.get(tight, ()) if j >= pointer), None)
        if hit is not None and placed.get(hit, i) != i:
            hit = None  # a copy of a main line that is shown at its other place (:func:`_placed_copies`)
        elif hit is None and len(f) >= 20:
            # A paragraph split differently (a <br>, an inline block): part of a main line.
            hit = next(
                (j for j in range(max(0, pointer - 1), min(len(main), pointer + 3)) if tight in tight_main[j]), None
            )
            if hit is not None and hit < pointer and hit not in split:
                continue  # the whole main line is shown already
            if hit is not None and hit not in split and (span := _covers(folded_page, i, folded_main[hit])):
                split.add(hit)  # the page's own lines make up this main line exactly: shown as they are
                # (all of them, the short ones too: a code block's "SELECT" and "FROM" lines above
                # and below this one, s32-o)
                for k in range(span[0], i):
                    at = left_out_at.get(k)
                    if at is not None and (h := out[at][2]) is not None and h[0] is None:
                        out[at] = (main[hit][0], out[at][1], None)
                        main_els[at] = left_out_els.pop(at)
                        dateless.discard(at)
                pieces.update(dict.fromkeys(range(i + 1, span[1] + 1), hit))
            if hit is not None and hit in split:
                emit_main(hit - 1)
                pointer = max(pointer, hit)
                kind = main[hit][0]
                if f == ftitle and not title_seen:
                    kind, title_seen = "title", True
                elif reworded and not title_seen and not main_els and hit == 0 and _headline_over(f, ftitle or "", el):
                    # The headline the shorter <title> opens, first of a main line the extractor
                    # joined from the page's lines (a table layout's cell): the title, as the page
                    # writes it ("Ferry runs aground off Osland, 40 passengers rescued"; t13w F3).
                    kind, title_seen, title = "title", True, text
                out.append((kind, "- " + text if kind == "list-item" else text, None))
                main_els[len(out) - 1] = el
                continue
        if hit is not None:
            if reworded and not title_seen and hit == 0 and pointer == 0 and _headline_over(f, ftitle or "", el):
                # The same headline as the main text's first line of its own (its <br>s read as
                # breaks: s33-a), not a piece of a joined one: the title, as the page writes it.
                kind, title_seen, title = "title", True, text
                out.append((kind, text, None))
                pointer = hit + 1
            else:
                emit_main(hit)
            main_els[len(out) - 1] = el
            continue
        if shown_ahead.get(tight):
            shown_ahead[tight] -= 1  # shown already, ahead of this place
            continue
        if (
            ftitle
            and not title_seen
            # (not a copy of the headline the main text has further on, placed there by
            # :func:`_placed_copies`: a sticky header's copy of it over the page's own <h1> is a
            # line of its own, left out, and the headline the title at its place, once)
            and not (f == ftitle and any(placed.get(j, -1) > i and _titled(j) for j in where.get(tight, ())))
            and (
                f == ftitle
                or (reworded and pointer == 0 and el.tag in _HEADINGS and _retitled(f, ftitle))
                or (reworded and pointer == 0 and el.tag == "h1" and sole_h1 and h1_retitled(f, ftitle))
                or (reworded and pointer == 0 and _headline_over(f, ftitle, el))
            )
        ):
            title_seen = True
            out.append(("title", text, None))
            continue
        if fsummary is not None and tight == fsummary:
            fsummary = None
            out.append(("paragraph", text, None))
            continue
        if headline_el is not None and (el is headline_el or headline_el in el.iterancestors()):
            # The page's one <h1>, left out, holding the article's words: its headline, shown as
            # the main text's heading (not a menu line of the <header> it sits in), once. (Not a
            # copy of the title shown already: the standfirst under it is read as under the title.)
            headline_el = None
            if f != ftitle and left_out_headline(f, main_words, ftitle):
                out.append(("heading", text, None))
                main_els[len(out) - 1] = el
                continue
        if _within(el, _dateless, in_dateless):
            dateless.add(len(out))
        left_out_els[len(out)] = el
        left_out_at[i] = len(out)
        out.append(("paragraph", text, _MASTHEAD_HINT if i == masthead else line_hint(el, hints)))
    if page:
        tag(len(page) - 1)
    emit_main(len(main) - 1)
    comments_holding_main(out, main_els, left_out_els)
    _same_as_main(out, main_els, left_out_els)
    out, dateless = _joined_breaks(out, origin, _wrapped_lines([t for t, _el in page], breaks), dateless)
    for j in sorted(j for ahead in deferred.values() for j in ahead):
        out.append((main[j][0], main[j][1], None))  # (none left: the page has each of them further on)
    # No main text but the page dump: trafilatura found none (the lines left out stay shown, as
    # boilerplate, should the file be read anyway).
    has_text = bool(main) if dumped else _has_text(out)
    if title and not title_seen and not any(_fold(t) == ftitle for _, t, _ in out):
        out.insert(0, ("title", title, None))
        dateless = {i + 1 for i in dateless}

    parts: list[str] = []
    blocks: list[Block] = []
    discarded: dict[int, tuple[str | None, str]] = {}
    pos = 0
    first_block: list[int] = []  # each line's first block
    for kind, text, hint in out:
        first_block.append(len(blocks))
        # A feed's footer or a wire's credit line closing a paragraph after its last sentence is a
        # block of its own, as in a plain text (blocks.footer_apart; s30-i, t13q F3).
        spans = footer_apart(text, (0, len(text))) if kind == "paragraph" else ((0, len(text)),)
        for a, b in spans:
            if hint is not None:
                discarded[len(blocks)] = hint
            blocks.append(Block(pos + a, pos + b, kind, text[a:b]))
        parts.append(text)
        pos += len(text) + 1
    if len(blocks) > len(out):
        first_block.append(len(blocks))
        dateless = {k for i in dateless for k in range(first_block[i], first_block[i + 1])}
    meta: dict[str, str | None] = {}
    if extracted is not None:
        for key in ("author", "date", "sitename", "url"):
            value = getattr(extracted, key, None)
            meta[key] = " ".join(str(value).split()) if value else None
        meta["date"] = markup_date(doc, url)
    if sitename := meta.get("sitename"):
        meta["sitename"] = page_spelling(doc, sitename)
    if not (meta.get("sitename") and meta.get("author")):
        meta["sitename"], meta["author"] = _json_ld_people(doc, meta.get("sitename"), meta.get("author"))
    meta["author"] = without_by(_not_a_bio(meta.get("author"), page))
    return HtmlPage(
        "\n".join(parts),
        blocks,
        discarded,
        dateless=frozenset(dateless),
        has_text=has_text,
        title=(wire_headline(title) or title) if title else title,
        author=meta.get("author"),
        date=meta.get("date"),
        sitename=meta.get("sitename"),
        url=meta.get("url") or url,
        title_site=title_site(doc) or site_name or title_site_confirmed(doc, blocks),
    )
