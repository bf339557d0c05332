"""The fact sheet's row of the tester's "212 passengers" (#13 s18 t13 fault 3): one ``passengers``
row, agreeing, its three values from three outlets ("was carrying", a Markdown list item "were on
board", "had boarded"), where the sheet had shown two single-source rows and a ``passengers
boarded`` row; the heading counts it among the facts reported by several."""

from __future__ import annotations

import shutil
from pathlib import Path

from snapshot_app import settle, workers_done
from textual.widgets import Static

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.fact_sheet import FactSheetScreen

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "ferry_aboard"


async def test_the_passengers_row(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path in FIXTURES.iterdir():
        shutil.copy(path, corpus / path.name)
    app = WaicReaderApp(Workspace(corpus, index_dir=tmp_path / "index"), save_settings=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, FactSheetScreen)
        await workers_done(app)
        await settle(pilot)
        assert screen.sheet is not None
        labels = [f.label for f in screen.rows]
        assert "passengers boarded" not in labels
        assert labels.count("passengers") == 1, labels
        row = labels.index("passengers")
        fact = screen.rows[row]
        assert fact.status == "agree" and fact.sources == 3
        screen.query_one("#coverage-table").move_cursor(row=row)  # type: ignore[attr-defined]
        await settle(pilot)
        shown, value = screen.current()
        assert shown is fact and value is not None and value.display == "212"
        heading = str(screen.query_one("#coverage-heading", Static).render())
        # the death toll, the passengers, the shelters ("would open three shelters", "Three
        # shelters were opened": one row since grouping._join_measured_counts, t13z H2) and the people
        # rescued ("rescuers had pulled 180 people from the water", "195 people had been rescued": one
        # row since round s35-fc read a pull from the water as a rescue, t13aa K14; they disagree)
        assert "4 facts reported by several" in heading, heading
        assert "2 in disagreement" in heading, heading
