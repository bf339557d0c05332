"""FactSheetScreen: one row per fact with its values and sources, in the running app (Pilot)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from snapshot_app import workers_done
from textual.coordinate import Coordinate
from textual.widgets import DataTable, Static

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.fact_sheet import FactSheetScreen
from waic_reader.tui.screens.library import LibraryScreen
from waic_reader.tui.screens.reader import ReaderScreen

SIZE = (120, 40)


def make_app(corpus: Path | None = None, index_dir: Path | None = None) -> WaicReaderApp:
    return WaicReaderApp(Workspace(corpus, index_dir), save_settings=False)


async def open_coverage(app: WaicReaderApp, pilot, **kwargs) -> FactSheetScreen:  # type: ignore[no-untyped-def]
    await workers_done(app)
    screen = FactSheetScreen(**kwargs)
    await app.push_screen(screen)
    await workers_done(app)
    await pilot.pause()
    assert screen.sheet is not None, "the fact sheet was not computed"
    return screen


def columns(table: DataTable) -> list[str]:  # type: ignore[type-arg]
    return [str(key.value) for key in table.columns]


def row_cells(table: DataTable, row: int) -> dict[str, str]:  # type: ignore[type-arg]
    return {col: table.get_cell_at(Coordinate(row, i)).plain for i, col in enumerate(columns(table))}


def companies_row(screen: FactSheetScreen) -> int:
    return next(
        i for i, f in enumerate(screen.rows) if f.label == "companies" and any("800" in v.text for v in f.values)
    )


async def test_800_companies_row_lists_three_outlets_agreeing() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_coverage(app, pilot)
        table = screen.query_one(DataTable)
        assert columns(table) == ["fact", "status", "values"]  # one row per fact, not a column per article
        row = companies_row(screen)
        cells = row_cells(table, row)
        assert cells["status"] == "agree" and "800" in cells["values"]
        assert {v.doc[:3] for v in screen.rows[row].values} == {"002", "003", "004"}
        # Disagreements, then facts several outlets report, then single-source ones.
        order = [(f.agree, f.sources > 1) for f in screen.rows]
        assert order == sorted(order, key=lambda x: (x[1] is False, x[0]))
        assert screen.rows[0].sources >= 2 and screen.rows[-1].sources == 1
        # The grounds of the highlighted fact and its first value's sentence show below.
        fact, value = screen.current()
        assert fact is not None and value is not None
        detail = str(screen.query_one("#coverage-detail", Static).render())
        assert detail.startswith("grounds:")


async def test_right_steps_values_and_enter_opens_the_reader_there() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_coverage(app, pilot)
        table = screen.query_one(DataTable)
        table.move_cursor(row=companies_row(screen))
        await pilot.pause()
        seen = []
        for _ in range(3):
            seen.append(screen.current()[1].doc[:3])  # type: ignore[union-attr]
            await pilot.press("right")
        assert sorted(seen) == ["002", "003", "004"] and screen.current()[1].doc[:3] == seen[0]  # type: ignore[union-attr]
        while screen.current()[1].doc[:3] != "003":  # type: ignore[union-attr]
            await pilot.press("right")
        value = screen.current()[1]
        assert value is not None
        await workers_done(app)  # the sentence is read by a worker
        await pilot.pause()
        detail = str(screen.query_one("#coverage-detail", Static).render())
        assert app.workspace.corpus.article(value.doc).text[value.start : value.end] in detail
        await pilot.press("enter")
        for _ in range(3):
            await pilot.pause()
            await workers_done(app)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        assert reader.doc == value.doc
        assert reader.targets()[reader.current] == (value.start, value.end)  # the figure current (and scrolled to)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen


async def test_the_sheet_reads_at_60_columns() -> None:
    app = make_app()
    async with app.run_test(size=(60, 20)) as pilot:
        screen = await open_coverage(app, pilot)
        table = screen.query_one(DataTable)
        assert sum(c.get_render_width(table) for c in table.columns.values()) <= 60
        shot = app.export_screenshot()
        assert "agree" in shot and "800" in shot


class GatedGrouping:
    """The fact sheet's grouping of figures into facts (facts.group_figures) held at its second
    comparison of a figure with a row (grouping._joins) until ``release``; ``ended`` says how each
    grouping ended ("cancelled": it raised Cancelled, "finished"), ``extracted`` names the
    articles whose figures were extracted meanwhile.

    Started once the index is built: every article's figures are then read from it, so the
    grouping is all the sheet's work, and it is that step a screen left must stop (round s41-f:
    the cancel tests had gated the extraction, a step the sheet no longer runs)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        from waic_reader.index.analysis import facts
        from waic_reader.index.analysis.facts import Cancelled, grouping

        self.ended: list[str] = []
        self.extracted: list[str] = []
        self.reached = threading.Event()
        self.gate = threading.Event()
        compared = grouping._joins
        group = facts.group_figures
        extract = facts.sheet_figures
        comparisons: list[int] = []
        sheet = threading.local()  # set while the sheet groups (the timeline groups figures too)

        def held(*args, **kwargs):  # type: ignore[no-untyped-def]
            if getattr(sheet, "grouping", False):
                comparisons.append(1)
            if len(comparisons) == 2 and not self.reached.is_set():
                self.reached.set()
                self.gate.wait(10)
            return compared(*args, **kwargs)

        def watched(per_article, cancelled=None):  # type: ignore[no-untyped-def]
            sheet.grouping = cancelled is not None  # the sheet's worker passes its check
            try:
                got = group(per_article, cancelled)
            except Cancelled:
                self.ended.append("cancelled")
                raise
            finally:
                sheet.grouping = False
            self.ended.append("finished")
            return got

        def extracting(article, noise=()):  # type: ignore[no-untyped-def]
            self.extracted.append(article.doc)
            return extract(article, noise)

        monkeypatch.setattr(grouping, "_joins", held)
        monkeypatch.setattr(facts, "group_figures", watched)
        monkeypatch.setattr(facts, "sheet_figures", extracting)

    async def held(self, pilot) -> None:  # type: ignore[no-untyped-def]
        """Wait until the grouping holds (the screen is left only then: mid-grouping)."""
        for _ in range(200):  # 10 s
            if self.reached.is_set():
                return
            await pilot.pause(0.05)
        raise AssertionError("the fact sheet's grouping never ran")

    async def release(self, pilot) -> None:  # type: ignore[no-untyped-def]
        """Let the grouping go on, and wait until it has ended (a cancelled worker's thread runs
        on after Textual has marked it cancelled)."""
        self.gate.set()
        for _ in range(200):  # 10 s
            if self.ended:
                return
            await pilot.pause(0.05)


async def index_built(app: WaicReaderApp, pilot) -> None:  # type: ignore[no-untyped-def]
    """Wait until the app's index is open and up to date (it then keeps every article's figures)."""
    for _ in range(600):  # 30 s: the clean-clone CI runs on a shared, loaded machine
        if app.index_ready:
            break
        await pilot.pause(0.05)
    await workers_done(app)
    assert app.index_ready, "the index was not built"


async def test_leaving_the_screen_stops_the_computation(monkeypatch: pytest.MonkeyPatch) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await index_built(app, pilot)
        grouping = GatedGrouping(monkeypatch)
        screen = FactSheetScreen()
        await app.push_screen(screen)
        await grouping.held(pilot)
        [worker] = [w for w in app.workers if w.name == "fact sheet"]
        await pilot.press("escape")
        await pilot.pause()
        assert worker.is_cancelled
        await grouping.release(pilot)
        await workers_done(app)
        assert grouping.extracted == []  # every figure read from the index: grouping is the work
        assert grouping.ended == ["cancelled"]  # stopped inside the grouping, not run to its end
        assert screen.sheet is None


async def test_a_screen_on_top_pauses_the_computation_until_back(monkeypatch: pytest.MonkeyPatch) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await index_built(app, pilot)
        grouping = GatedGrouping(monkeypatch)
        screen = FactSheetScreen()
        await app.push_screen(screen)
        await grouping.held(pilot)
        [first] = [w for w in app.workers if w.name == "fact sheet"]
        await pilot.press("slash")  # search on top
        await pilot.pause()
        assert app.screen is not screen and first.is_cancelled
        await grouping.release(pilot)
        await workers_done(app)
        assert grouping.ended == ["cancelled"]
        await pilot.press("escape")
        await pilot.pause()
        await workers_done(app)
        await pilot.pause()
        assert app.screen is screen and screen.sheet is not None  # computed again once back
        assert grouping.ended == ["cancelled", "finished"] and grouping.extracted == []


async def test_single_source_toggle_and_escape() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_coverage(app, pilot)
        table = screen.query_one(DataTable)
        everything = table.row_count
        await pilot.press("a")
        await pilot.pause()
        assert 0 < table.row_count < everything
        assert all(f.sources > 1 for f in screen.rows)
        await pilot.press("a")
        await pilot.pause()
        assert table.row_count == everything
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)


async def test_start_follows_the_doc_asked_for() -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        docs = app.docs
        screen = await open_coverage(app, pilot, doc=docs[3])
        _fact, value = screen.current()
        assert value is not None and value.doc == docs[3]


# -- hostile corpus ----------------------------------------------------------------------------

HOSTILE_BODY = (
    "{title}\n\n"
    "Premier Li Qiang opened the [@click=app.quit]y[/] Shanghai summit, where over 800 companies "
    "showed robots and [b]x[/b] models to delegates from over 30 countries.\n\n"
    "The conference also featured 40 large language models, organisers in Shanghai said.\n"
)


def hostile_corpus(root: Path) -> Path:
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(HOSTILE_BODY.format(title="[b]x[/b] Summit opens [@click=app.quit]y[/]"), "utf-8")
    (corpus / "b.txt").write_text(HOSTILE_BODY.format(title="Summit [@click=app.quit]y[/] opens [b]x[/b]"), "utf-8")
    (corpus / "corpus.yaml").write_text('articles:\n  a.txt:\n    outlet: "[red]Evil[/red]"\n', "utf-8")
    return corpus


async def test_hostile_text_shows_literally(tmp_path: Path) -> None:
    app = make_app(hostile_corpus(tmp_path), tmp_path / "index")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_coverage(app, pilot)
        assert app.is_running and app.screen is screen
        assert screen.sheet is not None and screen.sheet.facts
        # The detail shows the figure's sentence, markup and all, as typed.
        while screen.current()[1].doc != "a":  # type: ignore[union-attr]
            await pilot.press("right")
        detail = screen.query_one("#coverage-detail", Static).render().plain  # type: ignore[union-attr]
        assert "[@click=app.quit]y[/]" in detail and "[b]x[/b]" in detail
        assert "[red]Evil[/red]" in app.export_screenshot()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen) and app.screen.doc == "a"
        assert app.is_running


async def reopen(app: WaicReaderApp, pilot) -> FactSheetScreen:  # type: ignore[no-untyped-def]
    """Open the sheet (again) and wait until it shows (the last sheet's workers were cancelled
    when it was left, so this does not wait on all workers)."""
    screen = FactSheetScreen()
    notices: list[str] = []
    notify = app.notify

    def noted(message: str, **kwargs):  # type: ignore[no-untyped-def]
        notices.append(f"{kwargs.get('title', '')}: {message}")
        notify(message, **kwargs)

    app.notify = noted  # type: ignore[method-assign]
    await app.push_screen(screen)
    for _ in range(600):  # 30 s: the clean-clone CI runs on a shared, loaded machine
        if screen.sheet is not None:
            break
        await pilot.pause(0.05)
    await pilot.pause()
    app.notify = notify  # type: ignore[method-assign]
    workers = [(w.name, w.state.name) for w in app.workers]
    assert screen.sheet is not None, f"the fact sheet was not shown; workers: {workers}; notices: {notices}"
    return screen


async def test_opened_again_on_an_unchanged_corpus_the_sheet_is_not_computed_again(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The sheet is kept with what it was made from; a file edited (and taken in by the folder
    check) or a re-index makes it stale: then it is computed again and shows the new figure."""
    import shutil

    from waic_reader.index.workspace import Workspace as WorkspaceClass

    seeds = Path(__file__).resolve().parents[2] / "seeds"
    corpus = tmp_path / "corpus"
    shutil.copytree(seeds, corpus)
    computed: list[int] = []
    original = WorkspaceClass.fact_sheet

    def counted(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        computed.append(1)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(WorkspaceClass, "fact_sheet", counted)
    app = make_app(corpus, tmp_path / "index")
    async with app.run_test(size=SIZE) as pilot:
        while not app.index_ready:
            await pilot.pause(0.05)
        await workers_done(app)
        screen = await reopen(app, pilot)
        first = screen.sheet
        rows = screen.query_one(DataTable).row_count
        await pilot.press("escape")
        await pilot.pause()
        again = await reopen(app, pilot)
        assert len(computed) == 1 and again.sheet is first
        assert again.query_one(DataTable).row_count == rows
        await pilot.press("escape")
        await pilot.pause()
        # a new figure in one article, taken in as the library's folder check does
        path = next(p for p in sorted(corpus.iterdir()) if p.suffix == ".txt")
        path.write_text(path.read_text("utf-8") + "\n\nThe organisers counted 4,321 umbrellas.\n", "utf-8")
        generation = app.index_generation
        app.check_folder()
        while app.index_generation == generation:  # taken in and re-indexed
            await pilot.pause(0.05)
        third = await reopen(app, pilot)
        assert len(computed) == 2 and third.sheet is not first
        assert any("4,321" in v.text for f in third.sheet.facts for v in f.values)


async def test_a_noise_mark_or_an_edited_corpus_yaml_makes_the_kept_sheet_stale_with_the_index_closed(
    tmp_path: Path,
) -> None:
    """The kept sheet's key had the index's generation, which only a sync moves: with the index
    busy or failed, a block marked as boilerplate kept its figure on the sheet (review finding)."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Fire in the port\n\nA fire at the port killed 12 people on Friday, officials said.\n\n"
        "The harbour stays closed while inspectors work.\n",
        "utf-8",
    )
    (corpus / "b.txt").write_text(
        "Port fire toll rises\n\nThe fire at the port killed 14 people, the mayor said on Saturday.\n\n"
        "Ships were sent to other harbours for the week.\n",
        "utf-8",
    )
    app = make_app(corpus, tmp_path / "index")
    app.sync_index = lambda: None  # type: ignore[method-assign]  # the index never opens
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()

        def values(screen: FactSheetScreen) -> set[tuple[str, float]]:
            assert screen.sheet is not None
            return {(v.doc, v.value) for f in screen.sheet.facts for v in f.values}

        first = await reopen(app, pilot)
        assert {("a", 12), ("b", 14)} <= values(first)
        await pilot.press("escape")
        await pilot.pause()
        ws = app.workspace
        article = ws.corpus.article("a")
        block = next(b for b in article.blocks if "killed" in article.text[b.start : b.end])
        ws.mark_blocks("a", [article.text[block.start : block.end]], "noise")
        assert not app.index_ready
        second = await reopen(app, pilot)
        assert second.sheet is not first.sheet and ("a", 12) not in values(second) and ("b", 14) in values(second)
        await pilot.press("escape")
        await pilot.pause()
        # corpus.yaml edited (taken in by the folder check): computed again, not the kept sheet
        (corpus / "corpus.yaml").write_text("articles:\n  b.txt:\n    outlet: Harbour Post\n", "utf-8")
        generation = ws.inputs_revision
        ws.rescan()
        assert ws.inputs_revision != generation
        third = await reopen(app, pilot)
        assert third.sheet is not second.sheet
