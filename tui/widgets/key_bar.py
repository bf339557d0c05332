"""KeyBar: the screen's keys on one line at the bottom, drawn by one widget.

Textual's ``Footer`` is a container of one widget per key (about 20 on the reader: keys,
groups, labels), each mounted, styled and laid out whenever a screen opens and whenever the
shown keys change. Measured with the benchmark's per-key latency (``tests/perf/tui_keys.py``,
under cProfile), those widgets were about 40% of the CPU time of opening the reader on a long
article. This bar shows the same keys, the same way (key, then what it does; a group's keys
together before the group's name; the command palette's key on the right; disabled keys dim),
from :attr:`Screen.active_bindings`, redrawn only when they change. A click on a key presses
it; the mouse over a key shows its tooltip.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import groupby
from typing import TYPE_CHECKING, Any

from textual import events
from textual.content import Content
from textual.reactive import reactive
from textual.widget import Widget

if TYPE_CHECKING:
    from textual.binding import Binding
    from textual.screen import Screen

# $hl-footer-…-fg: the theme's footer colours, nudged where they read under 4.5:1 (tui/highlights.py)
KEY_STYLE = "bold $hl-footer-key-fg on $footer-key-background"
DESCRIPTION_STYLE = "$hl-footer-description-fg on $footer-description-background"
HOVER_STYLE = "on $block-hover-background"
SEPARATOR = "▏"  # before the command palette's key, as Footer's border


@dataclass(frozen=True)
class Key:
    """One key as shown: what to press, how it is shown, what it does."""

    key: str  # the key name pressed by a click (``Binding.key``: one key)
    display: str  # ``App.get_key_display``
    description: str  # empty for a key shown in a group
    enabled: bool
    tooltip: str


@dataclass(frozen=True)
class Entry:
    """A key with its description, or a group: several keys and the group's name."""

    keys: tuple[Key, ...]
    description: str


def entries_of(screen: Screen[Any]) -> tuple[tuple[Entry, ...], Key | None]:
    """The shown keys of ``screen`` as Footer groups them (one key per action, the first bound;
    consecutive keys of one ``Binding.Group`` together), and the command palette's key."""
    app = screen.app
    active = screen.active_bindings
    by_action: defaultdict[str, list[tuple[Binding, bool, str]]] = defaultdict(list)
    for _node, binding, enabled, tooltip in active.values():
        if binding.show:
            by_action[binding.action].append((binding, enabled, tooltip))

    def key(binding: Binding, enabled: bool, tooltip: str, description: str) -> Key:
        return Key(binding.key, app.get_key_display(binding), description, enabled, tooltip or binding.description)

    entries: list[Entry] = []
    for group, runs in groupby(by_action.values(), lambda bound: bound[0][0].group):
        firsts = [bound[0] for bound in runs]
        if group is not None and len(firsts) > 1:
            entries.append(Entry(tuple(key(b, e, t, "") for b, e, t in firsts), group.description))
        else:
            entries.extend(Entry((key(b, e, t, b.description),), b.description) for b, e, t in firsts)
    palette = None
    if app.ENABLE_COMMAND_PALETTE and app.COMMAND_PALETTE_BINDING in active:
        _node, binding, enabled, tooltip = active[app.COMMAND_PALETTE_BINDING]
        palette = key(binding, enabled, binding.tooltip, binding.description)
    return tuple(entries), palette


class KeyBar(Widget):
    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        background: $footer-background;
        color: $footer-foreground;
    }
    """
    ALLOW_SELECT = False

    hovered: reactive[Key | None] = reactive(None)  # the key under the mouse

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.entries: tuple[Entry, ...] = ()
        self.palette: Key | None = None
        self.placed: list[tuple[int, int, Key]] = []  # (start, end, key) of each key as last drawn

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self.bindings_changed)
        self.bindings_changed(self.screen)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def bindings_changed(self, screen: Screen[Any]) -> None:
        if screen is not self.screen:
            return
        shown = entries_of(screen)
        if shown != (self.entries, self.palette):
            self.entries, self.palette = shown
            self.refresh()

    def shown_keys(self) -> list[Key]:
        """Every key drawn, in order (the command palette's last)."""
        return [key for _, _, key in self.placed]

    def render(self) -> Content:
        places: list[tuple[int, int, Key]] = []  # (start, end of the key's own part, key)
        parts: list[Content] = []
        x = 0

        def add(text: str, style: str, key: Key | None = None) -> None:
            nonlocal x
            parts.append(Content.styled(text, self._style(style, key)))
            x += len(text)

        for entry in self.entries:
            if len(entry.keys) > 1:  # a group: " n N ^f Matches "
                for key in entry.keys:
                    start = x
                    add(f" {key.display}", KEY_STYLE, key)
                    places.append((start, x, key))
                add(f" {entry.description} ", DESCRIPTION_STYLE)
                continue
            key = entry.keys[0]  # " esc Back "
            start = x
            add(f" {key.display} ", KEY_STYLE, key)
            places.append((start, x, key))
            add(f"{key.description} ", DESCRIPTION_STYLE, key)
            places[-1] = (start, x, key)
        line = Content("").join(parts)
        if self.palette is not None:
            # The palette's key at the right edge; the keys before it cut to make room. A key
            # cut after its own part ("/ Sea…") can still be clicked; one cut inside it is gone.
            palette = self.palette
            tail = Content.assemble(
                (SEPARATOR, "dim"),
                Content.styled(f"{palette.display} ", self._style(KEY_STYLE, palette)),
                Content.styled(f"{palette.description} ", self._style(DESCRIPTION_STYLE, palette)),
            )
            room = max(0, self.size.width - tail.cell_length)
            if line.cell_length > room:
                line = line[: max(0, room - 1)] + Content("…")
                places = [(a, min(b, room - 1), k) for a, b, k in places if a + len(k.display) + 1 <= room - 1]
            start = max(room, line.cell_length)
            line = line + Content(" " * (start - line.cell_length)) + tail
            places.append((start, start + tail.cell_length, palette))
        self.placed = places
        return line

    def _style(self, style: str, key: Key | None) -> str:
        if key is not None and not key.enabled:
            style = f"{style} dim"
        if key is not None and key == self.hovered:
            style = f"{style} {HOVER_STYLE}"
        return style

    def _at(self, x: int) -> Key | None:
        return next((key for start, end, key in self.placed if start <= x < end), None)

    def on_mouse_move(self, event: events.MouseMove) -> None:
        key = self._at(event.x)
        self.hovered = key
        self.tooltip = key.tooltip if key is not None else None

    def on_leave(self, event: events.Leave) -> None:
        self.hovered = None

    def watch_hovered(self) -> None:
        self.refresh()

    def on_click(self, event: events.Click) -> None:
        key = self._at(event.x)
        if key is None:
            return
        if key.enabled:
            self.app.simulate_key(key.key)
        else:
            self.app.bell()
