"""A screen showing an analysis of the whole corpus (the fact sheet, the entities × outlets
matrix) follows the folder while it is shown (issue #13, s16b N1): a file edited, added or
removed while the app runs was shown with its old figures and entities until the library was
shown again, the only screen that listed the folder.

:class:`CorpusFollower` lists the folder again (``app.check_folder``: names and stat results,
in a worker) when its screen opens, when it comes back on top and every
:data:`CHECK_EVERY_S` seconds while it is on top; the index updates when anything changed, and
when what the screen's analysis was made from has moved, the screen is told to make it again
(``refresh``), saying meanwhile that it is out of date. A screen not on top waits until it is
back."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from textual.screen import Screen

    from waic_reader.tui.app import WaicReaderApp

T = TypeVar("T")

CHECK_EVERY_S = 3.0  # a folder check lists names and stat results: 1.2 ms median at 198 files (s17-c)


def corpus_state(app: WaicReaderApp, dated: bool = True) -> tuple[object, ...]:
    """What an analysis of the corpus is made from: the index's generation (it moves on every
    update), the marks and corpus.yaml, each listed file's size and mtime, the gazetteers'
    stamp (a ``gazetteer.yaml`` edited while the app runs: the names are found again) and, for
    an analysis that shows dates (``dated``), the evidence dates are read with
    (``Workspace.dating_revision``: the fact sheet's and the timeline's zones and years, s50-z;
    the entity matrix and the quotes show none, and were made again when it moved: review
    s50-rv finding 10)."""
    from waic_reader.index.analysis.kept_mentions import gazetteer_stamp

    ws = app.workspace
    # A listing's worker may drop an unreadable file from ``entries`` meanwhile: a copy.
    files = tuple((doc, e.size, e.mtime_ns) for doc, e in list(ws.corpus.entries.items()))
    dating = ws.dating_revision() if dated else None
    return (app.index_ready, app.index_generation, ws.inputs_revision, files, gazetteer_stamp(), dating)


class Memo(Generic[T]):
    """The last result of one whole-corpus analysis (the fact sheet, the entity matrix, the
    quotes) and the state it was made from (the screen's ``corpus_state`` with what it was asked
    for): opening the screen again on an unchanged corpus shows it without making it again (the
    matrix and the quotes were made again on every visit, ~2 s each at 228 articles, t13k F17).
    Kept by the app for the session; written by a worker thread, read on the UI thread (one
    tuple assigned whole)."""

    def __init__(self) -> None:
        self._kept: tuple[tuple[object, ...], T] | None = None

    def get(self, state: tuple[object, ...]) -> T | None:
        """The result made from ``state``, if it is the one kept; else None."""
        kept = self._kept
        return kept[1] if kept is not None and kept[0] == state else None

    def put(self, state: tuple[object, ...], result: T) -> None:
        """Keep ``result``, made from ``state`` (taken before it was started)."""
        self._kept = (state, result)


class CorpusFollower:
    """Follows the corpus for ``screen``; ``refresh`` makes the screen's analysis again (on
    the UI thread). Call :meth:`start` on mount, :meth:`stop` on unmount, :meth:`resumed` on
    screen resume and :meth:`shown` with the state an analysis was made from once it is shown."""

    def __init__(self, screen: Screen[Any], refresh: Callable[[], None], dated: bool = True) -> None:
        self.screen = screen
        self.refresh = refresh
        self.dated = dated  # the screen shows dates: made again when their evidence moves too
        self.made_from: tuple[object, ...] | None = None  # the state the analysis shown was made from

    @property
    def app(self) -> WaicReaderApp:
        return self.screen.app  # type: ignore[return-value]

    def start(self) -> None:
        self.app.index_changed.subscribe(self.screen, self._index_changed)
        if self.dated:  # the evidence its dates are read with (zones, years) made whole after it was made (s50-z)
            self.app.dates_changed.subscribe(self.screen, self._index_changed)
        self.screen.set_interval(CHECK_EVERY_S, self._tick, name="folder check")
        self._check_folder()

    def stop(self) -> None:
        self.app.index_changed.unsubscribe(self.screen)  # else the app keeps the screen alive
        self.app.dates_changed.unsubscribe(self.screen)

    def shown(self, state: tuple[object, ...]) -> None:
        self.made_from = state

    def stale(self) -> bool:
        """Whether the analysis shown was made from another state of the corpus than now."""
        return self.made_from is not None and self.made_from != corpus_state(self.app, self.dated)

    def resumed(self) -> None:
        self._check_folder()
        self._refresh_if_stale()

    def _tick(self) -> None:
        if self.screen.is_current and self.app.index_ready:
            # An update the screen's analysis was being made across is taken in now.
            self._refresh_if_stale()
            self._check_folder()

    def _check_folder(self) -> None:
        """A folder check unless one is under way: the check is an exclusive worker, and
        starting another cancels the one running (whoever waits for it sees it cancelled)."""
        app = self.app
        if not any(w.group == "folder" and not w.is_finished for w in app.workers):
            app.check_folder()

    def _index_changed(self, _generation: int) -> None:
        if self.screen.is_current:
            self._refresh_if_stale()

    def _refresh_if_stale(self) -> None:
        busy = any(w.node is self.screen and not w.is_finished for w in self.app.workers)
        if busy:
            return  # its analysis is still being made (or shown): the next tick looks again
        if self.stale():
            self.made_from = None  # once: the analysis being made is for the state now
            self.refresh()
