"""A bidi override typed as a key into the search box (not pasted) went missing and glued the
words around it: "Valdeluna" U+202E "evil" became "Valdelunaevil" (t13at N9), while pasted it is
shown as ``<U+202E>`` and read as a space (README: control characters typed or pasted are shown as
stand-ins). Reported U+202E; variants of my own: another bidi control (U+2067, an isolate) and a
C1 control (U+009B), each typed with ``pilot.press``; pasted alike for comparison."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import make_app, settle
from textual import events
from textual.widgets import Input

from waic_reader.tui.screens.search import SearchScreen


@pytest.mark.parametrize("control", ["\u202e", "\u2067", "\x9b"])
async def test_a_typed_control_is_shown_and_read_as_pasted(tmp_path: Path, control: str) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "dam.txt").write_text("Dam\n\nThe Valdeluna dam failed; evil rumours spread.\n", encoding="utf-8")
    (corpus / "other.txt").write_text("Other\n\nValdeluna is quiet.\n", encoding="utf-8")
    stand_in = f"<U+{ord(control):04X}>"
    app = make_app(corpus=corpus)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"Valdeluna", control, *"evil")
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen)
        box = app.screen.query_one(Input)
        assert box.value == f"Valdeluna{stand_in}evil"  # never "Valdelunaevil"
        typed = box.value
        box.value = ""
        box.focus()
        await settle(pilot)
        box.post_message(events.Paste(f"Valdeluna{control}evil"))
        await settle(pilot)
        assert box.value == typed
