"""Keys typed while a text box opens reach the box, in the order typed (issue 13).

A key read from the terminal is routed at once to the focused widget (or the screen), and a
binding runs only when the key has bubbled back up to the app. So the keys read with ``/`` (a
paste of ``/hinton`` followed by enter, or fast typing) were all routed to the library before
``/`` opened the search screen; they bubbled back once it was open, where no binding took them
(``j`` / ``k`` even moved its result list) and no box typed them. The same for ``ctrl+f`` in the
reader (``n`` stepped matches) and for the box of a screen still being mounted, which has no
focus yet: keys routed to the screen itself were lost.

The app (:meth:`WaicReaderApp.on_event` and ``_on_key``) notes where it routed each key; a key
that comes back up unhandled from anywhere but the focused box is given to the box, and while a
screen's box is not focused yet (:class:`TakesEarlyKeys`: its ``early_keys`` list), kept for it
and given in order when the screen focuses it (:meth:`TakesEarlyKeys.box_ready`).

Keys read after an ``enter`` given to a box are not the box's: enter submits, and they act on
what it opened (the reader, the result list), in order. The same for every key that takes the focus
out of a box (:data:`LEAVES_BOX`: ``tab`` and ``shift+tab`` to the next widget, ``escape`` closing
a find bar or leaving the search; session 16: ``tab`` then ``nn`` in one read typed ``nn`` into the
box, as it still had them queued when the focus moved). Read in the same go as the enter (or
while the article it opens is still loading), they went into the box ("Vargan", "no matches
for Reyesn") or to a reader not yet shown (``n`` lost). :class:`HeldKeys` keeps them from the
enter until the screen is quiet (every queue empty, no box still opening, and the screen's
``keys_wait()`` false: the reader's article shown, the search's enter done), then gives them
to the app again, routed as if read now.

The same hold is started by a step that leaves what is shown for something still loading
(issue 13, s16): the reader's ``n`` / ``N`` / ``[`` / ``]`` / a fact's next value into another
article (and the search for the followed entity's next one), whose keys wait until it is shown
(``n n`` in one read took one step: the second found no article loaded); the fact sheet's cursor
moved to another fact, whose keys wait until it is highlighted (``down right`` lost the
``right``: the highlight, handled after it, reset the value).

And by an enter given to a list whose enter opens something (:class:`OpensOnEnter`: the entity
matrix's table opens the mentions dialog, the Quotes screen's speaker list fills and focuses the
statements; issue 13, s16b, N5 and N6): the keys read with it were routed to the list before
its enter had run, so ``enter enter`` left the dialog open and ``enter j j`` moved the speakers.
"""

from __future__ import annotations

from collections.abc import Callable
from time import monotonic
from typing import Any

from textual import events
from textual.dom import NoScreen
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input

from waic_reader.tui.widgets.safe_input import SafeInput

ROUTED = "_waic_routed_to"  # the attribute on a key naming the widget (or screen) it was routed to
READ = "_waic_read"  # the attribute on a routed key: its place in the order keys were routed
_routed_count = 0  # keys routed so far (this process)


def routed(event: events.Key, target: Widget | None) -> None:
    """Note where the app routed ``event`` (read from the terminal), and when: its place in the
    order of the keys routed (a hold keeps only the keys read after the key that started it)."""
    global _routed_count
    _routed_count += 1
    setattr(event, ROUTED, target)
    setattr(event, READ, _routed_count)


def copy_key(event: events.Key) -> events.Key:
    """A new event for ``event``'s key, given again later: it keeps the time the key was read
    (an export is of what was on screen then: ExportWhenShown)."""
    key = events.Key(event.key, event.character)
    key.time = event.time
    return key


QUIT_KEYS = ("ctrl+q",)  # never kept: quit works from anywhere at once
# Keys that, given to a box, take the focus out of it (or submit it): the keys read after one are
# for what has the focus then, kept by HeldKeys until the box has let go. Every text box: the search
# box, the find bars (reader, library filter), the picker's filter, the export path, the palette's.
LEAVES_BOX = ("enter", "tab", "shift+tab", "escape")
HOLD_POLL_S = 0.01  # how often a hold looks whether the screen is quiet
HOLD_AT_MOST_S = 3.0  # kept keys are given on after this even if the screen never gets quiet


class OpensOnEnter:
    """A list (not a box) whose enter opens or focuses something: the keys read after its enter
    are kept for that, as after an enter given to a box (App.on_event, :func:`holds_after`)."""


OPENER = "_waic_opens"  # the attribute on a list's enter that started a hold (holds_after)


def holds_after(event: events.Key, target: object) -> bool:
    """Are the keys read after ``event``, routed to ``target``, for what it opens or focuses?
    A list's enter runs its binding once back up at the app, after the hold has started: it is
    marked, not to be kept itself (:func:`stray_key`)."""
    if isinstance(target, Input):
        return event.key in LEAVES_BOX
    if isinstance(target, OpensOnEnter) and event.key == "enter":
        setattr(event, OPENER, True)
        return True
    return False


def moves_focus(screen: Screen[object], event: events.Key) -> bool:
    """Is ``event`` one of the keys ``screen`` names as moving the focus (``FOCUS_KEYS``: the
    reader's ``b`` and ``e``, whose side panel is mounted the first time it is shown and then
    focused)? The keys read with it are for what it focuses (t13am N12: ``b G m`` in one go
    scrolled the article and said "Select a block first", the panel not yet focused)."""
    return event.key in getattr(screen, "FOCUS_KEYS", ())


class HeldKeys:
    """Keys read after an enter (or another key of :data:`LEAVES_BOX`) given to a box, kept
    until what it did is done."""

    def __init__(self, app: Any) -> None:  # the App (Any: App's set_timer / post_message)
        self.app = app
        self.keys: list[events.Key] | None = None
        self._after = 0  # the routed keys' count when the hold started (see hold)
        self._since = 0.0
        self._clean = 0  # quiet rounds in a row (_check)

    @property
    def holding(self) -> bool:
        return self.keys is not None

    def hold(self, event: events.Key) -> bool:
        """While holding, keep ``event`` (read from the terminal) for later. True: kept."""
        if self.keys is None or event.key in QUIT_KEYS:
            return False
        if getattr(event, READ, self._after + 1) <= self._after:
            # Routed before the key that started the hold and only now back up unhandled: read
            # before it, so not for what it opens (t13ah N13: the matrix's ``/`` and query,
            # routed to the table with the enter after them, were kept after the ``n``).
            return False
        self.keys.append(copy_key(event))
        return True

    def start(self, keys: list[events.Key] | None = None, read: int = 0) -> None:
        """An enter was given to a box: keep the keys read from now on (``keys`` first). ``read``:
        the place of the key starting the hold in the order keys were routed (:func:`routed`),
        when it starts as that key is routed; keys routed before it are then never kept."""
        if self.keys is not None:
            self.keys[:0] = keys or []
            return
        self.keys = list(keys or [])
        self._after = read
        self._since = monotonic()
        self._clean = 0
        self._round()

    def _round(self) -> None:
        """Let every node of the screen finish what it has queued (and what it is handling: a
        callback queued on each runs after it), then look: two quiet rounds in a row, and the
        keys go on."""
        if self._closing():
            return
        nodes = list(self.app.screen.walk_children(with_self=True))
        left = len(nodes)

        def done() -> None:
            nonlocal left
            left -= 1
            if left == 0:
                self._check()

        left -= sum(not node.call_later(done) for node in nodes)
        if left <= 0:
            self.app.set_timer(HOLD_POLL_S, self._check, name="keys after enter")

    def _closing(self) -> bool:
        """The app is closing (its screens gone, as after q while keys were held): the kept keys
        have nothing to go to and are dropped. A hold's round queued before the close ran after
        it and raised ScreenStackError in the clean-clone CI (session 17)."""
        if self.app.is_running and self.app.screen_stack:
            return False
        self.keys = None
        return True

    def _check(self) -> None:
        if self.keys is None or self._closing():
            return
        if screen_busy(self.app.screen):
            self._clean = 0
        else:
            self._clean += 1
        if self._clean < 2 and monotonic() - self._since < HOLD_AT_MOST_S:
            if self._clean:
                self.app.call_later(self._round)
            else:  # something is under way (a worker, a screen mounting): look again soon
                self.app.set_timer(HOLD_POLL_S, self._round, name="keys after enter")
            return
        keys, self.keys = self.keys, None
        for key in keys:  # routed anew on arrival (App.on_event), to what has focus then
            self.app.post_message(key)


def screen_busy(screen: Screen[object]) -> bool:
    """Is ``screen`` still taking in what an enter did (a message queued anywhere on it, its
    box not yet focused, or its own ``keys_wait()`` says so)?"""
    if getattr(screen, "early_keys", None) is not None:
        return True
    if any(node.message_queue_size for node in screen.walk_children(with_self=True)):
        return True
    wait: Callable[[], bool] | None = getattr(screen, "keys_wait", None)
    return bool(wait is not None and wait())


def in_order_in_box(screen: Screen[object], focused: Widget | None, event: events.Key) -> bool:
    """A key bound by a text box that is not one of ours (:class:`SafeInput` does this itself), or
    by a node above it: Textual's command palette. Its bound keys (``ctrl+u``, ``backspace``, the
    arrows, the palette's ``escape``) run once
    they have bubbled up to the app, after the letters read with them, which the box has typed
    by then: ``ctrl+u`` then ``abc`` left the palette's box empty (Textual issue #6605). Run the
    box's action in the box's own queue instead, in order with the keys routed to it. True:
    taken (not to be routed)."""
    if not isinstance(focused, Input) or isinstance(focused, SafeInput) or event.is_printable:
        return False
    bound = screen.active_bindings.get(event.key)
    # The box's own binding or one of a node above it (the palette's ``escape`` is the palette
    # screen's): run here either way, as SafeInput runs them. Left to bubble up, an ``escape``
    # given to the box started a hold for what the box would open (LEAVES_BOX) and was then
    # kept by that very hold, again and again: the palette never closed (t13g F5).
    if bound is None or bound.binding.priority or not bound.enabled:
        return False
    action = bound.binding.action
    focused.call_later(focused.app.run_action, action, bound.node)
    return True


def stray_key(screen: Screen[object], focused: Widget | None, event: events.Key, held: HeldKeys) -> bool:
    """``event`` came back to the app unhandled: if it was meant for a box (one focused now, or
    one the screen is opening), give it to the box (or keep it for it). True: taken."""
    if not hasattr(event, ROUTED):
        return False  # made by the app itself (a simulated key), not read from the terminal
    target = getattr(event, ROUTED)
    if getattr(event, OPENER, False):
        if not _screen_left(target, screen):
            return False  # a list's enter that started the hold: its binding runs now (holds_after)
        # The list's screen was left before its enter came back up: a key read before it (``/``)
        # opened another screen, whose box the enter is for, before the keys the hold keeps
        # after it (t13ah N13: ``/brakes`` enter ``n`` on the entity matrix opened the mentions
        # dialog; on the Quotes screen the enter and the ``n`` were lost).
        key = copy_key(event)
        early = getattr(screen, "early_keys", None)
        if early is not None:
            early.append(key)
        elif isinstance(focused, Input):
            focused.post_message(key)
        else:
            held.start([key])
        return True
    if held.hold(event):
        return True  # after an enter given to a box: for what the enter opens
    early = getattr(screen, "early_keys", None)
    if early is not None:  # the screen's box is not focused yet
        early.append(copy_key(event))
        return True
    if isinstance(focused, Input) and target is not focused and event.key not in ("ctrl+q", "ctrl+c"):
        focused.post_message(copy_key(event))
        if event.key in LEAVES_BOX:
            held.start()  # the keys after it are for what it opens, or what the focus moves to
        return True
    return False


def _screen_left(target: object, screen: Screen[object]) -> bool:
    """Whether ``target`` (where a key was routed: a widget or a screen) is not on ``screen``,
    the screen shown now."""
    if isinstance(target, Screen):
        return target is not screen
    if isinstance(target, Widget):
        try:
            return target.screen is not screen
        except NoScreen:  # a widget removed meanwhile is on no screen
            return True
    return False


class TakesEarlyKeys:
    """A screen opened with a text box to type in: keys arriving before the box has focus are
    kept (``early_keys``) and given to it, in order, by :meth:`box_ready`."""

    early_keys: list[events.Key] | None = None

    def expect_box(self) -> None:
        """From now until :meth:`box_ready`, keys are kept for the box (call in ``__init__``)."""
        self.early_keys = []

    def box_ready(self, box: Input) -> None:
        """Focus ``box`` now (not after the app's queue, as ``focus()`` does: keys already
        queued would go elsewhere) and give it the keys kept for it, in order."""
        assert isinstance(self, Screen)
        self.set_focus(box)
        keys, self.early_keys = self.early_keys, None
        keys = keys or []
        for at, key in enumerate(keys):
            box.post_message(key)
            if key.key in LEAVES_BOX:  # the keys after it are for what it opens (or focuses)
                held: HeldKeys = getattr(self.app, "held_keys")  # noqa: B009  # WaicReaderApp's (no import cycle)
                held.start(keys[at + 1 :])
                break
