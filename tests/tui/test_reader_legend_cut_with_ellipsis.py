"""The reader's label legend is one line; cut, it ends in "…" (t13as N15: at 60 columns the
legend "Person   Organisation   Place   Other place   Date" silently dropped "Quantity", README:
every one-line heading and status line ends in "…" where it is cut). An article with many labels
at 60 and 44 columns (cut, "…"), the same at 120 (whole), and one with few labels at 60 (whole).
The line drawn is compared with the whole legend the reader built."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import settle
from textual.widgets import Static

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.reader import ReaderScreen

MANY = (
    "Ash cloud grounds 4,200 flights across Europe\n\n"
    "REYKJAVIK, Nov 18 - Thordis Eyjolfsdottir, head of the Icelandic Met Office, said on Wednesday "
    "that the plume rose 11 km above the Hrafnfell volcano and drifted towards Norway and Scotland.\n\n"
    "Eurocontrol said 4,200 flights were cancelled by noon on 18 November 2026, and Icelandair "
    "stopped all departures from Keflavik Airport until Friday, Jean Martin of Eurocontrol said.\n"
)
FEW = "Crane falls at Velby\n\nMaria Olsen said the crane fell at Velby on Tuesday.\n"


@pytest.mark.parametrize(
    ("text", "width", "cut"),
    [(MANY, 60, True), (MANY, 44, True), (MANY, 120, False), (FEW, 60, False)],
)
async def test_the_legend_ends_in_an_ellipsis_where_cut(tmp_path: Path, text: str, width: int, cut: bool) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "story.txt").write_text(text, "utf-8")
    app = WaicReaderApp(Workspace(corpus, index_dir=tmp_path / "ix"), save_settings=False)
    async with app.run_test(size=(width, 30)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        legend = app.screen.query_one("#reader-legend", Static)
        whole = " ".join(str(legend.render()).split())
        assert whole.count(" ") >= 1, whole  # two labels or more were found (the case says something)
        drawn = " ".join(legend.render_line(0).text.split())
        assert drawn.endswith("…") == cut, (drawn, whole)
        if cut:
            assert whole.startswith(drawn[:-1].rstrip()), (drawn, whole)
        else:
            assert drawn == whole
