"""QuotesScreen: who said what, and in whose words, across outlets.

Top: one row per speaker with the number of statements each article reports, and last a row of
the statements no speaker is found for ("Unattributed"; quotes in
boilerplate are not counted). Bottom: the highlighted speaker's statements, one row each, with
every article's wording side by side: *direct*, *partial* or *reported*, the words an
``altered`` quote changed marked, and how the wordings relate. ``enter`` on a wording opens the
reader at that quote; ``s`` searches what the speaker is reported saying.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from rich.cells import cell_len
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.coordinate import Coordinate
from textual.screen import Screen
from textual.widgets import DataTable, Static

from waic_reader.index.analysis.entities.labels import label_name
from waic_reader.index.analysis.facts import FactSource
from waic_reader.index.analysis.facts.display import source_names
from waic_reader.index.analysis.quotes.group import Statement
from waic_reader.index.analysis.quotes.model import ANONYMOUS_SOURCE, ELISION, Quote, Speaker
from waic_reader.index.analysis.quotes.sheet import UNATTRIBUTED, QuoteSheet
from waic_reader.index.corpus.markdown import article_excerpt
from waic_reader.index.corpus.text import counted, one_line, visible_same_length
from waic_reader.index.workspace import not_analysed_said
from waic_reader.tui.corpus_follower import corpus_state
from waic_reader.tui.early_keys import OpensOnEnter
from waic_reader.tui.highlights import SECONDARY_STYLE
from waic_reader.tui.safe import line, plain
from waic_reader.tui.widgets.key_bar import KeyBar
from waic_reader.tui.widgets.sheet_table import PAD, SCROLLBAR, Cell, LazyCell, SheetColumn, whole_columns
from waic_reader.tui.widgets.window_table import WindowRow, WindowTable, in_view_said
from waic_reader.tui.worker_errors import ReportsWorkerErrors

if TYPE_CHECKING:
    from textual import getters

    from waic_reader.index.corpus.reader import Article
    from waic_reader.tui.app import WaicReaderApp

NAME_WIDTH = 26
NAME_MIN = 12  # the speaker column's narrowest (cells)
COUNT_WIDTH = 7
WORDING_WIDTH = 11
LINES = 3  # lines per statement row
CHANGED_STYLE = "bold $text-error underline"
MARKED_STYLE = "$text-success"
WORDING_STYLES = {
    "same": "$text-success",
    "altered": "bold $text-error",
    "paraphrase": "$text-warning",
    "single": "dim",
}


def wrap_spans(text: str, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap of ``text`` as (start, end) offsets of each line (no leading spaces)."""
    lines: list[tuple[int, int]] = []
    start = end = -1
    for m in re.finditer(r"\S+", text):
        if start < 0:
            start, end = m.start(), m.end()
        elif m.end() - start <= width:
            end = m.end()
        else:
            lines.append((start, end))
            start, end = m.start(), m.end()
        while end - start > width:  # a word longer than the column
            lines.append((start, start + width))
            start += width
    if start >= 0:
        lines.append((start, end))
    return lines


def shown_quote(q: Quote, article: Article) -> tuple[str, Callable[[int, int], tuple[int, int] | None]]:
    """``q``'s words (:attr:`Quote.quoted`: a split quote's parts joined, its cue left out) as the
    reader shows ``article``'s text (a Markdown article's syntax hidden), and the map of an
    article span to a span of them (None: outside every part)."""
    pieces: list[tuple[int, int, int, Callable[[int], int]]] = []  # part start, end, where, map
    texts: list[str] = []
    at = 0
    for ps, pe in q.parts:
        text, to = article_excerpt(article, ps, pe)
        pieces.append((ps, pe, at, to))
        texts.append(text)
        at += len(text) + len(ELISION)

    def span(s: int, e: int) -> tuple[int, int] | None:
        for ps, pe, where, to in pieces:
            a, b = max(s, ps), min(e, pe)
            if a < b:
                return where + to(a), where + to(b)
        return None

    return ELISION.join(texts), span


def wording_cell(q: Quote, changed: list[tuple[int, int]], width: int, lines: int, article: Article) -> Content:
    """``q``'s words, after its kind, wrapped to at most ``lines`` lines of ``width``: quoted words
    tinted, changed words marked; article text stays literal, shown as the reader shows
    ``article`` (a Markdown article's syntax hidden)."""
    prefix = f"{q.kind}: "
    words, span = shown_quote(q, article)
    full = prefix + visible_same_length(words.replace("\n", " "))
    styles = [(0, len(prefix) - 1, "italic $text-muted")]
    for spans, style in ((q.marked, MARKED_STYLE), (changed, CHANGED_STYLE)):
        for s, e in spans:
            # Offsets into the article -> into the shown words (a split quote's cue left out).
            for ps, pe in q.parts:
                where = span(max(s, ps), min(e, pe))
                if where is not None and where[0] < where[1]:
                    styles.append((where[0] + len(prefix), where[1] + len(prefix), style))
    spans = wrap_spans(full, width)
    cut = len(spans) > lines
    spans = spans[:lines]
    pieces: list[Content] = []
    for i, (ls, le) in enumerate(spans):
        if cut and i == len(spans) - 1:
            le = min(le, ls + width - 1)
        piece = Content(full[ls:le])
        for s, e, style in styles:
            s2, e2 = max(s, ls) - ls, min(e, le) - ls
            if s2 < e2:
                piece = piece.stylize(style, s2, e2)
        if cut and i == len(spans) - 1:
            piece = piece + Content("…")
        pieces.append(piece)
    return Content("\n").join(pieces)


def _speaker_cell(
    total: int, counts: dict[str, int], docs: list[str], makes: dict[int, Callable[[], Content]], i: int
) -> Cell:
    """A speaker's cell in the speaker table's scrolled column ``i``: 0 the number of statements,
    then one an article of ``docs``, its count made when drawn (DataTable measures (renders)
    every cell it is given; a screen shows a few of the columns). ``makes``: the function making
    each count's cell, shared by the rows of one fill."""
    if i == 0:
        return plain(str(total))
    n = counts.get(docs[i - 1]) or 0
    make = makes.get(n)
    if make is None:
        make = makes[n] = functools.partial(plain, str(n), "")
    return LazyCell(make)


# Home and end go to the first and last row, as in the app's other lists (DataTable's own home
# and end scroll sideways).
_ROW_KEYS = [
    Binding("home", "first", "First", show=False),
    Binding("end", "last", "Last", show=False),
]


def _to_row(table: DataTable[Any], last: bool) -> None:
    """The cursor to the table's first or ``last`` row (home, end: the app's lists' keys)."""
    if table.row_count:
        table.move_cursor(row=table.row_count - 1 if last else 0)


class SpeakerTable(WindowTable, OpensOnEnter):
    """The speakers × articles table: it holds only the articles' columns in view (WindowTable:
    one column per article at 221 articles was most of a first ``Q`` on the UI thread, round
    s38-p); home and end go to the first and last row."""

    if TYPE_CHECKING:  # self.app typed as this app (see tui/app.py: WaicReaderApp)
        app = getters.app(WaicReaderApp)

    BINDINGS = [
        Binding("enter", "select_cursor", "Statements", tooltip="Go to this speaker's statements", id="quotes.pick"),
        *_ROW_KEYS,
    ]

    def action_first(self) -> None:
        _to_row(self, last=False)

    def action_last(self) -> None:
        _to_row(self, last=True)


class StatementTable(WindowTable):
    """A speaker's statements × the articles reporting them, then the wording column: it holds
    only the columns in view (WindowTable: a speaker quoted in 200 articles has 200 columns);
    home and end go to the first and last row."""

    if TYPE_CHECKING:  # self.app typed as this app (see tui/app.py: WaicReaderApp)
        app = getters.app(WaicReaderApp)

    BINDINGS = [
        Binding("enter", "select_cursor", "Read", tooltip="Read this wording in its article", id="quotes.open"),
        *_ROW_KEYS,
    ]

    def action_first(self) -> None:
        _to_row(self, last=False)

    def action_last(self) -> None:
        _to_row(self, last=True)


def speaker_rows(sheet: QuoteSheet) -> list[tuple[Speaker, list[Statement]]]:
    """The speaker table's rows: each speaker with their statements, then the statements no
    speaker is found for in a row of their own (the CLI lists them under "unattributed", and a
    reader lining up a body's statements needs them too)."""
    return sheet.speakers + ([(UNATTRIBUTED, sheet.unattributed)] if sheet.unattributed else [])


class QuotesScreen(ReportsWorkerErrors, Screen[None]):
    HELP_TITLE = "Quotes"  # the help's title (help.py), in words
    if TYPE_CHECKING:  # self.app typed as this app (see tui/app.py: WaicReaderApp)
        app = getters.app(WaicReaderApp)

    BINDINGS = [
        Binding("escape", "back", "Back", tooltip="Back to the speakers, or to where you came from", id="quotes.back"),
        Binding("tab", "switch", "Switch", tooltip="Between the speakers and their statements", id="quotes.switch"),
        Binding(
            "s",
            "search_speaker",
            "Search",
            tooltip="Search every article for what this speaker is reported saying",
            id="quotes.search",
        ),
        Binding("j", "cursor('down')", "Down", show=False, id="quotes.down"),
        Binding("k", "cursor('up')", "Up", show=False, id="quotes.up"),
        Binding("h", "cursor('left')", "Left", show=False, id="quotes.left"),
        Binding("l", "cursor('right')", "Right", show=False, id="quotes.right"),
        Binding("g", "cursor('first')", "First", show=False, tooltip="The first row (home too)", id="quotes.first"),
        Binding("G", "cursor('last')", "Last", show=False, tooltip="The last row (end too)", id="quotes.last"),
    ]

    def __init__(self, docs: list[str] | None = None) -> None:
        """``docs``: the articles to line up (default: the whole corpus)."""
        super().__init__()
        self.docs = docs
        self.sheet: QuoteSheet | None = None
        self.speakers: list[tuple[Speaker, list[Statement]]] = []
        self.speaker: Speaker | None = None
        self.columns: list[str] = []  # docs of the statement table's wording columns
        self._width = 0
        self._row: int | None = None  # the statement table's cursor row when last highlighted
        # The speaker table's headers: (sheet, column width, doc → header), see _headers.
        self._headers_kept: tuple[QuoteSheet, int, dict[str, str]] | None = None

    def compose(self) -> ComposeResult:
        yield Static(plain("Quotes"), id="quotes-heading")
        yield SpeakerTable(id="quotes-speakers", cursor_type="row", zebra_stripes=True, fixed_columns=1)
        yield Static(id="quotes-speaker-title")
        yield StatementTable(id="quotes-statements", cursor_type="cell", zebra_stripes=True)
        yield Static(plain("Finding quotes…"), id="quotes-detail")
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one(SpeakerTable).focus()
        kept = self.app.quotes_memo.get(self._state())
        if kept is not None and not self.app.workspace.corpus.meta_edited():
            self._show(kept)  # nothing it was made from has changed: shown at once (t13k F17)
        else:
            self.compute()

    def _state(self) -> tuple[object, ...]:
        """What the quotes are made from: the articles asked for and the corpus (corpus_state)."""
        return (
            tuple(self.docs) if self.docs is not None else None,
            *corpus_state(self.app, dated=False),
        )  # (no date shown)

    # -- data -------------------------------------------------------------------------------

    @work(thread=True, exclusive=True, exit_on_error=False, group="quotes", name="quotes")
    def compute(self) -> None:
        ws = self.app.workspace
        self.app.take_in_meta()  # corpus.yaml edited: the sources' outlets as it gives them now
        state = self._state()  # taken before: a change meanwhile leaves the kept sheet stale
        sheet = ws.quotes(self.docs)
        self.app.show_workspace_warnings()
        sheet.speakers  # noqa: B018  (computed here, off the UI thread)
        # The speaker table's headers for the width as now, named here: naming 221 articles'
        # columns was the largest piece of the first Q's work on the UI thread (s40-p).
        self._headers(sheet, self._speaker_widths(sheet, speaker_rows(sheet), self.size.width)[1])
        self.app.quotes_memo.put(state, sheet)
        self.app.call_from_thread(self._show, sheet)

    def _show(self, sheet: QuoteSheet) -> None:
        if not self.is_attached:
            return  # dismissed while computing
        self.sheet = sheet
        self.speakers = speaker_rows(sheet)
        self._fill_speakers()  # (first: the heading says which articles its window shows)
        self._show_heading()
        if not self.speakers:
            self.query_one("#quotes-detail", Static).update(plain("No quotes in these articles."))

    def _show_heading(self) -> None:
        """The heading: the articles (those the speaker table's window shows when not all, as
        the matrix's heading says them: "articles 12–15 of 30", review s39-rv finding 15), the
        speakers, the statements."""
        sheet = self.sheet
        if sheet is None:
            return
        in_view = in_view_said(self.query_one(SpeakerTable).in_view(), len(sheet.articles))
        shared = sum(1 for st in sheet.attributed if len(st.members) > 1)
        flagged = sum(1 for st in sheet.attributed if st.credited_apart)
        parts = [
            f"Quotes  ·  {in_view or counted(len(sheet.articles), 'article')}",
            counted(len(sheet.speakers), "speaker"),
            f"{counted(len(sheet.attributed), 'statement')}, {shared} in several articles",
        ]
        if flagged:
            parts.append(f"{flagged} credited to different speakers")
        if sheet.unattributed:
            parts.append(f"{len(sheet.unattributed)} unattributed")
        if sheet.skipped:
            parts.append(f"{len(sheet.skipped)} unreadable skipped")
        heading = line("  ·  ".join(parts))
        if sheet.not_analysed:  # said, not left as outlets that quoted nobody (t13p F7):
            # after the count of articles, as the fact sheet's heading says it
            names = source_names(FactSource(a.doc, sheet.label(a.doc)) for a in sheet.articles)
            said = not_analysed_said(sheet.not_analysed, names)
            heading = Content.assemble(
                line(parts[0]), "  ·  ", line(said, style="$text-warning"), "  ·  ", line("  ·  ".join(parts[1:]))
            )
        self.query_one("#quotes-heading", Static).update(heading)

    @on(WindowTable.WindowMoved, "#quotes-speakers")
    def _window_moved(self, _event: WindowTable.WindowMoved) -> None:
        self._show_heading()
        self._follow_window()

    def _follow_window(self) -> None:
        """The statements grid brought to the articles the speaker table's window shows (those
        the heading names, "articles 4–6 of 9"), the first of them at its left, when they are
        not all in its view already; left as it is when the speaker is quoted in none of them
        (session 40's leftover of review s39-rv finding 15: the heading and the speaker table
        moved on, the grid stayed at article 1)."""
        if self.sheet is None or not self.columns:
            return
        articles = self.sheet.articles
        in_view = {articles[i - 1].doc for i in self.query_one(SpeakerTable).in_view() if 1 <= i <= len(articles)}
        wanted = [k for k, doc in enumerate(self.columns) if doc in in_view]
        grid = self.query_one(StatementTable)
        if wanted and not set(wanted) <= set(grid.in_view()):
            grid.move_window(wanted[0])

    def _speaker_widths(
        self, sheet: QuoteSheet, speakers: Sequence[tuple[Speaker, list[Statement]]], screen_width: int
    ) -> tuple[int, int, int]:
        """(speaker column, outlet column, total column) widths in cells for ``speakers`` on a
        screen ``screen_width`` cells wide. Pure: called by the worker and on the UI thread.

        The speaker column as wide as the longest name (up to NAME_WIDTH), narrower in a narrow
        terminal so three outlets' columns show beside it (cut names end in "…"; the detail line
        names the speaker whole); frozen, so it stays when the table is scrolled sideways; the
        total and the outlets' columns one width, sized so the ones in view are whole, the cells
        left over the speaker column's (t13w F11: at 60 columns 27 cells of names left "Dail" cut
        at the edge)."""
        count = len(sheet.articles)
        room = screen_width - SCROLLBAR
        widest = max((cell_len(s.name) for s, _ in speakers), default=0)
        name_width = max(NAME_MIN, min(NAME_WIDTH, widest, room - min(4, count + 1) * (COUNT_WIDTH + PAD) - PAD))
        scrolled = room - (name_width + PAD)
        width, total_width = min(14, (scrolled - COUNT_WIDTH - PAD) // max(1, count) - PAD), COUNT_WIDTH
        if width < 6:  # not all in view: scrolled sideways, no column cut at the edge
            width = total_width = whole_columns(scrolled, count + 1, COUNT_WIDTH, 14)
            name_width += scrolled - scrolled // (width + PAD) * (width + PAD)
        return name_width, width, total_width

    def _headers(self, sheet: QuoteSheet, width: int) -> dict[str, str]:
        """Each article's column header in the speaker table, fitted to ``width`` cells: doc →
        name. Kept for the last sheet and width (one tuple assigned whole: the worker names them
        for the first fill, the UI thread reads them)."""
        kept = self._headers_kept
        if kept is not None and kept[0] is sheet and kept[1] == width:
            return kept[2]
        # Fitted to the column by source_names: the id that tells two of one outlet apart stays
        # whole at the end ("Reut… (wire2_kb)"), where cutting the whole head lost it.
        names = source_names(sheet.articles, named=sheet.labels, width=width, cells=cell_len, cut_ids=True)
        self._headers_kept = (sheet, width, names)
        return names

    def _fill_speakers(self) -> None:
        assert self.sheet is not None
        table = self.query_one(SpeakerTable)
        name_width, width, total_width = self._speaker_widths(self.sheet, self.speakers, self.size.width)
        names = self._headers(self.sheet, width)
        docs = list(names)
        counts = [SheetColumn(plain("total", "bold"), "total", total_width)]
        counts += [SheetColumn(line(name, width, "bold"), doc, width) for doc, name in names.items()]
        # Each count's cell made by one function for all cells of that count (a function per cell
        # was half of making the cells: speakers × articles).
        makes: dict[int, Callable[[], Content]] = {0: functools.partial(plain, "·", SECONDARY_STYLE)}
        rows = []
        for speaker, statements in self.speakers:
            unattributed = speaker.key == UNATTRIBUTED.key
            cells = functools.partial(_speaker_cell, len(statements), self.sheet.counts(speaker), docs, makes)
            rows.append(WindowRow([line(speaker.name, name_width, "italic" if unattributed else "bold")], cells))
        frozen = [SheetColumn(plain("speaker", "bold"), "name", name_width)]
        table.fill(frozen, counts, rows, self.size.width)
        self._width = self.size.width
        if self.speakers:  # (the table keeps its cursor's row)
            self._choose(table.cursor_row)

    def _choose(self, row: int) -> None:
        if not 0 <= row < len(self.speakers) or self.sheet is None:
            return
        speaker, statements = self.speakers[row]
        self.speaker = speaker
        docs = [a.doc for a in self.sheet.articles if any(q.doc == a.doc for st in statements for q in st.members)]
        self.columns = docs
        self._row = None  # a new table: its first row is a move onto it
        # The outlets' columns share the width, the wording column after them; when they do not
        # all fit, the wording column is as wide as they are, so the whole columns in view fill
        # the screen (t13w F11: "Kal", "rep" cut at the edge).
        room = self.size.width - SCROLLBAR
        table = self.query_one(StatementTable)
        if len(docs) * (16 + PAD) + WORDING_WIDTH + PAD <= room:
            width, wording_width = (room - WORDING_WIDTH - PAD) // max(1, len(docs)) - PAD, WORDING_WIDTH
        else:
            width = wording_width = whole_columns(room, len(docs) + 1, 16, 200)
        names = source_names(
            [self.sheet.article(d) for d in docs], named=self.sheet.labels, width=width, cells=cell_len, cut_ids=True
        )
        columns = [SheetColumn(line(names[d], width, "bold"), d, width) for d in docs]
        columns.append(SheetColumn(plain("wording", "bold"), "wording", wording_width))
        rows = [WindowRow([], functools.partial(self._statement_cell, st, docs, width), LINES) for st in statements]
        first = 0
        if statements:
            first = next(k for k, d in enumerate(docs) if any(q.doc == d for q in statements[0].members))
        table.fill([], columns, rows, self.size.width, at=(0, first))
        self._follow_window()  # a speaker chosen with the speaker table scrolled sideways
        counts = self.sheet.counts(speaker)
        said = source_names(
            [self.sheet.article(d) for d in counts], named=self.sheet.labels, cells=cell_len, cut_ids=True
        )
        kind = "no speaker found" if speaker.key == UNATTRIBUTED.key else label_name(speaker.type)
        title = Content.assemble(
            line(speaker.name, 40, "bold"),
            plain(f"  {kind}  ·  {counted(len(statements), 'statement')}  ·  "),
            # Headed as the columns are: two articles of one outlet told apart by their ids
            # (issue 13 F9: "Reuters 2, …, Reuters 1", two bare Reuters).
            plain(", ".join(f"{said[d]} {n}" for d, n in counts.items())),
        )
        self.query_one("#quotes-speaker-title", Static).update(title)
        self._update_detail()

    def _statement_cell(self, st: Statement, docs: Sequence[str], width: int, column: int) -> Cell:
        """Statement ``st``'s cell in column ``column`` (an index into ``docs``, then the
        wording column); made only for the columns in view."""
        assert self.sheet is not None
        if column >= len(docs):
            flag = plain(st.wording, WORDING_STYLES.get(st.wording, ""))
            if st.credited_apart:
                flag = Content.assemble(flag, "\n", plain("2+ speakers", "bold $text-error"))
            return flag
        members = [(k, q) for k, q in enumerate(st.members) if q.doc == docs[column]]
        if not members:  # made when drawn: measuring a Content renders it (_fill_speakers)
            return LazyCell(Content)
        k, q = members[0]
        # Made when drawn: each cell is the article's text as shown (t13k F17).
        article, changed = self.sheet.article(q.doc), st.changed.get(k, [])
        return LazyCell(functools.partial(wording_cell, q, changed, width, LINES, article))

    def on_resize(self) -> None:
        self._follow_width()

    def on_screen_resume(self) -> None:
        self._follow_width()  # (the terminal resized while another screen was on top, t13ao N8)

    def _follow_width(self) -> None:
        """The speakers' table filled again when this width calls for other columns: on a
        resize, and when the screen is back on top."""
        if self.sheet is not None and abs(self.size.width - self._width) >= 4:
            self._fill_speakers()

    # -- the highlighted wording ------------------------------------------------------------

    def at(self, coordinate: Coordinate) -> tuple[Statement | None, Quote | None]:
        """The statement and the quote (None: none there) at the statements table's
        ``coordinate`` (its columns in view)."""
        column = self.query_one(StatementTable).scrolled_index(coordinate.column)
        return self._at(coordinate.row, -1 if column is None else column)

    def _at(self, row: int, column: int) -> tuple[Statement | None, Quote | None]:
        """As :meth:`at`, ``column`` an index into :attr:`columns` (the articles' columns)."""
        if self.speaker is None or self.sheet is None:
            return None, None
        statements = next((sts for sp, sts in self.speakers if sp.key == self.speaker.key), [])
        if not 0 <= row < len(statements):
            return None, None
        st = statements[row]
        if 0 <= column < len(self.columns):
            doc = self.columns[column]
            return st, next((q for q in st.members if q.doc == doc), None)
        return st, None

    @on(DataTable.RowHighlighted, "#quotes-speakers")
    def _speaker_highlighted(self, event: DataTable.RowHighlighted) -> None:
        if 0 <= event.cursor_row < len(self.speakers) and self.speakers[event.cursor_row][0] is self.speaker:
            return  # its statements are shown already (_fill_speakers chose it)
        self._choose(event.cursor_row)

    @on(DataTable.RowSelected, "#quotes-speakers")
    def _speaker_selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.query_one(StatementTable).focus()

    @on(DataTable.CellHighlighted, "#quotes-statements")
    def _cell_highlighted(self, event: DataTable.CellHighlighted) -> None:
        if event.coordinate != self.query_one(StatementTable).cursor_coordinate:
            # A stale highlight: the table filled again since (its window moved), or the cursor
            # moved on; the one for where it is now follows.
            return
        moved_row, self._row = event.coordinate.row != self._row, event.coordinate.row
        if moved_row and self.at(event.coordinate)[1] is None:
            # Up or down onto a statement this column's article does not report: to the nearest
            # article's wording of it (t13t F7: the cursor kept its column, and enter said "No
            # wording in this cell" on most statements). Sideways moves stay where they go.
            table = self.query_one(StatementTable)
            at = table.scrolled_index(event.coordinate.column)
            at = len(self.columns) if at is None else at
            row = event.coordinate.row
            near = sorted(range(len(self.columns)), key=lambda c: (abs(c - at), c))
            column = next((c for c in near if self._at(row, c)[1] is not None), None)
            if column is not None:
                table.show_scrolled(column, row)  # (the window moved to it where it is not in view)
                return  # (its own CellHighlighted shows the detail)
        self._update_detail()

    def _update_detail(self) -> None:
        detail = self.query_one("#quotes-detail", Static)
        st, q = self.at(self.query_one(StatementTable).cursor_coordinate)
        if st is None:
            detail.update(plain("Move to a speaker; enter shows their statements.", "$text-muted"))
            return
        if q is None:
            detail.update(plain("Move to an article's wording; enter reads it in the article.", "$text-muted"))
            return
        assert self.sheet is not None
        article = self.sheet.article(q.doc)
        # an unnamed source's words are said to be so (its statement lined up under the label)
        who = q.speaker.name if q.speaker else ANONYMOUS_SOURCE.name.lower() if q.anonymous else "no speaker found"
        parts = [
            line(self.sheet.label(article.doc), 30, "bold"),
            plain(f"  {q.kind}, “{q.cue}”  ·  {who}"),
        ]
        if q.source:
            parts.append(plain(f" (via {q.source})"))
        if st.credited_apart:
            parts.append(plain("  ·  credited to " + ", ".join(s.name for s in st.speakers), "bold $text-error"))
        detail.update(
            Content("\n").join(
                [
                    Content.assemble(*parts),
                    line(one_line(shown_quote(q, article)[0]), max(40, 2 * self.size.width - 10), "italic"),
                ]
            )
        )

    @on(DataTable.CellSelected, "#quotes-statements")
    def _cell_selected(self, event: DataTable.CellSelected) -> None:
        event.stop()
        _st, q = self.at(event.coordinate)
        if q is None:
            self.notify("No wording in this cell: move to an article that reports the statement", markup=False)
            return
        from waic_reader.tui.screens.reader import ReaderScreen

        # A quote in one part is its words as written (looked for again if the file was edited).
        self.app.push_screen(
            ReaderScreen(
                q.doc,
                at=q.start,
                quotes=True,
                at_text=q.text if len(q.parts) <= 1 else None,
                jumped_from="the quotes list",
            )
        )

    # -- actions ----------------------------------------------------------------------------

    def action_back(self) -> None:
        if self.query_one(StatementTable).has_focus:
            self.query_one(SpeakerTable).focus()
        else:
            self.dismiss()

    def action_switch(self) -> None:
        if self.query_one(StatementTable).has_focus:
            self.query_one(SpeakerTable).focus()
        else:
            self.query_one(StatementTable).focus()

    def action_cursor(self, direction: str) -> None:
        table = (
            self.query_one(StatementTable) if self.query_one(StatementTable).has_focus else self.query_one(SpeakerTable)
        )
        if direction in ("first", "last"):
            getattr(table, f"action_{direction}")()
        else:
            getattr(table, f"action_cursor_{direction}")()

    def action_search_speaker(self) -> None:
        if self.speaker is None:
            return
        if self.speaker.key == UNATTRIBUTED.key:
            self.notify("These statements have no speaker to search for", markup=False)
            return
        name = self.speaker.name.replace('"', "")
        self.app.action_search(f'said:"{name}"')


__all__ = ["QuotesScreen", "wording_cell"]
