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

import unicodedata
from functools import cache
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
        nearest widget or screen above it (a priority binding has had its turn already). A
        format or C1 control character sent as a key (U+202E typed, not pasted) goes in as its
        stand-in, as pasted: Textual types printable characters only, so it vanished and glued
        the words around it (t13at N9)."""
        if event.is_printable:
            return  # Input types it, in order
        bound = self.screen.active_bindings.get(event.key)
        char = event.character if event.character is not None else _format_keys().get(event.key)
        if bound is None and char is not None and typed_invisible(char):
            event.stop()
            event.prevent_default()
            selection = self.selection
            if selection.is_empty:
                self.insert_text_at_cursor(char)
            else:
                self.replace(char, *selection)
            return
        if bound is None or bound.binding.priority or not bound.enabled:
            return
        if await self.app.run_action(bound.binding.action, bound.node):
            event.stop()
            event.prevent_default()


def typed_invisible(char: str) -> bool:
    """True for one character a key can send that is no key of its own and that Textual does not
    type (not printable): a format character (Unicode category Cf: the bidi overrides, embeddings
    and isolates, zero-width joiners, the BOM) or a C1 control (U+0080-U+009F, category Cc; the C0
    controls arrive as ``ctrl+`` keys, some of them bound, and are left to their keys)."""
    if len(char) != 1:
        return False
    return unicodedata.category(char) == "Cf" or "\x80" <= char <= "\x9f"


@cache
def _format_keys() -> dict[str, str]:
    """Key name → character, for the format characters: a key event names a character that is not
    alphanumeric by its Unicode name, lower-cased, hyphens and spaces as "_" ("right_to_left_override"),
    and one built from that name alone (a test's ``pilot.press``) may carry no character, the name's
    hyphens lost."""
    out: dict[str, str] = {}
    # (the Basic Multilingual Plane and the tag characters: all but a few rare Cf characters, read
    # in ~20 ms where every plane took ~0.3 s on the first such key)
    for code in (*range(0x10000), *range(0xE0000, 0xE0080)):
        char = chr(code)
        if unicodedata.category(char) == "Cf" and (name := unicodedata.name(char, "")):
            out[name.lower().replace("-", "_").replace(" ", "_")] = char
    return out
