"""FactSheetScreen: the fact sheet as a table of facts against articles.

One row per fact (a figure and what it counts), one column per article with the figure as that
article words it, and a last column saying whether the articles agree. Facts two or more
articles report come first; single-source figures follow, dimmed (``a`` hides them).
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from pathlib import Path

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.coordinate import Coordinate
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from waic_reader.index.analysis.facts import Fact, FactValue
from waic_reader.index.corpus.reader import Article
from waic_reader.index.corpus.text import one_line
from waic_reader.tui.cli.output import unique_path
from waic_reader.tui.safe import line, plain
from waic_reader.tui.screens.mentions import in_sentence, open_reader_at
from waic_reader.tui.worker_errors import ReportsWorkerErrors

EXPORT_NAME = "waic-facts"
FACT_WIDTH = 22
SHARED_LINES = 2  # facts several articles report get two lines per cell
AGREE_WIDTH = 13
VALUE_STYLE = "bold $text-warning on $warning-muted"

VIEW = Binding.Group("View")


@dataclass
class Sheet:
    articles: list[Article]
    facts: list[Fact]
    skipped: list[str]


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


def readable_grounds(grounds: str, articles: list[Article]) -> str:
    """The grounds with doc ids swapped for outlet names where the outlet is known."""
    for a in articles:
        if a.label != a.doc:
            grounds = grounds.replace(a.doc, a.label)
    return grounds


def column_names(articles: list[Article]) -> dict[str, str]:
    """Header per doc: the outlet (or doc id); a repeated outlet gets its doc id's start added."""
    labels = [a.label for a in articles]
    return {
        a.doc: (f"{a.label} ({a.doc[:6]})" if labels.count(a.label) > 1 and a.label != a.doc else a.label)
        for a in articles
    }


def export_path(folder: Path) -> Path:
    """``waic-facts.md`` in ``folder``, or the first free ``waic-facts-N.md``."""
    return unique_path(folder, EXPORT_NAME)


class FactTable(DataTable[Content]):
    BINDINGS = [
        Binding(
            "enter", "select_cursor", "Read", tooltip="Read the highlighted figure in its article", id="coverage.open"
        ),
    ]


class FactSheetScreen(ReportsWorkerErrors, Screen[None]):
    DEFAULT_CSS = """
    FactSheetScreen #coverage-heading, FactSheetScreen #coverage-status {
        height: 1;
        padding: 0 1;
        background: $panel;
        color: $text-muted;
    }
    FactSheetScreen #coverage-table {
        height: 1fr;
    }
    FactSheetScreen #coverage-detail {
        height: auto;
        max-height: 7;
        padding: 0 1;
        border-top: hkey $panel-lighten-2;
    }
    """

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
            tooltip="Write the fact sheet as Markdown to the current folder",
            id="coverage.export",
        ),
        Binding("j", "cursor('down')", "Down", show=False, id="coverage.down"),
        Binding("k", "cursor('up')", "Up", show=False, id="coverage.up"),
        Binding("h", "cursor('left')", "Left", show=False, id="coverage.left"),
        Binding("l", "cursor('right')", "Right", show=False, id="coverage.right"),
    ]

    def __init__(self, docs: list[str] | None = None, doc: str | None = None) -> None:
        """``docs``: the articles to compare (default: the whole corpus); ``doc``: the column to start in."""
        super().__init__()
        self.docs = docs
        self.start_doc = doc
        self.sheet: Sheet | None = None
        self.show_single = True
        self.rows: list[Fact] = []
        self._width = 0

    def compose(self) -> ComposeResult:
        yield Static(plain("Fact sheet"), id="coverage-heading")
        yield FactTable(id="coverage-table", cursor_type="cell", zebra_stripes=True)
        yield Static(plain("Computing the fact sheet…"), id="coverage-detail")
        yield Static(
            plain("enter: read the figure  ·  a: single-source figures  ·  x: export Markdown"), id="coverage-status"
        )
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(FactTable).focus()
        self.compute()

    # -- data -------------------------------------------------------------------------------

    @work(thread=True, exclusive=True, exit_on_error=False, group="coverage", name="fact sheet")
    def compute(self) -> None:
        from waic_reader.tui.cli.commands import fact_sheet_for

        ws = self.app.workspace  # type: ignore[attr-defined]
        docs = list(self.docs) if self.docs is not None else list(ws.corpus.docs)
        articles, facts = fact_sheet_for(ws, docs)
        readable = {a.doc for a in articles}
        sheet = Sheet(articles, facts, [d for d in docs if d not in readable])
        self.app.call_from_thread(self._show, sheet)

    def _show(self, sheet: Sheet) -> None:
        if not self.is_attached:
            return  # dismissed while computing
        self.sheet = sheet
        shared = [f for f in sheet.facts if f.sources > 1]
        parts = [
            f"Fact sheet  ·  {len(sheet.articles)} articles",
            f"{len(shared)} facts reported by several",
            f"{sum(not f.agree for f in shared)} in disagreement",
            f"{len(sheet.facts) - len(shared)} single-source",
        ]
        if sheet.skipped:
            parts.append(f"{len(sheet.skipped)} unreadable skipped")
        self.query_one("#coverage-heading", Static).update(line("  ·  ".join(parts)))
        self._fill()
        docs = [a.doc for a in sheet.articles]
        if self.rows:
            # Start on a figure: in the requested article's column, else the first row's first value.
            first = (
                self.start_doc if self.start_doc in docs else min((v.doc for v in self.rows[0].values), key=docs.index)
            )
            self.query_one(FactTable).move_cursor(row=0, column=1 + docs.index(first))
        if not sheet.facts:
            self.query_one("#coverage-detail", Static).update(plain("No figures found in these articles."))

    def _value_width(self) -> int:
        n = max(1, len(self.sheet.articles)) if self.sheet else 1
        free = self.size.width - FACT_WIDTH - AGREE_WIDTH - 2 * (n + 2) - 2
        return max(12, min(32, free // n))

    def _fill(self) -> None:
        if self.sheet is None:
            return
        table = self.query_one(FactTable)
        keep = table.cursor_coordinate
        self._width = self.size.width
        width = self._value_width()
        table.clear(columns=True)
        table.add_column(plain("fact", "bold"), key="fact", width=FACT_WIDTH)
        for doc, name in column_names(self.sheet.articles).items():
            table.add_column(line(name, width, "bold"), key=doc, width=width)
        table.add_column(plain("agreement", "bold"), key="agree", width=AGREE_WIDTH)
        shared = [f for f in self.sheet.facts if f.sources > 1]
        single = [f for f in self.sheet.facts if f.sources <= 1]
        self.rows = shared + (single if self.show_single else [])
        for i, fact in enumerate(self.rows):
            lines = SHARED_LINES if fact.sources > 1 else 1
            table.add_row(*self._cells(fact, width, lines), key=str(i), height=lines)
        if self.rows:
            table.move_cursor(row=min(keep.row, len(self.rows) - 1), column=keep.column)
        self._update_detail()

    def _cells(self, fact: Fact, width: int, lines: int = 1) -> list[Content]:
        assert self.sheet is not None
        single = fact.sources <= 1
        by_doc: dict[str, list[str]] = {}
        for v in fact.values:
            by_doc.setdefault(v.doc, []).append(v.text)
        dim = "dim" if single else ""
        cells = [cell(fact.label, FACT_WIDTH, "dim italic" if single else "bold", lines)]
        cells += [cell(" / ".join(by_doc.get(a.doc, [])), width, dim, lines) for a in self.sheet.articles]
        if single:
            cells.append(plain("single source", "dim"))  # "$text-muted" is "auto": unreadable in a cell
        elif fact.agree:
            cells.append(plain("agree", "$text-success"))
        else:
            cells.append(plain("DISAGREE", "bold $text-error"))
        return cells

    def on_resize(self) -> None:
        if self.sheet is not None and abs(self.size.width - self._width) >= 4:
            self._fill()

    # -- the highlighted cell -------------------------------------------------------------

    def at(self, coordinate: Coordinate) -> tuple[Fact | None, FactValue | None]:
        """The fact and (if any) the value under ``coordinate``."""
        if self.sheet is None or not 0 <= coordinate.row < len(self.rows):
            return None, None
        fact = self.rows[coordinate.row]
        col = coordinate.column - 1
        if 0 <= col < len(self.sheet.articles):
            doc = self.sheet.articles[col].doc
            value = next((v for v in fact.values if v.doc == doc), None)
            return fact, value
        return fact, None

    @on(DataTable.CellHighlighted)
    def _highlighted(self, _event: DataTable.CellHighlighted) -> None:
        self._update_detail()

    def _update_detail(self) -> None:
        detail = self.query_one("#coverage-detail", Static)
        fact, value = self.at(self.query_one(FactTable).cursor_coordinate)
        if fact is None:
            return
        grounds = readable_grounds(fact.grounds, self.sheet.articles) if self.sheet else fact.grounds
        parts = [Content.assemble(("grounds: ", "bold"), line(grounds, max(60, 2 * self.size.width - 20)))]
        if value is not None and self.sheet is not None:
            article = next(a for a in self.sheet.articles if a.doc == value.doc)
            parts.append(
                Content.assemble(
                    line(article.label, 30, "bold"), ": ", in_sentence(article, value.start, value.end, VALUE_STYLE)
                )
            )
        else:
            parts.append(plain("Move to a figure and press enter to read it in its article.", "$text-muted"))
        detail.update(Content("\n").join(parts))

    @on(DataTable.CellSelected)
    def _selected(self, event: DataTable.CellSelected) -> None:
        event.stop()
        self.open_value(event.coordinate)

    def open_value(self, coordinate: Coordinate) -> None:
        fact, value = self.at(coordinate)
        if value is None:
            if fact is not None:
                self.notify("No figure in this cell: move to one that has a value", markup=False)
            return
        open_reader_at(self.app, value.doc, value.start)

    # -- actions ----------------------------------------------------------------------------

    def action_back(self) -> None:
        self.dismiss()

    def action_cursor(self, direction: str) -> None:
        getattr(self.query_one(FactTable), f"action_cursor_{direction}")()

    def action_toggle_single(self) -> None:
        self.show_single = not self.show_single
        self._fill()
        self.notify("Single-source figures " + ("shown (dimmed)" if self.show_single else "hidden"), markup=False)

    def action_export(self) -> None:
        from waic_reader.index.export import facts_markdown

        if self.sheet is None:
            self.notify("The fact sheet is still being computed", markup=False)
            return
        text = facts_markdown(self.sheet.facts, self.sheet.articles)
        try:
            path = export_path(Path.cwd())
            # "x": never overwrite a file that appeared since export_path looked.
            with open(path, "x", encoding="utf-8") as fh:
                fh.write(text)
        except OSError as exc:
            self.notify(f"Could not write the fact sheet: {exc.strerror or exc}", severity="error", markup=False)
            return
        self.notify(f"Fact sheet written to {path}", title="Exported", markup=False)


__all__ = ["FactSheetScreen", "export_path"]
