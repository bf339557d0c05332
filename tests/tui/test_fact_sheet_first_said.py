"""The fact sheet shows what an outlet said first in its own text (issue #16, round s29-e;
tests/fixtures/facts_s29e_superseded): a wire story's "Three people were killed …" then "Later,
officials said the toll had risen to four" is one value, 4, whose row names its first source "(first
said 3)" and whose detail says "first said: 3 (“Three people”); later 4" (the 3 was dropped unseen,
and the radio's "Police later put the death toll at four" made its 3 a value in disagreement)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from snapshot_app import settle
from textual.widgets import Static

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.fact_sheet import FactSheetScreen

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "facts_s29e_superseded"

pytestmark = pytest.mark.usefixtures("utc")


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
async def test_the_detail_says_what_the_article_said_first(tmp_path: Path, size: tuple[int, int]) -> None:
    corpus = tmp_path / "c"
    shutil.copytree(FIXTURES, corpus)
    app = WaicReaderApp(Workspace(corpus, tmp_path / "i"), save_settings=False)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("f")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, FactSheetScreen) and screen.sheet is not None
        (toll,) = [f for f in screen.rows if f.label == "death toll"]
        assert toll.status == "agree"
        shown = {v.doc: [e.text for e in v.earlier] for v in toll.values}
        assert shown == {"wire": ["Three people"], "radio": ["Three people"], "gazette": []}
        detail = str(screen.query_one("#coverage-detail", Static).render())
        assert "first said: 3 (“Three people”); later 4" in detail, detail
        await pilot.press("right", "right")  # the gazette only ever said four
        await settle(pilot)
        assert "first said" not in str(screen.query_one("#coverage-detail", Static).render())
