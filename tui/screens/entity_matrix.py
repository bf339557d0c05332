"""EntityMatrixScreen: who and what each article mentions, entities against articles.

One row per entity, one column per article with the number of mentions in the article text
(mentions in boilerplate do not count; they show as a dim "+n"), and a total. Entities most
articles mention come first. ``l`` cycles a label filter; figures (dates, money, numbers) are
hidden unless asked for, since they are not "who".
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rich.cells import cell_len
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.coordinate import Coordinate
from textual.screen import Screen
from textual.widgets import DataTable, Static

from waic_reader.index.analysis.entities.labels import SHORT_WIDTH, label_name, label_short
from waic_reader.index.analysis.facts.display import source_names
from waic_reader.index.corpus.reader import Article
from waic_reader.index.corpus.text import counted, one_line
from waic_reader.index.workspace import NotAnalysed, not_analysed_said
from waic_reader.tui.corpus_follower import CorpusFollower, corpus_state
from waic_reader.tui.early_keys import OpensOnEnter
from waic_reader.tui.entity_colors import FIGURE_LABELS, label_text_style
from waic_reader.tui.highlights import SECONDARY_STYLE
from waic_reader.tui.safe import line, plain
from waic_reader.tui.screens.mentions import MentionsScreen
from waic_reader.tui.widgets.key_bar import KeyBar
from waic_reader.tui.widgets.sheet_table import PAD, SCROLLBAR, LazyCell, SheetColumn
from waic_reader.tui.widgets.window_table import WindowRow, WindowTable, in_view_said
from waic_reader.tui.worker_errors import ReportsWorkerErrors

if TYPE_CHECKING:
    from textual import getters

    # A type only: importing the recogniser compiles its lexicons' patterns (a few hundred ms),
    # which the worker that groups the names pays off the UI thread, not the key that opens this.
    from waic_reader.index.analysis.entities.recogniser import Entity
    from waic_reader.tui.app import WaicReaderApp

NAME_WIDTH = 30  # the name column at most (as wide as the longest name shown, up to this)
NAME_MIN = 12  # and at least, however narrow the screen
LABEL_WIDTH = 12  # "Organisation"; longer label names end in "…" (the detail line has them whole)
TOTAL_WIDTH = 7
COUNT_MIN, COUNT_MAX = 8, 20  # an outlet's column
OUTLETS_SEEN = 3  # outlet columns on screen beside the names, from 60 columns up
FILTER_ORDER = ("PERSON", "ORG", "GPE", "NORP", "EVENT", "LOC", "FAC", "PRODUCT", "LAW")
NAMES = "names"  # every label but the figures: the default
FIGURES = "figures"  # DATE, MONEY, PERCENT, QUANTITY, CARDINAL

VIEW = Binding.Group("View")


@dataclass
class Row:
    entity: Entity
    content: dict[str, int] = field(default_factory=dict)
    noise: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.content.values())

    @property
    def outlets(self) -> int:
        return sum(1 for n in self.content.values() if n)


@dataclass
class Matrix:
    articles: dict[str, Article]
    rows: list[Row]
    skipped: list[str]
    # doc → its outlet's one spelling in the corpus, as every screen names it ("reuters" is "Reuters")
    named: dict[str, str] = field(default_factory=dict)
    # The articles in a language whose names are not read: their columns say so, not "·".
    not_analysed: list[NotAnalysed] = field(default_factory=list)
    # The articles' names as the columns head them (source_names): None → whole, a width (cells)
    # → told apart within it. Worked out once each, the first ones in the worker (naming 221
    # articles twice was half of filling the matrix on the UI thread, round s39-p).
    names: dict[int | None, dict[str, str]] = field(default_factory=dict)

    def source_names(self, width: int | None = None) -> dict[str, str]:
        """doc → its column's header, whole (``width`` None) or within ``width`` cells."""
        if width not in self.names:
            self.names[width] = source_names(
                list(self.articles.values()), named=self.named, width=width, cells=cell_len, cut_ids=True
            )
        return self.names[width]


def build_rows(entities: list[Entity]) -> list[Row]:
    """Rows for entities the article text (not only boilerplate) mentions; most-covered first."""
    rows = []
    for ent in entities:
        row = Row(ent)
        for doc, m in ent.mentions:
            counts = row.noise if m.noise else row.content
            counts[doc] = counts.get(doc, 0) + 1
        if row.total:
            rows.append(row)
    rows.sort(key=lambda r: (-r.outlets, -r.total, r.entity.name.lower(), r.entity.label))
    return rows


def fitted(text: str, width: int, style: str = "") -> Content:
    """``text`` on one line of at most ``width`` terminal cells (wide CJK characters count two),
    ending in "…" where cut."""
    return plain(one_line(text, width, cells=cell_len), style)


# A count cell of an article whose language's names are not read (not "·": it names nobody).
NOT_ANALYSED_CELL = "n/a"


def _not_analysed_cell() -> Content:
    """The cell of an article whose names are not read (its language) and that names nobody."""
    return plain(NOT_ANALYSED_CELL, SECONDARY_STYLE)


def _count(n: int, extra: int) -> Content:
    """A count cell: mentions in the article text, and dim "+n" in its boilerplate."""
    shown = plain(str(n), "bold") if n else plain("·", SECONDARY_STYLE)
    return Content.assemble(shown, plain(f" +{extra}", SECONDARY_STYLE)) if extra else shown


def matrix_widths(width: int, docs: int, widest: int) -> tuple[int, int, int]:
    """(name, label, outlet column) widths in cells for a screen ``width`` cells wide, ``docs``
    outlet columns and a longest name of ``widest`` cells. Where the names and whole label names
    would leave fewer than :data:`OUTLETS_SEEN` outlet columns on screen, the labels are
    shortened ("Org."), then the names narrowed (cut with "…"; the detail line names the row
    whole), down to :data:`NAME_MIN` (t13b fault 4: at 60 columns 31 + 13 cells of names and
    labels left one outlet column in view)."""
    room = width - SCROLLBAR
    seen = min(OUTLETS_SEEN, docs) * (COUNT_MIN + PAD)
    name = max(NAME_MIN, min(NAME_WIDTH, widest))
    label = LABEL_WIDTH
    if name + PAD + label + PAD + seen > room:
        label = SHORT_WIDTH
    if name + PAD + label + PAD + seen > room:
        name = max(NAME_MIN, room - seen - (label + PAD) - PAD)
    free = room - (name + PAD) - (label + PAD) - (TOTAL_WIDTH + PAD) - PAD * docs
    return name, label, max(COUNT_MIN, min(COUNT_MAX, free // max(1, docs)))


def filter_matches(name: str, label: str) -> bool:
    if name == NAMES:
        return label not in FIGURE_LABELS
    if name == FIGURES:
        return label in FIGURE_LABELS
    return label == name


def filter_title(name: str) -> str:
    if name == NAMES:
        return "all names (figures hidden)"
    if name == FIGURES:
        return "figures: " + ", ".join(label_name(label).lower() for label in FIGURE_LABELS)
    return label_name(name)


class MatrixTable(WindowTable, OpensOnEnter):
    if TYPE_CHECKING:  # self.app typed as this app (see tui/app.py: WaicReaderApp)
        app = getters.app(WaicReaderApp)

    BINDINGS = [
        Binding("enter", "select_cursor", "Mentions", tooltip="List the mentions under the cursor", id="matrix.open"),
    ]


class EntityMatrixScreen(ReportsWorkerErrors, Screen[None]):
    HELP_TITLE = "Entity matrix"  # the help's title (help.py), in words
    if TYPE_CHECKING:  # self.app typed as this app (see tui/app.py: WaicReaderApp)
        app = getters.app(WaicReaderApp)

    BINDINGS = [
        Binding("escape", "back", "Back", tooltip="Back to where you came from", id="matrix.back"),
        Binding(
            "l",
            "cycle_filter(1)",
            "Labels",
            tooltip="Show the next kind of entity (all names, people, …)",
            id="matrix.labels",
            group=VIEW,
        ),
        Binding(
            "L",
            "cycle_filter(-1)",
            "Prev labels",
            show=False,
            tooltip="Show the previous kind of entity",
            id="matrix.labels_back",
            group=VIEW,
        ),
        Binding("j", "cursor('down')", "Down", show=False, id="matrix.down"),
        Binding("k", "cursor('up')", "Up", show=False, id="matrix.up"),
    ]

    def __init__(self, docs: list[str] | None = None) -> None:
        """``docs``: the articles to tabulate (default: the whole corpus)."""
        super().__init__()
        self.docs = docs
        self.matrix: Matrix | None = None
        self.filters: list[str] = [NAMES]
        self.filter = NAMES
        self.shown: list[Row] = []
        self.headers: dict[str, str] = {}  # doc → its column's header, whole
        # Files edited, added or removed while the matrix is open or under another screen: it
        # is made again (issue #13, s16b N1).
        self.follower = CorpusFollower(self, self._corpus_changed, dated=False)  # (no date shown)

    def compose(self) -> ComposeResult:
        yield Static(plain("Entities"), id="matrix-heading")
        # The name column frozen: scrolled sideways to an article far right, each row still says
        # whose counts they are.
        yield MatrixTable(id="matrix-table", cursor_type="cell", zebra_stripes=True, fixed_columns=1)
        yield Static(plain("Finding the entities of every article…"), id="matrix-detail")
        yield Static(
            plain(
                "enter: the mentions  ·  l: kind of entity  ·  counts: mentions in the article text, "
                "dim +n: in boilerplate"
            ),
            id="matrix-status",
        )
        yield KeyBar()

    def on_mount(self) -> None:
        self.query_one(MatrixTable).focus()
        state = corpus_state(self.app, dated=False)
        kept = self.app.matrix_memo.get(self._memo_key(state))
        if kept is not None and not self.app.workspace.corpus.meta_edited():
            self._show(kept, state)  # nothing it was made from has changed: shown at once (t13k F17)
        else:
            self.compute(state)
        self.follower.start()

    def _memo_key(self, state: tuple[object, ...]) -> tuple[object, ...]:
        """The app's memo key of a matrix of these articles made from ``state`` (corpus_state)."""
        return (tuple(self.docs) if self.docs is not None else None, *state)

    def on_unmount(self) -> None:
        self.follower.stop()

    def on_screen_resume(self) -> None:
        self._follow_width()  # (the terminal resized while another screen was on top)
        # Back from the mentions or the reader: files edited meanwhile make the matrix again.
        self.follower.resumed()

    def _corpus_changed(self) -> None:
        """Files changed under the matrix shown: it says so and is made again."""
        self.query_one("#matrix-heading", Static).update(
            plain("Entities  ·  files changed: finding them again…", "$text-warning")
        )
        self.compute(corpus_state(self.app, dated=False))

    # -- data -------------------------------------------------------------------------------

    @work(thread=True, exclusive=True, exit_on_error=False, group="matrix", name="entity matrix")
    def compute(self, state: tuple[object, ...]) -> None:
        """``state``: what the matrix is made from (``corpus_state``), taken before it starts,
        so a change meanwhile leaves it stale."""
        ws = self.app.workspace
        table = ws.entities(self.docs)
        self.app.show_workspace_warnings()
        spell = ws.outlet_spelling()
        named = {doc: spelt for doc, a in table.articles.items() if (spelt := spell(a.outlet))}
        skipped = [doc for doc, _why in table.skipped]
        matrix = Matrix(table.articles, build_rows(table.entities), skipped, named, table.not_analysed)
        # The headers the first fill shows, named here, off the UI thread (the width as now).
        matrix.source_names()
        shown = [r for r in matrix.rows if filter_matches(self.filter, r.entity.label)]
        matrix.source_names(self._widths(matrix, shown)[2])
        self.app.matrix_memo.put(self._memo_key(state), matrix)
        self.app.call_from_thread(self._show, matrix, state)

    def _show(self, matrix: Matrix, state: tuple[object, ...] | None = None) -> None:
        if not self.is_attached:
            return  # dismissed while computing
        self.matrix = matrix
        if state is not None:
            self.follower.shown(state)
        present = {r.entity.label for r in matrix.rows}
        self.filters = [NAMES] + [lab for lab in FILTER_ORDER if lab in present]
        self.filters += [lab for lab in sorted(present - set(FILTER_ORDER) - set(FIGURE_LABELS))]
        if present & set(FIGURE_LABELS):
            self.filters.append(FIGURES)
        if self.filter not in self.filters:
            self.filter = NAMES
        self._fill()

    def _heading(self) -> Content:
        assert self.matrix is not None
        parts = [
            f"Entities  ·  {self._in_view_said() or counted(len(self.matrix.articles), 'article')}",
            f"{len(self.shown)} shown: {filter_title(self.filter)}",
        ]
        if self.matrix.skipped:
            parts.append(f"{len(self.matrix.skipped)} unreadable skipped")
        heading = line("  ·  ".join(parts))
        if self.matrix.not_analysed:  # said, not left as outlets that named nobody (t13n F19):
            # after the count of articles, where a narrow screen still shows it
            said = not_analysed_said(self.matrix.not_analysed, self.headers)
            heading = Content.assemble(
                line(parts[0]), "  ·  ", line(said, style="$text-warning"), "  ·  ", line("  ·  ".join(parts[1:]))
            )
        return heading

    def _widths(self, matrix: Matrix, shown: list[Row]) -> tuple[int, int, int]:
        """(name, label, outlet column) widths for the screen's width and the rows ``shown``."""
        widest = max((cell_len(one_line(r.entity.name)) for r in shown), default=0)
        return matrix_widths(self.size.width, len(matrix.articles), max(widest, len("entity")))

    def _fill(self) -> None:
        if self.matrix is None:
            return
        self.shown = [r for r in self.matrix.rows if filter_matches(self.filter, r.entity.label)]
        name_w, label_w, width = self._widths(self.matrix, self.shown)
        # The name frozen; the label, the articles and the total scrolled sideways, the table
        # holding only those in view (WindowTable: one column per article at 221 articles was
        # most of a first E on the UI thread, round s38-p).
        scrolled = [SheetColumn(plain("label", "bold"), "label", label_w)]
        # Each header told apart from the others within the column's width; whole in the detail line.
        self.headers = self.matrix.source_names()
        for doc, name in self.matrix.source_names(width).items():
            scrolled.append(SheetColumn(line(name, width, "bold"), doc, width))
        scrolled.append(SheetColumn(plain("total", "bold"), "total", TOTAL_WIDTH))
        # Each count's cell made by one function for all cells of that count (a cell is still made
        # only when drawn): a function per cell was half of making the cells.
        makes: dict[tuple[int, int], Callable[[], Content]] = {}
        unread = frozenset(n.doc for n in self.matrix.not_analysed)
        docs = list(self.matrix.articles)
        rows = [self._row(row, docs, name_w, label_w, makes, unread) for row in self.shown]
        table = self.query_one(MatrixTable)
        table.fill([SheetColumn(plain("entity", "bold"), "name", name_w)], scrolled, rows, self.size.width)
        self.query_one("#matrix-heading", Static).update(self._heading())
        self._update_detail()

    def _row(
        self,
        row: Row,
        docs: list[str],
        name_w: int,
        label_w: int,
        makes: dict[tuple[int, int], Callable[[], Content]],
        unread: frozenset[str],
    ) -> WindowRow:
        """``row`` as the table's: its name frozen, and a function making its cell in a scrolled
        column (0 the label, then one an article of ``docs``, last the total), called only for
        the columns in view. Cells are made when first drawn (LazyCell): DataTable measures
        every cell of every row it is given, and measuring a Content renders it, while a screen
        draws ~30 rows. ``makes``: the function making each count's cell ((mentions, in
        boilerplate) → it), shared by the rows of one fill; ``unread``: the docs of articles
        whose names are not read."""
        ent = row.entity
        label = label_name(ent.label) if label_w >= LABEL_WIDTH else label_short(ent.label)
        content, noise = row.content, row.noise

        def cell(i: int) -> LazyCell:
            if i == 0:
                return LazyCell(lambda: line(label, label_w, SECONDARY_STYLE))
            if i > len(docs):
                return LazyCell(lambda: plain(str(row.total), "bold"))
            doc = docs[i - 1]
            n, extra = content.get(doc, 0), noise.get(doc, 0)
            if doc in unread and not n and not extra:
                return LazyCell(_not_analysed_cell)
            make = makes.get((n, extra))
            if make is None:
                make = makes[n, extra] = functools.partial(_count, n, extra)
            return LazyCell(make)

        return WindowRow([LazyCell(lambda: fitted(ent.name, name_w, label_text_style(ent.label)))], cell)

    def _in_view_said(self) -> str:
        """Which articles' columns are in view, "articles 1–12 of 221"; "" when all are."""
        assert self.matrix is not None
        return in_view_said(self.query_one(MatrixTable).in_view(), len(self.matrix.articles))

    def on_resize(self) -> None:
        self._follow_width()

    def _follow_width(self) -> None:
        """The table filled again when this width calls for other columns: on a resize, and when
        the screen is back on top (:meth:`on_screen_resume`, t13ao N8)."""
        if self.matrix is not None and self.query_one(MatrixTable).stale(self.size.width):
            self._fill()

    # -- the highlighted cell -------------------------------------------------------------

    def at(self, coordinate: Coordinate) -> tuple[Row | None, str | None]:
        """The row and (for an article column) the doc under ``coordinate``."""
        if self.matrix is None or not 0 <= coordinate.row < len(self.shown):
            return None, None
        docs = list(self.matrix.articles)
        i = self.query_one(MatrixTable).scrolled_index(coordinate.column)  # 0 the label, then the articles
        return self.shown[coordinate.row], (docs[i - 1] if i is not None and 1 <= i <= len(docs) else None)

    @on(DataTable.CellHighlighted)
    def _highlighted(self, _event: DataTable.CellHighlighted) -> None:
        if self.matrix is not None:  # the window may have moved: the heading says which articles
            self.query_one("#matrix-heading", Static).update(self._heading())
        self._update_detail()

    def _whole_name(self, doc: str) -> str:
        """The article named whole on the detail line: its outlet and its full doc id ("Reuters
        (bbc_0315)"), where the column's header keeps only the start of the id that tells it apart."""
        assert self.matrix is not None
        article = self.matrix.articles.get(doc)
        outlet = self.matrix.named.get(doc) or (article.label if article else doc)
        return outlet if outlet == doc else f"{outlet} ({doc})"

    def _update_detail(self) -> None:
        detail = self.query_one("#matrix-detail", Static)
        row, doc = self.at(self.query_one(MatrixTable).cursor_coordinate)
        if row is None:
            detail.update(plain("No entities of this kind: press l for another." if self.matrix else ""))
            return
        assert self.matrix is not None
        ent = row.entity
        noise = sum(row.noise.values())
        if doc is None:
            what = (
                f"{row.total} mention{'s' if row.total != 1 else ''} in {row.outlets} "
                f"article{'s' if row.outlets != 1 else ''}"
            )
            if noise:
                what += f" (+{noise} in boilerplate)"
            hint = "enter: every mention"
        else:
            n, extra = row.content.get(doc, 0), row.noise.get(doc, 0)
            what = f"{n} mention{'s' if n != 1 else ''} in {self._whole_name(doc)}"
            if extra:
                what += f" (+{extra} in boilerplate)"
            hint = "enter: these mentions" if n or extra else "not mentioned here"
            note = next((note for note in self.matrix.not_analysed if note.doc == doc), None)
            if note is not None and not n and not extra:
                what, hint = f"{self._whole_name(doc)}: not analysed", note.reason
        detail.update(
            Content.assemble(
                line(ent.name, 60, label_text_style(ent.label)),
                "  ",
                plain(label_name(ent.label), "dim"),
                "  ·  ",
                line(what),
                "  ·  ",
                plain(hint, "$text-muted"),
            )
        )

    @on(DataTable.CellSelected)
    def _selected(self, event: DataTable.CellSelected) -> None:
        event.stop()
        self.open_mentions(event.coordinate)

    def open_mentions(self, coordinate: Coordinate) -> None:
        row, doc = self.at(coordinate)
        if row is None or self.matrix is None:
            return
        if doc is not None and not (row.content.get(doc) or row.noise.get(doc)):
            self.notify(f"{self._whole_name(doc)} does not mention {row.entity.name}", markup=False)
            return
        self.app.push_screen(
            MentionsScreen(row.entity, self.matrix.articles, [doc] if doc else None, origin="the entity matrix")
        )

    # -- actions ----------------------------------------------------------------------------

    def action_back(self) -> None:
        self.dismiss()

    def action_cursor(self, direction: str) -> None:
        getattr(self.query_one(MatrixTable), f"action_cursor_{direction}")()

    def action_cycle_filter(self, step: int) -> None:
        if self.matrix is None:
            return
        i = self.filters.index(self.filter) if self.filter in self.filters else 0
        self.filter = self.filters[(i + step) % len(self.filters)]
        self._fill()
        if self.shown:
            self.query_one(MatrixTable).move_cursor(row=0)
