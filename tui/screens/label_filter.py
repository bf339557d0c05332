"""LabelFilterScreen: choose which entity labels are highlighted."""

from __future__ import annotations

from rich.segment import Segment
from rich.style import Style
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.strip import Strip
from textual.widgets import SelectionList, Static
from textual.widgets.selection_list import Selection

from waic_reader.index.analysis.entities.labels import label_description, label_name
from waic_reader.index.analysis.entities.recogniser import LABELS
from waic_reader.tui.entity_colors import label_style
from waic_reader.tui.safe import plain


class LabelList(SelectionList[str]):
    """The labels: enter applies (the list's own enter would toggle). Not a priority binding,
    which would run before the ``space``, ``a`` or ``n`` read with it in one go: every key here
    runs once it has bubbled up, in the order typed.

    Each row's box reads ``[x]`` or ``[ ]`` in the row's own text colour: SelectionList draws
    ``▐X▌`` for both, ticked or not told apart only by colour (an unticked X at ~1.3:1 in
    atom-one-light, issue 13)."""

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        segments = list(strip)
        index = self.scroll_offset.y + y
        if len(segments) < 4 or not 0 <= index < self.option_count:
            return strip
        row = segments[3].style or Style()  # the space after the button: the row's own style
        ticked = self.get_option_at_index(index).value in self.selected
        box = Segment("[x]" if ticked else "[ ]", row + Style(bold=ticked, meta={"option": index}))
        return Strip([box, *segments[3:]], strip.cell_length)

    BINDINGS = [
        Binding("enter", "screen.done", "Apply", show=False),
        Binding("space", "toggle_now", "Toggle", show=False),
        # j/k/g/G move here as in every other list of the app (issue 13: j left the highlight
        # where it was, and a burst "n j space enter" ticked the wrong label).
        Binding("j", "cursor_down", "Down", show=False, tooltip="The next label", id="labels.down"),
        Binding("k", "cursor_up", "Up", show=False, tooltip="The previous label", id="labels.up"),
        Binding("g", "first", "First", show=False, tooltip="The first label (home too)", id="labels.first"),
        Binding("G", "last", "Last", show=False, tooltip="The last label (end too)", id="labels.last"),
    ]

    def action_toggle_now(self) -> None:
        """space: toggle the highlighted label now (the list's own space toggles it in a message
        handled later: an enter read with it applied first)."""
        if self.highlighted is not None:
            self.toggle(self.get_option_at_index(self.highlighted))


HEADING = "Highlight which entities?  j/k move · space toggles · a all · n none · enter applies · escape or q cancels"


def more_line(options: SelectionList[str]) -> Content:
    """How many of ``options``'s rows (one line each) are above and below those shown."""
    top = round(options.scroll_y)
    shown = options.scrollable_content_region.height
    above, below = top, max(0, options.option_count - top - shown)
    parts = [f"↑ {above} above"] * bool(above) + [f"↓ {below} below"] * bool(below)
    return plain(f"{' · '.join(parts)}: j/k or g/G" if parts else "")


HEADING_LINES = 2  # HEADING's lines at the dialog's full width (70 cells, 66 inside)


class LabelFilterScreen(ModalScreen[set[str] | None]):
    HELP_TITLE = "Highlighted labels"  # the help's title (help.py), in words
    BINDINGS = [
        Binding("enter", "done", "Apply", tooltip="Apply these labels and close", id="labels.done"),
        Binding("escape,q", "cancel", "Cancel", tooltip="Close without changing anything (q too)", id="labels.cancel"),
        Binding("a", "all", "All", tooltip="Select every label", id="labels.all"),
        Binding("n", "none", "None", tooltip="Clear every label", id="labels.none"),
    ]

    def __init__(self, selected: set[str]) -> None:
        super().__init__()
        self.selected = selected

    def compose(self) -> ComposeResult:
        with Vertical(id="labels-dialog") as dialog:
            # No taller than its rows need (app.tcss gives it 90% of the screen, the list the
            # rest, scrolling): its border, the heading (wrapped to two lines in the 70 cells it
            # has) and the list with its border.
            dialog.styles.max_height = 2 + HEADING_LINES + len(LABELS) + 2  # (the more line hidden)
            yield Static(plain(HEADING, "bold"), id="labels-heading")
            width = max(len(label_name(label)) for label in LABELS)
            yield LabelList(
                *[
                    Selection(
                        Content.assemble(
                            (f" {label_name(label):<{width}} ", label_style(label)), f" {label_description(label)}"
                        ),
                        label,
                        label in self.selected,
                    )
                    for label in LABELS
                ]
            )
            # Says in words what the scrollbar shows in colour (a 16-colour terminal, a screen
            # reader, a pasted screen): shown only while some labels are out of view.
            yield Static("", id="labels-more")

    def on_mount(self) -> None:
        options = self.query_one(SelectionList)
        options.focus()
        self.watch(options, "scroll_y", self._say_more)
        self.watch(options, "virtual_size", self._say_more)

    def on_resize(self) -> None:
        self.call_after_refresh(self._say_more)

    def _say_more(self) -> None:
        """The line under the list: how many labels are above and below the rows shown ("↑ 2
        above · ↓ 4 below: j/k or g/G"), hidden when every label is in view."""
        options = self.query_one(SelectionList)
        more = self.query_one("#labels-more", Static)
        more.update(more_line(options))
        shown = bool(options.max_scroll_y)
        if more.display != shown:  # the list is a row shorter or longer now: counted again then
            more.display = shown
            self.call_after_refresh(self._say_more)

    def action_all(self) -> None:
        self.query_one(SelectionList).select_all()

    def action_none(self) -> None:
        self.query_one(SelectionList).deselect_all()

    def action_cancel(self) -> None:
        self.dismiss(None)

    def action_done(self) -> None:
        self.dismiss(set(self.query_one(SelectionList).selected))
