"""The first `E` of a session takes each article's boilerplate as the index keeps it (issue 13,
t13r F15).

Reported: the first `E` took 1.1-1.4 s on 12 articles after a pause (later ones 0.17-0.46 s).
Besides imports (test_matrix_first_open_imports.py), ``Workspace.entities`` split every article's
boilerplate again (~4 ms an article; 0.86 s of the 6.3 s profiled on 216 articles) though the
index holds the spans, and the mentions kept with them, for each file as it is. Now they are
taken from the index where the file, its ``corpus.yaml`` fields, the user's marks and its text
are as indexed (the timeline's checks), and split again otherwise: an edited file or a mark
saved since is never served stale. The entity table is the same either way.
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
from snapshot_app import settle

from waic_reader.index.analysis import noise as noise_module
from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.entity_matrix import EntityMatrixScreen

FIXTURES = Path(__file__).parents[1] / "fixtures"


def _counting_splits(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Each article split into text and boilerplate from now on, by doc id."""
    split: list[str] = []
    real = noise_module.split_noise

    def counted(article, *args, **kw):  # type: ignore[no-untyped-def]
        split.append(article.doc)
        return real(article, *args, **kw)

    monkeypatch.setattr(noise_module, "split_noise", counted)
    return split


def _indexed(tmp_path: Path, fixture: str) -> tuple[Path, Path]:
    root = tmp_path / "corpus"
    shutil.copytree(FIXTURES / fixture, root)
    index = tmp_path / "ix"
    Workspace(root, index).ensure_index()
    return root, index


@pytest.mark.parametrize("fixture", ["t13r", "t13q_s30j", "quake"])
async def test_the_first_matrix_splits_no_article_the_index_holds(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fixture: str
) -> None:
    """The reported corpus (three texts and a page), pages with Markdown and a corpus.yaml, and
    plain texts."""
    root, index = _indexed(tmp_path, fixture)
    expected = Workspace(root, tmp_path / "other-ix").entities().to_json()  # no index: all split
    monkeypatch.setattr(WaicReaderApp, "WARM_UP_AFTER_S", 3600.0)
    app = WaicReaderApp(Workspace(root, index), save_settings=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        split = _counting_splits(monkeypatch)
        await pilot.press("E")
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            screen = app.screen
            if isinstance(screen, EntityMatrixScreen) and screen.matrix is not None:
                break
            await pilot.pause(0.05)
        screen = app.screen
        assert isinstance(screen, EntityMatrixScreen) and screen.matrix is not None and screen.matrix.rows
        assert split == []
        # the same entities as every article split and recognised again
        assert app.workspace.entities().to_json() == expected


def test_an_edited_file_and_a_new_mark_are_split_again(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    root, index = _indexed(tmp_path, "quake")
    ws = Workspace(root, index)
    ws.ensure_index()
    docs = ws.corpus.docs
    edited, marked = docs[0], docs[1]
    path = ws.corpus.entries[edited].path
    path.write_text(path.read_text(encoding="utf-8") + "\n\nLater, Ottilie Brannigan of Veskarin Relief said more.\n")
    ws.rescan()
    split = _counting_splits(monkeypatch)
    names = {e["name"] for e in ws.entities().to_json()["entities"]}
    assert split == [edited]  # the edited file alone, not served from the index
    assert "Ottilie Brannigan" in names
    # A mark saved by another process on another article: that article is split again, with it.
    other = Workspace(root, index)
    analysis = other.analyser.analyse(other.corpus.article(marked))
    block = next(b for b in analysis.article.blocks if b.kind == "paragraph" and not analysis.is_noise(b.start))
    assert other.mark_block(marked, block.text, "noise") is None
    split.clear()
    table = ws.entities()
    assert marked in split
    assert table.to_json() == Workspace(root, tmp_path / "fresh-ix").entities().to_json()
