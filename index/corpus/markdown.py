"""A Markdown block as a reader sees it: the syntax characters left out, what they meant kept.

An article's text (``show --json`` ``text``) stays the Markdown as written, and every span
(search matches, entities, boilerplate blocks, jumps) points into it. For display, a block's
text is shown with its syntax hidden: ``**city council**`` shows as ``city council`` marked
strong, ``[Reuters](https://…)`` as ``Reuters`` marked as a link, ``## Costs`` as ``Costs``, a
list marker ``-`` as a bullet, a paragraph's wrapped lines joined. The shown text is the block's
own characters, some left out and some replaced one for one (a list marker, a line break inside a
paragraph, an entity such as ``&amp;``), so one map (:attr:`Shown.positions`) takes any offset
into the block to where it is shown.

Inline syntax is read with markdown-it-py (CommonMark, plus ``~~strikethrough~~``), which gives
tokens but no source positions: each token is found again in the block text in order. If a
token cannot be found where it must be (a construct this reading does not follow), the block
is shown as written (:func:`shown_block` returns None): never wrong characters, at worst visible
syntax.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from markdown_it import MarkdownIt

# Marks on shown text: "strong", "emphasis", "code", "link", "strike".
Mark = tuple[int, int, str]

BULLET = "•"
_HEADING = re.compile(r"[ ]{0,3}(#{1,6})(?:[ \t]+|$)")
_HEADING_CLOSE = re.compile(r"[ \t]+#+[ \t]*$")
_LIST = re.compile(r"[ ]{0,3}([-*+])[ \t]+")
_QUOTE = re.compile(r"[ ]{0,3}>[ ]?")
_QUOTES = re.compile(r"(?:[ ]{0,3}>[ ]?)+")  # a quote's markers, every level ("> > ")
_QUOTES_INDENT = re.compile(r"(?:[ ]{0,3}>[ ]?)+[ \t]*")  # ... and a continuation line's indentation
_PAIRS = {"strong": "strong", "em": "emphasis", "s": "strike"}
# A pipe table's bar between cells: any "|" but an escaped one ("\\|" is a bar inside a cell).
# The one reading of a row's cells: the reader's, the fact sheet's (facts.extract) and compare's
# (align_tables) (review s52-rv finding 14: compare had a copy of its own).
TABLE_BAR = _BAR = re.compile(r"(?<!\\)\|")
# A cell holding a figure: a digit, or a number word opening it ("nine", "Twelve").
_CELL_FIGURE = re.compile(r"\d|^\s*(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b", re.IGNORECASE)


def row_cells(line: str) -> list[str]:
    """The cells of a table's row written with bars (:data:`TABLE_BAR`: a pipe table's row, an
    HTML table's row as the reader keeps it), stripped, the empty edges of outer bars left out:
    "| Police | 11 | 70 |" → ["Police", "11", "70"]; "Town hall | 6 | 52" → ["Town hall", "6", "52"]."""
    cells = _BAR.split(line.strip())
    if cells and not cells[0].strip():
        cells = cells[1:]
    if cells and not cells[-1].strip():
        cells = cells[:-1]
    return [c.strip() for c in cells]


def cell_figure(cell: str) -> bool:
    """Whether a table's cell holds a figure: a digit, or a number word opening it ("nine")."""
    return _CELL_FIGURE.search(cell) is not None


# A pipe table's separator row under its header: cells of dashes, a colon at either end setting the
# column's alignment ("|---|---|", "|:--|--:|", ":-- | --:"), at least one bar.
_TABLE_RULE = re.compile(r"[ ]{0,3}(?=[^|\n]*\|)\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*")
# A row of a pipe table between outer bars ("| Depth | 420 m |"): a row wherever it stands.
_TABLE_ROW = re.compile(r"[ ]{0,3}\|.*(?<!\\)\|.*(?<!\\)\|[ \t]*")
# A row without outer bars, its cells set apart by spaced bars ("Depth | 420 m"), as tables are
# written in Markdown (a bar run into words, "either/or|both", is no table's): a row only beside
# its table's separator row or another row (:func:`_table_beside`); alone, a line with a spaced bar
# is a menu's ("Home | About | Contact") or a title's ("Mine rescue | Nordwire News"; review s35-rv
# finding 9).
_BARLESS_ROW = re.compile(r"[^|\n]*[^\s\\|][ \t]+\|[ \t]+[^\s|][^\n]*")
# How a row's cells are joined when shown: a two-column row as a fact box's line ("Depth of the
# refuge chamber: 420 m", which the fact sheet reads so too), a wider row's cells or a header's
# with a middle dot.
_PAIR_JOIN = ": "
_CELLS_JOIN = " · "


@dataclass(frozen=True, slots=True)
class Shown:
    """How one block is shown.

    ``text``: the characters shown; ``positions[i]``: where character ``i`` of the block text
    is shown (a hidden character: where the next shown one is), ``len(block) + 1`` entries,
    non-decreasing, the last ``len(text)``; ``marks``: (start, end, kind) spans of ``text``."""

    text: str
    positions: tuple[int, ...]
    marks: tuple[Mark, ...]

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Block-local ``[start, end)`` as shown (empty if every character of it is hidden)."""
        last = len(self.positions) - 1
        return self.positions[max(0, min(last, start))], self.positions[max(0, min(last, end))]


@lru_cache(maxsize=1)
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt  # lazily: only Markdown articles need it

    md = MarkdownIt("commonmark").enable("strikethrough")
    md.disable("text_join")  # escapes and entities stay tokens of their own, findable in the source
    return md


class _Unfollowed(Exception):
    """A token is not where the block text says it must be."""


def table_rule(line: str) -> bool:
    """Whether ``line`` is a pipe table's separator row ("|---|---|", "|:--|--:|", "--- | ---")."""
    return _TABLE_RULE.fullmatch(line) is not None


def table_row(line: str, above: str = "", below: str = "") -> bool:
    """Whether ``line`` (one line) is a row of a pipe table, its separator row included: a row
    between outer bars, a header over a separator row (``below``), or a row without outer bars
    with a line of its table right over (``above``) or under it. Such a row is shown as a table's
    (:func:`shown_block`) and is never a heading or title (blocks.classify: the table's last row
    over a paragraph was a heading, drawn with no blank line before the text, t13ah N16)."""
    if "\n" in line:
        return False
    return (
        table_rule(line)
        or (table_rule(below) and _BAR.search(line) is not None)
        or _TABLE_ROW.fullmatch(line) is not None
        or (_BARLESS_ROW.fullmatch(line) is not None and (_table_beside(above) or _table_beside(below)))
    )


def _table_beside(line: str) -> bool:
    """Whether ``line`` (the line over or under a block) is a pipe table's: its separator row, or a
    row with outer bars or without them."""
    return table_rule(line) or _TABLE_ROW.fullmatch(line) is not None or _BARLESS_ROW.fullmatch(line) is not None


# Lines that open a block of their own even right under a paragraph's line (CommonMark: they
# interrupt a paragraph): a bullet item with text, an ordered item numbered 1 (any number under
# another item), a code fence, a thematic break; a setext heading's underline ends its paragraph.
_ORDERED = re.compile(r"[ ]{0,3}(\d{1,9})[.)](?:[ \t]+|$)")
_FENCE = re.compile(r"[ ]{0,3}(?:`{3,}|~{3,})")
_THEMATIC = re.compile(r"[ ]{0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*")
_SETEXT = re.compile(r"[ ]{0,3}(?:=+|-+)[ \t]*")


def _line_alone(line: str, above: str, below: str) -> bool:
    """Whether ``line`` is a block on its own line that no other line joins: a heading, a code
    fence, a thematic break or setext underline, a pipe table's row or separator row."""
    return (
        _HEADING.match(line) is not None
        or _FENCE.match(line) is not None
        or _THEMATIC.fullmatch(line) is not None
        or _SETEXT.fullmatch(line) is not None
        or table_rule(line)
        or _TABLE_ROW.fullmatch(line) is not None
        or (table_rule(below) and _BAR.search(line) is not None)
        or (_BARLESS_ROW.fullmatch(line) is not None and (_table_beside(above) or _table_beside(below)))
    )


def joins_above(lines: Sequence[str]) -> list[bool]:
    """For each of ``lines`` (a Markdown article's lines, in order, blank ones included), whether
    it goes on with the block of the line above it: the lines of one paragraph (a soft line
    break, shown as a space), and a list item's or a block quote's lazy continuation lines, as
    CommonMark reads them. A blank line ends a block; a heading, a table row, a fence or a
    thematic break is a block of its own line; a list item or a quote marker starts a new block.
    Lines inside a code fence never join (each stays as written).

    A plain text file's line breaks are judged by layout (``blocks._paragraphs``); in Markdown a
    single line break never ends a paragraph: "locked." over "Factory owner …" is one paragraph
    (t13ag N13)."""
    joins: list[bool] = []
    fenced = False
    alone_above = True  # the line above is blank, a block of its own line, or fenced
    item_above = False  # the block above is a list item (an item of any number goes on a list)
    for i, line in enumerate(lines):
        above = lines[i - 1] if i > 0 else ""
        below = lines[i + 1] if i + 1 < len(lines) else ""
        if _FENCE.match(line) is not None:
            fenced = not fenced
            joins.append(False)
            alone_above = True
            continue
        if fenced or not line.strip():
            joins.append(False)
            alone_above = True  # (a list goes on over a blank line: item_above stays)
            continue
        if _line_alone(line, above, below):
            joins.append(False)
            alone_above, item_above = True, False
            continue
        ordered = _ORDERED.match(line)
        bullet = _LIST.match(line) is not None and _LIST.fullmatch(line) is None
        # An ordered item interrupts a paragraph only when numbered 1 ("in\n2024. The …" is prose).
        item = bullet or (ordered is not None and (alone_above or item_above or ordered.group(1) == "1"))
        if item:
            joins.append(False)
            item_above = item
        elif _QUOTE.match(line) is not None:
            # A quote's lines marked each go on with its paragraph (t13aj N16: "> … said Lars
            # Ekdahl," over "> head of the … Chamber of Commerce." was two blocks).
            joins.append(not alone_above and _quote_goes_on(above, line))
            item_above = False
        else:
            joins.append(not alone_above)
        alone_above = False
    return joins


def _quote_inner(line: str) -> tuple[int, str]:
    """A block quote's line as its markers and its text: how deep it is (``>`` markers) and what
    follows them."""
    depth, at = 0, 0
    while (m := _QUOTE.match(line, at)) is not None:
        depth, at = depth + 1, m.end()
    return depth, line[at:]


def _quote_goes_on(above: str, line: str) -> bool:
    """Whether the quote line ``line`` goes on with the paragraph of the quote line ``above``: as
    deep, both holding text (a bare ``>`` ends a quote's paragraph) that is neither a block of its
    own line (a heading, a table row: :func:`_line_alone`) nor a list item, as CommonMark reads
    the lines inside a quote."""
    depth, inner = _quote_inner(line)
    depth_above, inner_above = _quote_inner(above)
    if depth != depth_above or not inner.strip() or not inner_above.strip():
        return False
    if _line_alone(inner, "", "") or _line_alone(inner_above, "", ""):
        return False
    return _LIST.match(inner) is None and _ORDERED.match(inner) is None


def line_before(text: str, start: int) -> str:
    """The line of ``text`` ending right before the newline at ``start - 1`` ("" when none)."""
    if start <= 0 or text[start - 1] != "\n":
        return ""
    return text[text.rfind("\n", 0, start - 1) + 1 : start - 1]


def line_after(text: str, end: int) -> str:
    """The line of ``text`` starting right after the newline at ``end`` ("" when none)."""
    if text[end : end + 1] != "\n":
        return ""
    stop = text.find("\n", end + 1)
    return text[end + 1 : len(text) if stop < 0 else stop]


def shown_block(text: str, below: str = "", above: str = "") -> Shown | None:
    """``text`` (one block of a Markdown article) with its syntax hidden, or None when it has
    none or cannot be followed exactly (then it is shown as written). ``below``: the line right
    under the block in the article, if any: a pipe table's separator row there makes the block
    the table's header row (shown marked strong, its cells joined with " · "); ``above``: the
    line right over it, if any.

    A pipe table's row, a block of its own, is shown without its bars (t13y G13): a two-column
    row as a fact box's line ("Depth of the refuge chamber: 420 m"), a wider one's cells joined
    with " · "; the separator row is shown as nothing. A row without outer bars ("Depth | 420 m")
    is one only with a line of its table over or under it; a heading's, list item's or quote's
    marker is read first, its text never a row ("# Mine rescue | Nordwire News", "- Depth | 420
    m"; review s35-rv finding 9)."""
    hidden = bytearray(len(text))  # 1: not shown
    swaps: dict[int, str] = {}
    marks: list[Mark] = []  # in block offsets, turned into shown offsets at the end
    body, end = 0, len(text)
    marker = _HEADING.match(text) or _LIST.match(text) or _QUOTE.match(text)
    row = "\n" not in text and (marker is None or table_rule(text))
    header = row and table_rule(below) and _BAR.search(text) is not None
    table = row and table_row(text, above, below)
    if table:
        if table_rule(text):
            hidden[:] = b"\x01" * len(text)
        elif not _table_row(text, header, hidden, swaps, marks):
            return None
    elif (m := _HEADING.match(text)) is not None:
        hidden[: m.end()] = b"\x01" * m.end()
        body = m.end()
        if (close := _HEADING_CLOSE.search(text, body)) is not None:
            end = close.start()
            hidden[end:] = b"\x01" * (len(text) - end)
    elif (m := _LIST.match(text)) is not None:
        swaps[m.start(1)] = BULLET
        body = m.end()
    elif (m := _QUOTES.match(text)) is not None:
        hidden[: m.end()] = b"\x01" * m.end()
        body = m.end()
        # The markers (every level: "> >") opening the quote's further lines too, and the
        # spaces after them, as a paragraph's continuation lines' (joins_above joins them).
        at = text.find("\n", body)
        while at >= 0:
            if (more := _QUOTES_INDENT.match(text, at + 1)) is not None:
                hidden[at + 1 : more.end()] = b"\x01" * (more.end() - at - 1)
            at = text.find("\n", at + 1)
    if not table:  # a table's cells were read one by one
        try:
            _inline(text, body, end, hidden, swaps, marks)
        except _Unfollowed:
            return None
    if not any(hidden) and not swaps and not marks:
        return None
    positions: list[int] = []
    shown: list[str] = []
    for i, ch in enumerate(text):
        positions.append(len(shown))
        if not hidden[i]:
            shown.append(swaps.get(i, ch))
    positions.append(len(shown))
    return Shown(
        "".join(shown),
        tuple(positions),
        tuple((positions[s], positions[e], kind) for s, e, kind in marks if positions[s] < positions[e]),
    )


def _inline(text: str, start: int, end: int, hidden: bytearray, swaps: dict[int, str], marks: list[Mark]) -> None:
    """Hide the inline syntax of ``text[start:end]``; raise _Unfollowed if it cannot be followed."""
    source = text[:end]
    tokens = _parser().parseInline(source[start:])
    children: list[Any] = (tokens[0].children or []) if tokens else []
    cursor = start
    opened: list[tuple[str, int]] = []  # (kind, start) of marks not closed yet

    def hide(a: int, b: int) -> None:
        hidden[a:b] = b"\x01" * (b - a)

    def expect(literal: str) -> None:
        if not literal or not source.startswith(literal, cursor):
            raise _Unfollowed(literal)

    for token in children:
        kind = token.type
        if kind == "text":
            if token.content:
                expect(token.content)
                cursor += len(token.content)
        elif kind == "text_special":
            expect(token.markup)
            if token.info == "escape":
                hide(cursor, cursor + 1)  # the backslash
            elif len(token.content) == 1:  # an entity (&amp;): shown as the character it names
                swaps[cursor] = token.content
                hide(cursor + 1, cursor + len(token.markup))
            cursor += len(token.markup)
        elif kind.endswith("_open") and kind[:-5] in _PAIRS:
            expect(token.markup)
            hide(cursor, cursor + len(token.markup))
            cursor += len(token.markup)
            opened.append((_PAIRS[kind[:-5]], cursor))
        elif kind.endswith("_close") and kind[:-6] in _PAIRS:
            expect(token.markup)
            mark, begin = opened.pop()
            marks.append((begin, cursor, mark))
            hide(cursor, cursor + len(token.markup))
            cursor += len(token.markup)
        elif kind == "link_open":
            expect("<" if token.markup == "autolink" else "[")
            hide(cursor, cursor + 1)
            cursor += 1
            opened.append(("link", cursor))
        elif kind == "link_close":
            mark, begin = opened.pop()
            marks.append((begin, cursor, mark))
            if token.markup == "autolink":
                expect(">")
                tail = cursor + 1
            else:
                tail = _link_tail(source, cursor)
            hide(cursor, tail)
            cursor = tail
        elif kind == "image":
            expect("![")
            hide(cursor, cursor + 2)
            close = _bracket_end(source, cursor + 1)
            marks.append((cursor + 2, close, "link"))
            tail = _link_tail(source, close)
            hide(close, tail)
            cursor = tail
        elif kind == "code_inline":
            expect(token.markup)
            inner = cursor + len(token.markup)
            close = _code_end(source, inner, token.markup)
            hide(cursor, inner)
            hide(close, close + len(token.markup))
            marks.append((inner, close, "code"))
            cursor = close + len(token.markup)
        elif kind in ("softbreak", "hardbreak"):
            # Spaces (and a hard break's backslash) before the newline, indentation after it.
            stop = source.find("\n", cursor)
            if stop < 0:
                raise _Unfollowed(kind)
            if kind == "softbreak":
                swaps[stop] = " "  # a wrapped line of one paragraph: reflowed, as Markdown renders it
                hide(cursor, stop)  # the line's trailing spaces: the break is the one space
            elif source[stop - 1 : stop] == "\\":
                hide(stop - 1, stop)
            cursor = stop + 1
            while cursor < len(source) and source[cursor] in " \t":
                cursor += 1
            # The next line's indentation (a list item's continuation is indented under its
            # text): not shown, as Markdown renders it, so the break is one space (t13agr R4).
            hide(stop + 1, cursor)
        elif kind == "html_inline":
            expect(token.content)
            cursor += len(token.content)  # shown as written: never read as markup
        else:
            raise _Unfollowed(kind)
    if opened or source[cursor:].strip():
        raise _Unfollowed("unclosed")


def _table_row(text: str, header: bool, hidden: bytearray, swaps: dict[int, str], marks: list[Mark]) -> bool:
    """Hide a pipe table row's bars and the spaces around its cells, each cell's inline syntax
    (an escaped bar shown as a bar), and write the cells' join over the characters between two
    cells (a character each, the rest hidden); a header's cells marked strong. False when a
    cell's syntax cannot be followed."""
    bars = [m.start() for m in _BAR.finditer(text)]
    edges = [-1, *bars, len(text)]
    cells: list[tuple[int, int]] = []
    for a, b in zip(edges, edges[1:]):
        a += 1
        while a < b and text[a] in " \t":
            a += 1
        while b > a and text[b - 1] in " \t":
            b -= 1
        cells.append((a, b))
    # Outer bars ("| a | b |") leave an empty cell at each end: no cell of the row.
    if cells and cells[0][0] == cells[0][1] and bars and not text[: bars[0]].strip():
        cells.pop(0)
    if cells and cells[-1][0] == cells[-1][1] and bars and not text[bars[-1] + 1 :].strip():
        cells.pop()
    if len(cells) < 2:
        return False
    hidden[:] = b"\x01" * len(text)
    join = _PAIR_JOIN if len(cells) == 2 and not header else _CELLS_JOIN
    for k, (a, b) in enumerate(cells):
        hidden[a:b] = bytes(b - a)
        try:
            _inline(text, a, b, hidden, swaps, marks)
        except _Unfollowed:
            return False
        if k + 1 < len(cells):
            gap = range(b, cells[k + 1][0])
            # The join written over the gap's characters, a spaced join losing its spaces where
            # the gap is too short ("a|b": "a:b", "a·b").
            written = join if len(gap) >= len(join) else join.strip() or join[:1]
            for i, ch in zip(gap, written):
                hidden[i] = 0
                swaps[i] = ch
    if header:
        marks.append((cells[0][0], cells[-1][1], "strong"))
    return True


def _bracket_end(source: str, opening: int) -> int:
    """Index of the ``]`` closing the ``[`` at ``opening`` (nested brackets, escapes)."""
    depth, i = 0, opening
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise _Unfollowed("]")


def _link_tail(source: str, close: int) -> int:
    """The end of a link's destination part, from the ``]`` at ``close``: ``](url "title")``,
    ``][ref]``, ``][]`` or ``]`` alone (a shortcut reference)."""
    if source[close : close + 1] != "]":
        raise _Unfollowed("]")
    i = close + 1
    if source.startswith("(", i):
        depth, quote = 0, ""
        while i < len(source):
            ch = source[i]
            if ch == "\\":
                i += 2
                continue
            if quote:
                if ch == quote:
                    quote = ""
            elif ch in "\"'" and depth == 1 and source[i - 1] in " \t\n":
                quote = ch
            elif ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
                if depth == 0:
                    return i + 1
            i += 1
        raise _Unfollowed(")")
    if source.startswith("[", i):
        return _bracket_end(source, i) + 1
    return i


def _code_end(source: str, start: int, fence: str) -> int:
    """Where the backtick run closing a code span opened by ``fence`` starts."""
    i = start
    while (i := source.find(fence, i)) >= 0:
        before = source[i - 1] if i > 0 else ""
        after = source[i + len(fence) : i + len(fence) + 1]
        if before != "`" and after != "`":
            return i
        i += 1
    raise _Unfollowed("`")


def shown_text(text: str, below: str = "", above: str = "") -> str:
    """One block of a Markdown article as the reader shows it (its syntax hidden; ``below`` and
    ``above``: the lines under and over it, as :func:`shown_block` reads them)."""
    shown = shown_block(text, below, above)
    return shown.text if shown is not None else text


def shown_inline(text: str) -> str:
    """A one-line value written in Markdown (a front matter title) as shown: its inline syntax
    hidden (emphasis, links, code spans, escapes); nothing in it read as a heading, a list item or
    a quote ("1. Intro" stays as written). As written when it cannot be followed exactly."""
    hidden = bytearray(len(text))
    swaps: dict[int, str] = {}
    try:
        _inline(text, 0, len(text), hidden, swaps, [])
    except _Unfollowed:
        return text
    return "".join(swaps.get(i, ch) for i, ch in enumerate(text) if not hidden[i])


@dataclass(frozen=True, slots=True)
class ShownArticle:
    """A Markdown article as the reader shows it, for finding words where the reader shows them
    (a link's text, never its URL; no emphasis markers), with the map back to the article text.

    ``text``: each block shown (:func:`shown_block`), the text between blocks as written;
    ``runs``: (start in ``text``, start in the article) of each stretch the two share one for one
    (a shown character is the article's, or replaces one of it: a bullet, a joined line)."""

    text: str
    runs: tuple[tuple[int, int], ...]
    length: int  # the article text's

    def to_shown(self, offset: int) -> int:
        """Where article offset ``offset`` is shown (a hidden character: where the next shown
        one is)."""
        i = bisect_right(self.runs, offset, key=lambda run: run[1]) - 1
        if i < 0:
            return 0
        shown, article = self.runs[i]
        stop = self.runs[i + 1][0] if i + 1 < len(self.runs) else len(self.text)
        return min(shown + offset - article, stop)

    def excerpt(self, start: int, end: int) -> tuple[str, Callable[[int], int]]:
        """Article text ``[start, end)`` as shown, and the map of an article offset to an offset
        of that excerpt (clamped to it)."""
        a, b = self.to_shown(start), self.to_shown(end)
        return self.text[a:b], lambda offset: max(0, min(b, self.to_shown(offset)) - a)

    def origin(self, at: int) -> int:
        """Where shown character ``at`` is in the article (``len(text)``: the article's end)."""
        if at >= len(self.text):
            return self.length
        i = bisect_right(self.runs, (at, self.length + 1)) - 1
        shown, article = self.runs[i]
        return article + at - shown

    def back(self, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
        """``spans`` of :attr:`text` as spans of the article text (a span over hidden syntax, a
        link's text across emphasis, runs from its first shown character to its last)."""
        return [(self.origin(s), self.origin(e - 1) + 1) for s, e in spans if s < e]

    def back_with_syntax(self, start: int, end: int, original: str) -> tuple[int, int]:
        """Shown ``[start, end)`` (``start < end``) as a span of the article text ``original``
        that also holds the syntax hidden right before or right after it (both when it can) when
        the span's emphasis markers then come in pairs: "13" of ``**13** workers`` is ``**13**``;
        "We will rebuild" of ``"**We will rebuild,**" said`` is the words alone, its marker's pair
        outside them (review s33-r: it was "**We will rebuild")."""
        a, b = self.back([(start, end)])[0]
        wide_a = wide_b = None
        i = bisect_right(self.runs, (start, self.length + 1)) - 1
        if i > 0 and self.runs[i][0] == start:
            shown, article = self.runs[i - 1]
            wide_a = article + start - shown  # the previous stretch's end: the hidden syntax between
        j = bisect_right(self.runs, (end, self.length + 1)) - 1
        if 0 <= j < len(self.runs) and self.runs[j][0] == end and j > 0:
            wide_b = self.runs[j][1]  # the next stretch's start: the hidden syntax between
        for x, y in ((wide_a, wide_b), (wide_a, b), (a, wide_b)):
            x, y = a if x is None else x, b if y is None else y
            if (x, y) != (a, b) and _markers_paired(original[x:y]):
                return x, y
        return a, b


def _markers_paired(span: str) -> bool:
    """Whether ``span``'s emphasis markers (``**``, ``__``, ``*``, ``_``) each come an even number of
    times: none opened that it does not close."""
    for double, single in (("**", "*"), ("__", "_")):
        if span.count(double) % 2 or span.replace(double, "").count(single) % 2:
            return False
    return True


def shown_article(text: str, blocks: Iterable[tuple[int, int]]) -> ShownArticle:
    """``text`` (a Markdown article) with each of ``blocks`` ((start, end), in order) shown as
    the reader shows it; the text outside the blocks is kept as written."""
    parts: list[str] = []
    runs: list[tuple[int, int]] = []
    at = 0  # in the shown text
    done = 0  # in the article text

    def keep(a: int, b: int) -> None:
        nonlocal at
        if a < b:
            runs.append((at, a))
            parts.append(text[a:b])
            at += b - a

    for start, end in blocks:
        if start < done:
            continue
        keep(done, start)
        shown = shown_block(text[start:end], line_after(text, end), line_before(text, start))
        if shown is None:
            keep(start, end)
        else:
            pos = shown.positions
            for i in range(end - start):
                if pos[i + 1] == pos[i]:
                    continue  # hidden
                here = at + pos[i]
                if not runs or runs[-1][1] + here - runs[-1][0] != start + i:
                    runs.append((here, start + i))  # a new stretch: syntax was hidden before it
            parts.append(shown.text)
            at += len(shown.text)
        done = end
    keep(done, len(text))
    return ShownArticle("".join(parts), tuple(runs), len(text))


@lru_cache(maxsize=16)
def _shown_article_cached(text: str, blocks: tuple[tuple[int, int], ...]) -> ShownArticle:
    return shown_article(text, blocks)


class _ArticleLike(Protocol):
    """An article (corpus.reader.Article): its ``text``; ``format`` and ``blocks`` are read
    when it has them (an object without them is shown as written)."""

    @property
    def text(self) -> str: ...


def article_excerpt(article: _ArticleLike, start: int, end: int) -> tuple[str, Callable[[int], int]]:
    """``article``'s text ``[start, end)`` as the reader shows it (a Markdown article's syntax
    hidden: :class:`ShownArticle`), and the map of an article offset to an offset of it: what
    every place showing article text (compare rows, panels, the command line) shows."""
    if getattr(article, "format", None) != "markdown":
        return article.text[start:end], lambda offset: max(0, min(end, offset) - start)
    blocks = tuple((b.start, b.end) for b in getattr(article, "blocks", ()))
    return _shown_article_cached(article.text, blocks).excerpt(start, end)


def article_shown(article: _ArticleLike, start: int, end: int) -> str:
    """``article``'s text ``[start, end)`` as the reader shows it (see :func:`article_excerpt`)."""
    return article_excerpt(article, start, end)[0]
