"""The library's Ent. column after the user's gazetteer is edited while the app runs (issue 15,
s41-q's leftover): the entity panel reads the edited gazetteer at once, the library kept the
counts made under the old one. Shown again (back from the reader), the library counts what the
entity panel shows. The article is written for this test."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from snapshot_app import settle

from waic_reader.index.analysis.entities.gazetteer import Gazetteer
from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.library import LibraryScreen

TEXT = "Gazipur report\n\nThe Garment Boss spoke to reporters in Gazipur on Monday, and workers listened.\n"


async def test_the_library_shown_again_counts_the_edited_gazetteer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    user = Path(os.environ["XDG_CONFIG_HOME"]) / "waic-reader" / "gazetteer.yaml"
    user.parent.mkdir(parents=True, exist_ok=True)
    user.write_text("entities:\n  - {name: Rezaul Haque, type: PERSON, aliases: []}\n")
    monkeypatch.setattr(Gazetteer, "_default", None)
    monkeypatch.setattr(Recognizer, "_default", None)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "gazipur.txt").write_text(TEXT, "utf-8")
    ws = Workspace(corpus, tmp_path / "index")
    app = WaicReaderApp(ws, save_settings=False)

    def panel_count() -> int:  # what the reader's entity panel lists for the article
        return len(ws.analyser.analyse(ws.corpus.article("gazipur")).entity_names())

    async with app.run_test(size=(120, 40)) as pilot:
        while not app.index_ready:
            await pilot.pause(0.05)
        await settle(pilot)
        library = app.screen
        assert isinstance(library, LibraryScreen)
        before = panel_count()
        assert library.rows["gazipur"]["entities"] == before
        stamp = user.stat().st_mtime_ns
        user.write_text("entities:\n  - {name: Rezaul Haque, type: PERSON, aliases: [Garment Boss]}\n")
        os.utime(user, ns=(stamp + 10**9, stamp + 10**9))
        await pilot.press("enter")  # the reader, then back to the library
        await settle(pilot)
        await pilot.press("escape")
        for _ in range(100):
            await settle(pilot)
            if app.screen is library and not app.catching_up() and library.rows["gazipur"]["entities"] != before:
                break
            await pilot.pause(0.05)
        assert panel_count() == before + 1
        assert library.rows["gazipur"]["entities"] == panel_count()
