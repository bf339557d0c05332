"""The entity matrix shown again after the user edited ``gazetteer.yaml`` while the app runs
(issue 15, s40-z2's open kind): it showed the names of the gazetteer read at the app's start,
because neither the process's recogniser nor the matrix's memo followed the file. Shown again,
it gives the edited gazetteer's names, without a restart."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from snapshot_app import settle
from textual.pilot import Pilot

from waic_reader.index.analysis.entities.gazetteer import Gazetteer
from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.entity_matrix import EntityMatrixScreen

TEXT = "Gazipur report\n\nThe Garment Boss spoke to reporters in Gazipur on Monday, and workers listened.\n"


def _entry(aliases: str) -> str:
    return f"entities:\n  - {{name: Rezaul Haque, type: PERSON, aliases: [{aliases}]}}\n"


async def _names(app: WaicReaderApp, pilot: Pilot[None]) -> set[str]:
    await app.push_screen(EntityMatrixScreen())
    await settle(pilot)
    screen = app.screen
    assert isinstance(screen, EntityMatrixScreen) and screen.matrix is not None
    names = {row.entity.name for row in screen.matrix.rows}
    app.pop_screen()
    await settle(pilot)
    return names


async def test_the_matrix_shown_again_has_the_edited_gazetteers_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    user = Path(os.environ["XDG_CONFIG_HOME"]) / "waic-reader" / "gazetteer.yaml"
    user.parent.mkdir(parents=True, exist_ok=True)
    user.write_text(_entry(""))
    monkeypatch.setattr(Gazetteer, "_default", None)
    monkeypatch.setattr(Recognizer, "_default", None)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "gazipur.txt").write_text(TEXT, "utf-8")
    app = WaicReaderApp(Workspace(corpus, tmp_path / "ix"), save_settings=False)
    async with app.run_test(size=(120, 30)) as pilot:
        await settle(pilot)
        assert "Rezaul Haque" not in await _names(app, pilot)
        stamp = user.stat().st_mtime_ns
        user.write_text(_entry("Garment Boss"))
        os.utime(user, ns=(stamp + 10**9, stamp + 10**9))  # (as an edit a second later: a coarse clock)
        assert "Rezaul Haque" in await _names(app, pilot)
