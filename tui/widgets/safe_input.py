"""SafeInput: an ``Input`` that never sends a control character to the terminal.

Typed and pasted text goes in with its control characters as the app shows them everywhere
(``visible``: BEL as ␇, U+202E as ``<U+202E>``), not raw and not as ``�``; a value set by the
program (history, a remembered query) is shown through the :class:`~waic_reader.tui.safe.StandIns`
highlighter, one stand-in a character, so the cursor stays where it is. The search box and every
find/filter box are one.

Keys bound to an action (``ctrl+u``, ``backspace``, the arrows, ``enter``, the screen's ``tab`` and
``escape``) run here, in the order typed: Textual types a letter in the box's own handler but runs a
bound key only once the key has bubbled up to the app, so letters typed straight after it (in one
read from the terminal, or queued while the app was busy) went in first and ``ctrl+u`` then
``abc`` left ``""`` (Textual issue #6605).
"""

from __future__ import annotations

from typing import Any

from textual import events
from textual.widgets import Input

from waic_reader.index.corpus.text import visible
from waic_reader.tui.safe import StandIns


class SafeInput(Input):
    def __init__(self, **kwargs: Any) -> None:  # Input's own keyword arguments
        kwargs.setdefault("highlighter", StandIns())  # a control set as the value is shown, not sent raw
        if isinstance(kwargs.get("value"), str):
            kwargs["value"] = visible(kwargs["value"], keep_newlines=False)
        super().__init__(**kwargs)

    def replace(self, text: str, start: int, end: int) -> None:
        """Insert ``text`` (typed or pasted) with its control characters as stand-ins; the
        query parser and find read a stand-in as a space (a control character is no part of a
        word)."""
        super().replace(visible(text, keep_newlines=False), start, end)

    async def on_key(self, event: events.Key) -> None:
        """Run the action bound to a key that types nothing now, before the keys queued after it,
        as the app would run it once the key had bubbled up: the binding of the box or of the
        nearest widget or screen above it (a priority binding has had its turn already)."""
        if event.is_printable:
            return  # Input types it, in order
        bound = self.screen.active_bindings.get(event.key)
        if bound is None or bound.binding.priority or not bound.enabled:
            return
        if await self.app.run_action(bound.binding.action, bound.node):
            event.stop()
            event.prevent_default()
