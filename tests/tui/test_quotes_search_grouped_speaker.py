"""The Quotes screen's ``s`` on a speaker the grouping names otherwise in some articles, then
``enter`` on such an article's hit: the reader opens at the speaker's quote there (issues 13/15,
t13x F12: ``s`` on Ilsa Brannock searched ``said:"Ilsa Brannock"`` and missed the articles writing
"Governor Brannock"). The reported input and an invented "Ms Okafor" variant."""

from __future__ import annotations

from pathlib import Path

import pytest
from jumps import assert_lands
from said_corpora import BRANNOCK, OKAFOR, write
from snapshot_app import settle
from textual.widgets import OptionList

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.quotes import QuotesScreen, SpeakerTable
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.screens.search import SearchScreen


@pytest.mark.parametrize(
    ("files", "speaker", "doc", "words"),
    [
        (BRANNOCK, "Ilsa Brannock", "blog", "nobody should go back"),
        (OKAFOR, "Chiamaka Okafor", "paper", "will open a ferry"),
    ],
)
async def test_s_then_enter_lands_on_the_quote_in_the_surname_only_article(
    tmp_path: Path, files: dict[str, str], speaker: str, doc: str, words: str
) -> None:
    root = write(tmp_path / "c", files)
    text = (root / f"{doc}.txt").read_text("utf-8")
    app = WaicReaderApp(Workspace(root), save_settings=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("Q")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, QuotesScreen)
        row = next(i for i, (sp, _) in enumerate(screen.speakers) if sp.name == speaker)
        screen.query_one(SpeakerTable).move_cursor(row=row)
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        search = app.screen
        assert isinstance(search, SearchScreen) and search.results is not None
        assert search.query_one("#query").value == f'said:"{speaker}"'  # type: ignore[attr-defined]
        hits = search.results.hits
        assert doc in [h.doc for h in hits], [h.doc for h in hits]
        index = next(i for i, h in enumerate(hits) if h.doc == doc)
        search.query_one("#results", OptionList).highlighted = index
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.doc == doc and reader.loaded is not None
        assert reader.loaded.matches == hits[index].spans
        (start, end), *_ = reader.loaded.matches
        assert words in text[start:end]
        assert_lands(reader, start)
        assert "match 1/1" in str(reader.query_one("#reader-status").render())
