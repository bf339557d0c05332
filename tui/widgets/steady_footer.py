"""SteadyFooter: Textual's Footer, rebuilt only when the keys it shows change.

Textual's Footer rebuilds all its key widgets whenever the screen says its bindings may have
changed, which happens twice for one key that moves the focus or shows a panel (measured with
the benchmark's per-key latency, ``tests/perf/tui_keys.py``): tens of widgets mounted, styled
and laid out again each time, a third of the CPU time of opening the reader's entity panel on a
long article. Most of those rebuilds show exactly the same keys.
"""

from __future__ import annotations

from typing import Any

from textual.screen import Screen
from textual.widgets import Footer


class SteadyFooter(Footer):
    """A Footer that skips a rebuild showing the same keys, enabled the same way."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._shown: tuple[tuple[object, ...], ...] | None = None

    def bindings_changed(self, screen: Screen[Any]) -> None:
        shown = tuple(
            (b.key, b.action, b.description, b.key_display, b.group, enabled, tooltip)
            for (_node, b, enabled, tooltip) in screen.active_bindings.values()
            if b.show or b.key == screen.app.COMMAND_PALETTE_BINDING
        )
        if shown == self._shown and screen is self.screen:
            return
        if screen.app.app_focus:  # without focus Footer does not rebuild: remember nothing then
            self._shown = shown
        super().bindings_changed(screen)
