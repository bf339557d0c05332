"""Every screen that shows an article's metadata shows what corpus.yaml gives now, when opened or
shown again after an edit (issue 13, s16, item 2). Reported: with the app on a reader,
corpus.yaml given an entry for guardian_0315.txt (outlet The Observer, date 13 Mar 07:00), ``f``
showed the fact sheet with the old outlet and date order, and the reader's header kept the old
date, until the library was shown again (the library's folder check was the only one that took
corpus.yaml in; the fact sheet also read the outlet and date the index kept, whatever the
corpus.yaml entry is now)."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import settle

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.compare import CompareScreen
from waic_reader.tui.screens.fact_sheet import FactSheetScreen
from waic_reader.tui.screens.quotes import QuotesScreen
from waic_reader.tui.screens.reader import ReaderScreen

ARTICLES = {
    "reuters_0314": ("Reuters", "2025-03-14T08:10:00", "at least 12 people died"),
    "bbc_0315": ("BBC", "2025-03-15T09:00:00", "at least 14 people died"),
    "guardian_0315": ("The Guardian", "2025-03-15T11:00:00", "15 people died"),
}
YAML = "articles:\n" + "".join(
    f"  {doc}.txt:\n    outlet: {outlet}\n    date: {date}\n" for doc, (outlet, date, _) in ARTICLES.items()
)


def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    for doc, (_outlet, _date, figure) in ARTICLES.items():
        (root / f"{doc}.txt").write_text(
            f"Ferry capsizes off Portmere\n\nOfficials said {figure} when the ferry capsized.\n\n"
            '"The sea was calm," said Hiroshi Ueda, the harbour master.\n',
            "utf-8",
        )
    (root / "corpus.yaml").write_text(YAML, "utf-8")
    return root


def edit(root: Path, outlet: str = "The Observer", date: str = "2025-03-13T07:00:00") -> None:
    text = YAML.replace("The Guardian", outlet).replace("2025-03-15T11:00:00", date)
    (root / "corpus.yaml").write_text(text, "utf-8")


async def app_on_reader(pilot, app: WaicReaderApp) -> ReaderScreen:  # type: ignore[no-untyped-def]
    while not app.index_ready:
        await pilot.pause(0.05)
    await settle(pilot)
    reader = ReaderScreen("guardian_0315")
    await app.push_screen(reader)
    await settle(pilot)
    assert reader.loaded is not None
    return reader


def meta(reader: ReaderScreen) -> str:
    return str(reader.query_one("#reader-meta").render())


def deaths(sheet: FactSheetScreen) -> list[str]:
    assert sheet.sheet is not None
    fact = next(f for f in sheet.sheet.facts if f.label == "death toll")
    return [v.doc for v in fact.values]


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
async def test_the_fact_sheet_and_the_reader_show_an_edited_corpus_yaml(tmp_path: Path, size: tuple[int, int]) -> None:
    """The reported case: on the reader, corpus.yaml edited, f, then back to the reader."""
    root = corpus(tmp_path)
    app = WaicReaderApp(Workspace(root, tmp_path / "index"), save_settings=False)
    async with app.run_test(size=size) as pilot:
        reader = await app_on_reader(pilot, app)
        assert "The Guardian" in meta(reader)
        # A fact sheet made before the edit (kept by the app: the memo) must not be shown again.
        await pilot.press("f")
        await settle(pilot)
        assert isinstance(app.screen, FactSheetScreen) and deaths(app.screen)[0] == "reuters_0314"
        await pilot.press("escape")
        await settle(pilot)
        edit(root)
        await pilot.press("f")
        await settle(pilot)
        sheet = app.screen
        assert isinstance(sheet, FactSheetScreen) and sheet.sheet is not None
        source = next(s for s in sheet.sheet.articles if s.doc == "guardian_0315")
        assert (source.label, source.date) == ("The Observer", "2025-03-13T07:00:00")
        assert deaths(sheet)[0] == "guardian_0315"  # the earliest now
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is reader
        assert "The Observer" in meta(reader) and "The Guardian" not in meta(reader)


async def test_a_reader_shown_again_and_a_sheet_left_open_take_the_edit_in(tmp_path: Path) -> None:
    """Variant: the fact sheet open under a reader when corpus.yaml is edited; the reader is left
    for the sheet, which shows the new outlet; the reader's header, opened again, too."""
    root = corpus(tmp_path)
    app = WaicReaderApp(Workspace(root, tmp_path / "index"), save_settings=False)
    async with app.run_test(size=(120, 40)) as pilot:
        while not app.index_ready:
            await pilot.pause(0.05)
        await settle(pilot)
        sheet = FactSheetScreen()
        await app.push_screen(sheet)
        await settle(pilot)
        await app.push_screen(ReaderScreen("guardian_0315"))
        await settle(pilot)
        edit(root, outlet="Observer Weekly", date="2025-03-12T06:00:00")
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is sheet and sheet.sheet is not None
        assert {s.label for s in sheet.sheet.articles} == {"Reuters", "BBC", "Observer Weekly"}
        await app.push_screen(ReaderScreen("guardian_0315"))
        await settle(pilot)
        assert "Observer Weekly" in meta(app.screen)  # type: ignore[arg-type]


async def test_compare_and_quotes_opened_after_an_edit(tmp_path: Path) -> None:
    """Variant: compare's headers and the quotes' sources, opened after the edit."""
    root = corpus(tmp_path)
    app = WaicReaderApp(Workspace(root, tmp_path / "index"), save_settings=False)
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await app_on_reader(pilot, app)
        compare = CompareScreen("guardian_0315", "bbc_0315")
        await app.push_screen(compare)
        await settle(pilot)
        assert "The Guardian" in str(compare.query_one("#head-a").render())
        edit(root)
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is reader and "The Observer" in meta(reader)
        compare = CompareScreen("guardian_0315", "bbc_0315")
        await app.push_screen(compare)
        await settle(pilot)
        assert "The Observer" in str(compare.query_one("#head-a").render())
        await pilot.press("escape")
        await settle(pilot)
        quotes = QuotesScreen()
        await app.push_screen(quotes)
        await settle(pilot)
        assert quotes.sheet is not None
        assert {a.outlet for a in quotes.sheet.articles} >= {"The Observer"}
