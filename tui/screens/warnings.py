"""WarningsScreen: every corpus.yaml warning (with its line and column) and noise-mark notice.

The start-up notices say how many there are and name a few; this lists them all (issue 13, s21:
the app had no list of them, only ``waic-reader index``). File names, values and marked text
come from files: every row is built as :class:`Content` from literal text, never markup.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from waic_reader.index.corpus.text import one_line
from waic_reader.tui.corpus_warnings import PLACED
from waic_reader.tui.safe import plain

if TYPE_CHECKING:
    from textual import getters

    from waic_reader.tui.app import WaicReaderApp


def warning_rows(corpus: tuple[str, ...], marks: tuple[tuple[str, str], ...]) -> list[tuple[str, str]]:
    """(where, what) of every warning: corpus.yaml's (``corpus.yaml:LINE:COL: what``, as the
    loader words them; one without a place is "corpus.yaml") in the file's order, then the noise
    marks' (``marks``: (article or "noise marks", what)) as given."""
    placed: list[tuple[tuple[int, int], str, str]] = []
    for warning in corpus:
        if (m := PLACED.match(warning)) is not None:
            line, col, what = m.groups()
            placed.append(((int(line), int(col)), f"corpus.yaml:{line}:{col}", what))
        else:
            placed.append(((0, 0), "corpus.yaml", warning))
    rows = [(where, what) for _, where, what in sorted(placed, key=lambda p: p[0])]
    return rows + list(marks)


def row_content(where: str, what: str) -> Content:
    """One row: its place in bold, then what is wrong; both literal text (one line each)."""
    return Content.assemble((one_line(where), "bold"), "  ", one_line(what))


class WarningsScreen(ModalScreen[None]):
    """The list; escape (or q, or W again) closes it."""

    HELP_TITLE = "Warnings"  # the help's title (help.py), in words

    if TYPE_CHECKING:  # self.app typed as this app (see tui/app.py: WaicReaderApp)
        app = getters.app(WaicReaderApp)

    BINDINGS = [
        Binding("escape,q,W", "close", "Close", tooltip="Close the list of warnings", id="warnings.close"),
        Binding("j", "cursor_down", "Down", show=False, tooltip="The next warning", id="warnings.down"),
        Binding("k", "cursor_up", "Up", show=False, tooltip="The previous warning", id="warnings.up"),
        Binding("g", "first", "First", show=False, tooltip="The first warning (home too)", id="warnings.first"),
        Binding("G", "last", "Last", show=False, tooltip="The last warning (end too)", id="warnings.last"),
    ]

    def __init__(self) -> None:
        super().__init__()
        # Until corpus.yaml has been looked at again (one stat, re-read if edited), the list may
        # be behind the file: it never says "as they should be" about a file not looked at
        # (acceptance t13af N18: a date made invalid while the reader was open).
        self._checking = True

    def compose(self) -> ComposeResult:
        with Vertical(id="warnings-dialog"):
            yield Static(id="warnings-title")
            yield OptionList(id="warnings-list")

    def on_mount(self) -> None:
        self._show_rows()
        self.query_one(OptionList).focus()
        self.watch(self.app, "corpus_warnings", self._show_rows, init=False)
        self.watch(self.app, "mark_warnings", self._show_rows, init=False)
        self.look_again()

    @work(thread=True, exclusive=True, exit_on_error=False, group="warnings", name="warnings check")
    def look_again(self) -> None:
        """corpus.yaml as it is now: an edit since it was read taken in (the index follows, as
        every screen's check does), its warnings read again."""
        self.app.take_in_meta()
        self.app.read_corpus_warnings()
        self.app.call_from_thread(self._checked)

    def _checked(self) -> None:
        self._checking = False
        self._show_rows()

    def _show_rows(self) -> None:
        rows = warning_rows(self.app.corpus_warnings, self.app.mark_warnings)
        count = len(rows)
        title = f"{count} warning{'s' if count != 1 else ''}" if rows else "No warnings"
        if self._checking:
            title += "  ·  checking corpus.yaml…"
        self.query_one("#warnings-title", Static).update(plain(f"{title}  ·  j/k move  ·  escape closes", "bold"))
        options = [Option(row_content(where, what)) for where, what in rows]
        if not options:
            said = (
                "Checking corpus.yaml…" if self._checking else "corpus.yaml and the noise marks are as they should be."
            )
            options = [Option(plain(said), disabled=True)]
        listed = self._list()
        highlighted = listed.highlighted
        listed.clear_options()
        listed.add_options(options)
        if highlighted is not None and rows:
            listed.highlighted = min(highlighted, len(rows) - 1)

    def _list(self) -> OptionList:
        return self.query_one(OptionList)

    def action_cursor_down(self) -> None:
        self._list().action_cursor_down()

    def action_cursor_up(self) -> None:
        self._list().action_cursor_up()

    def action_first(self) -> None:
        self._list().action_first()

    def action_last(self) -> None:
        self._list().action_last()

    def action_close(self) -> None:
        self.dismiss(None)
