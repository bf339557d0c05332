"""HelpScreen: every key of the screen underneath, grouped, with what it does."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from .safe import plain

EVERYWHERE = "Everywhere"
HIDDEN_ACTIONS = {"app.focus_next", "app.focus_previous", "focus_next", "focus_previous"}


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
            yield Static(plain(f"Keys: {type(self.target).__name__.replace('Screen', '')}", "bold"),
                         id="help-title")
            with VerticalScroll(id="help-body"):
                yield Static(self.render_keys(), id="help-keys")
            yield Static(plain("escape closes  ·  ctrl+p: command palette (open an article, search, theme)"),
                         id="help-foot")

    def groups(self) -> dict[str, list[tuple[str, str]]]:
        groups: dict[str, list[tuple[str, str]]] = {}
        seen: set[tuple[str, str]] = set()
        app = self.app
        for key, active in self.target.active_bindings.items():
            binding = active.binding
            if binding.system or binding.action in HIDDEN_ACTIONS:
                continue
            if active.node is app:
                group = EVERYWHERE
            elif binding.group is not None:
                group = binding.group.description
            elif active.node is self.target:
                group = "This screen"
            else:
                group = f"In the {type(active.node).__name__}"
            display = app.get_key_display(binding)
            description = binding.description or binding.action
            if binding.tooltip:
                description = f"{description}: {binding.tooltip}"
            if (display, description) in seen:
                continue
            seen.add((display, description))
            groups.setdefault(group, []).append((display, description))
        groups.setdefault(EVERYWHERE, [])
        for extra in (("ctrl+p", "Command palette: open an article, run a search, change theme"),
                      ("escape", "Back one level")):
            if extra not in groups[EVERYWHERE]:
                groups[EVERYWHERE].append(extra)
        ordered = {k: v for k, v in groups.items() if k != EVERYWHERE}
        ordered[EVERYWHERE] = groups[EVERYWHERE]
        return ordered

    def render_keys(self) -> Content:
        parts: list[Content] = []
        for group, rows in self.groups().items():
            parts.append(Content.styled(group, "bold $text-accent"))
            for key, description in rows:
                parts.append(Content.assemble((f"  {key:>12}  ", "bold"), description))
            parts.append(Content(""))
        return Content("\n").join(parts)

    def action_scroll(self, delta: int) -> None:
        body = self.query_one("#help-body", VerticalScroll)
        body.scroll_relative(y=delta, animate=False)
