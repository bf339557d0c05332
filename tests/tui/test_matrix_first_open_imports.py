"""The first `E` of a session imports only what it needs (issue 13, t13r F15).

Reported: in a fresh app on 12 articles (one an HTML page), the first `E` took 1.1-1.4 s after a
pause and 3.0 s two seconds after start, later ones 0.17-0.46 s. Profiled, most of it was
imports: the entity recogniser (~580 ms of pattern compiling), imported by ``Workspace.entities``
for its ``group`` (the grouping's own function, re-exported) though every article's mentions
were kept by the index, and trafilatura (~450 ms with htmldate, py3langid and numpy), imported to
read the page again, which the app's warm-up never imported. Now the matrix imports the grouping
alone (the recogniser only where the index keeps no mentions of an article), and the warm-up
imports what reading the corpus's formats needs (trafilatura for a page, markdown-it for a
Markdown file) after the reader's modules. Not timed: which modules are imported.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from textual.pilot import Pilot

from waic_reader.index.workspace import Workspace
from waic_reader.tui import warm_up
from waic_reader.tui.app import WaicReaderApp

FIXTURES = Path(__file__).parents[1] / "fixtures"
RECOGNISER = "waic_reader.index.analysis.entities.recogniser"

# A new process (nothing imported yet): the app on CORPUS with the index built, no warm-up (its
# pause is made longer than the run), `E` pressed in the library; prints whether the recogniser
# was imported by the time the matrix has its rows.
CHILD = textwrap.dedent(
    """
    import asyncio, sys, tempfile
    from pathlib import Path
    from waic_reader.index.workspace import Workspace
    from waic_reader.tui.app import WaicReaderApp
    from waic_reader.tui.screens.entity_matrix import EntityMatrixScreen

    async def main() -> None:
        WaicReaderApp.WARM_UP_AFTER_S = 3600.0
        ws = Workspace(Path(sys.argv[1]), Path(sys.argv[2]))
        app = WaicReaderApp(ws, settings_dir=Path(tempfile.mkdtemp()), save_settings=False)
        async with app.run_test(size=(120, 40)) as pilot:
            while not app.index_ready:
                await pilot.pause(0.05)
            before = "{recogniser}" in sys.modules
            await pilot.press("E")
            for _ in range(600):
                screen = app.screen
                if isinstance(screen, EntityMatrixScreen) and screen.matrix is not None:
                    break
                await pilot.pause(0.05)
            screen = app.screen
            assert isinstance(screen, EntityMatrixScreen) and screen.matrix is not None
            assert screen.matrix.rows
            print(before, "{recogniser}" in sys.modules)

    asyncio.run(main())
    """
).replace("{recogniser}", RECOGNISER)


def _indexed(tmp_path: Path, corpus: Path) -> tuple[Path, Path]:
    root = tmp_path / "corpus"
    shutil.copytree(corpus, root)
    index = tmp_path / "ix"
    Workspace(root, index).ensure_index()
    return root, index


@pytest.mark.parametrize("fixture", ["t13r", "t13q_s30j", "quake"])
def test_the_first_matrix_on_a_current_index_does_not_import_the_recogniser(tmp_path: Path, fixture: str) -> None:
    """The reported corpus (t13r: three texts and a page), one with pages, Markdown and a
    corpus.yaml (t13q_s30j), and plain texts (quake): every mention is kept by the index."""
    root, index = _indexed(tmp_path, FIXTURES / fixture)
    out = subprocess.run(
        [sys.executable, "-c", CHILD, str(root), str(index)], capture_output=True, text=True, timeout=300
    )
    assert out.returncode == 0, out.stderr[-3000:]
    assert out.stdout.split() == ["False", "False"]


async def _until(pilot: Pilot[None], done: object, limit: float = 30) -> None:
    deadline = time.monotonic() + limit
    while not done() and time.monotonic() < deadline:  # type: ignore[operator]
        await pilot.pause(0.05)


async def _warmed(monkeypatch: pytest.MonkeyPatch, root: Path, index: Path) -> list[str]:
    """The modules the app's warm-up imports on ``root``, in order (not imported: recorded)."""
    imported: list[str] = []
    monkeypatch.setattr(warm_up, "import_module", imported.append)
    monkeypatch.setattr(WaicReaderApp, "WARM_UP_AFTER_S", 0.1)
    app = WaicReaderApp(Workspace(root, index), save_settings=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await _until(pilot, lambda: app.index_ready and imported and not app._to_warm)
    return imported


@pytest.mark.parametrize(
    ("fixture", "wanted"),
    [
        ("t13r", {"trafilatura"}),  # the reported corpus: a page among texts
        ("t13r_s30s", {"trafilatura"}),  # three pages, three texts
        ("t13q_s30j", {"trafilatura", "markdown_it"}),  # pages and a Markdown file
        ("markdown", {"markdown_it"}),  # a Markdown file alone
        ("quake", set()),  # plain texts: neither
    ],
)
async def test_the_warm_up_imports_what_reading_the_corpus_needs(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, fixture: str, wanted: set[str]
) -> None:
    root, index = _indexed(tmp_path, FIXTURES / fixture)
    imported = await _warmed(monkeypatch, root, index)
    assert set(warm_up.MODULES) <= set(imported)
    assert set(imported) - set(warm_up.MODULES) == wanted
    # after the reader's modules (an article is read first), before the other screens'
    reader_done = imported.index("waic_reader.index.analysis.kept_mentions")
    for name in wanted:
        assert reader_done < imported.index(name) < imported.index("waic_reader.tui.screens.search")


def test_the_format_modules_import_in_a_worker_thread() -> None:
    # As the warm-up imports them (a thread worker): a module that cannot be imported there, or
    # not at all, would fail the warm-up of every session on such a corpus.
    import threading

    left: list[object] = []
    modules = [m for names in warm_up.FORMAT_MODULES.values() for m in names]
    worker = threading.Thread(target=lambda: left.append(warm_up.warm_up(modules, lambda: False)))
    worker.start()
    worker.join(120)
    assert left == [[]]
