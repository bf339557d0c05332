"""FindBar: a one-line box for finding or filtering on the current screen (``ctrl+f``).

Typing posts ``Input.Changed`` and ``enter`` ``Input.Submitted`` as any ``Input`` does;
``escape`` hides the box and posts :class:`FindBar.Closed` (the screen then clears what the
box found), so a screen's own ``escape`` (back) is not reached while the box has focus. Pasted
control characters are shown as stand-ins, as in the search box (:class:`SafeInput`).
"""

from __future__ import annotations

from textual.binding import Binding
from textual.message import Message

from waic_reader.tui.widgets.safe_input import SafeInput


class FindBar(SafeInput):
    DEFAULT_CSS = """
    FindBar {
        height: 1;
        border: none;
        padding: 0 1;
        display: none;
    }
    FindBar:focus {
        border: none;
    }
    """
    BINDINGS = [Binding("escape", "close", "Close", tooltip="Close the box and clear what it found", id="find.close")]

    class Closed(Message):
        """The box was closed with escape."""

        def __init__(self, bar: FindBar) -> None:
            super().__init__()
            self.bar = bar

        @property
        def control(self) -> FindBar:
            return self.bar

    def open(self) -> None:
        """Show the box and focus it, its text selected (typing replaces it)."""
        self.display = True
        self.screen.set_focus(self)  # now: keys read with the one that opened it are typed here (tui/early_keys.py)
        self.select_all()

    def action_close(self) -> None:
        self.display = False
        self.post_message(self.Closed(self))
