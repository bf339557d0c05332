"""ExportPromptScreen: where to write an export, asked before anything is written.

The box starts with a free file name in the export folder (never the corpus folder, shown in
the prompt); enter writes there with :func:`waic_reader.index.export.write_export` (exclusive
create, no symbolic link followed, nothing inside the corpus, no folder made outside the
proposed export folder), escape cancels. A refusal is
shown in the dialog so the path can be corrected.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from waic_reader.index.export import write_export
from waic_reader.tui.early_keys import TakesEarlyKeys
from waic_reader.tui.safe import line, plain
from waic_reader.tui.widgets.safe_input import SafeInput


class ExportPromptScreen(TakesEarlyKeys, ModalScreen[Path | None]):
    """Ask for the export's path (``default`` proposed), write ``text()`` there, return the path."""

    HELP_TITLE = "Export"  # the help's title (help.py), in words

    BINDINGS = [Binding("escape", "cancel", "Cancel", tooltip="Write nothing", id="export.cancel")]

    def __init__(self, what: str, default: Path, corpus_root: Path, text: Callable[[], str]) -> None:
        super().__init__()
        self.expect_box()  # keys typed with the x that opened it are the box's (tui/early_keys.py)
        self.what = what
        self.default = default
        self.corpus_root = corpus_root
        self.text = text

    def compose(self) -> ComposeResult:
        with Vertical(id="export-dialog"):
            yield Static(line(f"Export the {self.what} as Markdown to:", None, "bold"))
            yield Static(line(f"(proposed: {self.default})"), id="export-default")
            yield SafeInput(value=str(self.default), id="export-path", select_on_focus=False)
            yield Static("", id="export-error")
            yield Static(
                plain("enter writes (never over an existing file, never into the corpus)  ·  escape cancels"),
                id="export-help",
            )

    def on_mount(self) -> None:
        box = self.query_one(Input)
        box.cursor_position = len(box.value)
        self.box_ready(box)

    @on(Input.Submitted, "#export-path")
    def _submitted(self, event: Input.Submitted) -> None:
        raw = event.value.strip()
        if not raw:
            return
        path = Path(raw).expanduser()
        try:
            # Missing folders are made only in the proposed export folder (which may not exist
            # yet) or under it; elsewhere refused, as the CLI refuses them (issue 13 F9).
            written = write_export(path, self.text(), corpus_root=self.corpus_root, make_folder=self.default.parent)
        except FileExistsError:
            # What can be done here, not a command line flag: exports never replace a file.
            self.query_one("#export-error", Static).update(
                line(f"Not written: {path.name} already exists. Edit the name above and press enter, or escape")
            )
            return
        except OSError as exc:
            reason = exc.strerror or str(exc)
            self.query_one("#export-error", Static).update(line(f"Not written: {reason}"))
            return
        self.dismiss(written)

    def action_cancel(self) -> None:
        self.dismiss(None)
