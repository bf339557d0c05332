"""EntityMatrixScreen and MentionsScreen: entities against outlets, in the running app (Pilot)."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import workers_done
from textual.coordinate import Coordinate
from textual.widgets import DataTable, OptionList

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.entity_colors import FIGURE_LABELS
from waic_reader.tui.screens.entity_matrix import FIGURES, NAMES, EntityMatrixScreen
from waic_reader.tui.screens.library import LibraryScreen
from waic_reader.tui.screens.mentions import MentionsScreen
from waic_reader.tui.screens.reader import ReaderScreen

SIZE = (120, 40)

HOSTILE_BODY = (
    "{title}\n\n"
    "Premier Li Qiang opened the [@click=app.quit]y[/] Shanghai summit, where over 800 companies "
    "showed robots and [b]x[/b] models to delegates from over 30 countries.\n\n"
    "The conference also featured 40 large language models, organisers in Shanghai said.\n"
)


def hostile_corpus(root: Path) -> Path:
    """Two articles whose titles and text carry markup, and an outlet that is markup."""
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(HOSTILE_BODY.format(title="[b]x[/b] Summit opens [@click=app.quit]y[/]"), "utf-8")
    (corpus / "b.txt").write_text(HOSTILE_BODY.format(title="Summit [@click=app.quit]y[/] opens [b]x[/b]"), "utf-8")
    (corpus / "corpus.yaml").write_text('articles:\n  a.txt:\n    outlet: "[red]Evil[/red]"\n', "utf-8")
    return corpus


def record_reader_offsets(monkeypatch: pytest.MonkeyPatch) -> list[int | None]:
    """The ``at`` offset of every ReaderScreen created (the reader consumes it once scrolled)."""
    import functools

    offsets: list[int | None] = []
    original = ReaderScreen.__init__

    @functools.wraps(original)
    def init(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        offsets.append(kwargs.get("at"))
        original(self, *args, **kwargs)

    monkeypatch.setattr(ReaderScreen, "__init__", init)
    return offsets


async def open_matrix(app: WaicReaderApp, pilot) -> EntityMatrixScreen:  # type: ignore[no-untyped-def]
    await workers_done(app)
    screen = EntityMatrixScreen()
    await app.push_screen(screen)
    await workers_done(app)
    await pilot.pause()
    assert screen.matrix is not None, "the matrix was not computed"
    return screen


def columns(table: DataTable) -> list[str]:  # type: ignore[type-arg]
    return [str(key.value) for key in table.columns]


def row_of(screen: EntityMatrixScreen, name: str) -> int:
    return next(i for i, r in enumerate(screen.shown) if r.entity.name == name)


async def test_li_qiang_in_every_outlet_and_reuters_only_in_boilerplate() -> None:
    app = WaicReaderApp(Workspace(), save_settings=False)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_matrix(app, pilot)
        table = screen.query_one(DataTable)
        docs = list(screen.matrix.articles)  # type: ignore[union-attr]
        assert len(docs) == 5
        assert columns(table) == ["name", "label", *docs, "total"]
        i = row_of(screen, "Li Qiang")
        cells = [table.get_cell_at(Coordinate(i, c)).plain for c in range(len(columns(table)))]
        assert cells[0] == "Li Qiang" and cells[1] == "Person"
        counts = [int(c.split()[0]) for c in cells[2:-1]]  # "2 +1": 2 in the text, 1 in boilerplate
        assert all(n > 0 for n in counts)
        assert int(cells[-1]) == sum(counts)
        # Reuters is named only in 004's boilerplate: no content count for it.
        reuters = [r for r in screen.matrix.rows if r.entity.name == "Reuters"]  # type: ignore[union-attr]
        doc_004 = next(d for d in docs if d.startswith("004"))
        assert all(r.content.get(doc_004, 0) == 0 for r in reuters)
        # Sorted by the number of outlets, then the total.
        keys = [(r.outlets, r.total) for r in screen.shown]
        assert [k[0] for k in keys] == sorted((k[0] for k in keys), reverse=True)
        # Numbers are not "who": hidden by default.
        assert screen.filter == NAMES
        assert screen.shown and all(r.entity.label not in FIGURE_LABELS for r in screen.shown)


async def test_label_filter_cycles() -> None:
    app = WaicReaderApp(Workspace(), save_settings=False)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_matrix(app, pilot)
        table = screen.query_one(DataTable)
        everyone = table.row_count
        await pilot.press("l")
        await pilot.pause()
        assert screen.filter == "PERSON"
        assert 0 < table.row_count < everyone
        assert {r.entity.label for r in screen.shown} == {"PERSON"}
        assert table.get_cell_at(Coordinate(0, 1)).plain == "Person"
        seen = [screen.filter]
        for _ in range(len(screen.filters) - 2):
            await pilot.press("l")
            await pilot.pause()
            seen.append(screen.filter)
        assert FIGURES in seen and seen[-1] == FIGURES
        assert screen.shown and all(r.entity.label in FIGURE_LABELS for r in screen.shown)
        await pilot.press("l")
        await pilot.pause()
        assert screen.filter == NAMES and table.row_count == everyone
        await pilot.press("L")
        await pilot.pause()
        assert screen.filter == FIGURES


async def test_enter_opens_mentions_then_the_reader(monkeypatch: pytest.MonkeyPatch) -> None:
    offsets = record_reader_offsets(monkeypatch)
    app = WaicReaderApp(Workspace(), save_settings=False)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_matrix(app, pilot)
        table = screen.query_one(DataTable)
        cols = columns(table)
        doc = next(d for d in cols if d.startswith("004"))
        i = row_of(screen, "Li Qiang")
        table.move_cursor(row=i, column=cols.index(doc))
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        modal = app.screen
        assert isinstance(modal, MentionsScreen)
        assert modal.mentions and {d for d, _ in modal.mentions} == {doc}
        assert len(modal.mentions) == screen.shown[i].content[doc] + screen.shown[i].noise.get(doc, 0)
        options = modal.query_one(OptionList)
        # Each mention is shown in its sentence.
        first = options.get_option_at_index(0).prompt.plain  # type: ignore[union-attr]
        assert modal.mentions[0][1].text in first
        options.highlighted = 0
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen) and app.screen.doc == doc
        assert offsets == [modal.mentions[0][1].start]  # the reader scrolls to the mention
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is modal
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen
        # On the name column: every mention in every article.
        table.move_cursor(row=i, column=0)
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        modal = app.screen
        assert isinstance(modal, MentionsScreen)
        assert {d for d, _ in modal.mentions} == set(screen.matrix.articles)  # type: ignore[union-attr]
        assert len(modal.mentions) == len(screen.shown[i].entity.mentions)
        # Content mentions are listed before boilerplate ones.
        flags = [m.noise for _, m in modal.mentions]
        assert flags == sorted(flags)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)


async def test_enter_on_an_empty_cell_opens_nothing() -> None:
    app = WaicReaderApp(Workspace(), save_settings=False)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_matrix(app, pilot)
        table = screen.query_one(DataTable)
        docs = list(screen.matrix.articles)  # type: ignore[union-attr]
        i, doc = next(
            (i, d) for i, r in enumerate(screen.shown) for d in docs if not r.content.get(d) and not r.noise.get(d)
        )
        table.move_cursor(row=i, column=columns(table).index(doc))
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen is screen


async def test_hostile_corpus_matrix(tmp_path: Path) -> None:
    app = WaicReaderApp(Workspace(hostile_corpus(tmp_path), tmp_path / "index"), save_settings=False)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_matrix(app, pilot)
        table = screen.query_one(DataTable)
        assert app.is_running and app.screen is screen
        headers = {str(k.value): c.label.plain for k, c in table.columns.items()}
        assert headers["a"] == "[red]Evil[/red]"
        assert "[red]Evil[/red]" in app.export_screenshot()
        i = row_of(screen, "Li Qiang")
        table.move_cursor(row=i, column=columns(table).index("a"))
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        modal = app.screen
        assert isinstance(modal, MentionsScreen)
        prompt = modal.query_one(OptionList).get_option_at_index(0).prompt.plain  # type: ignore[union-attr]
        assert "[@click=app.quit]y[/]" in prompt
        assert app.is_running


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
async def test_q_closes_the_mentions_dialog_as_escape_does(size: tuple[int, int]) -> None:
    """Reported: `q` did nothing in the mentions dialog (only escape closed it), while `q` leaves
    every other screen. A dialog hides the app's bindings, so the dialog binds it itself."""
    app = WaicReaderApp(Workspace(), save_settings=False)
    async with app.run_test(size=size) as pilot:
        screen = await open_matrix(app, pilot)
        table = screen.query_one(DataTable)
        table.move_cursor(row=row_of(screen, "Li Qiang"), column=0)
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, MentionsScreen)
        await pilot.press("q")
        await pilot.pause()
        assert app.screen is screen
        await pilot.press("q")  # and q again leaves the matrix, as on every screen
        await pilot.pause()
        assert not isinstance(app.screen, (EntityMatrixScreen, MentionsScreen))


def two_of_one_outlet(root: Path) -> Path:
    """Two Reuters articles whose ids share a start, and one without an outlet."""
    root.mkdir()
    body = "Harbour master Hiroshi Ueda said the ferry Nordsea Star listed suddenly off Kellport.\n"
    (root / "reuters_0314_early.txt").write_text(f"Ferry lists off Kellport\n\n{body}", "utf-8")
    (root / "reuters_0314_late.txt").write_text(f"Ferry crew rescued off Kellport\n\n{body}", "utf-8")
    (root / "note_ueda.txt").write_text(f"Harbour notes\n\n{body}", "utf-8")
    (root / "corpus.yaml").write_text(
        "articles:\n  reuters_0314_early.txt:\n    outlet: Reuters\n  reuters_0314_late.txt:\n    outlet: Reuters\n",
        "utf-8",
    )
    return root


@pytest.mark.parametrize(
    ("size", "doc", "said"),
    [
        ((120, 40), "reuters_0314_late", "in Reuters (reuters_0314_late)"),
        ((60, 20), "reuters_0314_early", "in Reuters (reuters_0314_early)"),
        ((120, 40), "note_ueda", "in note_ueda"),
    ],
)
async def test_the_detail_line_and_the_dialog_name_the_article_whole(
    tmp_path: Path, size: tuple[int, int], doc: str, said: str
) -> None:
    """#13 re-test: the detail line said "2 mentions in Reuters (bbc_03)", the id cut as in the
    column's header though there was room, and the mentions dialog only "in Reuters" (two Reuters
    articles read alike). Both name the article whole: outlet and doc id."""
    app = WaicReaderApp(Workspace(two_of_one_outlet(tmp_path / "c")), save_settings=False)
    async with app.run_test(size=size) as pilot:
        screen = await open_matrix(app, pilot)
        table = screen.query_one(DataTable)
        table.move_cursor(row=row_of(screen, "Hiroshi Ueda"), column=columns(table).index(doc))
        await pilot.pause()
        detail = str(screen.query_one("#matrix-detail").render())
        assert f"1 mention {said}" in detail, detail
        await pilot.press("enter")
        await pilot.pause()
        modal = app.screen
        assert isinstance(modal, MentionsScreen)
        title = str(modal.query_one("#mentions-title").render())
        assert title.endswith(said), title
        if "(" not in said:
            assert "(" not in title
