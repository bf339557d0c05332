"""LabelFilterScreen: choose which entity labels are highlighted."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import SelectionList, Static
from textual.widgets.selection_list import Selection

from waic_reader.index.analysis.entities.labels import label_description, label_name
from waic_reader.index.analysis.entities.recogniser import LABELS
from waic_reader.tui.entity_colors import label_style
from waic_reader.tui.safe import plain


class LabelFilterScreen(ModalScreen[set[str] | None]):
    BINDINGS = [
        # priority: the list would take enter as "toggle".
        Binding("enter", "done", "Apply", tooltip="Apply these labels and close", id="labels.done", priority=True),
        Binding("escape", "cancel", "Cancel", tooltip="Close without changing anything", id="labels.cancel"),
        Binding("a", "all", "All", tooltip="Select every label", id="labels.all"),
        Binding("n", "none", "None", tooltip="Clear every label", id="labels.none"),
    ]

    def __init__(self, selected: set[str]) -> None:
        super().__init__()
        self.selected = selected

    def compose(self) -> ComposeResult:
        with Vertical(id="labels-dialog"):
            yield Static(
                plain(
                    "Highlight which entities?  space toggles · a all · n none · enter applies · escape cancels", "bold"
                )
            )
            width = max(len(label_name(label)) for label in LABELS)
            yield SelectionList[str](
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

    def on_mount(self) -> None:
        self.query_one(SelectionList).focus()

    def action_all(self) -> None:
        self.query_one(SelectionList).select_all()

    def action_none(self) -> None:
        self.query_one(SelectionList).deselect_all()

    def action_cancel(self) -> None:
        self.dismiss(None)

    def action_done(self) -> None:
        self.dismiss(set(self.query_one(SelectionList).selected))
