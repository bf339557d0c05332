"""An enter typed with the search's query waits, while the query finds nothing, for the folder
check the search screen starts: a file added (or edited) while the app runs may match, and the
enter opens its first result once the search it brings is shown (issue 13, s16b, N2; the search's
``keys_wait`` and HeldKeys in tui/early_keys.py). Reported: ``/ Puffinraft Enter`` in one read,
right after adding a file about a Puffinraft, left the search showing ``1 article matches`` and
its result; a second enter opened it."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import settle
from test_keys_while_a_step_loads import typed_at_once, write_corpus

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.screens.search import SearchScreen


def add_puffin(corpus: Path) -> str:
    (corpus / "puffin.txt").write_text("Puffinraft notes\n\nA Puffinraft drifted past Portmere.\n", "utf-8")
    return "puffin"


def add_hawk(corpus: Path) -> str:
    (corpus / "hawk.txt").write_text("Hawkmere ferry log\n\nThe Hawkmere ferry ran late twice.\n", "utf-8")
    return "hawk"


def edit_one(corpus: Path) -> str:
    path = corpus / "b_wire.txt"
    path.write_text(path.read_text("utf-8") + "\nA Puffinraft was seen off the quay.\n", "utf-8")
    return "b_wire"


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
@pytest.mark.parametrize(
    ("change", "query"),
    [
        (add_puffin, "Puffinraft"),  # the reported case
        (add_hawk, "Hawkmere ferry"),
        (edit_one, "Puffinraft"),  # a file edited, not added
    ],
)
async def test_enter_opens_what_the_folder_check_finds(
    tmp_path: Path, size: tuple[int, int], change, query: str
) -> None:  # type: ignore[no-untyped-def]
    corpus = write_corpus(tmp_path, 3)
    app = WaicReaderApp(Workspace(corpus), save_settings=False)
    async with app.run_test(size=size) as pilot:
        while not app.index_ready:
            await pilot.pause(0.05)
        await settle(pilot)
        doc = change(corpus)
        typed_at_once(app, "slash", *query, "enter")
        for _ in range(200):
            await settle(pilot)
            if isinstance(app.screen, ReaderScreen) and app.screen.loaded is not None and not app.held_keys.holding:
                break
        reader = app.screen
        assert isinstance(reader, ReaderScreen), str(app.screen.query_one("#search-status").render())
        assert reader.doc == doc
        assert isinstance(app.screen_stack[-2], SearchScreen)
