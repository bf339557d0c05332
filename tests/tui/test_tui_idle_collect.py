"""The app collects garbage while the user is idle (``WaicReaderApp._collect_if_idle``): after a
quiet period following input it collects what was made since the last pass and freezes what
survived (fast: the frozen objects are not walked), so the automatic full collections that land
inside later keys walk only what those keys made. It never collects while keys keep arriving, at
most once per quiet period, never without input since the last pass; garbage it froze is freed
by a full pass (everything unfrozen and walked), which waits for a longer pause, or comes at the
short one once the frozen objects have grown too much (frozen garbage does not pile up)."""

from __future__ import annotations

import gc
import time
import weakref

from snapshot_app import SIZE, make_app, settle
from textual.pilot import Pilot

from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.reader import ReaderScreen

IDLE_S = 0.75  # the app's quiet period, shortened for the test (keys still come well within it)
FULL_S = 2.5  # the long pause before a full pass, shortened too


class Node:
    """Half of a reference cycle: freed only by the cyclic collector, not by reference counts."""

    other: Node | None = None


async def wait_for_pass(pilot: Pilot[None], app: WaicReaderApp, count: int) -> None:
    """Until the app has run ``count`` idle passes (bounded: a loaded machine delays timers)."""
    deadline = time.monotonic() + 10
    while app.idle_collections < count and time.monotonic() < deadline:
        await pilot.pause(0.05)
    assert app.idle_collections == count


async def test_idle_collection_runs_once_after_quiet_never_while_typing_and_frees_frozen_garbage() -> None:
    app = make_app()
    app.IDLE_COLLECT_AFTER_S = IDLE_S
    app.IDLE_FULL_COLLECT_AFTER_S = FULL_S
    try:
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert app.index_ready
            # No input yet: no pass, however long the app stays quiet.
            await pilot.pause(IDLE_S * 2)
            assert app.idle_collections == 0

            # Keys faster than the quiet period, for several quiet periods: never a pass.
            started = last = time.monotonic()
            gaps = []
            while time.monotonic() - started < IDLE_S * 4:
                await pilot.press("j" if len(gaps) % 2 else "k")
                now = time.monotonic()
                gaps.append(now - last)
                last = now
                assert app.idle_collections == 0, f"collected while keys arrived (gaps {gaps})"
                await pilot.pause(IDLE_S / 8)
            assert max(gaps) < IDLE_S, f"the keys came too slowly to test this: {gaps}"
            assert app.idle_collections == 0

            # A cycle made now, alive through the first pass: that (fast) pass freezes it.
            a, b = Node(), Node()
            a.other, b.other = b, a
            freed = weakref.ref(a)
            await wait_for_pass(pilot, app, 1)
            assert app.idle_full_collections == 0
            assert gc.get_freeze_count() > 0
            del a, b  # garbage now, but frozen: the collector does not look at it
            gc.collect()
            assert freed() is not None, "the idle pass did not freeze what survived it"

            # Input, then the short quiet period: a fast pass again (at the short pause, not
            # the long one), which leaves the frozen cycle alone.
            await pilot.press("j")
            pressed = time.monotonic()
            await wait_for_pass(pilot, app, 2)
            assert time.monotonic() - pressed < FULL_S, "the pass after input waited for the long pause"
            assert app.idle_full_collections == 0
            assert freed() is not None, "a fast pass walked the frozen objects"

            # Quiet for the long pause: a full pass unfreezes first, so the frozen cycle is freed.
            await wait_for_pass(pilot, app, 3)
            assert app.idle_full_collections == 1
            assert freed() is None, "garbage frozen by one idle pass outlived the full pass"

            # Quiet on without input: no more passes (nothing new, nothing frozen since).
            await pilot.pause(FULL_S * 1.5)
            assert app.idle_collections == 3
    finally:
        gc.unfreeze()  # the rest of the test session collects as usual


async def test_frozen_objects_grown_too_much_are_walked_at_the_short_pause() -> None:
    """Someone who never pauses for long still gets the garbage frozen meanwhile freed: once the
    frozen objects have grown by FROZEN_GROWTH_FOR_FULL since the last full pass, the pass at the
    short pause is a full one."""
    app = make_app()
    app.IDLE_COLLECT_AFTER_S = IDLE_S
    app.IDLE_FULL_COLLECT_AFTER_S = 600.0  # never, within the test
    try:
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert app.index_ready
            keep = [Node() for _ in range(1000)]  # alive through the first pass: frozen, new
            await pilot.press("j")
            await wait_for_pass(pilot, app, 1)
            assert app.idle_full_collections == 0
            a, b = Node(), Node()
            a.other, b.other = b, a
            freed = weakref.ref(a)
            await pilot.press("j")
            await wait_for_pass(pilot, app, 2)
            assert app.idle_full_collections == 0
            del a, b  # garbage now, frozen by the second fast pass
            gc.collect()
            assert freed() is not None
            app.FROZEN_GROWTH_FOR_FULL = 0.0  # any growth since the last full pass is too much
            await pilot.press("j")
            await wait_for_pass(pilot, app, 3)
            assert app.idle_full_collections == 1
            assert freed() is None, "the full pass at the short pause did not free the frozen cycle"
            del keep
    finally:
        gc.unfreeze()


async def test_a_screen_closed_after_a_fast_pass_is_freed_by_the_next_pass() -> None:
    """A screen open at a fast pass is frozen with everything it holds; once it is closed it is
    frozen garbage, so the next pass is a full one and frees it (as when every pass was full).
    Textual holds the screen closed last for a while (its update timer, its worker, the context
    of the message it handled last): another one is opened and closed after it, as the screen
    release test does."""
    app = make_app()
    app.IDLE_COLLECT_AFTER_S = IDLE_S
    app.IDLE_FULL_COLLECT_AFTER_S = 600.0  # never, within the test
    try:
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert app.index_ready
            first, second = app.workspace.docs[:2]
            reader = ReaderScreen(first)
            app.push_screen(reader)
            await settle(pilot)
            await pilot.press("j")
            await wait_for_pass(pilot, app, 1)
            assert app.idle_full_collections == 0  # a fast pass: the open reader is frozen now
            released = weakref.ref(reader)
            del reader
            await pilot.press("escape")
            app.push_screen(ReaderScreen(second))
            await settle(pilot)
            await pilot.press("escape")
            await settle(pilot)
            assert not isinstance(app.screen, ReaderScreen)
            await wait_for_pass(pilot, app, 2)
            assert app.idle_full_collections == 1
            gc.collect()
            assert released() is None, "the closed reader, frozen while open, outlived the next pass"
    finally:
        gc.unfreeze()


def test_collect_new_says_how_many_objects_it_froze() -> None:
    """The fast pass counts what it freezes (the growth a full pass is judged by) without
    gc.get_freeze_count(), which walks every frozen object."""
    from waic_reader.tui.idle_work import collect_new

    try:
        collect_new()
        before = gc.get_freeze_count()
        keep = [Node() for _ in range(5000)]
        frozen = collect_new()
        assert frozen >= 5000
        # what it listed, less a few objects of its own listing freed before the freeze
        assert 0 <= frozen - (gc.get_freeze_count() - before) <= 10
        assert collect_new() < 100  # nothing much made since: a few objects, not the 5,000 again
        del keep
    finally:
        gc.unfreeze()


async def test_fast_passes_never_walk_the_frozen_objects(monkeypatch: object) -> None:
    """gc.get_freeze_count() walks every frozen object (~40 ms at a million): the fast passes
    do not call it; the growth they count still makes the pass at the short pause a full one."""
    import pytest

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    app = make_app()
    app.IDLE_COLLECT_AFTER_S = IDLE_S
    app.IDLE_FULL_COLLECT_AFTER_S = 600.0  # never, within the test
    walks = []
    count = gc.get_freeze_count

    def counted() -> int:
        walks.append(1)
        return count()

    try:
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert app.index_ready
            monkeypatch.setattr(gc, "get_freeze_count", counted)
            for passes in (1, 2):
                keep = [Node() for _ in range(1000)]
                await pilot.press("j")
                await wait_for_pass(pilot, app, passes)
            assert app.idle_full_collections == 0 and walks == []
            app.FROZEN_GROWTH_FOR_FULL = 1000 / max(count(), 1)  # grown by the 2,000 Nodes frozen: too much
            await pilot.press("j")
            await wait_for_pass(pilot, app, 3)
            assert app.idle_full_collections == 1 and len(walks) == 1  # the full pass counts once
            del keep
    finally:
        gc.unfreeze()


async def test_no_pass_lands_just_after_a_worker_ends() -> None:
    """A key's work in a worker (the matrix, the timeline, the fact sheet) that outlasts the quiet
    period: the pass waited while it ran, then ran as soon as it ended, inside the key's answer,
    before the screen had laid out and painted what the worker made (a 100-300 ms pass under
    load, round s45-p). The quiet period now counts from the last time work was seen running."""
    app = make_app()
    app.IDLE_COLLECT_AFTER_S = IDLE_S
    app.IDLE_FULL_COLLECT_AFTER_S = 600.0  # never, within the test
    try:
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert app.index_ready
            await pilot.press("j")
            worker = app.run_worker(lambda: time.sleep(IDLE_S * 1.5), thread=True, name="a key's work")
            await worker.wait()
            ended = time.monotonic()
            await pilot.pause(IDLE_S / 2)
            if time.monotonic() - ended < IDLE_S / 2 + IDLE_S / 4:  # (a loaded machine: no claim)
                assert app.idle_collections == 0, "a pass landed just after the worker ended"
            await wait_for_pass(pilot, app, 1)  # and the pass still comes, once quiet
            assert time.monotonic() - ended >= IDLE_S / 2
    finally:
        gc.unfreeze()
