"""FactSheetScreen: the fact sheet, one row per fact.

Each row names what is counted or measured ("death toll", "depth"), says whether the outlets
agree, and lists the values with their sources in date order, so a toll that changed reads as a
timeline ("12 (Fri 08:10, AP) → 14 (Fri 11:30, Reuters)"); a row whose values agree lists each
amount once with its sources, never an arrow ("300 (AP +2) · about 290 (NTB)": facts.timeline).
Disagreements come first, then facts
several articles report, then single-source figures, dimmed (``a`` hides them). The fact column
stays in place when the table scrolls sideways; the layout holds from 60 columns up, however
many outlets there are. ``left``/``right`` step through the highlighted fact's values, shown
with their sentence below the table; ``enter`` opens the article at that value.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import DataTable, Static
from textual.worker import get_current_worker

from waic_reader.index.analysis.facts import (
    Cancelled,
    Fact,
    FactSource,
    FactValue,
    sheet_year,
    source_names,
    timeline,
    value_text,
    when,
)
from waic_reader.index.corpus.reader import CorpusError
from waic_reader.index.corpus.text import counted, one_line, visible
from waic_reader.index.workspace import ArticleChanged, FactSheet, not_analysed_said
from waic_reader.tui.corpus_follower import CorpusFollower, corpus_state
from waic_reader.tui.highlights import MATCH_STYLE, SECONDARY_STYLE
from waic_reader.tui.safe import line, plain
from waic_reader.tui.screens.export_prompt import ExportWhenShown
from waic_reader.tui.screens.mentions import in_sentence
from waic_reader.tui.widgets.key_bar import KeyBar
from waic_reader.tui.widgets.sheet_table import LazyCell, SheetColumn
from waic_reader.tui.widgets.window_table import WindowRow, WindowTable
from waic_reader.tui.worker_errors import ReportsWorkerErrors

if TYPE_CHECKING:
    from textual import getters
    from textual.message import Message

    from waic_reader.tui.app import WaicReaderApp

EXPORT_NAME = "waic-facts"
SHARED_LINES = 2  # facts several articles report get two lines per cell
STATUS_WIDTH = 8  # "DISAGREE", "agree", "1 source"; "not compared" on a shared row's two lines
VALUE_STYLE = MATCH_STYLE  # a fact's figure is marked as a search match is

VIEW = Binding.Group("View")


def cell(text: str, width: int, style: str = "", lines: int = 1) -> Content:
    """One table cell: untrusted text as literal Content, wrapped to at most ``lines`` lines of
    ``width``, the last shortened with an ellipsis."""
    text = one_line(text)
    if lines <= 1 or len(text) <= width:
        return line(text, width, style)
    wrapped = textwrap.wrap(text, width, break_on_hyphens=False) or [""]
    if len(wrapped) > lines:
        wrapped = wrapped[: lines - 1] + [one_line(" ".join(wrapped[lines - 1 :]), width)]
    return plain("\n".join(wrapped), style)


def readable_grounds(grounds: str, articles: Sequence[FactSource]) -> str:
    """The grounds with doc ids swapped for outlet names where the outlet is known. Doc ids stand
    only in a reason's "A ~ B: why" head (``facts.group_figures``); the words of the reasons are
    left alone (every "toll" of "the death toll" was swapped for the outlet of an article whose
    id is "toll", every "a" of "each" for that of "a": acceptance s12b #1)."""
    labels = {a.doc: a.label for a in articles if a.label != a.doc}
    if not labels:
        return grounds

    def head(reason: str) -> str:
        m = _REASON_HEAD.match(reason)
        if m is None or (m["a"] not in labels and m["b"] not in labels):
            return reason
        return f"{labels.get(m['a'], m['a'])} ~ {labels.get(m['b'], m['b'])}: {reason[m.end() :]}"

    return "; ".join(head(reason) for reason in grounds.split("; "))


def _same_detail(a: tuple[object, ...], b: tuple[object, ...]) -> bool:
    """Whether two fact-sheet details, (sheet, fact, value, value index, screen width), are the
    same: the sheet's objects by identity (a sheet made again, even equal, is read again: its
    articles may have changed), the numbers (the "2/5" said, the grounds' cut) by value."""
    return all(x is y for x, y in zip(a[:3], b[:3], strict=True)) and a[3:] == b[3:]


# A reason's head as facts.group_figures writes it: "<doc> ~ <doc>: ".
_REASON_HEAD = re.compile(r"(?P<a>[^~;]+?) ~ (?P<b>[^~;]+?): ")


class FactTable(WindowTable):
    if TYPE_CHECKING:  # self.app typed as this app (see tui/app.py: WaicReaderApp)
        app = getters.app(WaicReaderApp)

    BINDINGS = [
        Binding(
            "enter", "select_cursor", "Read", tooltip="Read the highlighted value in its article", id="coverage.open"
        ),
        Binding(
            "right,l",
            "screen.step_value(1)",
            "Next value",
            tooltip="The highlighted fact's next value, with its sentence",
            id="coverage.next",
        ),
        Binding(
            "left,h",
            "screen.step_value(-1)",
            "Previous value",
            tooltip="The highlighted fact's previous value",
            id="coverage.previous",
        ),
    ]

    def post_message(self, message: Message) -> bool:
        # Another fact highlighted: keys read until the screen has taken it in (its first value
        # selected) are kept for it, in order (HeldKeys, tui/early_keys.py). Issue 13, s16:
        # ``down right`` in one read stepped the old row's value, then the highlight reset it.
        # (Held from the moment DataTable posts the highlight: its public side.)
        posted = super().post_message(message)
        if isinstance(message, DataTable.RowHighlighted):
            self.app.held_keys.start()
        return posted


class FactSheetScreen(ExportWhenShown, ReportsWorkerErrors, Screen[None]):
    HELP_TITLE = "Fact sheet"  # the help's title (help.py), in words
    EXPORT_WORKERS = "coverage"  # compute's group: x while it runs (ExportWhenShown)
    if TYPE_CHECKING:  # self.app typed as this app (see tui/app.py: WaicReaderApp)
        app = getters.app(WaicReaderApp)

    BINDINGS = [
        Binding("escape", "back", "Back", tooltip="Back to where you came from", id="coverage.back"),
        Binding(
            "a",
            "toggle_single",
            "Single-source",
            tooltip="Show or hide figures only one article reports",
            id="coverage.single",
            group=VIEW,
        ),
        Binding(
            "x",
            "export",
            "Export",
            tooltip="Write the fact sheet as shown as Markdown (asks where)",
            id="coverage.export",
        ),
        Binding(
            "y",
            "copy_figure",
            "Copy",
            show=False,
            tooltip="Copy the selected figure, as written, with its source, to the clipboard",
            id="coverage.copy",
        ),
        Binding("j", "cursor('down')", "Down", show=False, id="coverage.down"),
        Binding("k", "cursor('up')", "Up", show=False, id="coverage.up"),
    ]

    def __init__(self, docs: list[str] | None = None, doc: str | None = None) -> None:
        """``docs``: the articles to compare (default: the whole corpus); ``doc``: start on a value
        this article reports."""
        super().__init__()
        self.docs = docs
        self.start_doc = doc
        self.sheet: FactSheet | None = None
        self._year: tuple[FactSheet, bool] | None = None  # the sheet and whether its dates show years
        self.show_single = True
        self.rows: list[Fact] = []
        self.value_index = 0  # the highlighted fact's selected value
        self._row = 0  # the row value_index belongs to
        # What the detail shows or is being read for: (sheet, fact, value, value_index, width;
        # _same_detail). A first open asked for it three times (the fill, the start on the
        # reader's article, the table's highlight), each reading the article in a worker and
        # laying the screen out again when its sentence came (issue 13, t13ak N18).
        self._detail_of: tuple[object, ...] | None = None
        self._meta_seen = -1  # corpus.yaml's generation the sheet shown was made at
        self.remaking = ""  # why the sheet shown is being made again ("files changed"), while it is
        self.remade_because = ""  # why the sheet shown was made again (the last remaking)
        # Files edited, added or removed while the sheet is open or under another screen: the
        # sheet is made again (issue #13, s16b N1).
        self.follower = CorpusFollower(self, self._corpus_changed)

    def compose(self) -> ComposeResult:
        yield Static(plain("Fact sheet"), id="coverage-heading")
        yield FactTable(id="coverage-table", cursor_type="row", zebra_stripes=True, fixed_columns=1)
        yield Static(plain("Computing the fact sheet…"), id="coverage-detail")
        yield Static(
            plain("enter: read  ·  ←/→: values  ·  a: single-source  ·  x: export Markdown"), id="coverage-status"
        )
        yield KeyBar()

    def on_mount(self) -> None:
        self.show_single = self.app.settings.fact_sheet_single_source  # as last chosen with a
        self.query_one(FactTable).focus()
        state = self._state()
        kept = self.app.fact_sheet_memo.get(state)
        if kept is not None and not self.app.workspace.corpus.meta_edited():
            self._show(kept, state=state)  # nothing it was made from has changed: shown at once
        else:
            self.compute(self._state())
        # The folder listed again (in a worker): a file edited since it was last listed makes
        # the sheet again once the index has taken it in.
        self.follower.start()

    def on_unmount(self) -> None:
        self.follower.stop()

    def _corpus_changed(self) -> None:
        """Files changed under the sheet shown: it says so and is made again."""
        self._remake("files changed")

    def _remake(self, why: str) -> None:
        """The sheet shown is made again because of ``why`` ("files changed"), the heading saying
        so until it is shown; ``x`` meanwhile exports the sheet shown, and says so."""
        if self.sheet is not None:
            self.remaking = why
            self.query_one("#coverage-heading", Static).update(
                plain(f"Fact sheet  ·  {why}: making it again…", "$text-warning")
            )
            self.note_on_screen(self.sheet, why)
        self.compute(self._state())

    def _state(self) -> tuple[object, ...]:
        """What a computed sheet depends on: the articles asked for, the index (its generation
        moves on every sync and re-marked block), the noise marks and corpus.yaml (which move
        on whether or not the index is open) and each listed file's size and mtime
        (:func:`corpus_state`)."""
        docs = tuple(self.docs) if self.docs is not None else None
        return (docs, *corpus_state(self.app))

    def keys_wait(self) -> bool:
        """Keys wait while the cursor's row is not yet the highlighted fact (tui/early_keys.py)."""
        return self.sheet is not None and self.query_one(FactTable).cursor_row != self._row

    def on_screen_suspend(self) -> None:
        # Another screen went on top (search, the reader): an unfinished sheet stops computing
        # rather than slow that screen down, and starts again when this one is back. An x
        # waiting for it is dropped: the prompt never opens over another screen's return.
        self._export_waiting = False
        if self.sheet is None:
            self.workers.cancel_node(self)

    def on_screen_resume(self) -> None:
        self._follow_width()  # (the terminal resized while another screen was on top)
        if self.sheet is None and not any(
            w.node is self and not w.is_finished and not w.is_cancelled for w in self.workers
        ):
            self.compute(self._state())
        elif self.sheet is not None and self.app.meta_moved(self._meta_seen):
            # corpus.yaml edited while the reader (or another screen) was on top: the sheet's
            # outlets, dates and order as it gives them now (issue 13, s16).
            self._remake("corpus.yaml changed")
        else:
            # Files edited meanwhile: listed again, and the sheet made again if they moved.
            self.follower.resumed()

    # -- data -------------------------------------------------------------------------------

    @work(thread=True, exclusive=True, exit_on_error=False, group="coverage", name="fact sheet")
    def compute(self, state: tuple[object, ...]) -> None:
        """``state``: what the sheet is computed from (:meth:`_state`), taken before it starts,
        so a change meanwhile leaves the kept sheet stale."""
        worker = get_current_worker()
        ws = self.app.workspace
        if ws.corpus.meta_edited():  # taken in first: the state it is made from moves with it
            self.app.take_in_meta()
            state = self._state()
        meta_seen = ws.corpus.meta_generation
        try:
            # Stops between articles once the screen is left (its workers are cancelled then).
            sheet = ws.fact_sheet(self.docs, cancelled=lambda: worker.is_cancelled)
        except Cancelled:
            return
        if not worker.is_cancelled:
            self.app.fact_sheet_memo.put(state, sheet)
            self.app.call_from_thread(self._show, sheet, meta_seen, state)

    def _show(self, sheet: FactSheet, meta_seen: int | None = None, state: tuple[object, ...] | None = None) -> None:
        if not self.is_attached:
            return  # dismissed while computing
        self.sheet = sheet
        self.remade_because, self.remaking = self.remaking, ""
        if state is not None:
            self.follower.shown(state[1:])  # what it was made from (corpus_state)
        self._meta_seen = self.app.workspace.corpus.meta_generation if meta_seen is None else meta_seen
        shared = [f for f in sheet.facts if f.sources > 1]
        parts = [
            f"Fact sheet  ·  {counted(len(sheet.articles), 'article')}",
            f"{sum(not f.agree for f in shared)} in disagreement",
            f"{counted(len(shared), 'fact')} reported by several",
            f"{len(sheet.facts) - len(shared)} single-source",
        ]
        if sheet.skipped:
            parts.append(f"{len(sheet.skipped)} unreadable skipped")
        heading = line("  ·  ".join(parts))
        if sheet.not_analysed:  # said, not left as outlets that reported nothing (t13n F19):
            # after the count of articles, where a narrow screen still shows it
            said = not_analysed_said(sheet.not_analysed, source_names(sheet.articles))
            heading = Content.assemble(
                line(parts[0]), "  ·  ", line(said, style="$text-warning"), "  ·  ", line("  ·  ".join(parts[1:]))
            )
        self.query_one("#coverage-heading", Static).update(heading)
        self._fill(detail=False)  # the detail once, for the row the sheet starts on (below)
        if self.start_doc is not None:
            # Start on a value the requested article reports, the first such row.
            for i, fact in enumerate(self.rows):
                k = next((k for k, v in enumerate(fact.values) if v.doc == self.start_doc), None)
                if k is not None:
                    self._row = i
                    self.query_one(FactTable).move_cursor(row=i)
                    self.value_index = k
                    break
        self._update_detail()
        if not sheet.facts:
            self.query_one("#coverage-detail", Static).update(plain("No figures found in these articles."))
        self.note_on_screen(sheet)
        self.export_shown()

    def year(self) -> bool:
        """Whether every date on the sheet shows its year (its dates span several years)."""
        if self.sheet is None:
            return False
        if self._year is None or self._year[0] is not self.sheet:
            self._year = (self.sheet, sheet_year(self.sheet.facts))
        return self._year[1]

    def names(self) -> dict[str, str]:
        """A short source name per doc: the outlet, else the start of the doc id."""
        if self.sheet is None:
            return {}
        return source_names(self.sheet.articles)

    def _widths(self) -> tuple[int, int]:
        """(fact column, values column) widths for the screen's width; the values get the rest."""
        width = max(40, self.size.width)
        fact = self._fact_width(max(14, min(26, width // 4)), max(14, min(26, width // 3)))
        values = max(20, width - fact - STATUS_WIDTH - 3 * 2 - 2)
        return fact, values

    def _fact_width(self, least: int, most: int) -> int:
        """The fact column's width: the least from ``least`` up to ``most`` at which every shared
        fact's name (and single-source one's while shown) wraps whole, word by word, on its
        :data:`SHARED_LINES` lines, else ``most``: the name has priority over the values (t13ap N19:
        "money pledged (the government)" was cut "(the governmen…" at 60 columns, its last word one
        letter too long for the column)."""
        # (single-source rows' names too while they are shown, ``a``: t13apr F4, "residents among
        # the evacu…" cut even at 120 columns)
        labels = [one_line(f.label) for f in self._named_rows()]
        for width in range(least, most + 1):
            if all(
                len(textwrap.wrap(label, width, break_on_hyphens=False, break_long_words=False)) <= SHARED_LINES
                for label in labels
            ):
                return width
        return most

    def _named_rows(self) -> list[Fact]:
        """The facts whose rows are shown: the shared ones, the single-source ones too while shown."""
        if self.sheet is None:
            return []
        return [f for f in self.sheet.facts if f.sources > 1 or self.show_single]

    def _lines(self, fact: Fact, fact_w: int) -> int:
        """A row's lines: :data:`SHARED_LINES` for a shared fact; for a single-source one as many
        (at most that) as its name needs in the fact column, so short ones keep one line."""
        if fact.sources > 1:
            return SHARED_LINES
        wrapped = textwrap.wrap(one_line(fact.label), fact_w, break_on_hyphens=False, break_long_words=False)
        return max(1, min(SHARED_LINES, len(wrapped)))

    def _fill(self, detail: bool = True) -> None:
        """Fill the table with the sheet's rows; ``detail``: show the highlighted value's
        detail too (False when the caller moves the cursor first and shows it then)."""
        if self.sheet is None:
            return
        fact_w, values_w = self._widths()
        columns = [
            SheetColumn(plain("fact", "bold"), "fact", fact_w),
            SheetColumn(plain("status", "bold"), "status", STATUS_WIDTH),
            SheetColumn(plain("values and sources, by date", "bold"), "values", values_w),
        ]
        shared = [f for f in self.sheet.facts if f.sources > 1]
        single = [f for f in self.sheet.facts if f.sources <= 1]
        self.rows = shared + (single if self.show_single else [])
        names = self.names()
        rows = [
            WindowRow(cells[:1], cells[1:].__getitem__, lines)
            for fact in self.rows
            for lines in [self._lines(fact, fact_w)]
            for cells in [self._cells(fact, names, fact_w, values_w, lines)]
        ]
        # the fact's name frozen (a screen too narrow for all three shows the others in turn)
        self.query_one(FactTable).fill(columns[:1], columns[1:], rows, self.size.width)
        if detail:
            self._update_detail()

    def _cells(self, fact: Fact, names: dict[str, str], fact_w: int, values_w: int, lines: int) -> list[LazyCell]:
        """The row's cells, each made when first drawn: a sheet has hundreds of rows, most
        never scrolled to."""
        single = fact.sources <= 1
        dim = SECONDARY_STYLE if single else ""
        year = self.year()  # one form for every date of the sheet
        if single:
            status = plain("1 source", SECONDARY_STYLE)  # "$text-muted" is "auto": unreadable in a cell
        elif fact.status in ("not compared", "within ceiling", "near"):
            # (a ceiling and an amount under it: neither agreement nor conflict, t13am N4)
            status = cell(fact.status, STATUS_WIDTH, "$text-warning", lines)
        elif fact.agree:
            status = plain("agree", "$hl-success-fg")  # nudged where it reads under 4.5:1 (t13n F13)
        else:
            status = plain("DISAGREE", "bold $text-error")
        return [
            LazyCell(lambda: cell(fact.label, fact_w, f"italic {SECONDARY_STYLE}" if single else "bold", lines)),
            LazyCell(lambda: status),
            LazyCell(lambda: cell(timeline(fact, names, compact=True, year=year), values_w, dim, lines)),
        ]

    def on_resize(self) -> None:
        self._follow_width()

    def _follow_width(self) -> None:
        """The table filled again when this width calls for other columns: on a resize, and when
        the screen is back on top (:meth:`on_screen_resume`, t13ao N8)."""
        if self.sheet is not None and self.query_one(FactTable).stale(self.size.width):
            self._fill()

    # -- the highlighted fact and value ---------------------------------------------------

    def current(self) -> tuple[Fact | None, FactValue | None]:
        """The highlighted fact and its selected value."""
        row = self.query_one(FactTable).cursor_row
        if self.sheet is None or not 0 <= row < len(self.rows):
            return None, None
        fact = self.rows[row]
        return fact, fact.values[min(self.value_index, len(fact.values) - 1)]

    @on(DataTable.RowHighlighted)
    def _highlighted(self, event: DataTable.RowHighlighted) -> None:
        if event.cursor_row != self.query_one(FactTable).cursor_row:
            # A stale highlight (the table's first row as it was filled, before a start on the
            # requested article's row moved the cursor): the row and value are the cursor's now.
            return
        if event.cursor_row != self._row:  # another fact: start at its first value
            self._row = event.cursor_row
            self.value_index = 0
        self._update_detail()

    def _update_detail(self) -> None:
        """The highlighted value's grounds and source at once, its sentence when the worker has
        read its article (reading, and for HTML extracting, is no work for the UI thread)."""
        fact, value = self.current()
        if fact is None or value is None or self.sheet is None:
            return
        key = (self.sheet, fact, value, self.value_index, self.size.width)
        if self._detail_of is not None and _same_detail(self._detail_of, key):
            return  # shown already, or its sentence on the way: nothing to read again
        self._detail_of = key
        self._show_detail(fact, value, plain("…", "dim"))
        self._load_sentence(self.sheet, fact, value)

    @work(thread=True, exclusive=True, exit_on_error=False, group="fact-sentence", name="fact sentence")
    def _load_sentence(self, sheet: FactSheet, fact: Fact, value: FactValue) -> None:
        try:
            sentence = in_sentence(sheet.article(value.doc), value.start, value.end, VALUE_STYLE)
        except ArticleChanged as exc:  # the figure's offsets would point elsewhere in it now
            sentence = plain(f"({exc})", "italic $text-warning")
        except CorpusError as exc:  # the file went away or became unreadable
            sentence = plain(f"(cannot read the article: {exc})", "italic")
        if not get_current_worker().is_cancelled:
            self.app.call_from_thread(self._show_detail, fact, value, sentence)

    def _show_detail(self, fact: Fact, value: FactValue, sentence: Content) -> None:
        now_fact, now_value = self.current()
        if now_fact is not fact or now_value is not value or self.sheet is None:
            return  # another value was chosen meanwhile: its own sentence is on the way
        grounds = readable_grounds(fact.grounds, self.sheet.articles)
        parts = [Content.assemble(("grounds: ", "bold"), line(grounds, max(60, 2 * self.size.width - 20)))]
        source = ", ".join(x for x in (self.names().get(value.doc, value.doc), when(value.date, year=self.year())) if x)
        parts.append(
            Content.assemble(
                (f"{self.value_index + 1}/{len(fact.values)} ", "bold"),
                line(source, 40, "bold"),
                ": ",
                sentence,
            )
        )
        if value.earlier:
            # What the article said first in its own text, before the value shown replaced it
            # ("Three people were killed …" then "… had risen to four": first said 3, later 4).
            said = ", then ".join(f"{value_text(e)} (“{one_line(e.text)}”)" for e in value.earlier)
            parts.append(
                Content.assemble(
                    ("first said: ", "bold"),
                    line(f"{said}; later {value_text(value)}", max(60, 2 * self.size.width - 20)),
                )
            )
        self.query_one("#coverage-detail", Static).update(Content("\n").join(parts))

    @on(DataTable.RowSelected)
    def _selected(self, event: DataTable.RowSelected) -> None:
        event.stop()
        self.open_value()

    def open_value(self) -> None:
        """Read the selected value in its article, at its figure, n / N stepping through the
        fact's other values. A file edited since the sheet was made has its values looked for
        in the new text as the reader opens it (see ``FactJump``)."""
        from waic_reader.tui.screens.reader import ReaderScreen
        from waic_reader.tui.screens.reader_jumps import FactJump

        fact, value = self.current()
        sheet = self.sheet
        if fact is None or value is None or sheet is None:
            return
        index = next(i for i, v in enumerate(fact.values) if v is value)
        stamps = {v.doc: sheet.stamps[v.doc] for v in fact.values if v.doc in sheet.stamps}
        jump = FactJump(fact.label, tuple(fact.values), index, "the fact sheet", stamps)
        self.app.push_screen(ReaderScreen(value.doc, fact=jump))

    # -- actions ----------------------------------------------------------------------------

    def figure_text(self) -> str | None:
        """What ``y`` copies: the selected figure's phrase as written and its source
        ("over 800 companies (Reuters, 14 Mar 2025)"), control characters as stand-ins."""
        _fact, value = self.current()
        if value is None:
            return None
        source = ", ".join(x for x in (self.names().get(value.doc, value.doc), when(value.date, year=self.year())) if x)
        return visible(f"{one_line(value.text)} ({one_line(source)})")

    def action_copy_figure(self) -> None:
        text = self.figure_text()
        if text is None:
            self.notify("No figure selected", markup=False)
            return
        self.app.copy_to_clipboard(text)  # OSC 52: the terminal sets the system clipboard
        self.notify(f"Copied the figure: {text}", title="Clipboard", markup=False)

    def action_step_value(self, step: int) -> None:
        fact, _ = self.current()
        if fact is None:
            return
        self.value_index = (self.value_index + step) % len(fact.values)
        self._update_detail()

    def action_back(self) -> None:
        # Stop the computation now, not when the screen is finally removed: a fact sheet of
        # thousands of articles would otherwise hold the CPU from the next screen's search.
        self.workers.cancel_node(self)
        self.dismiss()

    def action_cursor(self, direction: str) -> None:
        getattr(self.query_one(FactTable), f"action_cursor_{direction}")()

    def action_toggle_single(self) -> None:
        self.show_single = not self.show_single
        self.app.remember(fact_sheet_single_source=self.show_single)
        self._fill()
        self.notify("Single-source figures " + ("shown (dimmed)" if self.show_single else "hidden"), markup=False)

    def action_export(self) -> None:
        from waic_reader.index.export import proposed_export_path
        from waic_reader.tui.screens.export_prompt import ExportPromptScreen

        # The sheet drawn when x was read, whatever came since (export_prompt.py): a sheet made
        # again meanwhile is not what the user saw.
        shown, making = self.on_screen_when_pressed()
        sheet = shown if isinstance(shown, FactSheet) else self.sheet
        if sheet is None:
            self.wait_to_export("The fact sheet is still being computed")
            return
        note: str | None = None
        if sheet is self.sheet:  # being made again then (the heading said so), or since
            why = making or self.remaking
            if why:
                note = f"The sheet as shown: it is being made again ({why}); this export is the sheet before that."
        else:  # the new sheet came after the key was read
            why = making or self.remade_because or "the corpus changed"
            note = (
                f"The sheet as shown when x was pressed: it has been made again since ({why}); "
                "this export is the sheet before that."
            )

        def written(path: Path | None) -> None:
            if path is not None:
                shown = f" (the sheet as shown when x was pressed; it was being made again: {why})" if why else ""
                self.notify(visible(f"Fact sheet written to {path}{shown}"), title="Exported", markup=False)

        self.app.push_screen(
            ExportPromptScreen(
                "fact sheet",
                proposed_export_path(EXPORT_NAME, self.app.workspace.root),
                self.app.workspace.root,
                sheet.markdown,
                note,
            ),
            written,
        )


__all__ = ["FactSheetScreen"]
