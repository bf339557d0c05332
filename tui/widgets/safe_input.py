"""SafeInput: an ``Input`` that never sends a control character to the terminal.

Typed and pasted text goes in with its control characters as the app shows them everywhere
(``visible``: BEL as ␇, U+202E as ``<U+202E>``), not raw and not as ``�``; a value set by the
program (history, a remembered query) is shown through the :class:`~waic_reader.tui.safe.StandIns`
highlighter, one stand-in a character, so the cursor stays where it is. The search box and every
find/filter box are one.
"""

from __future__ import annotations

from typing import Any

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
