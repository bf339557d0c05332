"""SearchScreen: results update as you type; enter opens the article at its first match."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from rich.cells import cell_len
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from waic_reader.index.analysis.facts.display import distinct_tails
from waic_reader.index.errors import EmptyField, QueryError

if TYPE_CHECKING:
    from waic_reader.index.search.model import Hit, Results
from waic_reader.index.corpus.text import one_line, visible, visible_same_length
from waic_reader.tui.early_keys import TakesEarlyKeys
from waic_reader.tui.highlights import MATCH_STYLE
from waic_reader.tui.safe import HEAD_ID_FLOOR, TWIN_ID_FLOOR, id_keeping, plain
from waic_reader.tui.widgets.key_bar import KeyBar
from waic_reader.tui.widgets.safe_input import SafeInput
from waic_reader.tui.worker_errors import ReportsWorkerErrors

if TYPE_CHECKING:
    from textual import getters

    from waic_reader.tui.app import WaicReaderApp
    from waic_reader.tui.screens.reader import ReaderScreen

PLACEHOLDER = 'Search: words, "a phrase", prefix*, OR, NOT, title: outlet: entity:'


class QueryInput(SafeInput):
    """The search box, with query history on up / down (newest last, like a shell)."""

    if TYPE_CHECKING:  # self.app typed as this app (see tui/app.py: WaicReaderApp)
        app = getters.app(WaicReaderApp)

    BINDINGS = [
        Binding("up", "history(-1)", "Older query", show=False, id="search.history_back"),
        Binding("down", "history(1)", "Newer query", show=False, id="search.history_forward"),
    ]

    def __init__(self, history: list[str], **kwargs: Any) -> None:  # Input's own keyword arguments
        super().__init__(**kwargs)
        self.history = history
        self._position = len(history)
        self._draft = ""

    def whole_query_selected(self) -> bool:
        start, end = sorted(self.selection)
        return bool(self.value) and start == 0 and end == len(self.value)

    async def on_key(self, event: events.Key) -> None:
        # "/" on a query shown selected (reopened, or come back to from an article) is the search
        # key pressed again, as in less or a browser: the query stays selected for the words that
        # follow instead of being replaced by a "/". Anywhere else "/" is typed ("AI/ML").
        if event.key == "slash" and self.whole_query_selected():
            event.stop()
            event.prevent_default()

    def action_history(self, delta: int) -> None:
        if not self.history:
            return
        if self._position == len(self.history):
            self._draft = self.value
        self._position = max(0, min(len(self.history), self._position + delta))
        self.value = self.history[self._position] if self._position < len(self.history) else self._draft
        self.cursor_position = len(self.value)


# Cells a title keeps however narrow its line (a longer outlet name's line wraps instead).
MIN_TITLE_CELLS = 12
# A twin's doc id (hit_prompt's ``tail``) takes the title's cells down to these (the library's
# title floor, TITLE_ROOM - TIME_FROM_TITLE) to show whole; it keeps TWIN_ID_FLOOR cells
# however narrow the line (tui/safe.py: the floors of every id cut).
TWIN_TITLE_CELLS = 30


def head_name(hit: Hit, width: int, tail: str = "") -> str:
    """What heads a result on a line of ``width`` cells: its outlet, cut to
    :data:`~waic_reader.tui.safe.HEAD_ID_FLOOR` cells, or with no outlet its doc id, whole where
    the title beside it can keep its cells (up to :data:`TWIN_TITLE_CELLS`), else cut as every
    screen cuts ids (:func:`id_keeping`: in the middle, or before ``tail``), in as many cells at
    least (t13aq N13: "press/alpenrail-stateme…" cut at its end, 30 cells of the line free)."""
    if hit.outlet:
        return one_line(visible(hit.outlet), HEAD_ID_FLOOR, cells=cell_len)
    mark = "  (in boilerplate only)" if hit.where == ["noise"] else ""
    title_keeps = min(cell_len(one_line(visible(hit.title))), TWIN_TITLE_CELLS)
    return id_keeping(visible(hit.doc), max(HEAD_ID_FLOOR, width - 2 - title_keeps - cell_len(mark)), visible(tail))


def head_key(hit: Hit, width: int) -> str:
    """What a result's head reads before any doc id is added (outlet or doc id as cut, title as
    cut for ``width``): two results whose keys are equal read alike and get their ids
    (:func:`hit_prompt`'s ``tail``), not only those whose outlet and title are equal (t13an N17)."""
    outlet = head_name(hit, width)
    room = max(MIN_TITLE_CELLS, width - cell_len(outlet) - 2)
    return f"{outlet}  {one_line(visible(hit.title), room, cells=cell_len)}"


def hit_prompt(hit: Hit, width: int, *, tail: str | None = None) -> Content:
    """A result's option: its head (:func:`head_name`: the outlet cut to HEAD_ID_FLOOR cells, else the doc id
    whole where the line has room; two spaces, the title, the
    boilerplate mark) on one line of ``width`` cells, the room the results list gives a line, then
    its snippet. The title takes what the outlet, the doc id and the mark leave and is cut with "…"
    only where it does not fit (t13ab L20: it was cut at ``width - 40``, 20 cells at 60 columns,
    half the line empty). Every text shown with control characters' stand-ins.

    ``tail`` (for a result whose head another's reads alike: ``SearchScreen._lay_out``): the part of
    its doc id that tells it from theirs (:func:`~waic_reader.index.analysis.facts.display.distinct_tails`,
    the one such part the matrix and Quotes headers use); the doc id is then shown after the title,
    whole where the title can give it cells down to :data:`TWIN_TITLE_CELLS`, else cut before that
    part (:func:`id_keeping`), in :data:`~waic_reader.tui.safe.TWIN_ID_FLOOR` cells at least; a result with no outlet,
    headed by its doc id, keeps that part where the id is cut."""
    outlet = head_name(hit, width, tail or "")
    mark = "  (in boilerplate only)" if hit.where == ["noise"] else ""
    doc = ""
    if tail is not None and hit.outlet:
        title_keeps = min(cell_len(one_line(visible(hit.title))), TWIN_TITLE_CELLS)
        free = width - cell_len(outlet) - 2 - title_keeps - cell_len(mark) - 2
        doc = f"  {id_keeping(visible(hit.doc), max(TWIN_ID_FLOOR, free), visible(tail))}"
    room = max(MIN_TITLE_CELLS, width - cell_len(outlet) - 2 - cell_len(doc) - cell_len(mark))
    head = Content.assemble(
        (outlet, "bold $text-accent"),
        "  ",
        (one_line(visible(hit.title), room, cells=cell_len), "bold"),
        (doc, "$text-muted"),
        (mark, "italic $text-muted"),
    )
    snippet = Content(visible_same_length(hit.snippet))
    for start, end in hit.matches:
        snippet = snippet.stylize(MATCH_STYLE, start, end)
    return Content.assemble(head, "\n", Content("  "), snippet)


class SearchScreen(TakesEarlyKeys, ReportsWorkerErrors, Screen[None]):
    HELP_TITLE = "Search"  # the help's title (help.py), in words
    if TYPE_CHECKING:  # self.app typed as this app (see tui/app.py: WaicReaderApp)
        app = getters.app(WaicReaderApp)

    BINDINGS = [
        Binding("escape", "back", "Back", tooltip="Leave search (the query is kept)", id="search.back"),
        Binding("enter", "open", "Open", tooltip="Open the highlighted result at its first match", id="search.open"),
        Binding("tab", "focus_results", "Results", tooltip="Move between the box and the results", id="search.results"),
        Binding("ctrl+u", "clear", "Clear", show=False, tooltip="Clear the query", id="search.clear"),
        Binding("j", "result(1)", "Down", show=False, tooltip="Next result (in the list)", id="search.down"),
        Binding("k", "result(-1)", "Up", show=False, tooltip="Previous result (in the list)", id="search.up"),
    ]

    def __init__(self, query: str | None = None) -> None:
        super().__init__()
        self.expect_box()  # keys typed with the / that opened it are the box's (tui/early_keys.py)
        self.initial = query
        self.results: Results | None = None
        # The query enter was typed on before its results were in (enter read from the terminal
        # with the words before it, in one go): its first hit opens when they are shown.
        self._open_when_shown: str | None = None
        self._resumed_once = False  # the first ScreenResume is the screen's first showing
        self._reader: ReaderScreen | None = None  # the reader opened from the results, until back
        self._laid_out_at = 0  # the width the results were drawn for (see on_resize)

    def compose(self) -> ComposeResult:
        state = self.app.search_state
        yield QueryInput(
            state.history,
            placeholder=PLACEHOLDER,
            id="query",
            value=self.initial if self.initial is not None else state.query,
            select_on_focus=False,
        )
        yield Static(plain("Type to search every article."), id="search-status")
        yield OptionList(id="results")
        yield KeyBar()

    def on_mount(self) -> None:
        box = self.query_one(QueryInput)
        box.cursor_position = len(box.value)
        if self.initial is None:  # the previous query, selected: typing replaces it, enter runs it
            box.select_all()
        self.box_ready(box)  # focused, with the keys typed since / (in order)
        self.watch(self.app, "index_generation", self._index_changed, init=False)
        self.watch(self.app, "index_progress", self._progress_changed, init=False)
        # Files edited, added or removed since the folder was listed: listed again in a worker
        # (names and stat results) and re-indexed; the results follow (index_generation).
        self.app.check_folder()
        value = self.query_one(QueryInput).value
        if value:
            self.run_search(value)

    def on_screen_resume(self) -> None:
        reader, self._reader = self._reader, None
        if reader is not None:
            self._back_from(reader.doc)
        box = self.query_one(QueryInput)
        if self._resumed_once and box.has_focus:
            # The query shown selected, as when search is reopened: typing replaces it.
            box.select_all()
        if self._resumed_once:
            # Files added or edited while another screen was on top are indexed, as on mount
            # (issue 13, s16: found only once the library had been shown again).
            self.app.check_folder()
        self._resumed_once = True
        # (The terminal resized while another screen was on top: laid out for this width, the
        # result highlighted above kept.)
        self._follow_width()

    def _back_from(self, doc: str) -> None:
        """Back from an article opened from the results (``doc``: the one the reader was on, a
        result it stepped to with ``[`` ``]`` or ``n``): the result list has the focus, on that
        result, as mutt returns to its index at the message read. So ``q`` leaves search and
        ``j`` ``k`` move, rather than being typed into the query (issue 13, t13d observation 7);
        ``/`` or ``tab`` goes to the query. With no result listed, the query keeps the focus."""
        options = self.query_one(OptionList)
        if not options.option_count:
            return
        docs = [options.get_option_at_index(i).id for i in range(options.option_count)]
        if doc in docs:
            options.highlighted = docs.index(doc)
        options.focus()
        options.scroll_to_highlight()

    def keys_wait(self) -> bool:
        """Keys read after an enter wait while it waits for its results (tui/early_keys.py):
        those of the words typed, and, while they find nothing, those of the folder check the
        screen started (a file added may match: issue 13, s16b, N2). Once that is over and
        nothing matches, the enter is given up (nothing to open)."""
        if self._open_when_shown is None:
            return False
        results = self.results
        if results is not None and results.query == self._open_when_shown and not results.hits:
            searching = any(w.group == "search" and not w.is_finished for w in self.workers)
            if not searching and not self.app.catching_up():
                self._open_when_shown = None
                return False
        return True

    def focus_input(self, select: bool = False) -> None:
        """Focus the box now (keys read with the key that asked go to it: tui/early_keys.py);
        ``select``: its query selected (typing replaces it), else the cursor at its end."""
        box = self.query_one(QueryInput)
        self.set_focus(box)
        box.cursor_position = len(box.value)
        if select:
            box.select_all()

    def _index_changed(self, _generation: int) -> None:
        value = self.query_one(QueryInput).value
        if value:
            self.run_search(value)

    @on(Input.Changed, "#query")
    def _changed(self, event: Input.Changed) -> None:
        self.app.search_state.query = event.value
        if event.value != self._open_when_shown:
            self._open_when_shown = None  # words typed after the enter: they are what is searched now
        if event.value.strip():
            self.run_search(event.value)
        else:
            self.workers.cancel_group(self, "search")
            self.results = None
            self.query_one(OptionList).clear_options()
            self.query_one("#search-status", Static).update(plain("Type to search every article."))

    @work(thread=True, exclusive=True, exit_on_error=False, group="search", name="search")
    def run_search(self, text: str) -> None:
        ws = self.app.workspace
        if not ws.index_ready():
            self.app.call_from_thread(self._status, self._waiting_message())
            return
        try:
            results = ws.search(text, typing=True, limit=20)
        except QueryError as exc:
            if not get_current_worker().is_cancelled:
                # A field typed without its value yet (``who:``) is a hint, not a fault.
                style = "" if isinstance(exc, EmptyField) else "$text-error"
                self.app.call_from_thread(self._show_error, text, str(exc), style)
            return
        if not get_current_worker().is_cancelled:  # a newer keystroke has superseded this one
            self.app.call_from_thread(self._show, results)

    def _waiting_message(self) -> str:
        """What the search waits for before the index is open: a build or update only while one
        reports its articles (``App.index_progress``), else the opening of the index kept from
        the last session (t13ak N15: "being built" was said for an unchanged index)."""
        done, total = self.app.index_progress
        if self.app.indexing and total and done < total:
            return f"Indexing {done:,} of {total:,} articles; results follow shortly…"
        return "Opening the index; results follow shortly…"

    def _progress_changed(self, _progress: tuple[int, int]) -> None:
        # A build starting (or stepping on) while a query waits for it: say so.
        if self.query_one(QueryInput).value.strip() and not self.app.workspace.index_ready():
            self._status(self._waiting_message())

    def _show_error(self, text: str, message: str, style: str = "$text-error") -> None:
        """A query that cannot be searched: its reason in place of the results (results of an
        earlier keystroke would be read as this query's)."""
        if text != self.query_one(QueryInput).value:
            return
        self._open_when_shown = None  # nothing to open: the reason is shown
        self.results = None
        self.query_one(OptionList).clear_options()
        self._status(message, style)

    def _status(self, message: str, style: str = "") -> None:
        self.query_one("#search-status", Static).update(plain(message, style))

    def _show(self, results: Results) -> None:
        if results.query != self.query_one(QueryInput).value:
            return
        options = self.query_one(OptionList)
        # The same query searched again (the index changed under it: marks moved, a file edited):
        # the result the reader was on stays highlighted, and the list where it was (issue 13).
        again = self.results is not None and self.results.query == results.query
        kept = options.highlighted if again else None
        kept_doc = options.get_option_at_index(kept).id if kept is not None and kept < options.option_count else None
        self.results = results
        self._lay_out(kept_doc)
        shown = len(results.hits)
        # Syntax set aside (a boost, a fuzzy "~") or read as ours ("&&"): said first, with what
        # was searched instead.
        note = results.reading_note()
        said = f"{note}  ·  " if note else ""
        if results.total == 0:
            self._status(f"{said}No article matches {results.searched or results.query}")
        else:
            more = f" (showing {shown})" if shown < results.total else ""
            about = "" if getattr(results, "total_exact", True) else "about "
            self._status(
                f"{said}{about}{results.total} article{'s' if results.total != 1 else ''} "
                f"match{'es' if results.total == 1 else ''}{more}  ·  enter opens  ·  tab to the list"
            )
        if self._open_when_shown == results.query and (results.hits or not self.app.catching_up()):
            # No hit while the folder is checked: the enter waits for the search it brings.
            self._open_when_shown = None
            self._open(options.highlighted)

    def _lay_out(self, kept_doc: str | None) -> None:
        """Draw :attr:`results` for the screen's width (each head cut to it: :func:`hit_prompt`),
        ``kept_doc`` highlighted where the list was (else the first result)."""
        options = self.query_one(OptionList)
        top = options.scroll_y
        options.clear_options()
        self._laid_out_at = self.size.width
        hits = self.results.hits if self.results is not None else []
        # A line's room: the list's content width (its padding taken off) less a vertical
        # scrollbar's, kept whether or not one shows, so a head never wraps when the list grows;
        # the screen's width less the list's frame before the list is laid out.
        listed = options.size.width or self.size.width - 4
        line = listed - options.styles.scrollbar_size_vertical
        # Results whose heads read alike (one outlet under one title: a page saved as HTML and
        # as text, a wire story filed twice; or titles alike as far as they are shown) are told
        # apart by their doc ids, as the library names them, each showing the part of its id the
        # others lack (t13an N17 and its variant).
        alike: dict[str, list[str]] = {}
        for hit in hits:
            alike.setdefault(head_key(hit, line), []).append(hit.doc)
        tails: dict[str, str] = {}
        for docs in alike.values():
            if len(docs) > 1:
                tails.update(distinct_tails(docs))
        # In one call: OptionList.add_option lays the list out again for each option.
        options.add_options([Option(hit_prompt(hit, line, tail=tails.get(hit.doc)), id=hit.doc) for hit in hits])
        if hits:
            docs = [hit.doc for hit in hits]
            if kept_doc in docs:
                options.scroll_to(y=top, animate=False, immediate=True, force=True)
            options.highlighted = docs.index(kept_doc) if kept_doc in docs else 0

    def on_resize(self) -> None:
        self._follow_width()

    def _follow_width(self) -> None:
        """The results laid out again when this width is not the one they were drawn for: on a
        resize, and when the screen is back on top (:meth:`on_screen_resume`, t13ao N8)."""
        # The heads were cut to the width they were drawn at: drawn again for the new one, the
        # highlighted result kept (t13z H15: cut at 120 after typing at 60, wrapped at 60).
        if self.results is None or self.size.width == self._laid_out_at:
            return
        options = self.query_one(OptionList)
        at = options.highlighted
        kept = options.get_option_at_index(at).id if at is not None and at < options.option_count else None
        # After the refresh that lays the list out at the new width: a line's room is read from
        # the list's width (_lay_out), still the old one while the screen's resize is handled.
        self._laid_out_at = self.size.width
        self.call_after_refresh(self._lay_out, kept)

    # -- actions ----------------------------------------------------------------------------

    def _open(self, index: int | None) -> None:
        if not self.results or index is None or not 0 <= index < len(self.results.hits):
            return
        hit = self.results.hits[index]
        state = self.app.search_state
        state.remember(self.results.query)
        # The reader shows the query as typed and finds its matches as the search found the
        # hit: a phrase still open closed, the word being typed a prefix where only that matches.
        self._reader = self.app.open_article(
            hit.doc, query=self.results.query, results=[h.doc for h in self.results.hits], typing=True
        )

    @on(Input.Submitted, "#query")
    def _submitted(self) -> None:
        self.action_open()

    @on(OptionList.OptionSelected, "#results")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self._open(event.option_index)

    def action_open(self) -> None:
        value = self.query_one(QueryInput).value
        results = self.results
        if value.strip() and (
            results is None or results.query != value or (not results.hits and self.app.catching_up())
        ):
            # The results listed are not yet those of the words typed before this enter (its
            # search still runs), or find nothing while the folder check the screen started is
            # under way (a file just added may match: issue 13, s16b, N2): enter takes effect in
            # the order typed, once they are shown.
            self._open_when_shown = value
            return
        self._open(self.query_one(OptionList).highlighted)

    def action_focus_results(self) -> None:
        if self.query_one(QueryInput).has_focus:
            self.query_one(OptionList).focus()
        else:
            self.focus_input()

    def action_result(self, delta: int) -> None:
        # Only reached from the result list: in the box, j and k are typed.
        options = self.query_one(OptionList)
        if delta > 0:
            options.action_cursor_down()
        else:
            options.action_cursor_up()

    def action_clear(self) -> None:
        self.query_one(QueryInput).value = ""
        self.focus_input()

    def action_back(self) -> None:
        self.app.search_state.remember(self.query_one(QueryInput).value)
        self.dismiss()
