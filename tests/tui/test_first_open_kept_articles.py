"""The first `Q` and the first `E` of a session read no article the index holds as it is (issue 13,
"every key ≤ 150 ms", round s34-a).

Measured (216 saved pages): the first Quotes open took ~6 s of CPU, most of it reading every
article again to derive its title, outlet and date (``reader._derive``: the page classifier) and
extracting each saved page again, though the index build had read each. The build now keeps
each article as read (``corpus.kept_article``) and both screens take it for the very file and
``corpus.yaml`` fields it was read from; a file edited while the app runs (before the library's
folder check lists it again) is read again, and the screens show its new outlet.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path
from typing import Any

import pytest
from snapshot_app import settle

from waic_reader.index.corpus import html as html_module
from waic_reader.index.corpus import reader
from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.entity_matrix import EntityMatrixScreen
from waic_reader.tui.screens.quotes import QuotesScreen

FIXTURES = Path(__file__).parents[1] / "fixtures"


def _reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every article read from now on (``reader._derive``, by doc id; "html": a page extracted)."""
    done: list[str] = []
    derive, read_html = reader._derive, html_module.read_html

    def derived(article: reader.Article, order: str | None = None) -> bool:
        done.append(article.doc)
        return derive(article, order)

    def extracted(*args: Any, **kwargs: Any) -> Any:
        done.append("html")
        return read_html(*args, **kwargs)

    monkeypatch.setattr(reader, "_derive", derived)
    monkeypatch.setattr(html_module, "read_html", extracted)
    return done


def _indexed(tmp_path: Path, fixture: str) -> tuple[Path, Path]:
    root = tmp_path / "corpus"
    shutil.copytree(FIXTURES / fixture, root)
    index = tmp_path / "ix"
    Workspace(root, index).ensure_index()
    return root, index


async def _opened(app: WaicReaderApp, pilot: Any, key: str, kind: type) -> Any:
    await pilot.press(key)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        screen = app.screen
        if isinstance(screen, kind) and getattr(screen, "sheet" if kind is QuotesScreen else "matrix") is not None:
            return screen
        await pilot.pause(0.05)
    raise AssertionError(f"{kind.__name__} never showed")


# The reported corpus's kinds (wires, a Markdown analysis, a saved page, a Spanish article,
# corpus.yaml fields), three texts and a page, and plain texts.
@pytest.mark.parametrize("fixture", ["quotes_t13t_first_open", "t13r", "quake"])
async def test_the_first_quotes_and_matrix_read_no_article_the_index_holds(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fixture: str
) -> None:
    root, index = _indexed(tmp_path, fixture)
    never = Workspace(root, tmp_path / "other-ix")  # no index: every article read
    quotes, entities = never.quotes().to_json(), never.entities().to_json()
    monkeypatch.setattr(WaicReaderApp, "WARM_UP_AFTER_S", 3600.0)
    app = WaicReaderApp(Workspace(root, index), save_settings=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        done = _reads(monkeypatch)
        screen = await _opened(app, pilot, "Q", QuotesScreen)
        assert screen.sheet.to_json() == quotes
        await pilot.press("escape")
        await settle(pilot)
        await _opened(app, pilot, "E", EntityMatrixScreen)
        assert done == []
        assert app.workspace.entities().to_json() == entities


async def test_a_file_edited_while_the_app_runs_shows_its_new_outlet(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    root, index = _indexed(tmp_path, "quotes_t13t_first_open")
    path = root / "09_espanol.txt"
    monkeypatch.setattr(WaicReaderApp, "WARM_UP_AFTER_S", 3600.0)
    app = WaicReaderApp(Workspace(root, index), save_settings=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        doc = next(d for d, e in app.workspace.corpus.entries.items() if e.path == path)
        assert "El Diario del Sur" in path.read_text("utf-8")
        listed = app.workspace.corpus.entries[doc].mtime_ns
        # its byline's outlet, edited after the folder was listed (no folder check since)
        path.write_text(path.read_text("utf-8").replace("El Diario del Sur", "Diario del Puerto"), "utf-8")
        os.utime(path, ns=(listed + 10**9, listed + 10**9))
        done = _reads(monkeypatch)
        screen = await _opened(app, pilot, "Q", QuotesScreen)
        assert done == [doc]  # that article alone is read again
        assert screen.sheet.label(doc) == "Diario del Puerto"
        # not listed again meanwhile (the same size: its mtime alone tells the edit)
        st = path.stat()
        assert app.workspace.corpus.entries[doc].on_disk == (st.st_size, listed)
