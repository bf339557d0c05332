"""Notes under a heading, each wrapped at word boundaries at the widget's own width."""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content
from textual.geometry import Size
from textual.widgets import Static

from waic_reader.tui.safe import plain, wrap_words


class NoteLines(Static):
    """Lines of notes (untrusted text: plain :class:`Content`, never markup), each note wrapped
    by :func:`~waic_reader.tui.safe.wrap_words` at the width the widget has when drawn: broken at
    spaces, a file name longer than a line at its own joints, never leaving a letter or two on a
    line of their own (Textual folds a word longer than the line at the last cell: "courier.htm"
    over "l"; round s53-m). Hidden while there are none."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._notes: list[str] = []

    def show(self, notes: Sequence[str]) -> None:
        """Show ``notes`` (each one line of text), or hide the widget when there are none."""
        self._notes = list(notes)
        self.display = bool(self._notes)
        self.refresh(layout=True)

    @property
    def notes(self) -> list[str]:
        """The notes shown, as given."""
        return list(self._notes)

    def _lines(self, width: int) -> list[str]:
        return [piece for note in self._notes for piece in wrap_words(note, width)]

    def render(self) -> Content:
        return Content("\n").join(plain(piece) for piece in self._lines(self.content_region.width))

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._lines(width))
