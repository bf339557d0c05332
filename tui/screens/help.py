"""HelpScreen: every key of the screen underneath, grouped, with what it does."""

from __future__ import annotations

import re

from rich.cells import cell_len
from textual import events
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from waic_reader.tui.safe import plain

EVERYWHERE = "Everywhere"
INDENT = 2  # cells before the key column
GAP = 2  # cells between the key column and the description column
MIN_DESCRIPTION = 8  # the description column is never narrower (a narrower dialog cuts it)
ROOMY_DESCRIPTION = 40  # with this much room beside them a row's keys are kept on one line
HIDDEN_ACTIONS = {"app.focus_next", "app.focus_previous", "focus_next", "focus_previous"}


def screen_title(screen: Screen[object]) -> str:
    """A screen's name in words for the help's title: its ``HELP_TITLE``, else its class name
    in words ("EntityMatrixScreen" -> "Entity matrix"; issue 13 F9: the help read "Keys:
    EntityMatrix", a class name)."""
    title = getattr(screen, "HELP_TITLE", None)
    if isinstance(title, str) and title:
        return title
    words = re.findall(r"[A-Z][a-z0-9]*|[a-z0-9]+", type(screen).__name__.removesuffix("Screen")) or ["This screen"]
    return " ".join([words[0], *(w.lower() for w in words[1:])])


class HelpScreen(ModalScreen[None]):
    BINDINGS = [
        Binding("escape,question_mark,q", "dismiss", "Close", tooltip="Close help", id="help.close"),
        Binding("j,down", "scroll(1)", "Down", show=False, id="help.down"),
        Binding("k,up", "scroll(-1)", "Up", show=False, id="help.up"),
    ]

    def __init__(self, target: Screen[object]) -> None:
        super().__init__()
        self.target = target

    def compose(self) -> ComposeResult:
        with Vertical(id="help-dialog"):
            yield Static(plain(f"Keys: {screen_title(self.target)}", "bold"), id="help-title")
            with VerticalScroll(id="help-body"):
                yield HelpKeys(self.render_keys(), id="help-keys")
            yield Static(
                plain("escape closes  ·  ctrl+p: command palette (open an article, search, theme)"), id="help-foot"
            )

    def groups(self) -> dict[str, list[tuple[str, str]]]:
        """The keys the screen and the app declare, by group; the screen's own first."""
        groups: dict[str, list[tuple[str, str]]] = {}
        app = self.app
        # The screen's own keys, then those of our widgets on it that declare their own (the
        # timeline's chart, the fact sheet's table, ...), then the app's.
        kinds: list[type[DOMNode]] = [type(self.target)]
        for widget in self.target.walk_children():
            kind = type(widget)
            displayed = all(node.display for node in widget.ancestors_with_self if node is not self.target)
            if (
                displayed
                and kind.__module__.startswith("waic_reader.")
                and "BINDINGS" in vars(kind)
                and kind not in kinds
            ):
                kinds.append(kind)
        taken: set[str] = set()  # a key the screen itself binds is listed once, as the screen's
        owners: list[tuple[type[DOMNode], str]] = [(k, "This screen") for k in kinds]
        for kind, default_group in [*owners, (type(app), EVERYWHERE)]:
            for binding in Binding.make_bindings(getattr(kind, "BINDINGS", [])):
                if binding.system or binding.action in HIDDEN_ACTIONS:
                    continue
                if default_group != EVERYWHERE:
                    if binding.key in taken:
                        continue
                    taken.add(binding.key)
                group = binding.group.description if binding.group is not None else default_group
                description = binding.description or binding.action
                if binding.tooltip and binding.tooltip != description:
                    description = f"{description}: {binding.tooltip}"
                keys = binding.key_display or binding.key
                rows = groups.setdefault(group, [])
                # Bindings expanded from "j,down" share a description: show their keys together.
                for i, (shown, text) in enumerate(rows):
                    if text == description:
                        rows[i] = (
                            f"{shown}, {app.get_key_display(binding) if not binding.key_display else keys}",
                            text,
                        )
                        break
                else:
                    rows.append((app.get_key_display(binding) if not binding.key_display else keys, description))
        everywhere = groups.pop(EVERYWHERE, [])
        everywhere += [
            ("ctrl+p", "Command palette: open an article, run a search, change theme"),
            ("escape", "Back one level"),
        ]
        groups[EVERYWHERE] = everywhere
        return groups

    def render_keys(self, width: int = 0) -> Content:
        """The keys by group, in two columns: the keys right-aligned in a column as wide as the
        widest row's keys where that leaves the descriptions room, else as the widest single key,
        a row's several keys ("j, down") then split between lines at their commas where they do
        not fit it (a key is never split), and the description beside them wrapped
        within its own column at ``width`` cells (0: not wrapped). At 60 columns the rows had
        wrapped as one line, a description running on under the keys and a key broken mid-word
        (t13m F19)."""
        groups = self.groups()
        singles = [k for rows in groups.values() for keys, _ in rows for k in keys.split(", ")]
        key_width = max((cell_len(k) for k in singles), default=0) + 1  # + a comma ending a line of keys
        whole = max((cell_len(keys) for rows in groups.values() for keys, _ in rows), default=0)
        if not width or width - INDENT - whole - GAP >= ROOMY_DESCRIPTION:
            key_width = max(key_width, whole)  # room for every row's keys on one line
        text_width = max(MIN_DESCRIPTION, width - INDENT - key_width - GAP) if width else 0
        pad = " " * INDENT
        parts: list[Content] = []
        for group, rows in groups.items():
            parts.append(Content.styled(group, "bold $hl-panel-title-fg"))
            for keys, description in rows:
                key_lines = _key_lines(keys, key_width)
                text_lines = Content(description).wrap(text_width) if text_width else [Content(description)]
                for i in range(max(len(key_lines), len(text_lines))):
                    key = key_lines[i] if i < len(key_lines) else ""
                    text = text_lines[i].rstrip() if i < len(text_lines) else Content("")
                    parts.append(Content.assemble(pad, (key.rjust(key_width), "bold"), " " * GAP, text))
            parts.append(Content(""))
        return Content("\n").join(parts)

    def action_scroll(self, delta: int) -> None:
        body = self.query_one("#help-body", VerticalScroll)
        body.scroll_relative(y=delta, animate=False)


def _key_lines(keys: str, width: int) -> list[str]:
    """A row's keys ("j, down", "shift+space, pageup") as lines of at most ``width`` cells,
    broken only after a comma: a key is never split (the key column is as wide as the widest
    key and its comma)."""
    lines: list[str] = []
    split = keys.split(", ")
    for i, key in enumerate(split):
        comma = "," if i < len(split) - 1 else ""  # a line ending before another key ends in one
        if lines and cell_len(f"{lines[-1]}, {key}{comma}") <= width:
            lines[-1] = f"{lines[-1]}, {key}"
        elif lines:
            lines[-1] += ","
            lines.append(key)
        else:
            lines.append(key)
    return lines


class HelpKeys(Static):
    """The help's keys, laid out again for the width they are shown at (the descriptions wrap
    within their column)."""

    DEFAULT_CSS = """
    HelpKeys {
        text-wrap: nowrap;
    }
    """

    _laid_out_at = -1

    def on_resize(self, event: events.Resize) -> None:
        width = event.size.width
        if width != self._laid_out_at and isinstance(self.screen, HelpScreen):
            self._laid_out_at = width
            self.update(self.screen.render_keys(width))
