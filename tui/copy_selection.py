"""Copying the text selected with the mouse (Textual's text selection) to the clipboard, with a
notice saying what was copied: ``ctrl+c`` on the screens that show article text (Textual's own
``copy_text`` copies without a word), and the reader's ``y`` when something is selected."""

from __future__ import annotations

from typing import Any

from textual.actions import SkipAction
from textual.screen import Screen

from waic_reader.index.corpus.text import one_line, visible


def copy_selection(screen: Screen[Any]) -> bool:
    """Copy the screen's selected text (OSC 52, as ``App.copy_to_clipboard``) and say so;
    False when nothing is selected."""
    text = screen.get_selected_text()
    if not text:
        return False
    text = visible(text)  # never a raw control character into a terminal (newlines kept)
    screen.app.copy_to_clipboard(text)
    screen.notify(f"Copied the selection: {one_line(text, 100)}", title="Clipboard", markup=False)
    return True


class CopiesSelection:
    """A screen mixin: ``ctrl+c`` (Textual's ``screen.copy_text``) copies the selection and
    says so; with nothing selected it does what it does elsewhere (the app's quit hint)."""

    def action_copy_text(self) -> None:
        assert isinstance(self, Screen)
        if not copy_selection(self):
            raise SkipAction()
