"""HelpScreen: every key of the screen underneath, grouped, with what it does."""

from __future__ import annotations

import re

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen
from textual.widgets import Static

from waic_reader.tui.safe import plain

EVERYWHERE = "Everywhere"
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
                yield Static(self.render_keys(), id="help-keys")
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

    def render_keys(self) -> Content:
        parts: list[Content] = []
        for group, rows in self.groups().items():
            parts.append(Content.styled(group, "bold $hl-panel-title-fg"))
            for key, description in rows:
                parts.append(Content.assemble((f"  {key:>14}  ", "bold"), description))
            parts.append(Content(""))
        return Content("\n").join(parts)

    def action_scroll(self, delta: int) -> None:
        body = self.query_one("#help-body", VerticalScroll)
        body.scroll_relative(y=delta, animate=False)
