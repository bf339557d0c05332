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
"""

from __future__ import annotations

from textual import events
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Input

ROUTED = "_waic_routed_to"  # the attribute on a key naming the widget (or screen) it was routed to


def routed(event: events.Key, target: Widget | None) -> None:
    """Note where the app routed ``event`` (read from the terminal)."""
    setattr(event, ROUTED, target)


def copy_key(event: events.Key) -> events.Key:
    return events.Key(event.key, event.character)


def stray_key(screen: Screen[object], focused: Widget | None, event: events.Key) -> bool:
    """``event`` came back to the app unhandled: if it was meant for a box (one focused now, or
    one the screen is opening), give it to the box (or keep it for it). True: taken."""
    if not hasattr(event, ROUTED):
        return False  # made by the app itself (a simulated key), not read from the terminal
    target = getattr(event, ROUTED)
    early = getattr(screen, "early_keys", None)
    if early is not None:  # the screen's box is not focused yet
        early.append(copy_key(event))
        return True
    if isinstance(focused, Input) and target is not focused and event.key not in ("ctrl+q", "ctrl+c"):
        focused.post_message(copy_key(event))
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
        for key in keys or ():
            box.post_message(key)
