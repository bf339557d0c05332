"""PickArticleScreen: choose an article from a filterable list (for comparison panes)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from waic_reader.index.corpus.text import one_line
from waic_reader.tui.early_keys import TakesEarlyKeys
from waic_reader.tui.safe import line, plain
from waic_reader.tui.widgets.safe_input import SafeInput
from waic_reader.tui.worker_errors import ReportsWorkerErrors

if TYPE_CHECKING:
    from textual import getters

    from waic_reader.tui.app import WaicReaderApp


class PickArticleScreen(ReportsWorkerErrors, TakesEarlyKeys, ModalScreen[str | None]):
    """Returns the chosen doc id, or None on escape."""

    HELP_TITLE = "Choose an article"  # the help's title (help.py), in words

    if TYPE_CHECKING:  # self.app typed as this app (see tui/app.py: WaicReaderApp)
        app = getters.app(WaicReaderApp)

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="pick.cancel"),
        Binding("down", "move(1)", "Down", show=False, id="pick.down"),
        Binding("up", "move(-1)", "Up", show=False, id="pick.up"),
    ]

    def __init__(self, prompt: str, exclude: str | None = None) -> None:
        super().__init__()
        self.expect_box()  # keys typed with the c that opened it are the box's (tui/early_keys.py)
        self.prompt = prompt
        self.exclude = exclude
        # (doc, label) of every article to choose from, read once by the screen's worker: each
        # key typed in the filter read every article's stored row again on the UI thread (the
        # whole index's rows, ~2 s at 20,000 articles; every file read while no index is open).
        self._all: list[tuple[str, str]] | None = None
        self._submitted = False  # enter pressed before the list was read: chosen once it is

    def compose(self) -> ComposeResult:
        with Vertical(id="pick-dialog"):
            yield Static(plain(self.prompt, "bold"), id="pick-title")
            yield SafeInput(placeholder="filter by outlet, title or id", id="pick-filter")
            yield OptionList(id="pick-list")

    def on_mount(self) -> None:
        self.box_ready(self.query_one(Input))
        self._read_choices()

    @work(thread=True, exclusive=True, exit_on_error=False, group="pick", name="article list")
    def _read_choices(self) -> None:
        ws = self.app.workspace
        choices = [
            (doc, f"{outlet or '—'}  ·  {one_line(title, 70)}  ·  {doc}")
            for doc, outlet, title in ws.article_choices()
            if doc != self.exclude
        ]
        self.app.call_from_thread(self._take, choices)

    def _take(self, choices: list[tuple[str, str]]) -> None:
        if not self.is_attached:
            return  # left meanwhile
        self._all = choices
        self._fill(self.query_one(Input).value)  # what was typed while they were read
        if self._submitted:
            self._submit()

    def _choices(self) -> list[tuple[str, str]]:
        """(doc, label) of the articles to choose from, as read when the screen opened ([] until
        they are)."""
        return self._all or []

    def _fill(self, needle: str) -> None:
        if self._all is None:
            return  # the list is filled, with what is typed by then, once it is read (_take)
        options = self.query_one(OptionList)
        options.clear_options()
        needle = needle.lower()
        # In one call: OptionList.add_option lays the list out again for each option.
        options.add_options([Option(line(label), id=doc) for doc, label in self._choices() if needle in label.lower()])
        if options.option_count:
            options.highlighted = 0

    @on(Input.Changed)
    def _filter(self, event: Input.Changed) -> None:
        self._fill(event.value)

    @on(Input.Submitted)
    def _submit(self) -> None:
        if self._all is None:
            self._submitted = True
            return
        options = self.query_one(OptionList)
        if options.highlighted is not None:
            self.dismiss(options.get_option_at_index(options.highlighted).id)

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_move(self, delta: int) -> None:
        options = self.query_one(OptionList)
        if options.option_count:
            current = options.highlighted or 0
            options.highlighted = max(0, min(options.option_count - 1, current + delta))

    def action_cancel(self) -> None:
        self.dismiss(None)


def pick_then_compare(app: WaicReaderApp, doc: str) -> None:
    """Ask for a second article, then open the comparison of ``doc`` with it."""

    def chosen(other: str | None) -> None:
        if other:
            app.open_compare(doc, other)

    app.push_screen(PickArticleScreen(f"Compare {doc} with…", exclude=doc), chosen)
