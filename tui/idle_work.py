"""IdleWork: what the app does while the user is idle: garbage collected (and the survivors
frozen) at pauses, so a collection never lands inside a key, and the screens' modules imported
ahead of their first use (tui/warm_up.py)."""

from __future__ import annotations

import gc
import time
import weakref

from textual import work
from textual.app import App
from textual.timer import Timer
from textual.worker import get_current_worker


def keep_out_of_collector() -> None:
    """Move what the app holds now (the corpus listing, the open index: most of the objects it
    keeps for the whole session) out of the cyclic collector's sight, after one collection.

    A full collection otherwise walks all of them, several times a minute and ~100 ms each,
    inside whatever key is being handled (measured with ``tests/perf/tui_keys.py``). Frozen
    objects are still freed when their last reference goes; cycles among them that die later
    (an index replaced by ``R``, a closed screen frozen while it was open) wait for the
    next call, which unfreezes them first. It walks every object: ~100-200 ms."""
    gc.unfreeze()
    gc.collect()
    gc.freeze()


def collect_new() -> int:
    """Collect and freeze only what was made since the last freeze: the frozen objects are
    neither walked nor freed (~6 ms where :func:`keep_out_of_collector` takes ~100). Garbage
    among the frozen objects waits for the next :func:`keep_out_of_collector`.

    Returns how many objects it froze: those the collector tracks outside the frozen ones once
    collected (listing them walks only them; ``gc.get_freeze_count()`` walks every frozen
    object, ~40 ms at a million, more than the pass itself)."""
    gc.collect()
    frozen = sum(len(gc.get_objects(generation)) for generation in range(3))
    gc.freeze()
    return frozen


class IdleWork(App[object]):
    """The base of WaicReaderApp (tui/app.py) that collects garbage and warms up at pauses."""

    # Collect while the user is idle (see _note_input): this long after the last key or mouse
    # event, and only if there was one since the last such pass; the new objects only (fast).
    IDLE_COLLECT_AFTER_S = 1.0
    # After this long without input, and if a pass froze objects since, a full pass (every
    # object walked: ~100-200 ms, which a key pressed meanwhile waits for) frees the garbage
    # frozen meanwhile (closed screens frozen while open); sooner, at the short pause, once
    # the frozen objects have grown by this fraction since the last full pass (as counted by the
    # fast passes: what they froze, some of it freed since, so never less than the growth).
    IDLE_FULL_COLLECT_AFTER_S = 10.0
    # The screens' modules are imported (tui/warm_up.py) after this long without input.
    WARM_UP_AFTER_S = 0.5
    FROZEN_GROWTH_FOR_FULL = 0.5

    # Set by WaicReaderApp once the index is open (declared for the idle collection).
    index_ready: bool

    def __init__(self) -> None:
        super().__init__()
        # Idle collections (_note_input, _collect_if_idle): the time of the last key or mouse
        # event, whether one came since the last pass, the pending check, and what the passes
        # took (counted for tests and tests/perf/tui_keys.py).
        self._last_input = 0.0
        # The last time a pass found a worker running: the quiet period counts from the later of
        # this and the last input, so a pass never lands while the screen a key opened is still
        # showing what its worker just made (its first paint came 0.1-0.7 s later for it under load).
        self._last_busy = 0.0
        self._input_since_collect = False
        self._idle_check: Timer | None = None
        self._idle_check_full = False  # the pending check waits for the long pause
        self._frozen_since_full = False  # a fast pass froze objects since the last full pass
        # The screens open at the last pass (frozen with everything they hold): one closed since
        # is frozen garbage, so the next pass is a full one (a closed screen is freed at the next
        # idle pass, as when every pass was full, unless Textual still holds it then).
        self._frozen_screens: weakref.WeakSet[object] = weakref.WeakSet()
        self._frozen_after_full = 0  # gc.get_freeze_count() after the last full pass
        # ... and the objects the fast passes froze since (some may be freed since: an upper bound)
        self._frozen_since = 0
        self.idle_collections = 0  # passes of either kind
        self.idle_full_collections = 0
        self.idle_collection_seconds = 0.0
        # Modules the first use of a screen would import, imported at pauses once the index is
        # ready (tui/warm_up.py); emptied as they are.
        self._to_warm: list[str] = []

    def _note_input(self) -> None:
        """A key or mouse event: (re)arm the idle collection.

        Full (generation-2) garbage collections walk every object not frozen. The session's
        objects are frozen when the index is ready (keep_out_of_collector), but Textual's line
        caches and the views' drawn lines grow afterwards (~100,000 objects after a few
        articles), and an automatic full collection, due whenever enough objects have been
        allocated, then lands inside whichever key is being handled: ~15 ms at first, ~100 ms
        later, 250 ms on a loaded machine (tests/perf/tui_keys.py reports them per key). So once
        the user has been idle for IDLE_COLLECT_AFTER_S we collect what was made since the last
        pass and freeze what survived (collect_new, ~6 ms), and the automatic collections during
        the next keys walk only what those keys made. A full pass unfreezes and walks everything,
        freeing what died while frozen: it takes ~100-200 ms, and a key pressed during it waits,
        so it is kept to the pauses that follow a screen closed since the last fast pass (the
        screen and its drawn lines, frozen while it was open, are garbage now), to
        IDLE_FULL_COLLECT_AFTER_S of quiet, and to the frozen objects having grown by
        FROZEN_GROWTH_FOR_FULL.

        One timer at a time, started by the first input after a pass: when it fires it either
        collects (quiet long enough) or waits out the rest of the quiet period; keys arriving
        faster than that never see a collection. No input since the last pass and nothing
        frozen since the last full one, no pass: an idle app does no work."""
        self._last_input = time.monotonic()
        self._input_since_collect = True
        if self._idle_check is not None and self._idle_check_full:
            self._idle_check.stop()  # waiting for the long pause: the short one comes first now
            self._idle_check = None
        if self._idle_check is None and self.index_ready:
            self._arm_idle_check(self.IDLE_COLLECT_AFTER_S, full=False)

    def _arm_idle_check(self, wait: float, *, full: bool) -> None:
        self._idle_check_full = full
        self._idle_check = self.set_timer(max(wait, 0.01), self._collect_if_idle, name="idle collect")

    def _collect_if_idle(self) -> None:
        self._idle_check = None
        if self._input_since_collect:
            due = self.IDLE_COLLECT_AFTER_S
        elif self._frozen_since_full:
            due = self.IDLE_FULL_COLLECT_AFTER_S
        else:
            return
        now = time.monotonic()
        # Not idle yet: input came after the timer was set, messages are still queued, or a
        # worker is running (a search, the fact sheet, a reindex: a collection holds the GIL and
        # would delay the result the user is waiting for), or ran less than the quiet period ago
        # (its result is being shown: the screen's first layout and paint). Look again later.
        busy = self.message_queue_size > 0 or any(not worker.is_finished for worker in self.workers)
        if busy:
            self._last_busy = now
        quiet_for = now - max(self._last_input, self._last_busy)
        if quiet_for < due or busy:
            wait = due - quiet_for if not busy else self.IDLE_COLLECT_AFTER_S / 4
            self._arm_idle_check(wait, full=not self._input_since_collect)
            return
        self._input_since_collect = False
        # Counted by the passes, not with gc.get_freeze_count(): it walks every frozen object.
        grown = self._frozen_since
        open_screens = set(self.screen_stack)
        full = (
            quiet_for >= self.IDLE_FULL_COLLECT_AFTER_S
            or grown > self.FROZEN_GROWTH_FOR_FULL * max(self._frozen_after_full, 1)
            or any(screen not in open_screens for screen in self._frozen_screens)
        )
        started = time.perf_counter()
        if full:
            # Unfreeze first: garbage among the objects frozen by the passes since the last full
            # one (a closed screen's cycles) is freed now.
            self._full_pass()
            self._frozen_since_full = False
            self.idle_full_collections += 1
        else:
            self._frozen_since += collect_new()
            self._frozen_since_full = True
            self._arm_idle_check(self.IDLE_FULL_COLLECT_AFTER_S - quiet_for, full=True)
        # Frozen by this pass, full or fast: the screens open now. One that Textual still held
        # once closed (its update timer, its worker and the context of its last message keep the
        # screen closed last) is frozen again and left to the next full pass: kept in sight, it
        # made nearly every pass a full one (73 of 79 in a run of tests/perf/tui_keys.py).
        self._frozen_screens = weakref.WeakSet(open_screens)
        self.idle_collection_seconds += time.perf_counter() - started
        self.idle_collections += 1

    def _full_pass(self) -> None:
        """Collect everything and freeze what survives (:func:`keep_out_of_collector`), the fast
        passes' count of what they froze started again from it."""
        keep_out_of_collector()
        self._frozen_after_full = gc.get_freeze_count()  # once per full pass (~100-200 ms)
        self._frozen_since = 0

    def index_opened(self, *, first: bool) -> None:
        """The index is open (the first build, or again after ``R``): what the app holds now,
        most of it kept for the session, is frozen out of the collector's sight (a full pass);
        ``first``: the first time, the screens' modules are warmed up at the next pause."""
        if first:
            from waic_reader.tui.warm_up import modules_for

            self._to_warm = modules_for(self.corpus_formats())
            self.set_timer(self.WARM_UP_AFTER_S, self._warm_up_if_idle, name="warm up")
        self._full_pass()

    def corpus_formats(self) -> frozenset[str]:
        """The formats of the corpus's files (``Entry.format``), which tell what the warm-up
        imports (:func:`~waic_reader.tui.warm_up.modules_for`); WaicReaderApp gives its corpus's."""
        return frozenset()

    def quiet_for(self) -> float:
        """Seconds since the last key or mouse event."""
        return time.monotonic() - self._last_input

    def busy(self) -> bool:
        """Is a worker running (a search, an article being opened, the warm-up)?"""
        return any(not worker.is_finished for worker in self.workers)

    def _warm_up_if_idle(self) -> None:
        """Start the warm-up worker once no key or mouse event came for WARM_UP_AFTER_S and no
        worker runs (a search or an article being opened must not share the interpreter)."""
        if not self._to_warm:
            return
        quiet_for = self.quiet_for()
        if quiet_for < self.WARM_UP_AFTER_S or self.busy():
            self.set_timer(max(self.WARM_UP_AFTER_S - quiet_for, 0.1), self._warm_up_if_idle, name="warm up")
            return
        self._warm_up(self._to_warm)

    @work(thread=True, exclusive=True, exit_on_error=False, group="warm-up", name="warm up")
    def _warm_up(self, modules: list[str]) -> None:
        from waic_reader.tui.warm_up import warm_up

        worker = get_current_worker()
        started = time.monotonic()
        # Stopped by any input since it started: the key is handled first, the rest waits.
        left = warm_up(modules, lambda: worker.is_cancelled or self._last_input > started)
        if not worker.is_cancelled:  # cancelled: the app is closing
            self.call_from_thread(self._warm_later, left)

    def _warm_later(self, left: list[str]) -> None:
        self._to_warm = left
        if left:
            self.set_timer(self.WARM_UP_AFTER_S, self._warm_up_if_idle, name="warm up")
