"""WaicReaderApp: screens, app-wide keys, the index worker and theme persistence."""

from __future__ import annotations

import gc
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import events, on, work
from textual.app import App
from textual.binding import Binding
from textual.message import Message
from textual.notifications import SeverityLevel
from textual.reactive import reactive
from textual.signal import Signal
from textual.worker import Worker, WorkerState

from waic_reader.index.corpus.text import one_line, visible

if TYPE_CHECKING:  # kept out of start-up: whoosh and the analyses load after the first paint
    import argparse

    from waic_reader.index.analysis.quotes.sheet import QuoteSheet
    from waic_reader.index.analysis.timeline import Timeline
    from waic_reader.index.search.model import SyncReport
    from waic_reader.index.workspace import FactSheet, Workspace
    from waic_reader.tui.screens.entity_matrix import Matrix
    from waic_reader.tui.screens.reader import ReaderScreen

from waic_reader.tui.app_checks import CorpusChecks
from waic_reader.tui.corpus_follower import Memo
from waic_reader.tui.corpus_warnings import LIST_KEY
from waic_reader.tui.early_keys import (
    READ,
    HeldKeys,
    holds_after,
    in_order_in_box,
    moves_focus,
    routed,
    stray_key,
)
from waic_reader.tui.entity_colors import LABEL_COLORS
from waic_reader.tui.idle_work import IdleWork
from waic_reader.tui.providers import ArticleProvider, SearchProvider, WarningsProvider
from waic_reader.tui.screens.library import LibraryScreen
from waic_reader.tui.settings import Settings


@dataclass
class StartOptions:
    open_doc: str | None = None
    compare: tuple[str, str] | None = None


@dataclass
class SearchState:
    """What the search screen remembers between visits."""

    query: str = ""
    history: list[str] = field(default_factory=list)

    def remember(self, query: str) -> None:
        query = query.strip()
        if not query:
            return
        if query in self.history:
            self.history.remove(query)
        self.history.append(query)
        del self.history[:-100]


class IndexReady(Message, bubble=False):
    """The index is open and in line with the corpus."""

    def __init__(self, report: SyncReport) -> None:
        super().__init__()
        self.report = report


class IndexProgress(Message, bubble=False):
    def __init__(self, done: int, total: int) -> None:
        super().__init__()
        self.done = done
        self.total = total


def error_text(error: BaseException) -> str:
    """A failed task's notice: the message alone for errors the user can act on (the folder is
    gone, a YAML file is wrong, the index is busy, a file cannot be read: their messages say what
    and where), the class name before it for anything else (a fault to report: the name helps)."""
    from waic_reader.index import errors
    from waic_reader.index.corpus.reader import CorpusError

    if isinstance(error, OSError) and error.strerror:
        return errors.os_error_text(error)
    told = (
        CorpusError,
        errors.QueryError,
        errors.IndexBusy,
        errors.BuildWorkerDied,
        errors.IndexUntrusted,
        errors.YamlError,
    )
    if isinstance(error, told):
        return str(error)
    return f"{type(error).__name__}: {error}"


class WaicReaderApp(CorpusChecks, IdleWork):  # App[object]: what Textual types a node's .app as
    CSS_PATH = "app.tcss"
    TITLE = "waic-reader"
    COMMANDS = App.COMMANDS | {ArticleProvider, SearchProvider, WarningsProvider}
    BINDINGS = [
        Binding("slash", "search", "Search", tooltip="Search every article as you type", id="app.search"),
        Binding(
            "question_mark,f1", "help", "Help", tooltip="Every key of this screen (f1 while typing)", id="app.help"
        ),
        Binding(
            "q",
            "leave",
            "Back",
            show=False,  # the footers show escape for it; the library shows its own q (quit)
            tooltip="Leave this screen as escape does; in the library, quit waic-reader",
            id="app.leave",
        ),
        Binding(
            "ctrl+q",
            "quit",
            "Quit",
            show=False,
            priority=True,  # a dialog (ModalScreen) hides the app's other bindings
            tooltip="Quit waic-reader from anywhere",
            id="app.quit",
        ),
        Binding(
            "f",
            "facts",
            "Facts",
            tooltip="Fact sheet: which figures each outlet reports, and whether they agree",
            id="app.facts",
        ),
        Binding(
            "Q",
            "quotes",
            "Quotes",
            show=False,  # listed in help (?); the footer is full at 120 columns
            tooltip="Who said what, and how each outlet words it",
            id="app.quotes",
        ),
        Binding(
            "E", "entities", "Who", tooltip="Entities × outlets: who and what each outlet mentions", id="app.entities"
        ),
        Binding(
            "t",
            "timeline",
            "Timeline",
            show=False,  # listed by ? (help); the footer keeps to the keys every screen needs
            tooltip="Articles on a time axis by outlet; who reported what first",
            id="app.timeline",
        ),
        Binding(
            LIST_KEY,
            "warnings",
            "Warnings",
            show=False,  # listed by ? (help) and the palette; the start-up notice names it
            tooltip="Every corpus.yaml warning (with its line and column) and noise-mark notice",
            id="app.warnings",
        ),
    ]
    # The latest the index starts opening after the first rows (or article) are in, painted or not.
    BACKGROUND_AFTER_S = 0.5
    # Screens watch these instead of being called: the library repaints when the index changes.
    index_generation: reactive[int] = reactive(0)
    index_progress: reactive[tuple[int, int]] = reactive((0, 0))
    index_error: reactive[str] = reactive("")
    # Entity display, shared by every screen: highlighting on/off, which labels, the followed one.
    entities_on: reactive[bool] = reactive(True)
    entity_labels: reactive[frozenset[str]] = reactive(frozenset(LABEL_COLORS))
    followed: reactive[tuple[str, str] | None] = reactive(None)

    def __init__(
        self,
        workspace: Workspace,
        options: StartOptions | None = None,
        settings_dir: Path | None = None,
        save_settings: bool = True,
    ) -> None:
        super().__init__()
        self.workspace = workspace
        self.options = options or StartOptions()
        self.search_state = SearchState()
        self.held_keys = HeldKeys(self)  # keys read after an enter given to a box (tui/early_keys.py)
        # When the key whose bindings run now was read from the terminal (its event's time, a
        # held key keeping its own): what a screen showed then is what x exports
        # (ExportWhenShown.on_screen_when_pressed). None outside a key's handling.
        self.key_read_at: float | None = None
        self.index_ready = False
        # True while a sync_index worker runs (set in its thread): screens that read what the
        # index keeps (the timeline) wait for a first build instead of reading every article.
        self.indexing = False
        self.index_report: SyncReport | None = None
        self._background_started = False
        # The last fact sheet computed and what it was computed from (FactSheetScreen._state):
        # opening the sheet again on an unchanged corpus shows it without computing it again.
        self.fact_sheet_memo: Memo[FactSheet] = Memo()
        # The same for the entities × outlets matrix and the Quotes screen (t13k F17).
        self.matrix_memo: Memo[Matrix] = Memo()
        self.quotes_memo: Memo[QuoteSheet] = Memo()
        # And the timeline: made again on every `t`, ~0.34 s of CPU at 221 articles (t13ak N18).
        self.timeline_memo: Memo[Timeline] = Memo()
        # entities_on, entity_labels or followed changed (the name is sent): the reader and
        # compare screens subscribe while mounted and unsubscribe when removed. A Textual watch
        # on the app's reactives kept every closed screen (and its drawn lines) alive until the
        # value next changed, so each full garbage collection grew by ~40 ms per article read.
        self.entity_display_changed: Signal[str] = Signal(self, "entity-display")
        # Marks another process saved were taken in (the marks' revision is sent): screens showing
        # an analysis subscribe while mounted (as above) and make theirs again if its marks moved.
        self.marks_changed: Signal[int] = Signal(self, "marks-changed")
        # The index was updated (the new generation is sent): files edited, added or removed, or
        # marks taken in. Screens showing an analysis of the corpus subscribe while mounted
        # (tui/corpus_follower.py) and make theirs again when what it was made from moved.
        self.index_changed: Signal[int] = Signal(self, "index-changed")
        # The corpus-wide evidence dates are read with moved (Workspace.dating_revision, sent): a
        # listing made whole after the screen dated its article (the first build's, s50-z). Every
        # screen showing a date or a zone subscribes while mounted, as to index_changed.
        self.dates_changed: Signal[int] = Signal(self, "dates-changed")
        self._dates_seen = 0
        self._settings_dir = settings_dir
        self._save_settings = save_settings
        self.settings = Settings.load(settings_dir, self.available_themes)
        if self.settings.theme in self.available_themes:
            self.theme = self.settings.theme
        # Before the first frame, without the watchers (they save what the user changes).
        self.set_reactive(WaicReaderApp.entities_on, self.settings.highlight_entities)
        if self.settings.highlighted_labels is not None:
            self.set_reactive(WaicReaderApp.entity_labels, self.settings.highlighted_labels)

    def get_css_variables(self) -> dict[str, str]:
        """The theme's variables plus the highlight colours derived from it (``$hl-…``,
        :mod:`waic_reader.tui.highlights`): recomputed on every theme change."""
        from waic_reader.tui.highlights import cached_highlight_variables

        variables = super().get_css_variables()
        # The colours are chosen for the terminal's colour system ("truecolor", "256", "standard"):
        # Textual sends each as the nearest that terminal has, which changes a pair's contrast
        # (TERM=tmux-256color with no COLORTERM: 14 of 21 themes under 4.5:1 before), and a
        # 256-colour terminal gets entity tints that are each a colour of its palette.
        color_system = self.console.color_system
        return {**variables, **cached_highlight_variables(variables, self.ansi_theme, color_system)}

    @property
    def docs(self) -> list[str]:
        return self.workspace.docs

    def on_mount(self) -> None:
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        self.set_interval(self.MARKS_CHECK_EVERY_S, self._look_at_marks, name="marks check")
        self.push_screen(LibraryScreen())
        if self.settings.error:
            self.notify(self.settings.error, title="Settings ignored", severity="warning", markup=False)
        if self.options.open_doc:
            from waic_reader.tui.screens.reader import ReaderScreen

            self.push_screen(ReaderScreen(self.options.open_doc))
        elif self.options.compare:
            from waic_reader.tui.screens.compare import CompareScreen

            self.push_screen(CompareScreen(*self.options.compare))
        if self.options.open_doc or self.options.compare:
            # After the first paint: the article shows before corpus.yaml or any index work.
            self.start_background_work_after_paint()
        # Else the library calls start_background_work once its first rows are in: opening the
        # index (whoosh's imports, the stored rows) on another thread meanwhile slowed the rows'
        # read by as much again (the GIL), and the rows are what the user waits for.

    def start_background_work_after_paint(self) -> None:
        """:meth:`start_background_work` once the screen shown now has painted. Textual gives such
        a callback to whichever screen is current when it is processed, and drops it with that
        screen if it is dismissed before painting (a reader opened on a row whose file was deleted
        closes at once: the index then never opened, acceptance s12 #1); so a timer of the app's
        starts it all the same (it runs once)."""
        if self._background_started:
            return  # (every article the reader shows asks: nothing to wait for after the first)
        self.call_after_refresh(self.start_background_work)
        self.set_timer(self.BACKGROUND_AFTER_S, self.start_background_work, name="background work")

    def start_background_work(self) -> None:
        """Read ``corpus.yaml``, bring the index in line and check the noise marks, in workers;
        once (later calls do nothing)."""
        if self._background_started:
            return
        self._background_started = True
        # Off since the start (pause_collector_for_start): the first screen has painted.
        gc.enable()
        self.read_corpus_meta()
        self.sync_index()
        self.check_marks()
        self.set_timer(self.STARTUP_WARNINGS_WAIT_S, self._say_startup_warnings, name="start-up warnings")

    def _remember_theme(self, theme: Any) -> None:
        if theme.name != self.settings.theme:
            self.remember(theme=theme.name)

    def watch_entities_on(self, on: bool) -> None:
        self.remember(highlight_entities=on)
        self.entity_display_changed.publish("entities_on")

    def watch_entity_labels(self, labels: frozenset[str]) -> None:
        # Every label highlighted is saved as "all": labels added later are highlighted too.
        self.remember(highlighted_labels=None if labels >= frozenset(LABEL_COLORS) else labels)
        self.entity_display_changed.publish("entity_labels")

    def watch_followed(self) -> None:
        self.entity_display_changed.publish("followed")

    def remember(self, **changes: Any) -> None:
        """Change settings (names of :class:`Settings` fields) and save them at once, unless
        this app was made with ``save_settings=False``: only these, so another app running at
        the same time keeps the settings it saved; a failed save is shown, not raised. A value
        the settings already hold is no change: nothing is written (the watchers run once at
        start with the loaded values, and the user's file must stay as they wrote it)."""
        changes = {name: value for name, value in changes.items() if getattr(self.settings, name) != value}
        for name, value in changes.items():
            setattr(self.settings, name, value)
        if not self._save_settings or not changes:
            return
        try:
            self.settings.save_changes(changes, self._settings_dir)
        except OSError as exc:
            self.notify(f"Could not save your settings: {exc.strerror or exc}", severity="warning", markup=False)

    def sync_index(self, rebuild: bool = False, rescan: bool = False) -> Worker[SyncReport]:
        """Bring the index in line with the corpus (``rescan``: list the folder again first), in
        a worker; :attr:`indexing` from now on, not from when the worker's thread first runs (a
        screen asking meanwhile, the timeline, read every article beside the build)."""
        self.indexing = True
        return self._sync_index(rebuild, rescan)

    @work(thread=True, exclusive=True, exit_on_error=False, group="index", name="index")
    def _sync_index(self, rebuild: bool, rescan: bool) -> SyncReport:
        def progress(done: int, total: int) -> None:
            self.post_message(IndexProgress(done, total))

        self.indexing = True
        try:
            if rescan:
                self.workspace.rescan()
                self._read_folder_warnings()
            report = self.workspace.ensure_index(progress=progress, rebuild=rebuild)
            self.post_message(IndexReady(report))
            return report
        finally:
            self.indexing = False

    @work(thread=True, exclusive=True, exit_on_error=False, group="grouping", name="names grouping")
    def keep_grouping(self, changed: bool) -> None:
        """The corpus grouping of names kept beside the index for the first matrix and Quotes
        screen of this and later sessions (``Workspace.keep_grouping``), once the index is
        ready, when it changed (``changed``) or none is kept yet (issue 13, round s38-p). A
        worker of its own, never the UI thread, nor the index worker a search waits for
        (:meth:`catching_up`); a screen asking meanwhile waits for it and takes it."""
        self.workspace.keep_grouping(changed)
        self.show_workspace_warnings()

    def show_workspace_warnings(self) -> None:
        """In a worker: show what the workspace warned of meanwhile (a corrupt file of the index
        folder made again, ``Workspace.take_warnings``), one notice each."""
        for warning in self.workspace.take_warnings():
            self.call_from_thread(self.notify, warning, severity="warning", markup=False)

    def take_in_meta(self) -> None:
        """In a screen's worker, before it reads what it shows: an edited corpus.yaml taken in
        (Workspace.take_in_meta, one stat when it is not), the index brought up to it. Every
        screen that shows an article's outlet, date or title asks, as the library's folder check
        does (issue 13, s16)."""
        if self.workspace.take_in_meta() and self.index_ready:
            self.call_from_thread(self.sync_index)

    def meta_moved(self, seen: int) -> bool:
        """Whether corpus.yaml changed since a screen showed what it read at ``seen`` (its
        ``corpus.meta_generation`` then), or was edited and not read yet (one stat)."""
        corpus = self.workspace.corpus
        return corpus.meta_generation != seen or corpus.meta_edited()

    def catching_up(self) -> bool:
        """Is a folder check or an index update under way (or its IndexReady not yet taken in)?
        The search waits for it before an enter finds nothing (issue 13, s16b, N2)."""
        busy = any(w.group in ("folder", "index") and not w.is_finished for w in self.workers)
        return busy or bool(self.message_queue_size)

    @work(thread=True, exclusive=True, exit_on_error=False, group="folder", name="folder check")
    def check_folder(self) -> None:
        """A file added, removed or edited (or corpus.yaml edited) while the app runs: list the
        folder again (names and stat results only) and update the index if anything changed."""
        if not self.index_ready:
            return  # the first sync is still running and lists the folder itself
        changed = self.workspace.rescan()
        # Always: the timeline or the fact sheet may have taken the folder's changes in already.
        self._read_folder_warnings()
        # Marks saved since the last check (by another process, or here): the library's Noise
        # column counts them, so its rows are made again as after an edit.
        marks = self.workspace.marks_revision()
        marks_moved, self._marks_seen = marks != self._marks_seen, marks
        # The user's gazetteer edited: the library's Ent. column counts its names, so its rows
        # are made again too (the entity panel and who: read it at once).
        gazetteer = self.workspace.gazetteer_revision()
        gazetteer_moved, self._gazetteer_seen = gazetteer != self._gazetteer_seen, gazetteer
        if changed or marks_moved or gazetteer_moved:
            self.call_from_thread(self.sync_index)

    def corpus_formats(self) -> frozenset[str]:
        """The formats of the corpus's files, as listed (the index is ready: no file is read)."""
        return frozenset(entry.format for entry in self.workspace.corpus.entries.values())

    @on(IndexReady)
    def _index_ready(self, message: IndexReady) -> None:
        if not self.index_ready:  # the gazetteer the first sync indexed under: check_folder tells an edit from it
            self._gazetteer_seen = self.workspace.gazetteer_revision()
        self.index_opened(first=not self.index_ready)
        self.index_ready = True
        self.index_report = message.report
        if self.workspace.busy_message:
            self.notify(self.workspace.busy_message, severity="warning", markup=False)
        elif message.report.rebuilt and message.report.reason not in ("no index yet", "asked"):
            self.notify(f"Index rebuilt: {message.report.reason}", markup=False)
        self.index_generation += 1
        self.index_changed.publish(self.index_generation)
        self.take_dating()
        report = message.report
        self.keep_grouping(bool(report.added or report.updated or report.removed or report.rebuilt))

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, (events.InputEvent, events.Paste)):
            self._note_input()
            if isinstance(event, events.Key) and not event.is_forwarded:
                if self.held_keys.hold(event):
                    return  # read after an enter given to a box: for what it opens (tui/early_keys.py)
                target = self.focused or self.screen
                if in_order_in_box(self.screen, self.focused, event):
                    return  # the palette's box: its bound key in order with the letters (tui/early_keys.py)
                routed(event, target)  # see tui/early_keys.py
                await super().on_event(event)
                if holds_after(event, target) or (target is not None and moves_focus(self.screen, event)):
                    # the keys after it: for what it opens or focuses (tui/early_keys.py)
                    self.held_keys.start(read=getattr(event, READ))
                return
        await super().on_event(event)

    async def on_key(self, event: events.Key) -> None:
        # A key routed before a box opened (or took focus) is the box's: see tui/early_keys.py.
        # (Textual calls App._on_key after this handler, for the bindings, unless prevented.)
        if stray_key(self.screen, self.focused, event, self.held_keys):
            event.prevent_default()
            event.stop()
            return
        # The bindings App._on_key runs next know when their key was read; cleared once this
        # key's handling is done (call_next runs after the message is dispatched).
        self.key_read_at = event.time
        self.call_next(self._key_handled)

    def _key_handled(self) -> None:
        self.key_read_at = None

    @on(IndexProgress)
    def _index_progress(self, message: IndexProgress) -> None:
        self.index_progress = (message.done, message.total)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        self.report_worker_state(event)

    def report_worker_state(self, event: Worker.StateChanged) -> None:
        """Every worker failure is shown; the app keeps running."""
        if event.state is WorkerState.ERROR and event.worker.error is not None:
            error = event.worker.error
            self.notify(
                one_line(error_text(error), 300),
                title=f"{event.worker.name or 'task'} failed",
                severity="error",
                markup=False,
                timeout=12,
            )
            if event.worker.group == "index":
                self.index_error = one_line(str(error), 200)

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Notifications carry file names and error text: never markup, never raw control
        characters (every caller, widgets included, ends up here)."""
        super().notify(visible(message), title=visible(title), severity=severity, timeout=timeout, markup=False)

    def take_dating(self) -> None:
        """On the UI thread, after a listing (the library's rows) or an index change: if the
        evidence dates are read with moved since last said, say so (:attr:`dates_changed`)."""
        revision = self.workspace.dating_revision()
        if revision != self._dates_seen:
            self._dates_seen = revision
            self.dates_changed.publish(revision)

    def bump_index(self) -> None:
        """The index changed under the screens (a re-marked block): let them reload."""
        self.index_generation += 1
        self.index_changed.publish(self.index_generation)

    # -- actions ----------------------------------------------------------------------------

    def action_leave(self) -> None:
        """q: back one screen as escape does (each screen's own way out), quit from the library."""
        screen = self.screen
        if isinstance(screen, LibraryScreen) or len(self.screen_stack) <= 1:
            self.exit()
        elif hasattr(screen, "action_back"):
            screen.action_back()
        else:
            screen.dismiss(None)

    def action_help_quit(self) -> None:
        """ctrl+c quits nothing (it copies in text boxes): say which key does, as plain text."""
        self.notify("Press ctrl+q (or q in the library) to quit", title="Do you want to quit?")

    def action_search(self, query: str | None = None) -> None:
        from waic_reader.tui.screens.search import SearchScreen

        if isinstance(self.screen, SearchScreen):
            self.screen.focus_input(select=True)  # as reopened: the query selected
            return
        self.push_screen(SearchScreen(query))

    def action_facts(self) -> None:
        from waic_reader.tui.screens.fact_sheet import FactSheetScreen

        if not self.screen.is_modal and not isinstance(self.screen, FactSheetScreen):
            self.push_screen(FactSheetScreen(doc=getattr(self.screen, "doc", None)))

    def action_entities(self) -> None:
        from waic_reader.tui.screens.entity_matrix import EntityMatrixScreen

        if not self.screen.is_modal and not isinstance(self.screen, EntityMatrixScreen):
            self.push_screen(EntityMatrixScreen())

    def action_timeline(self) -> None:
        from waic_reader.tui.screens.timeline import TimelineScreen

        if not self.screen.is_modal and not isinstance(self.screen, TimelineScreen):
            self.push_screen(TimelineScreen())

    def action_quotes(self) -> None:
        from waic_reader.tui.screens.quotes import QuotesScreen

        if not self.screen.is_modal and not isinstance(self.screen, QuotesScreen):
            self.push_screen(QuotesScreen())

    def action_warnings(self) -> None:
        """W: every corpus.yaml warning and noise-mark notice, in a dialog."""
        from waic_reader.tui.screens.warnings import WarningsScreen

        if not isinstance(self.screen, WarningsScreen):
            # The notices that named W have done their job: not left over the list (t13g F10).
            self.clear_notifications()
            self.push_screen(WarningsScreen())

    def action_help(self) -> None:
        from waic_reader.tui.screens.help import HelpScreen  # on first use: not needed for the first paint

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    def open_article(
        self, doc: str, query: str | None = None, results: list[str] | None = None, *, typing: bool = False
    ) -> ReaderScreen:
        """Open ``doc`` in the reader; ``query``, ``results`` and ``typing`` as ReaderScreen takes
        them. Returns the reader pushed (the search asks it, once back, which article it was on)."""
        from waic_reader.tui.screens.reader import ReaderScreen

        reader = ReaderScreen(doc, query=query, results=results or (), typing=typing)
        self.push_screen(reader)
        return reader

    def open_compare(self, a: str, b: str) -> None:
        from waic_reader.tui.screens.compare import CompareScreen

        self.push_screen(CompareScreen(a, b))


def app_workspace(args: argparse.Namespace) -> Workspace:
    """The workspace the app starts on. Where an earlier listing is kept (``listing.json``),
    the folder is listed later, in a worker, while the library shows that listing's rows
    (:meth:`Workspace.last_rows`); otherwise now, so a folder that cannot be listed stops the
    start with its error (CorpusError), as the CLI's commands do."""
    from waic_reader.index.corpus.listing import LISTING_FILE
    from waic_reader.index.workspace import Workspace

    workspace = Workspace(args.corpus, args.index_dir, defer_scan=True)
    if not (workspace.index_dir / LISTING_FILE).is_file():
        workspace.corpus  # noqa: B018 -- listed now: see the docstring
    return workspace


def run_app(args: argparse.Namespace) -> int:
    workspace = app_workspace(args)
    options = StartOptions(
        open_doc=workspace.resolve(args.open) if args.open else None,
        compare=(workspace.resolve(args.compare[0]), workspace.resolve(args.compare[1])) if args.compare else None,
    )
    WaicReaderApp(workspace, options).run()
    return 0
