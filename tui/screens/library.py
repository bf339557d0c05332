"""LibraryScreen: every article of the corpus, one row each; the start screen."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, Literal

from rich.cells import cell_len
from rich.console import JustifyMethod
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.content import Content
from textual.screen import Screen
from textual.widgets import ProgressBar, Static
from textual.worker import Worker, WorkerState, get_current_worker

from waic_reader.index.corpus.date_values import readable
from waic_reader.index.corpus.listing import without
from waic_reader.index.corpus.reader import CorpusError
from waic_reader.index.corpus.text import counted, one_line, visible
from waic_reader.tui.corpus_warnings import LIST_KEY
from waic_reader.tui.safe import id_keeping, line, plain
from waic_reader.tui.widgets.article_table import ArticleTable
from waic_reader.tui.widgets.find_bar import FindBar
from waic_reader.tui.widgets.key_bar import KeyBar
from waic_reader.tui.worker_errors import ReportsWorkerErrors

if TYPE_CHECKING:
    from textual import getters

    from waic_reader.tui.app import WaicReaderApp

COLUMNS = (
    ("folder", "Folder", 12),
    ("doc", "Doc", 10),
    ("outlet", "Outlet", 16),
    ("title", "Title", 0),
    ("date", "Date", 11),
    ("words", "Words", 6),
    ("entities", "Ent.", 4),
    ("noise", "Noise", 5),
)
# Below this width the folder, doc and outlet columns shrink so titles keep some room.
NARROW = 90
NARROW_WIDTHS = {"folder": 8, "doc": 6, "outlet": 10}
# Where even that leaves the title fewer than TITLE_MIN cells, whole columns go, the least needed
# first (a date column with no date in it before any); the outlet, title and a date column with
# dates in it always stay (at 60 columns: doc, outlet, title, date).
DROP_ORDER = ("noise", "entities", "words", "folder", "doc")
TITLE_MIN = 16
# Below NARROW, with the columns that stay, the Outlet column narrows to what its rows need and
# the Doc column then grows to what the ids it shows need, up to NARROW_DOC_MAX cells, from the
# title's cells beyond TITLE_MIN (t13u F13: at 60 columns every id was cut to 6 cells, "rel…uz"
# beside "rel…eb" for "release-monteluz" and "release-web", while the title kept 24). A count
# column, the folder column or an empty date column stays dropped until the ids beside it show
# whole (_layout), so the ids never narrow as the screen widens below NARROW.
NARROW_DOC_MAX = 16
# From NARROW up, the folder, doc, outlet and date columns shrink to what their rows hold (the
# header's width at least); the room that frees and any beyond TITLE_ROOM title cells (or the
# longest title, when shorter) goes to whole doc ids first (up to GROW_TO, and these may also
# take the title down to TITLE_ROOM - TIME_FROM_TITLE), then a date's time ("14 Mar 2025 19:52":
# 17 cells, all or nothing, taking up to TIME_FROM_TITLE of the title's cells when the room beyond
# cannot hold it; where the title would go under that, dates show the day alone), then whole
# folders and outlets, each up to its GROW_TO width. In that one order (fit_widths), so a wider
# library never cuts what a narrower one showed whole.
TITLE_ROOM = 36
DATE_TIMED = 17
TIME_FROM_TITLE = DATE_TIMED - 11  # the time's 6 cells: a 120-column library with a folder column
# otherwise kept a 36-cell title and showed no times (acceptance s11)
GROW_TO = {"doc": 28, "folder": 16, "outlet": 20}
GROW_ORDER = ("doc", "date", "folder", "outlet")
# `s` cycles through these; None is the folder order.
SORTS: tuple[str | None, ...] = (None, "date", "outlet", "title", "words", "noise")


# No fitted column is ever wider than this (GROW_TO, TITLE_ROOM, the base widths): what a
# column's rows need is counted up to it, so 20,000 long titles are not all measured.
NEED_CAP = max(TITLE_ROOM, DATE_TIMED, *GROW_TO.values(), *(width for _, _, width in COLUMNS))


def fit_widths(screen: int, base: dict[str, int], need: dict[str, int], *, time_first: bool = False) -> dict[str, int]:
    """The fitted widths of the folder, doc, outlet and date columns shown (``base``: their
    widths before fitting) on a ``screen`` columns wide, for rows needing ``need`` cells (see
    :data:`TITLE_ROOM`).

    Monotonic in ``screen``: each column takes its cells in :data:`GROW_ORDER`, a doc id, folder
    or outlet as many as the room left allows, a date's time all or none, from the room beyond
    the title's or (a time) from the title's own cells down to ``TITLE_ROOM - TIME_FROM_TITLE``;
    the room left after each step never shrinks as the screen widens, so a wider library never
    cuts a column a narrower one showed whole, nor drops a time it showed. (The time used to
    take its cells from the title after the folder and outlet had grown: at 128 columns the
    outlets showed whole and no time fitted; at 130 the time fitted first and cut them.)

    ``time_first`` (a library sorted by date whose articles of one day differ in time:
    :func:`times_within_a_day`): the time takes its cells before the doc ids grow past
    :data:`NARROW_DOC_MAX`, which then take what is left: the times say why the rows of one day
    are in their order (t13an N18: at 120 columns the ids, grown to 27 cells, took the title
    down to 34, and the time, allowed the title's cells only down to 30, never showed)."""
    widths = dict(base)
    for key in ("folder", "doc", "outlet", "date"):
        if key in widths:
            widths[key] = min(widths[key], need[key])
    title = screen - sum(w + 2 for w in widths.values()) - 4
    room = max(TITLE_MIN, min(TITLE_ROOM, need["title"]))
    # A doc id cut in the middle names no file: ids show whole first, the title giving
    # cells for them down to TITLE_ROOM - TIME_FROM_TITLE (30; never below what its
    # longest needs); then a time, from the room beyond TITLE_ROOM or the title's.
    id_floor = min(room, TITLE_ROOM - TIME_FROM_TITLE)
    # First, as below NARROW: ids up to NARROW_DOC_MAX cells from the title's beyond TITLE_MIN, so
    # no id shows cut here that the narrow library showed whole (t13ad N18: at 90-105 columns ids
    # were cut to 10 cells that 80 columns showed whole, the count columns keeping their room).
    if "doc" in widths:
        give = min(min(need["doc"], NARROW_DOC_MAX) - widths["doc"], title - TITLE_MIN)
        if give > 0:
            widths["doc"] += give
            title -= give
    for key in ("date", *(k for k in GROW_ORDER if k != "date")) if time_first else GROW_ORDER:
        if key not in widths:
            continue
        if key == "date":
            if need["date"] > base["date"]:
                grow = min(need["date"], DATE_TIMED) - widths["date"]
                if grow > 0 and title - grow >= max(TITLE_MIN, room - TIME_FROM_TITLE):
                    widths["date"] += grow  # a time shows whole or not at all
                    title -= grow
            continue
        grow = min(need[key], GROW_TO[key]) - widths[key]
        give = min(grow, title - (id_floor if key == "doc" else room))
        if give > 0:
            widths[key] += give
            title -= give
    return widths


def times_within_a_day(dates: Iterable[str | None]) -> bool:
    """Whether two of ``dates`` (ISO 8601, as listed) fall on one day at two different times of
    day, as written (its zone kept): then only the time orders them when sorted by date."""
    seen: dict[str, str] = {}
    for iso in dates:
        if not iso or len(iso) < 16 or iso[10] not in "T ":
            continue  # a day alone (or a month, a year): nothing to order it by within its day
        day, time = iso[:10], iso[11:16]
        if seen.setdefault(day, time) != time:
            return True
    return False


def _widest(values: list[str], least: int) -> int:
    """The cells the widest of ``values`` needs, ``least`` at least, counted up to :data:`NEED_CAP`.

    ASCII text (one cell a character) is measured by ``len`` at C speed; otherwise each value's
    cells (a CJK character takes two), stopping at the cap: ~20 ms for 20,000 rows of four
    columns where a loop over every row's cells took ~300 ms of the library's start."""
    if not values:
        return least
    if "".join(values).isascii():
        widest = max(map(len, values))  # C speed: one cell a character
        return min(NEED_CAP, max(least, widest))
    need = least
    for value in values:
        cells = len(value) if value.isascii() else cell_len(value)
        if cells > need:
            need = cells
            if need >= NEED_CAP:
                return NEED_CAP
    return need


def _date_width(dates: Iterable[str | None]) -> int:
    """The cells the widest readable date of ``dates`` needs (the header's 4 at least). A date's
    readable form is as wide as any other of its shape (a day, a time, a month, year-less): one
    per shape is formatted, not 20,000 on the UI thread (~94 ms)."""
    shapes: dict[tuple[int, bool], str] = {}
    for iso in dates:
        if iso:
            shapes.setdefault((len(iso), iso.startswith("--")), iso)
    # Measured on a two-digit day (the 28th: in every month, still two digits in any zone), the
    # widest of its shape: a day is not padded ("2 Mar 2025"), so the first found may be narrower.
    return max([4, *(cell_len(readable(_day_28(iso))) for iso in shapes.values())])


def _day_28(iso: str) -> str:
    """``iso`` on the 28th of its month (a day of ``YYYY-MM-DD…`` or ``--MM-DD…``; else as it is)."""
    at = 5 if iso.startswith("--") else 8
    return iso[:at] + "28" + iso[at + 2 :] if len(iso) >= at + 2 and iso[at : at + 2].isdigit() else iso


def short_ids(docs: list[str]) -> dict[str, str]:
    """Each doc id as the narrow library's Doc column shows it when the Folder column has no
    room: its name alone where no other doc has that name ("x/solo" → "solo"), else with the
    first folder that tells it from the others ("ap/2025/update", "bbc/2025/update" →
    "ap/update", "bbc/update"; "news/a/story" → "a/story"), the whole id where nothing shorter
    does; the part that differs comes first."""
    # Linear in the docs (a scraped site may name 20,000 files "index"): how many docs of each
    # name there are, and how many of them have each folder at each depth.
    names: Counter[str] = Counter()
    at_depth: Counter[tuple[str, int, str]] = Counter()
    for doc in docs:
        *folders, name = doc.split("/")
        names[name] += 1
        at_depth.update((name, k, folder) for k, folder in enumerate(folders))
    out: dict[str, str] = {}
    for doc in docs:
        *folders, name = doc.split("/")
        k = next((k for k, folder in enumerate(folders) if at_depth[name, k, folder] == 1), None)
        if names[name] == 1:
            out[doc] = name  # the name alone tells it apart (and addresses it: any id's last part does)
        else:
            out[doc] = f"{folders[k]}/{name}" if k is not None else doc
    return out


def _cell(
    value: str,
    width: int,
    style: str = "",
    justify: JustifyMethod = "left",
    keep_end: bool = False,
) -> Text:
    # Rich Text, never a str: nothing from an article is ever parsed as markup.
    return Text(
        visible(one_line(value, width or None, keep_end=keep_end, cells=cell_len)),
        style=style,
        justify=justify,
        no_wrap=True,
        overflow="ellipsis",
    )


# Words a name's cut does not end on ("Kellby Evening Chronicle and…" reads as a name cut short
# of its last word: "Kellby Evening Chronicle…").
_NAME_JOINS = frozenset(("and", "of", "the", "&", "-", "–", "—", "|", "·"))


def name_cut(name: str, width: int) -> str:
    """An outlet's ``name`` in ``width`` cells (0: whole): whole when it fits; else cut after the
    last whole word that fits with its "…" ("Kellby Evening Chronicle and Advertiser" in 20 →
    "Kellby Evening…"), never on a joining word, an English "The" opening it left out first when
    the name does not fit ("The Marbury Ledger" in 10 → "Marbury…"); a first word longer than the
    room is cut inside it ("Nordkurier" in 6 → "Nordk…"). (Session 51, t13au N20: outlets were
    cut inside a word, "Norvale Broadcastin…"; the reader's meta line shows the name whole.)"""
    name = " ".join(name.split())
    if not width or cell_len(name) <= width:
        return name
    words = name.split(" ")
    if len(words) > 1 and words[0] == "The":
        words = words[1:]
    kept: list[str] = []
    for word in words:
        if cell_len(" ".join([*kept, word])) + 1 > width:
            break
        kept.append(word)
    while kept and kept[-1].casefold() in _NAME_JOINS:
        kept.pop()
    if not kept:
        return one_line(" ".join(words), width, cells=cell_len)
    return " ".join(kept).rstrip(",;:") + "…"


class LibraryScreen(ReportsWorkerErrors, Screen[None]):
    HELP_TITLE = "Library"  # the help's title (help.py), in words
    if TYPE_CHECKING:  # self.app typed as this app (see tui/app.py: WaicReaderApp)
        app = getters.app(WaicReaderApp)

    BINDINGS = [
        Binding("enter", "open", "Open", tooltip="Read the selected article", id="library.open"),
        Binding("q", "app.quit", "Quit", tooltip="Quit waic-reader (ctrl+q quits from anywhere)", id="library.quit"),
        Binding("c", "compare", "Compare", tooltip="Compare the selected article with another", id="library.compare"),
        Binding("j", "cursor_down", "Down", show=False, id="library.down"),
        Binding("k", "cursor_up", "Up", show=False, id="library.up"),
        Binding("g", "first", "First", show=False, id="library.first"),
        Binding("G", "last", "Last", show=False, id="library.last"),
        Binding(
            "s",
            "cycle_sort",
            "Sort",
            tooltip="Order by date, outlet, title, words, noise, or the folder order",
            id="library.sort",
        ),
        Binding(
            "ctrl+f",
            "filter",
            "Filter",
            tooltip="Show only the articles whose title, outlet or doc id holds the words typed",
            id="library.filter",
        ),
        Binding("escape", "clear_filter", "Clear filter", show=False, id="library.clear_filter"),
        Binding(
            "o",
            "open_link",
            "Open URL",
            tooltip="Open the article's URL (from its metadata), or else its file, with the system opener",
            id="library.open_link",
        ),
        Binding(
            "ctrl+r",
            "reindex",
            "Rescan",
            show=False,
            tooltip="Rescan the folder and update the search index (files added, removed or edited)",
            id="library.reindex",
        ),
        Binding(
            "R",
            "rebuild",
            "Rebuild index",
            show=False,
            tooltip="Rebuild the search index from scratch: every article read and analysed again",
            id="library.rebuild",
        ),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.rows: dict[str, dict[str, Any]] = {}
        self._title_width = 40
        self._fitted: dict[str, int] = {}  # the fitted column widths at this width (see _fit)
        self._needed: dict[str, int] | None = None  # the cells each column's rows need (see _needs)
        self._dropped: set[str] = set()  # columns left out at this width (see _layout)
        self._shown: list[tuple[str, str, int]] = []
        self.sort: str | None = None
        self.filter = ""  # the words typed in the filter box (ctrl+f); "" shows every row
        self._haystacks: dict[str, str] = {}  # doc → folded "title outlet doc", for the filter
        self._has_folders = False
        self._short: dict[str, str] = {}  # doc → its id as the Doc column shows it (short_ids)
        # True while the rows shown are the last listing's, as kept, and the folder is being
        # listed to check them (see on_mount); the error when that listing failed.
        self._checking = False
        self._check_failed = ""

    @property
    def checking(self) -> bool:
        """True while the rows shown are the last listing's, not yet checked against the folder."""
        return self._checking

    def compose(self) -> ComposeResult:
        yield Static(self._heading(), id="library-heading")
        # Drawn line by line as shown: a DataTable measures every cell up front (half a minute
        # for 20,000 articles).
        yield ArticleTable(id="library")
        yield FindBar(placeholder="filter by title, outlet or doc id", id="library-filter")
        yield ProgressBar(id="index-progress", show_eta=False)
        yield Static(plain("Opening the index…"), id="library-status")
        yield KeyBar()

    def _heading(self) -> Content:
        ws = self.app.workspace
        if self._check_failed:
            heading = (
                f"{ws.name}  ·  {counted(len(self.rows), 'article')} as last listed  ·  the folder could not be"
                f" listed ({one_line(self._check_failed, 80)}; ctrl+r tries again)"
            )
        elif self._checking or not ws.scanned:
            # The folder is not listed yet (asking would list it on the UI thread): the rows
            # shown are the last listing's until the check replaces them.
            heading = f"{ws.name}  ·  {counted(len(self.rows), 'article')} as last listed  ·  checking the folder…"
        else:
            heading = f"{ws.name}  ·  {counted(len(ws.docs), 'article')}"
        # Where the columns cut the highlighted row's id (or drop its folder), the heading names it
        # whole, as mutt's status line names the current message: at 60 columns neither the folder
        # nor a long id could be read (acceptance s10 #5).
        doc = self.query_one(ArticleTable).cursor_key if self.is_mounted else None
        if doc is not None and doc in self.rows and not self._id_whole(doc):
            heading += f"  ·  {doc}"
        return line(heading)

    def _id_whole(self, doc: str) -> bool:
        """Whether the row of ``doc`` shows its id whole: its folder and name (or the id) uncut."""
        folder, _, name = doc.rpartition("/")
        doc_width = self._width("doc", 10)
        if not self._has_folders:
            return cell_len(doc) <= doc_width
        folder_width = self._width("folder", 12)
        if not folder_width:
            return False  # the folder column is dropped: the doc column shows a short form
        return cell_len(folder) <= folder_width and cell_len(name) <= doc_width

    @on(ArticleTable.Highlighted)
    def _row_highlighted(self, event: ArticleTable.Highlighted) -> None:
        self.query_one("#library-heading", Static).update(self._heading())

    def on_mount(self) -> None:
        self.query_one(ProgressBar).display = False
        ws = self.app.workspace
        last = None if ws.scanned else ws.last_rows()
        if last is not None:
            # Not listed yet (the app defers it): paint the last listing's rows as kept, and list
            # the folder and check them in the worker below. At 20,000 files the listing takes
            # ~0.35 s and checking the rows as much again: the rows show that much sooner, and
            # the few a change made stale are replaced a moment later.
            self._checking = True
            self.rows = {row["doc"]: row for row in last}
            self._has_folders = any("/" in doc for doc in self.rows)  # an item key has no "/"
        else:
            try:
                self._has_folders = ws.has_subfolders()
                names = ws.file_names()
            except CorpusError as exc:  # a deferred listing of a folder that can no longer be read
                names = {}
                self.notify(str(exc), title="Cannot list the folder", severity="error", markup=False)
            # Paint at once from the folder listing; titles and counts arrive from the index.
            self.rows = {
                doc: {"doc": doc, "title": name, "outlet": None, "pending": True} for doc, name in names.items()
            }
        self._fill()
        self.load_rows(read=False)  # the listing cache's rows at once; the rest once indexed
        self.watch(self.app, "index_generation", self._index_changed)
        self.watch(self.app, "index_progress", self._progress_changed, init=False)
        self.watch(self.app, "index_error", self._index_failed, init=False)
        self.watch(self.app, "corpus_warnings", self._warnings_changed, init=False)

    def on_resize(self) -> None:
        self._follow_width()

    def _follow_width(self) -> None:
        """The columns laid out again when this width calls for others than those shown: on a
        resize, and when the screen is back on top (:meth:`on_screen_resume`)."""
        dropped, fitted, width = self._plan()
        if dropped != self._dropped or fitted != self._fitted or abs(width - self._title_width) >= 4:
            self._fill()

    def _budget_width(self) -> int:
        """The width (cells) the columns are reckoned on: the screen's, of which the budget keeps
        4 spare (:func:`fit_widths`: the title's padding and the table's vertical scrollbar);
        where every row is in view the scrollbar is never drawn (a filter only takes rows away),
        and its cells go to the columns. They were kept empty: at 120x40 on 17 articles the rows
        ended 2 cells short of the edge while the title was cut at 34 of the 36 cells the
        library promises it (t13az N12). Before the table is laid out (no height yet) the
        scrollbar is counted, as it always was."""
        table = self.query_one(ArticleTable)
        height = table.size.height
        if height and len(self.rows) + 1 <= height:  # the rows and the header
            return self.size.width + table.styles.scrollbar_size_vertical
        return self.size.width

    def _width(self, key: str, width: int, dropped: set[str] | None = None) -> int:
        """The column's width at this screen width (0: not shown)."""
        if key in (self._dropped if dropped is None else dropped):
            return 0
        if key == "folder" and not self._has_folders:
            return 0
        if self.size.width < NARROW:
            if dropped is None and key in self._fitted:
                return self._fitted[key]  # the doc column grown into the title's slack (_narrow_fit)
            if key == "doc" and self._has_folders and "folder" in (self._dropped if dropped is None else dropped):
                return NARROW_WIDTHS["folder"]  # the doc id with its folder: the folder column's room
            return NARROW_WIDTHS.get(key, width)
        if dropped is None and key in self._fitted:
            return self._fitted[key]
        return width

    def _needs(self) -> dict[str, int]:
        """The cells each fitted column's rows need (its header's at least), and the longest
        title, each counted up to :data:`NEED_CAP` (no column is ever wider: past it the count
        changes nothing)."""
        if self._needed is None:
            rows = self.rows
            docs = list(rows)
            if self._has_folders:
                parts = [doc.rpartition("/") for doc in docs]
                folders, names = [p[0] for p in parts], [p[2] for p in parts]
            else:
                folders, names = [], docs
            self._needed = {
                "folder": _widest(folders, 6),
                "doc": _widest(names, 3),
                "outlet": _widest([r.get("outlet") or "—" for r in rows.values()], 6),
                "title": _widest([r.get("title") or doc for doc, r in rows.items()], 5),
                "date": _date_width(r.get("date") for r in rows.values()),
            }
        return self._needed

    def _fit(self, dropped: set[str]) -> dict[str, int]:
        """The fitted widths of the folder, doc, outlet and date columns at this screen width
        (see :data:`TITLE_ROOM`); empty below :data:`NARROW`, where the narrow widths hold."""
        if self.size.width < NARROW:
            return {}
        need = {**self._needs(), "doc": self._doc_need(dropped)}
        base = {key: width for key, _, width in COLUMNS if key != "title" and self._width(key, width, dropped)}
        return fit_widths(self._budget_width(), base, need, time_first=self._time_first())

    def _doc_need(self, dropped: set[str]) -> int:
        """The cells the ids the Doc column shows need, with ``dropped`` left out: the short forms
        (:func:`short_ids`) where a folder column is dropped, else the names (or whole ids, with no
        folders)."""
        if self._has_folders and "folder" in dropped:
            need = self._needs().get("short")
            if need is None:
                need = self._needs()["short"] = _widest(list(short_ids(list(self.rows)).values()), 3)
            return need
        return self._needs()["doc"]

    def _time_first(self) -> bool:
        """Whether the date column's time comes before ids grown past :data:`NARROW_DOC_MAX`
        (:func:`fit_widths`): sorted by date, with articles of one day at different times."""
        if self.sort != "date":
            return False
        need = self._needs()
        if "times" not in need:
            need["times"] = int(times_within_a_day(r.get("date") for r in self.rows.values()))
        return bool(need["times"])

    def _narrow_fit(self, dropped: set[str], title: int) -> dict[str, int]:
        """Below :data:`NARROW`: the Outlet column narrowed to what its rows need (when less than
        its narrow width), then the Doc column grown from its narrow width to what the ids it
        shows need (the short forms where the folder column is dropped, :func:`short_ids`), up to
        :data:`NARROW_DOC_MAX`, from the ``title``'s cells beyond :data:`TITLE_MIN` (``title``:
        its width before); empty when neither changes."""
        fitted: dict[str, int] = {}
        outlet = self._width("outlet", 16, dropped)
        if outlet and self._needs()["outlet"] < outlet:  # outlets narrower than its room ("AP", "—")
            fitted["outlet"] = self._needs()["outlet"]
            title += outlet - fitted["outlet"]
        base = self._width("doc", 10, dropped)
        if not base or title <= TITLE_MIN:
            return fitted
        grow = min(NARROW_DOC_MAX, self._doc_need(dropped)) - base
        grow = min(grow, title - TITLE_MIN)
        if grow > 0:
            fitted["doc"] = base + grow
        return fitted

    def _layout(self) -> tuple[set[str], int]:
        """(the columns dropped, the title's width) at this screen width: columns go in
        :data:`DROP_ORDER` until the title has :data:`TITLE_MIN` cells."""
        dropped: set[str] = set()

        def title_width() -> int:
            # From NARROW up, with the columns as fitted (fit_widths), not at their base widths:
            # at 90 columns a count column went for a title the fitted columns left room for,
            # beside whole ids it showed at 89 (t13aq N23's variant).
            fitted = self._fit(dropped)
            shown = [fitted.get(key, self._width(key, w, dropped)) for key, _, w in COLUMNS if key != "title"]
            return self._budget_width() - sum(w + 2 for w in shown if w) - 4

        def ids_whole() -> int:
            """Below NARROW, the cells the title gains from the outlets' slack less those the
            ids take to show whole (up to NARROW_DOC_MAX: _narrow_fit): a count column, or an
            empty date column, shows only beside whole ids, so a wider library never cuts an id
            a narrower one showed whole (t13u F13)."""
            doc, outlet = self._width("doc", 10, dropped), self._width("outlet", 16, dropped)
            if self.size.width >= NARROW or not doc:
                return 0
            need = self._needs()
            return max(0, outlet - need["outlet"]) - max(0, min(NARROW_DOC_MAX, need["doc"]) - doc)

        def ids_cut() -> bool:
            """Whether, with the columns shown now, the Doc column cuts an id it could show
            whole (up to GROW_TO's 28 cells: no width shows more), or the Folder column a folder
            it could (its GROW_TO from NARROW up; below, its fixed 8 cells): at every width a
            folder column, a count column or an empty date column shows only beside whole ids,
            so the ids never narrow as the screen widens (t13ae P19: at 90-100 columns the counts
            kept their room beside "mountain…s#mt-55"; t13aq N23: at 89 columns the folder and
            counts showed beside "eurowire…stein-1", ids cut to the 16 cells the narrow library
            gives them, and went at 90)."""
            doc = self._width("doc", 10, dropped)
            if not doc:
                return False
            need = self._needs()
            if self.size.width >= NARROW:
                base = {key: w for key, _, w in COLUMNS if key != "title" and self._width(key, w, dropped)}
                fit = fit_widths(
                    self._budget_width(),
                    base,
                    {**need, "doc": self._doc_need(dropped)},
                    time_first=self._time_first(),
                )
                doc = fit["doc"]
                folder_cut = "folder" in fit and fit["folder"] < min(need["folder"], GROW_TO["folder"])
            else:
                doc = self._narrow_fit(dropped, title_width()).get("doc", doc)
                folder = self._width("folder", 12, dropped)
                folder_cut = bool(folder) and folder < min(need["folder"], GROW_TO["folder"])
            return folder_cut or doc < min(self._doc_need(dropped), GROW_TO["doc"])

        # A date column no row has a date for goes first.
        dated = any(r.get("date") for r in self.rows.values())
        for key in DROP_ORDER if dated else ("date", *DROP_ORDER):
            beside_ids = key != "doc"  # a count column, the folder column, an empty date column
            if title_width() + (ids_whole() if key != "doc" else 0) >= TITLE_MIN and not (beside_ids and ids_cut()):
                break
            dropped.add(key)
        return dropped, max(TITLE_MIN, title_width())

    def _plan(self) -> tuple[set[str], dict[str, int], int]:
        """(the columns dropped, the fitted widths, the title's width) at this screen width."""
        dropped, title = self._layout()
        fitted = self._fit(dropped) if self.size.width >= NARROW else self._narrow_fit(dropped, title)
        if fitted:
            shown = [fitted.get(key, self._width(key, w, dropped)) for key, _, w in COLUMNS if key != "title"]
            title = max(TITLE_MIN, self._budget_width() - sum(w + 2 for w in shown if w) - 4)
        return dropped, fitted, title

    def _fill(self) -> None:
        table = self.query_one(ArticleTable)
        self._dropped, self._fitted, self._title_width = self._plan()
        self._shown = [
            (key, label, self._width(key, width) or self._title_width)
            for key, label, width in COLUMNS
            if key == "title" or self._width(key, width)
        ]
        self._short = short_ids(list(self.rows)) if self._has_folders and not self._width("folder", 12) else {}
        table.set_rows(self._shown, self._ordered(), self._row_cells)
        self.query_one("#library-heading", Static).update(self._heading())

    def _row_cells(self, doc: str) -> list[Text]:
        """The cells of the shown columns for one row (made when the row is drawn)."""
        cells = dict(zip([k for k, _, _ in COLUMNS], self._cells(self.rows[doc])))
        return [cells[key] for key, _, _ in self._shown]

    def _ordered(self) -> list[str]:
        """Doc ids in the chosen order (folder order when none), the filter applied."""
        if self.sort is None:
            docs = list(self.rows)
        else:
            from waic_reader.index.corpus.listing import sort_rows

            docs = [r["doc"] for r in sort_rows(list(self.rows.values()), self.sort)]
        if not self.filter.strip():
            return docs
        # The tokeniser is imported when a filter is typed: its patterns cost the first paint.
        from waic_reader.index.corpus.tokens import fold

        words = fold(self.filter).split()
        return [doc for doc in docs if all(w in self._haystack(doc) for w in words)]

    def _haystack(self, doc: str) -> str:
        """What the filter looks in: the row's title, outlet and doc id, folded as words are
        (``corpus.tokens.fold``: "zurich" finds "Zürich")."""
        found = self._haystacks.get(doc)
        if found is None:
            from waic_reader.index.corpus.tokens import fold

            row = self.rows[doc]
            found = self._haystacks[doc] = fold(f"{row.get('title') or ''} {row.get('outlet') or ''} {doc}")
        return found

    def _cells(self, row: dict[str, Any]) -> list[Text]:
        pending = row.get("pending", False)
        dim = "dim" if pending else ""

        def number(key: str) -> Text:
            return _cell("…" if pending else str(row.get(key, "")), 6, dim, "right")

        folder, _, name = row["doc"].rpartition("/")
        # the day only where the column has no room for the time
        date = readable(row.get("date"), time=self._width("date", 11) >= DATE_TIMED)
        # Where the folder column has no room, the doc column shows the name (with the folder
        # that tells it from others of that name: short_ids, "ap/update", "bbc/update"); else
        # the doc id. Too long, either is cut in the middle: its start addresses it (any unique
        # prefix does) and its end tells feed items apart ("updat…y-12").
        with_folder = self._has_folders and not self._width("folder", 12)
        doc = self._short.get(row["doc"], row["doc"]) if with_folder else row["doc"] if not self._has_folders else name
        doc_width = self._width("doc", 10)
        return [
            _cell(folder, self._width("folder", 12), "dim", keep_end=True),
            # cut as every screen cuts ids (safe.id_keeping)
            _cell(id_keeping(visible(doc), doc_width) if doc_width else doc, doc_width, "dim"),
            # (Cut at a word's end, as a name is read; the reader's meta line shows it whole.)
            _cell(
                name_cut(row.get("outlet") or "—", self._width("outlet", 16)),
                self._width("outlet", 16),
                "italic" if row.get("outlet_derived") else "",
            ),
            _cell(
                row.get("title") or row["doc"],
                self._title_width,
                "dim italic" if pending else ("italic" if row.get("title_derived") else "bold"),
            ),
            _cell(date, self._width("date", 11)),
            number("words"),
            number("entities"),
            number("noise"),
        ]

    @work(thread=True, exclusive=True, exit_on_error=False, group="library", name="library")
    def load_rows(self, read: bool = True) -> None:
        """The rows ``list`` shows (:meth:`Workspace.list_rows`). Without ``read``, only rows
        the listing cache or an open index already hold; the others stay pending."""
        ws = self.app.workspace
        rows = {r["doc"]: r for r in ws.list_rows(read=read)}
        if get_current_worker().is_cancelled:
            return  # a later load (the index just opened) replaces this one
        # Rows shown from the last listing that the check finds unchanged (the usual case) are
        # not laid out and painted again: only their paths (not shown) are taken in.
        shown = self.rows
        same = (
            self._checking
            and list(rows) == list(shown)
            and ws.has_subfolders() == self._has_folders
            # The last listing's rows keep no path: compared without it.
            and all(without(rows[doc], ("path",)) == without(row, ("path",)) for doc, row in shown.items())
        )
        self.app.call_from_thread(self._apply_rows, rows, same)

    def _apply_rows(self, rows: dict[str, dict[str, Any]], same: bool = False) -> None:
        checked, self._checking = self._checking, False
        self.app.take_dating()  # a whole listing may date other screens' articles anew
        self._check_failed = ""
        if same:
            self.rows = rows
            self.query_one("#library-heading", Static).update(self._heading())
            if self.app.index_ready:
                self._update_status()
            self.app.start_background_work_after_paint()
            return
        if checked:
            self._has_folders = self.app.workspace.has_subfolders()
        self.rows = rows
        self._haystacks = {}
        self._needed = None
        self.query_one("#library-heading", Static).update(self._heading())
        self._fill()
        if self.app.index_ready:  # until then the status line tells how the index is doing
            self._update_status()
        # The index opens once these rows are painted (it does nothing after the first time).
        self.app.start_background_work_after_paint()

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        # ReportsWorkerErrors' handler runs too: Textual calls each class's own handler along
        # the MRO, so calling it through super() reported every failure twice.
        if event.worker.group == "library" and event.state in (WorkerState.ERROR, WorkerState.CANCELLED):
            if event.state == WorkerState.ERROR and self._checking:
                # The rows shown stay the last listing's: say so, not "checking" for ever.
                self._checking = False
                self._check_failed = str(event.worker.error or "error")
                self.query_one("#library-heading", Static).update(self._heading())
            self.app.start_background_work()  # no rows to wait for: the index opens all the same

    def _update_status(self) -> None:
        ws = self.app.workspace
        report = getattr(self.app, "index_report", None)
        parts = [counted(len(self.rows), "article")]
        if self.filter.strip():
            shown = self.query_one(ArticleTable).row_count
            parts = [f"{shown} of {len(self.rows)} articles match {self.filter.strip()!r} (escape clears)"]
        if self.sort is not None:
            parts.append(f"sorted by {self.sort} (s)")
        if report is not None:
            parts.append(f"index: {report.indexed} documents" + (" (rebuilt)" if report.rebuilt else ""))
        # A file the index could not read is also dropped to the scan's skipped list: one file.
        # Not while the folder is being listed (asking would wait for it on the UI thread).
        listed = ws.skipped if ws.scanned else []
        skipped = len({s.path for s in listed} | {s.path for s in (report.skipped if report else [])})
        if skipped:
            parts.append(f"{counted(skipped, 'file')} skipped (waic-reader index)")
        warnings = len(self.app.corpus_warnings)
        if warnings:
            parts.append(f"{counted(warnings, 'corpus.yaml warning')} ({LIST_KEY} lists them)")
        parts.append("italic: derived from the text")
        self.query_one("#library-status", Static).update(plain("  ·  ".join(parts)))

    def _warnings_changed(self) -> None:
        if self.app.index_ready:  # until then the status line tells how the index is doing
            self._update_status()

    def _progress_changed(self, progress: tuple[int, int]) -> None:
        done, total = progress
        bar = self.query_one(ProgressBar)
        if getattr(self.app, "index_ready", False) or done >= total:
            bar.display = False
            return
        bar.display = True
        bar.update(total=total, progress=done)
        self.query_one("#library-status", Static).update(plain(f"Indexing {done}/{total}…"))

    def _index_failed(self, message: str) -> None:
        if not message:
            return
        self.query_one(ProgressBar).display = False
        self.query_one("#library-status", Static).update(
            plain(f"Index unavailable: {one_line(message, 120)} (R to rebuild)", "$text-error")
        )

    def _index_changed(self, generation: int) -> None:
        if generation == 0:
            return  # not opened yet
        self.query_one(ProgressBar).display = False
        self.load_rows()

    # -- actions --------------------------------------------------------------------------

    def selected_doc(self) -> str | None:
        return self.query_one(ArticleTable).cursor_key

    @on(ArticleTable.Selected)
    def _row_selected(self, event: ArticleTable.Selected) -> None:
        self.app.open_article(event.key)

    def action_open(self) -> None:
        doc = self.selected_doc()
        if doc:
            self.app.open_article(doc)

    def action_cursor_down(self) -> None:
        self.query_one(ArticleTable).action_cursor_down()

    def action_cursor_up(self) -> None:
        self.query_one(ArticleTable).action_cursor_up()

    def action_first(self) -> None:
        self.query_one(ArticleTable).action_first()

    def action_last(self) -> None:
        self.query_one(ArticleTable).action_last()

    def action_compare(self) -> None:
        doc = self.selected_doc()
        if doc:
            from waic_reader.tui.screens.pick import pick_then_compare

            pick_then_compare(self.app, doc)

    def action_cycle_sort(self) -> None:
        self.sort = SORTS[(SORTS.index(self.sort) + 1) % len(SORTS)]
        self._fill()
        self._update_status()
        self.query_one(ArticleTable).move_cursor(0)

    # -- the filter (ctrl+f) ------------------------------------------------------------------

    def action_filter(self) -> None:
        self.query_one(FindBar).open()

    @on(FindBar.Changed, "#library-filter")
    def _filter_changed(self, event: FindBar.Changed) -> None:
        event.stop()
        if event.value == self.filter:
            return  # already shown (clearing the filter filled the table before this arrived)
        self.filter = event.value
        self._fill()
        self._update_status()

    @on(FindBar.Submitted, "#library-filter")
    def _filter_submitted(self, event: FindBar.Submitted) -> None:
        event.stop()
        self.query_one(ArticleTable).focus()  # the filter stays; the box stays shown with it

    @on(FindBar.Closed, "#library-filter")
    def _filter_closed(self, event: FindBar.Closed) -> None:
        event.stop()
        self.action_clear_filter()

    def action_clear_filter(self) -> None:
        bar = self.query_one(FindBar)
        bar.display = False
        filtered, self.filter = bool(self.filter), ""
        bar.value = ""  # its Changed, handled later, finds the filter cleared: the table is filled once
        if filtered:
            self._fill()
        self._update_status()
        self.query_one(ArticleTable).focus()

    # -- o: the article's URL or file ----------------------------------------------------------

    def action_open_link(self) -> None:
        doc = self.selected_doc()
        if doc:
            self.open_link(doc)

    @work(thread=True, exclusive=True, exit_on_error=False, group="open-link", name="open link")
    def open_link(self, doc: str) -> None:
        """Read the article's URL (a file read: off the UI thread), then hand it, or the file,
        to the system opener (which may take a moment to start: also off the UI thread)."""
        from waic_reader.tui.opener import hand_over, open_target

        try:
            article = self.app.workspace.article(doc)
        except CorpusError as exc:
            self.app.call_from_thread(self._link_notice, f"{doc} cannot be opened: {exc}", "warning")
            return
        target = open_target(article.url, article.path)
        if target.uri is None:
            self.app.call_from_thread(self._link_notice, f"Not opened ({target.refused}): {target.shown}", "warning")
            return
        if self.app.is_web:  # served in a browser (textual-web): the driver opens it there
            self.app.open_url(target.uri)
            self.app.call_from_thread(self._link_notice, f"Sent to your browser: {target.shown}", "information")
        elif not (handed := hand_over(target.uri)).failed:
            self.app.call_from_thread(self._link_notice, f"Opened {target.shown}", "information")
        else:  # escaped by _link_notice: the opener's stderr is untrusted text
            self.app.call_from_thread(self._link_notice, f"Not opened ({handed.failed}): {target.shown}", "warning")

    def _link_notice(self, message: str, severity: Literal["information", "warning"]) -> None:
        text = visible(one_line(message))
        self.notify(text, severity=severity, markup=False)
        self.query_one("#library-status", Static).update(plain(text))

    def action_reindex(self) -> None:
        # Only what changed is indexed again (a 20,000-article rebuild takes minutes; this, a
        # folder listing and the changed files); an index of other rules or damaged is rebuilt
        # by the sync all the same.
        self.query_one("#library-status", Static).update(plain("Rescanning the folder and updating the index…"))
        self.app.sync_index(rescan=True)

    def action_rebuild(self) -> None:
        self.query_one("#library-status", Static).update(plain("Rescanning the folder and rebuilding the index…"))
        self.app.sync_index(rebuild=True, rescan=True)

    def on_screen_resume(self) -> None:
        # Back from another screen: the terminal may have been resized meanwhile, whether or not
        # the resizes reached this screen under the others (t13ao N8: the 60-column layout kept
        # at 120 columns after a round trip under the fact sheet); files may have come or gone.
        self._follow_width()
        self.app.check_folder()


__all__ = ["CorpusError", "LibraryScreen"]
