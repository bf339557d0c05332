"""CompareScreen: two articles side by side, what they share lined up, what only one says marked.

Two modes (``y`` toggles):
- aligned (synchronised): one scroll of rows, each row a pair of sentences or a sentence only
  one side has, so paired sentences always sit at the same height;
- free: each article in its own pane, scrolled independently, only-here sentences tinted.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal
from textual.content import Content
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import Static

from waic_reader.index.analysis.align import Alignment, Span
from waic_reader.index.analysis.analyser import Analysis
from waic_reader.index.analysis.entities.mentions import Mention
from waic_reader.index.analysis.facts.display import source_names
from waic_reader.index.corpus.blocks import joined_shown, known_words
from waic_reader.index.corpus.markdown import Shown, article_excerpt
from waic_reader.index.corpus.reader import Article
from waic_reader.index.corpus.text import visible, visible_same_length
from waic_reader.index.workspace import Comparison
from waic_reader.tui.copy_selection import CopiesSelection
from waic_reader.tui.entity_colors import label_style
from waic_reader.tui.highlights import DIFF_STYLE, ONLY_STYLE
from waic_reader.tui.safe import plain, spans_content
from waic_reader.tui.screens.export_prompt import ExportWhenShown
from waic_reader.tui.widgets.aligned_view import AlignedRow, AlignedView, Cell
from waic_reader.tui.widgets.article_view import ArticleView, Highlight, noise_blocks
from waic_reader.tui.widgets.clamped_heading import ClampedHeading
from waic_reader.tui.widgets.key_bar import KeyBar
from waic_reader.tui.worker_errors import ReportsWorkerErrors

if TYPE_CHECKING:
    from textual import getters

    from waic_reader.tui.app import WaicReaderApp

PANES = Binding.Group("Panes")
DIFFS = Binding.Group("Differences")
DIFF_WORD = DIFF_STYLE


@dataclass
class Side:
    article: Article
    analysis: Analysis
    # Its mentions as the entity list groups them (Workspace.article_mentions), tinted as the
    # reader tints them: "Sorvaag" alone is the person another article names in full. Its own
    # while no index was open (``grouped`` False): grouped again once one is (_index_changed).
    mentions: list[Mention]
    grouped: bool = True

    @cached_property
    def known(self) -> frozenset[str]:
        """The article's words, in which a word hyphenated over a hard line break is looked up
        (:func:`~waic_reader.index.corpus.blocks.joined_shown`), as the reader and free panes do."""
        return known_words(" ".join(b.text for b in self.article.blocks))


def _through(shown: Shown, at: Callable[[int], int]) -> Callable[[int], int]:
    """``at`` (an article offset to an offset of an excerpt) carried on to where ``shown`` (that
    excerpt as shown) shows it."""
    return lambda offset: shown.positions[at(offset)]


class CompareScreen(ExportWhenShown, CopiesSelection, ReportsWorkerErrors, Screen[None]):
    HELP_TITLE = "Comparison"  # the help's title (help.py), in words
    if TYPE_CHECKING:  # self.app typed as this app (see tui/app.py: WaicReaderApp)
        app = getters.app(WaicReaderApp)

    BINDINGS = [
        Binding("escape", "back", "Back", tooltip="Back to where you came from", id="compare.back"),
        Binding(
            "right_square_bracket",
            "diff(1)",
            "Next diff",
            key_display="]",
            tooltip="Next sentence only one side has",
            id="compare.next_diff",
            group=DIFFS,
        ),
        Binding(
            "left_square_bracket",
            "diff(-1)",
            "Prev diff",
            key_display="[",
            tooltip="Previous sentence only one side has",
            id="compare.prev_diff",
            group=DIFFS,
        ),
        Binding(
            "tab",
            "switch_pane",
            "Switch pane",
            tooltip="Move focus to the other side",
            id="compare.switch",
            group=PANES,
        ),
        Binding("s", "swap", "Swap", tooltip="Swap left and right", id="compare.swap", group=PANES),
        Binding(
            "o",
            "pick",
            "Other article",
            tooltip="Pick another article for the focused side",
            id="compare.pick",
            group=PANES,
        ),
        Binding(
            "y",
            "toggle_sync",
            "Sync",
            tooltip="Aligned rows with one scroll, or two free panes",
            id="compare.sync",
            group=PANES,
        ),
        Binding("x", "export", "Export", tooltip="Write this comparison to a Markdown file", id="compare.export"),
        Binding("j,down", "scroll(1)", "Down", show=False, id="compare.down"),
        Binding("k,up", "scroll(-1)", "Up", show=False, id="compare.up"),
        Binding("space,pagedown", "page(1)", "Page down", show=False, id="compare.page_down"),
        Binding("pageup", "page(-1)", "Page up", show=False, id="compare.page_up"),
    ]

    a_doc: reactive[str] = reactive("", init=False)
    b_doc: reactive[str] = reactive("", init=False)
    synced: reactive[bool] = reactive(True, init=False)
    side: reactive[str] = reactive("a", init=False)

    def __init__(self, a: str, b: str) -> None:
        super().__init__()
        self.set_reactive(CompareScreen.a_doc, a)
        self.set_reactive(CompareScreen.b_doc, b)
        self.sides: tuple[Side, Side] | None = None
        self._meta_seen = -1  # corpus.yaml's generation the articles shown were read at
        self.alignment: Alignment | None = None
        self._free_for: Alignment | None = None  # the comparison the free panes show
        self.current_row = -1
        self._drawn: tuple[str, str] | None = None  # the docs the rows show (a new comparison or the same one again)
        self._free_docs: dict[str, str] = {}  # the doc each free pane shows ("a", "b")
        self._loads = 0  # comparisons asked for (load), and the one shown: x meanwhile says so
        self._shown_load = 0

    def compose(self) -> ComposeResult:
        with Horizontal(id="compare-heads"):
            yield ClampedHeading(id="head-a", classes="pane-title")
            yield ClampedHeading(id="head-b", classes="pane-title")
        yield AlignedView(id="aligned")
        with Horizontal(id="compare-panes"):
            yield ArticleView(id="free-a", classes="pane-body")
            yield ArticleView(id="free-b", classes="pane-body")
        yield Static(plain("Aligning…"), id="compare-status")
        yield KeyBar()

    def on_mount(self) -> None:
        # Aligned rows or free panes, as the user last chose (y), remembered in the settings.
        synced = self.app.settings.compare_panes != "free"
        self.set_reactive(CompareScreen.synced, synced)
        self.query_one("#aligned").display = synced
        self.query_one("#compare-panes").display = not synced
        self.query_one("#aligned" if synced else "#free-a").focus()
        self.app.entity_display_changed.subscribe(self, self._entity_display_changed)
        self.app.marks_changed.subscribe(self, self._marks_changed)
        self.app.index_changed.subscribe(self, self._index_changed)
        self.load()

    def on_unmount(self) -> None:
        self.app.entity_display_changed.unsubscribe(self)  # else the app keeps this screen alive
        self.app.marks_changed.unsubscribe(self)
        self.app.index_changed.unsubscribe(self)

    def _index_changed(self, _generation: int) -> None:
        """The index opened after the articles were compared (the app's first build): shown
        again with their mentions grouped as the entity list groups them (the alignment is
        the one made, Workspace.compare keeps it)."""
        if self.sides is not None and not all(side.grouped for side in self.sides):
            self.load()

    def on_screen_suspend(self) -> None:
        self._export_waiting = False  # x waiting for the alignment: dropped once another screen is on top

    def on_screen_resume(self) -> None:
        # corpus.yaml edited while another screen was on top: the headers' outlets as it gives
        # them now (issue 13, s16).
        if self.sides is not None and self.app.meta_moved(self._meta_seen):
            self.load()

    def _marks_changed(self, _revision: int) -> None:
        """Another process's marks taken in: aligned again if either article's marks moved."""
        ws = self.app.workspace
        if self.sides is not None and any(ws.marks_moved(side.analysis) for side in self.sides):
            self.notify("Boilerplate marks changed in another window: compared as they are now", timeout=3)
            self.load()

    def _entity_display_changed(self, name: str) -> None:
        if name != "followed":  # the rows show every entity the same way, followed or not
            self._rerender()

    def watch_a_doc(self) -> None:
        self.load()

    def watch_b_doc(self) -> None:
        self.load()

    def load(self) -> None:
        """Align the two articles asked for (a_doc, b_doc) again, in a worker."""
        self._loads += 1
        self._align(self._loads)

    def making(self) -> bool:
        """Whether a comparison asked for is not shown yet (ExportWhenShown): counted by request,
        not by the worker running, which it still is while its result is being shown."""
        return self._shown_load != self._loads

    @work(thread=True, exclusive=True, exit_on_error=False, group="compare", name="align")
    def _align(self, request: int) -> None:
        ws = self.app.workspace
        self.app.take_in_meta()  # corpus.yaml edited: the headers' outlets as it gives them now
        self._meta_seen = ws.corpus.meta_generation
        c = ws.compare(self.a_doc, self.b_doc)
        grouped = ws.index_ready()
        a = Side(c.a, c.a_analysis, ws.article_mentions(c.a_analysis), grouped)
        b = Side(c.b, c.b_analysis, ws.article_mentions(c.b_analysis), grouped)
        self.app.call_from_thread(self._show, a, b, c.alignment, request)  # type: ignore[arg-type]  # Textual's hint cannot infer an async callback's result (Never)

    async def _show(self, a: Side, b: Side, alignment: Alignment, request: int) -> None:
        self._shown_load = request
        self.sides = (a, b)
        self.alignment = alignment  # a new comparison: the free panes are drawn again when shown
        # Two articles of one outlet are named with their doc ids, as every screen names them
        # (source_names): their headings read alike with outlet and title alone (t13as N14).
        names = source_names([a.article, b.article])
        for key, side in (("a", a), ("b", b)):
            art = side.article
            self.query_one(f"#head-{key}", ClampedHeading).update(
                f"{key.upper()}  {names[art.doc]}  ·  {art.title}", "bold"
            )
        await self._render_rows()
        if not self.synced:
            await self._render_free()
        self._update_heads()
        self._summary()
        self.note_on_screen((a, b, alignment))
        self.export_shown()

    def _rerender(self) -> None:
        if self.alignment is not None:
            self._free_for = None
            self.run_worker(self._render_rows, exclusive=True, group="compare-render")  # type: ignore[arg-type]  # Textual's hint cannot infer an async callback's result (Never)
            if not self.synced:
                self.run_worker(self._render_free, group="compare-render-free")  # type: ignore[arg-type]  # Textual's hint cannot infer an async callback's result (Never)

    # -- rendering --------------------------------------------------------------------------

    def _entity_styles(self, side: Side) -> list[Highlight]:
        app = self.app
        if not app.entities_on:
            return []
        labels = app.entity_labels
        return [(m.start, m.end, label_style(m.label)) for m in side.mentions if not m.noise and m.label in labels]

    def _cell(
        self, side: Side, span: Span | None, diff: list[tuple[int, int]], entities: list[Highlight], only: bool
    ) -> Cell:
        """``span`` of ``side``'s text with its ``entities`` (sorted by start, for the whole
        article: the ones inside the span are found by bisection) and ``diff`` words styled,
        when the cell is first drawn (see :class:`Cell`)."""
        if span is None:
            return Cell(Content(""), only)
        # As the reader and the free panes show it: a Markdown sentence's syntax hidden.
        text, at = article_excerpt(side.article, span.start, span.end)
        if side.article.format == "text":
            # A hard-wrapped plain text as the reader and the free panes show it: its line breaks
            # as spaces, so the cell reflows the sentence to the pane's width (joined_shown). The
            # file's breaks were kept, a ragged "A fire swept / through a garment / factory near
            # …" in the aligned rows (t13ag N12).
            joined = joined_shown(text, side.known)
            if joined is not None:
                text, at = joined.text, _through(joined, at)

        def styled() -> Content:
            first = bisect_left(entities, (span.start,))
            last = bisect_left(entities, (span.end + 1,))
            styles = [(at(s), at(e), st) for s, e, st in entities[first:last] if e <= span.end]
            styles += [(at(s), at(e), DIFF_WORD) for s, e in diff if s >= span.start and e <= span.end]
            return spans_content(text, [(s, e, st) for s, e, st in styles if s < e])

        return Cell(styled, only, plain=visible_same_length(text))

    async def _render_rows(self) -> None:
        if self.alignment is None or self.sides is None:
            return
        a, b = self.sides
        # Each article's entity styles once (per cell, they were listed again for every cell:
        # 45,000 styles looked up for a 300-row comparison, a third of opening it).
        a_entities, b_entities = sorted(self._entity_styles(a)), sorted(self._entity_styles(b))
        rows = []
        for row in self.alignment.rows():
            pair = row.pair
            a_diff, b_diff = (pair.a_diff, pair.b_diff) if pair else ([], [])
            a_cell = self._cell(a, row.a, a_diff, a_entities, pair is None and row.a is not None)
            b_cell = self._cell(b, row.b, b_diff, b_entities, pair is None and row.b is not None)
            if pair is not None and row.a is None:
                a_cell = Cell(plain("(continues the sentence above or below)"), continued=True)
            if pair is not None and row.b is None:
                b_cell = Cell(plain("(continues the sentence above or below)"), continued=True)
            if pair is not None:
                # "*": kept below the similarity threshold (vouched for), as the status and the
                # export say, so no score shown contradicts the threshold stated (t13ai N14)
                gutter = (
                    f"{pair.score:.2f}" + ("↕" if pair.moved else "") + ("*" if self.alignment.vouched(pair) else "")
                )
            else:
                gutter = "◀ A" if row.a is not None else "B ▶"
            rows.append(AlignedRow(a_cell, gutter, b_cell, pair is None))
        view = self.query_one(AlignedView)
        # The same comparison made again (marks moved, entity display changed): the rows the
        # reader was at stay at the top, the difference stepped to stays current (issue 13).
        again = self._drawn == (a.article.doc, b.article.doc)
        place = view.place() if again else []
        was = self.current_row
        current = view.rows[was] if again and 0 <= was < len(view.rows) else None
        self._drawn = (a.article.doc, b.article.doc)
        view.show(rows)
        self.current_row = -1
        if current is not None:
            found = view.find_row(current.a.plain, current.b.plain, was)
            if found is not None:
                self.current_row = found
                view.set_current(found)
        view.keep_place(place)

    async def _render_free(self) -> None:
        if self.alignment is None or self.sides is None or self._free_for is self.alignment:
            return  # drawn already for this comparison: toggling back and forth costs no redraw
        self._free_for = self.alignment
        for key, side, only in (
            ("a", self.sides[0], self.alignment.only_a),
            ("b", self.sides[1], self.alignment.only_b),
        ):
            blocks = side.article.blocks
            hidden = noise_blocks(blocks, side.analysis.noise_spans())
            highlights = [(s.start, s.end, ONLY_STYLE) for s in only] + self._entity_styles(side)
            markdown = side.article.format == "markdown"
            joined = side.article.format == "text"
            pane = self.query_one(f"#free-{key}", ArticleView)
            # The same article again (a realignment): the text at the pane's top stays there.
            place = pane.place() if self._free_docs.get(key) == side.article.doc else []
            self._free_docs[key] = side.article.doc
            await pane.show_blocks(blocks, hidden, highlights, markdown, joined)
            pane.keep_place(place)

    def _summary(self) -> None:
        if self.alignment is None:
            return
        al = self.alignment
        mode = "aligned, one scroll" if self.synced else "free panes"
        vouched = sum(al.vouched(p) for p in al.pairs)
        self.query_one("#compare-status", Static).update(
            Content.assemble(
                (f"{len(al.pairs)} shared", "bold $text-success"),
                # how many pairs are kept below the threshold the others are held to (marked *);
                # short, so the line's key hints still fit 120 columns
                f" ({vouched} below {al.threshold:.2f}, marked *)" if vouched else "",
                "  ·  ",
                (f"{len(al.only_a)} only in A", "bold $text-error"),
                "  ·  ",
                (f"{len(al.only_b)} only in B", "bold $text-error"),
                f"  ·  {mode} (y)  ·  ] [ next/prev difference  ·  x export",
            )
        )

    def _update_heads(self) -> None:
        for key in ("a", "b"):
            self.query_one(f"#head-{key}").set_class(self.side == key, "-focused")

    def watch_side(self) -> None:
        self._update_heads()

    def watch_synced(self, synced: bool) -> None:
        self.query_one("#aligned").display = synced
        self.query_one("#compare-panes").display = not synced
        if synced:
            self.query_one("#aligned").focus()
        else:
            # Filled only when shown: panes laid out while hidden settle a frame late.
            self.run_worker(self._render_free, exclusive=True, group="compare-render-free")  # type: ignore[arg-type]  # Textual's hint cannot infer an async callback's result (Never)
            self.query_one(f"#free-{self.side}").focus()
        self._summary()

    # -- actions ----------------------------------------------------------------------------

    def action_diff(self, delta: int) -> None:
        if not self.synced:
            self.synced = True
        view = self.query_one(AlignedView)
        rows = view.rows
        order = range(self.current_row + 1, len(rows)) if delta > 0 else range(self.current_row - 1, -1, -1)
        for i in order:
            if rows[i].is_difference:
                self.current_row = i
                view.set_current(i)
                view.scroll_to(y=view.row_top(i), animate=False)
                return
        self.notify("No more differences in that direction", markup=False, timeout=2)

    def action_switch_pane(self) -> None:
        self.side = "b" if self.side == "a" else "a"
        if not self.synced:
            self.query_one(f"#free-{self.side}").focus()

    def action_swap(self) -> None:
        a, b = self.a_doc, self.b_doc
        self.set_reactive(CompareScreen.a_doc, b)
        self.b_doc = a

    def action_pick(self) -> None:
        from waic_reader.tui.screens.pick import PickArticleScreen

        side = self.side
        other = self.b_doc if side == "a" else self.a_doc

        def chosen(doc: str | None) -> None:
            if doc:
                if side == "a":
                    self.a_doc = doc
                else:
                    self.b_doc = doc

        self.app.push_screen(PickArticleScreen(f"Article for side {side.upper()}…", exclude=other), chosen)

    def action_toggle_sync(self) -> None:
        self.synced = not self.synced
        self.app.remember(compare_panes="aligned" if self.synced else "free")

    def _scroller(self) -> AlignedView | ArticleView:
        if self.synced:
            return self.query_one(AlignedView)
        return self.query_one(f"#free-{self.side}", ArticleView)

    def action_scroll(self, delta: int) -> None:
        self._scroller().scroll_relative(y=delta, animate=False)

    def action_page(self, delta: int) -> None:
        scroller = self._scroller()
        if delta > 0:
            scroller.scroll_page_down(animate=False)
        else:
            scroller.scroll_page_up(animate=False)

    def action_export(self) -> None:
        if self.alignment is None or self.sides is None:
            self.wait_to_export("The two articles are still being aligned")
            return
        from waic_reader.index.export import proposed_export_path
        from waic_reader.tui.screens.export_prompt import ExportPromptScreen

        # The comparison drawn when x was read (export_prompt.py): one shown after the key was
        # read, but before its binding ran, is not what the user saw.
        shown, _ = self.on_screen_when_pressed()
        if isinstance(shown, tuple):
            a, b, alignment = shown
        else:
            (a, b), alignment = self.sides, self.alignment
        note = None
        since = a is not self.sides[0] or b is not self.sides[1]  # another comparison shown since
        if self.making() or since:  # another article chosen, or the shown ones changed: aligned again meanwhile
            asked = (self.a_doc, self.b_doc)
            pair = (a.article.doc, b.article.doc)
            if asked != pair:
                state = "are still being aligned" if self.making() else "have been aligned since"
                note = f"The comparison as shown, of {pair[0]} and {pair[1]}: {asked[0]} and {asked[1]} {state}"
            else:
                state = "it is being aligned again" if self.making() else "it has been aligned again since"
                note = f"The comparison as shown: {state} (the articles or their marks changed)"
        # The doc ids whole, so the file says which two articles it compares (s18 re-test: ids cut
        # at 12 characters named "003_broadcas"); only ids too long for a file name are cut.
        default = proposed_export_path(
            f"waic-compare-{a.article.doc[:100]}-{b.article.doc[:100]}", self.app.workspace.root
        )

        def written(path: Path | None) -> None:
            if path is not None:
                shown = f" ({a.article.doc} and {b.article.doc}, as shown when x was pressed)" if note else ""
                # File names are untrusted text: their control characters shown, never sent to the terminal.
                self.notify(visible(f"Comparison written to {path}{shown}"), markup=False)

        self.app.push_screen(
            ExportPromptScreen(
                "comparison",
                default,
                self.app.workspace.root,
                lambda: Comparison(a.article, b.article, a.analysis, b.analysis, alignment).markdown(),
                note,
            ),
            written,
        )

    def action_back(self) -> None:
        self.dismiss()
