"""Nothing goes stale: files and corpus.yaml edited while the app runs show without a restart."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from snapshot_app import settle

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.library import LibraryScreen
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.article_table import ArticleTable

ARTICLE = "Harbour cranes idle\n\nThe port of Rotterdam said on Monday that automated cranes stood idle for a day.\n"


def make(corpus: Path, tmp_path: Path) -> tuple[WaicReaderApp, list[tuple[str, str]]]:
    app = WaicReaderApp(Workspace(corpus, tmp_path / "ix"), save_settings=False)
    shown: list[tuple[str, str]] = []
    real = app.notify

    def notify(message: str, **kw: object) -> None:
        shown.append((str(kw.get("title", "")), message))
        real(message, **kw)  # type: ignore[arg-type]

    app.notify = notify  # type: ignore[method-assign]
    return app, shown


def library_docs(app: WaicReaderApp) -> list[str]:
    return list(app.screen.query_one("#library", ArticleTable).keys)


async def test_one_bad_date_is_one_warning_and_the_rest_applies(seeds_copy: Path, tmp_path: Path) -> None:
    with (seeds_copy / "corpus.yaml").open("a", encoding="utf-8") as f:
        f.write("  001_4560e405e578a9e8.txt:\n    outlet: Daily Planet\n    date: 2025-13-45\n")
    line = len((seeds_copy / "corpus.yaml").read_text("utf-8").splitlines())
    app, shown = make(seeds_copy, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        warnings = [m for t, m in shown if re.search(rf"corpus\.yaml:{line}:\d+: 'date'", m)]
        assert len(warnings) == 1, shown
        assert isinstance(app.screen, LibraryScreen)
        assert len(library_docs(app)) == 5
        assert app.screen.rows["001_4560e405e578a9e8"]["outlet"] == "Daily Planet"


async def test_files_added_and_removed_while_running_show_when_the_library_is_next_shown(
    seeds_copy: Path, tmp_path: Path
) -> None:
    app, _ = make(seeds_copy, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert "harbour" not in library_docs(app)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        (seeds_copy / "harbour.txt").write_text(ARTICLE, "utf-8")
        (seeds_copy / "002_a8425d810b543e9c.txt").unlink()
        await pilot.press("escape")
        await settle(pilot)
        docs = library_docs(app)
        assert "harbour" in docs and "002_a8425d810b543e9c" not in docs
        assert "5 articles" in str(app.screen.query_one("#library-heading").render())
        # The index followed: the new article is searchable.
        assert app.workspace.search("Rotterdam").total == 1
        assert app.workspace.search("Unitree").total == 1


async def test_ctrl_r_rescans_the_folder(seeds_copy: Path, tmp_path: Path) -> None:
    app, _ = make(seeds_copy, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        sub = seeds_copy / "more"
        sub.mkdir()
        (sub / "harbour.md").write_text(ARTICLE, "utf-8")
        shutil.move(seeds_copy / "003_bfd2f6d8fca4147f.txt", tmp_path / "gone.txt")
        await pilot.press("ctrl+r")
        await settle(pilot)
        docs = library_docs(app)
        assert "more/harbour" in docs and "003_bfd2f6d8fca4147f" not in docs
        # Only what changed was indexed: a refresh, not a rebuild of every article.
        report = app.index_report
        assert report is not None and not report.rebuilt and not report.skipped
        assert report.added == ["more/harbour"] and report.removed == ["003_bfd2f6d8fca4147f"]
        assert app.workspace.search("Rotterdam").total == 1


async def test_ctrl_r_indexes_an_edited_file_again(seeds_copy: Path, tmp_path: Path) -> None:
    app, _ = make(seeds_copy, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        path = seeds_copy / "001_4560e405e578a9e8.txt"
        path.write_text(path.read_text("utf-8") + "\nA late paragraph names the Vellmar Institute.\n", "utf-8")
        assert app.workspace.search("Vellmar").total == 0
        await pilot.press("ctrl+r")
        await settle(pilot)
        report = app.index_report
        assert report is not None and not report.rebuilt and report.updated == ["001_4560e405e578a9e8"]
        assert [h.doc for h in app.workspace.search("Vellmar").hits] == ["001_4560e405e578a9e8"]


async def test_shift_r_rebuilds_the_index_from_scratch(seeds_copy: Path, tmp_path: Path) -> None:
    app, _ = make(seeds_copy, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        (seeds_copy / "harbour.txt").write_text(ARTICLE, "utf-8")
        await pilot.press("R")
        await settle(pilot)
        report = app.index_report
        assert report is not None and report.rebuilt and report.reason == "asked"
        assert "harbour" in library_docs(app)
        assert app.workspace.search("Rotterdam").total == 1


async def test_corpus_yaml_edited_while_running_reindexes(seeds_copy: Path, tmp_path: Path) -> None:
    app, _ = make(seeds_copy, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        with (seeds_copy / "corpus.yaml").open("a", encoding="utf-8") as f:
            f.write("  002_a8425d810b543e9c.txt:\n    outlet: Daily Planet\n")
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen.rows["002_a8425d810b543e9c"]["outlet"] == "Daily Planet"  # type: ignore[attr-defined]
        assert app.workspace.search('outlet:"Daily Planet"').total == 1


async def test_a_deleted_file_opened_from_the_library_says_so_and_drops_from_the_list(
    seeds_copy: Path, tmp_path: Path
) -> None:
    app, shown = make(seeds_copy, tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        doc = library_docs(app)[0]
        next(seeds_copy.glob(f"{doc}.*")).unlink()
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        assert any(doc in m and "gone" in m for _, m in shown), shown
        assert doc not in library_docs(app)
