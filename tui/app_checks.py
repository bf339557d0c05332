"""CorpusChecks: the app's checks of the corpus folder it did not start: corpus.yaml's warnings,
the noise marks that no longer match a block (said at start-up, together: the start-up warnings;
recomputed with every rescan), and marks another process saved, taken in as they come."""

from __future__ import annotations

import itertools
import threading
from typing import TYPE_CHECKING

from textual import events, work
from textual.app import App
from textual.reactive import reactive
from textual.signal import Signal

from waic_reader.index.corpus.text import one_line
from waic_reader.tui.corpus_warnings import LIST_KEY, NOTICE_SECONDS, said_together, short_notice, warnings_notice

if TYPE_CHECKING:
    from collections.abc import Sequence

    from textual.worker import Worker

    from waic_reader.index.analysis.overrides import OrphanMark
    from waic_reader.index.search.model import SyncReport
    from waic_reader.index.workspace import Workspace


def lost_marks_notice(orphans: Sequence[OrphanMark]) -> str:
    """A notice of marks that no longer match any block: the first three, the rest counted."""
    from waic_reader.index.analysis.overrides import orphans_said

    shown = "; ".join(f"{o.doc}: {one_line(o.text, 40)!r}" for o in orphans[:3])
    more = f" and {len(orphans) - 3} more" if len(orphans) > 3 else ""
    return (
        f"{orphans_said(len(orphans), 'boilerplate/content marks')}: {shown}{more}. "
        f"{LIST_KEY} or `waic-reader noise --json` lists them."
    )


class CorpusChecks(App[object]):
    """The base of WaicReaderApp (tui/app.py) that checks corpus.yaml and the noise marks."""

    # How long the start-up notices wait for the slower of the two checks (corpus.yaml's, the
    # noise marks') before the one that came is said alone.
    STARTUP_WARNINGS_WAIT_S = 3.0

    # How often the marks file is looked at (one stat, ~10 µs with the timer's own call: see
    # _look_at_marks) for boilerplate marks another process saved: an open reader, compare and the
    # library's Noise column then show them and the index takes them in, without a key pressed.
    MARKS_CHECK_EVERY_S = 1.0

    # corpus.yaml's warnings as of the last folder listing (read_corpus_meta): the library
    # counts them; recomputed with every rescan, so a file added since is no longer said missing.
    corpus_warnings: reactive[tuple[str, ...]] = reactive(())
    # The noise marks' warnings (check_marks): the marks file unreadable, each mark that no
    # longer matches a block, as (where, what): the warnings list (W) shows them.
    mark_warnings: reactive[tuple[tuple[str, str], ...]] = reactive(())

    # Set by WaicReaderApp, which holds the workspace and the index (declared for the checks).
    workspace: Workspace
    index_ready: bool
    marks_changed: Signal[int]
    if TYPE_CHECKING:

        def sync_index(self, rebuild: bool = False, rescan: bool = False) -> Worker[SyncReport]: ...

    def __init__(self) -> None:
        super().__init__()
        self._marks_seen = 0  # the marks' revision the last folder check saw (check_folder)
        # The gazetteer files' stamp likewise (Workspace.gazetteer_revision): set by the first
        # IndexReady, as the first sync found them.
        self._gazetteer_seen = ""
        self._warned: set[str] = set()  # corpus.yaml warnings already shown as notices
        # Three workers read corpus.yaml's warnings (read_corpus_meta, sync_index, check_folder);
        # each result carries a stamp taken before it was computed, and one older than the
        # result shown is dropped: it may predate a rescan and bring stale warnings back.
        self._warnings_stamps = itertools.count(1)
        self._warnings_stamp_lock = threading.Lock()
        self._warnings_shown_stamp = 0
        # The same for the noise marks' warnings (_read_mark_warnings), and the rows said.
        self._marks_stamps = itertools.count(1)
        self._marks_shown_stamp = 0
        self._marks_said: set[tuple[str, str]] = set()
        self._marks_state: tuple[object, ...] | None = None  # what the last marks check read
        # The start-up checks (corpus.yaml's, the noise marks') not yet in, and the notices the
        # ones in would give ((title, message, warnings told)): said together once both are in
        # (or STARTUP_WARNINGS_WAIT_S has passed), as one short notice where they would not fit
        # (_say_startup_warnings). None once said: later notices are shown as they come.
        self._startup_waiting: set[str] | None = {"corpus.yaml", "Noise marks"}
        self._startup_notices: list[tuple[str, str, int]] = []

    @work(thread=True, exit_on_error=False, group="marks", name="noise marks check")
    def check_marks(self) -> None:
        """At start-up: say if the noise marks file is unreadable or some of the user's marks no
        longer match any block (their text was edited); reads only the marked articles. Every
        rescan computes them again the same way (:meth:`_read_folder_warnings`)."""
        self._read_mark_warnings(startup=True)

    def _read_folder_warnings(self) -> None:
        """(In a worker) every warning derived from the folder as now listed: corpus.yaml's and
        the noise marks' (a mark whose block's text was deleted outside the app is said after
        ctrl+r or the library shown again, not only after a restart: issue 13, t13n F20)."""
        self.read_corpus_warnings()
        self._read_mark_warnings()

    def _read_mark_warnings(self, *, startup: bool = False) -> None:
        """(In a worker) the noise marks' warnings for the folder as now listed, to the UI:
        the marks file unreadable, each mark that no longer matches any block, as
        (where, what) rows for the warnings list (W) and notices of those not yet said. The
        one function the start-up check and every rescan use."""
        ws = self.workspace
        with self._warnings_stamp_lock:
            stamp = next(self._marks_stamps)
            # What the marks' warnings are made from: the marks, and each listed file's size and
            # mtime. A rescan that moved none of it (the fact sheet's check every 3 s) reads no
            # article again: its warnings are those shown.
            try:
                state: tuple[object, ...] | None = (
                    ws.inputs_revision,
                    tuple((doc, e.size, e.mtime_ns) for doc, e in list(ws.corpus.entries.items())),
                )
            except Exception:  # the listing failed: its error is said elsewhere; check all the same
                state = None
            if not startup and state is not None and state == self._marks_state:
                return
            self._marks_state = state
        notices: list[tuple[str, int]] = []
        listed: list[tuple[str, str]] = []
        said = self._marks_said  # the rows already said (a set assigned whole on the UI thread)
        try:
            problem = ws.marks_error
            if problem:
                listed.append(("noise marks", problem))
                if startup or listed[-1] not in said:
                    notices.append((problem, 1))
            orphans = ws.orphan_marks()
            if orphans:
                rows = [
                    (o.doc, f"{o.mark} mark no longer matches any block: {one_line(o.text, 80)!r}") for o in orphans
                ]
                # After start-up only the marks lost since are a notice (W lists them all).
                new = [o for o, row in zip(orphans, rows) if startup or row not in said]
                if new:
                    notices.append((lost_marks_notice(new), len(new)))
                listed += rows
        except Exception:
            self._marks_state = None  # not known: the next rescan checks again
            raise
        finally:  # said even if the check failed (its error is a notice of its own), so the
            # corpus.yaml notice held for it is not held for good
            self.call_from_thread(self._marks_checked, notices, tuple(listed), stamp, startup)

    def _marks_checked(
        self, notices: list[tuple[str, int]], listed: tuple[tuple[str, str], ...], stamp: int, startup: bool
    ) -> None:
        if stamp >= self._marks_shown_stamp:  # else a later check's result is shown already
            self._marks_shown_stamp = stamp
            self.mark_warnings = listed
            self._marks_said = set(listed)
            for message, count in notices:
                self._warn("Noise marks", message, count, timeout=NOTICE_SECONDS)
        if startup:
            self._startup_check_done("Noise marks")

    def _warn(self, title: str, message: str, count: int, *, timeout: float | None = None) -> None:
        """A warnings notice (``count``: the warnings it tells of): held while the start-up checks
        are still out, so theirs are said together (:meth:`_say_startup_warnings`); else shown,
        as :func:`short_notice` if it alone would take more than its room."""
        if self._startup_waiting is not None:
            self._startup_notices.append((title, message, count))
            return
        if said_together([(message, count)], (self.size.width, self.size.height)) is None:
            message, title = short_notice(count), "Warnings"
        self.notify(message, title=title, severity="warning", markup=False, timeout=timeout)

    def _startup_check_done(self, check: str) -> None:
        if self._startup_waiting is None:
            return
        self._startup_waiting.discard(check)
        if not self._startup_waiting:
            self._say_startup_warnings()

    def _say_startup_warnings(self) -> None:
        """The start-up checks' notices, once: each as it is where they fit together in half the
        screen (120x40), else one short notice for them all (at 60x20 the corpus.yaml notice and
        the noise marks' stacked over 17 of 20 rows, issue 13, s21); W lists every warning."""
        if self._startup_waiting is None:
            return
        notices, self._startup_notices, self._startup_waiting = self._startup_notices, [], None
        if not notices:
            return
        shown = said_together([(message, count) for _, message, count in notices], (self.size.width, self.size.height))
        if shown is None:
            count = sum(count for _, _, count in notices)
            self.notify(short_notice(count), title="Warnings", severity="warning", markup=False, timeout=NOTICE_SECONDS)
            return
        for title, message, _ in notices:
            self.notify(message, title=title, severity="warning", markup=False, timeout=NOTICE_SECONDS)

    def _look_at_marks(self) -> None:
        """Every :attr:`MARKS_CHECK_EVERY_S` and when the terminal gets the focus back: if another
        process saved boilerplate marks (one stat of the marks file), take them in (a worker)."""
        if self.workspace.marks_changed_on_disk():
            self.take_in_marks()

    def on_app_focus(self, _event: events.AppFocus) -> None:
        self._look_at_marks()  # back from another terminal, where marks may have been made

    @work(thread=True, exclusive=True, exit_on_error=False, group="marks-in", name="take in marks")
    def take_in_marks(self) -> None:
        """Read the marks another process saved (the analyses made with the old ones are dropped),
        then tell the screens and bring the index in line (the library's rows follow it)."""
        revision = self.workspace.marks_revision()
        self.call_from_thread(self._marks_taken_in, revision)

    def _marks_taken_in(self, revision: int) -> None:
        self.marks_changed.publish(revision)
        if self.index_ready and revision != self._marks_seen:
            self._marks_seen = revision  # the folder check need not sync again for them
            self.sync_index()  # re-indexes the articles whose marks moved; IndexReady repaints the library

    @work(thread=True, exit_on_error=False, group="corpus-meta", name="corpus-meta")
    def read_corpus_meta(self) -> None:
        """corpus.yaml off the UI thread (the YAML parser alone takes ~20 ms to load)."""
        self.read_corpus_warnings()

    def read_corpus_warnings(self) -> None:
        """(In a worker) corpus.yaml's warnings for the folder as now listed, to the UI."""
        with self._warnings_stamp_lock:
            stamp = next(self._warnings_stamps)
        self.call_from_thread(self._show_corpus_warnings, tuple(self.workspace.meta_errors), stamp)

    def _show_corpus_warnings(self, warnings: tuple[str, ...], stamp: int) -> None:
        """Each warning not yet shown this session as a notice; all of them as
        :attr:`corpus_warnings` (one fixed, say a file added that an entry named, drops out).
        A result stamped before the one shown arrived late and is dropped."""
        if stamp < self._warnings_shown_stamp:
            return
        self._warnings_shown_stamp = stamp
        gone = self._warned - set(warnings)
        if gone:  # fixed since (a file the entry named is back after ctrl+r): said, so the
            # warning's notice still on screen (it times out) is not taken as standing. Textual
            # (pinned, 8.2.8) has no public way to take back one notice, and clear_notifications
            # would take the others too.
            self._warned -= gone
            said = warnings_notice(sorted(gone), self.size.width, gone=True)
            self.notify(said, title="corpus.yaml", markup=False, timeout=NOTICE_SECONDS)
        new = [warning for warning in warnings if warning not in self._warned]
        if new:  # found together: one notice of a few lines, not one each (t13d fault 4)
            self._warned.update(new)
            self._warn("corpus.yaml", warnings_notice(new, self.size.width), len(new), timeout=NOTICE_SECONDS)
        self.corpus_warnings = warnings
        self._startup_check_done("corpus.yaml")
