"""ExportPromptScreen: where to write an export, asked before anything is written.

The box starts with a free file name in the export folder (never the corpus folder, shown in
the prompt); enter writes there with :func:`waic_reader.index.export.write_export` (exclusive
create, no symbolic link followed, nothing inside the corpus, no folder made outside the
proposed export folder), escape cancels. A refusal is
shown in the dialog so the path can be corrected.

What is exported is what the screen shows when ``x`` is pressed. A screen whose result is still
being made when ``x`` comes (the fact sheet computing, compare aligning) opens the prompt as soon
as it is shown (:class:`ExportWhenShown`); one being made again meanwhile (files changed, another
article chosen) exports what it shows, and the prompt and the notice say so (issue 13, t13b
fault 3: "The fact sheet is still being computed" stayed on screen over the rows it had shown).

"What it shows" is what was drawn when the key was read from the terminal, not when its binding
runs (t13c fault 4): an ``x`` read just before the new result arrived, but handled after it (queued
behind it, or held by tui/early_keys.py while the table was filled again), exported the new sheet
with no word, and one handled between the result taken in and the worker's end lost the "being
made again" note. So each screen logs what it draws (:meth:`ExportWhenShown.note_on_screen`,
stamped once the refresh that draws it is done) and ``x`` looks up the entry of its key's time.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from time import monotonic
from typing import Any, cast

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import Input, Static

from waic_reader.index.export import empty_name_reason, write_export
from waic_reader.tui.early_keys import TakesEarlyKeys
from waic_reader.tui.safe import line, plain
from waic_reader.tui.widgets.safe_input import SafeInput


class ExportPromptScreen(TakesEarlyKeys, ModalScreen[Path | None]):
    """Ask for the export's path (``default`` proposed), write ``text()`` there, return the path."""

    HELP_TITLE = "Export"  # the help's title (help.py), in words

    BINDINGS = [Binding("escape", "cancel", "Cancel", tooltip="Write nothing", id="export.cancel")]

    def __init__(
        self, what: str, default: Path, corpus_root: Path, text: Callable[[], str], note: str | None = None
    ) -> None:
        """``note``: what state the export is of, shown under the title (the sheet being made
        again: it is written as shown)."""
        super().__init__()
        self.expect_box()  # keys typed with the x that opened it are the box's (tui/early_keys.py)
        self.what = what
        self.default = default
        self.corpus_root = corpus_root
        self.text = text
        self.note = note

    def compose(self) -> ComposeResult:
        with Vertical(id="export-dialog"):
            yield Static(line(f"Export the {self.what} as Markdown to:", None, "bold"))
            if self.note:
                yield Static(line(self.note, None, "$hl-warning-fg"), id="export-note")
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
            # Said, in the place of a refusal about another name still shown (t13f F5: the box
            # kept "new.md already exists" under an empty field and enter did nothing).
            self.query_one("#export-error", Static).update(
                line(f"Not written: {empty_name_reason()}. Type a name above and press enter, or escape")
            )
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


ON_SCREEN_KEPT = 8  # ExportWhenShown: the last states drawn, looked up by a key's read time


class ExportWhenShown:
    """A screen mix-in for ``x`` on a screen whose result a worker (group
    :attr:`EXPORT_WORKERS`) makes: before the first result is shown, the export waits for it
    (said in a notice) and the prompt opens as soon as it is shown; while the result is being made
    again (:meth:`making`), the screen exports what it shows with a note saying so. The screen
    calls :meth:`note_on_screen` whenever what it draws changes (a result shown, a heading saying
    it is being made again) and :meth:`export_shown` once a result is shown; its ``x`` exports
    :meth:`on_screen_when_pressed`."""

    EXPORT_WORKERS = ""  # the worker group that makes the screen's result
    _export_waiting = False
    _export_on_screen: list[tuple[float, object, str]] | None = None  # (drawn at, result, why being made again)

    def note_on_screen(self, result: object, making: str = "") -> None:
        """What the screen draws changed: ``result`` (the screen's own object: the sheet, the
        comparison) and ``making``, why it is being made again ("files changed"; "" when it is
        not). Taken as on screen from the end of the refresh that draws it (a key read before
        that saw the state before)."""
        cast("Screen[Any]", self).call_after_refresh(self._export_drawn, result, making)

    def _export_drawn(self, result: object, making: str) -> None:
        if self._export_on_screen is None:
            self._export_on_screen = []
        self._export_on_screen.append((monotonic(), result, making))
        del self._export_on_screen[:-ON_SCREEN_KEPT]

    def on_screen_when_pressed(self) -> tuple[object | None, str]:
        """(result, why it was being made again or "") as drawn when the key being handled was
        read from the terminal (``app.key_read_at``; now, for an action not run by a key);
        (None, "") when nothing was drawn yet then."""
        at: float | None = getattr(cast("Screen[Any]", self).app, "key_read_at", None)
        if at is None:
            at = monotonic()
        drawn = [entry for entry in self._export_on_screen or () if entry[0] <= at]
        if not drawn:
            return None, ""
        return drawn[-1][1], drawn[-1][2]

    def making(self) -> bool:
        """Whether the screen's result is being made (its worker runs; a screen whose worker
        shows its result from inside it counts its requests instead: compare)."""
        screen = cast("Screen[Any]", self)
        group = type(self).EXPORT_WORKERS
        return any(w.node is screen and w.group == group and not w.is_finished for w in screen.workers)

    def wait_to_export(self, what: str) -> None:
        """``x`` before anything is shown (``what``: "The fact sheet is still being computed"):
        the prompt opens once it is."""
        self._export_waiting = True
        cast("Screen[Any]", self).notify(
            f"{what}: the export asks where to write it as soon as it is shown", markup=False
        )

    def export_shown(self) -> None:
        """A result was shown: an export waiting for it asks where to write it now (only with the
        screen on top; a screen drops a waiting export when another goes on top of it)."""
        if self._export_waiting:
            self._export_waiting = False
            if cast("Screen[Any]", self).is_current:
                self.action_export()

    def action_export(self) -> None:  # the screen's own: asks where to write what it shows
        raise NotImplementedError
