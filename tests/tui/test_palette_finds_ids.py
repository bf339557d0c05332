"""The command palette (ctrl+p) finds an article by its doc id when the "Open:" line shows its
outlet instead, and an id starting with what was typed comes first (t13as N11: "opinion" listed
eleven other articles by scattered letters and not opinion-northern-globe; "opinion-n" found
only "Search: opinion-n"). The reported ids and two variants: an id typed in capitals among
ids that share its start, and a saved copy's id whose outlet and title are another's too."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import settle

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.providers import ID_PREFIX_SCORE, id_score
from waic_reader.tui.screens.reader import ReaderScreen

FILES = {
    "opinion-northern-globe.txt": (
        "The Northern Globe",
        "OPINION\nIceland was ready for lava. Europe was not ready for ash.\n\n"
        "Sixteen years after the last eruption, Europe's airspace has been emptied again.\n",
    ),
    "guardian-liveblog.txt": (
        "The Guardian",
        "Iceland eruption live: opinion polls, operations and options\n\n"
        "Operators pointed to new options for passengers, an opinion shared by airlines.\n",
    ),
    "harbour-report-1.txt": ("Velby Post", "Crane falls at Velby harbour\n\nA crane fell at the harbour on Tuesday.\n"),
    "harbour-report-2.txt": ("Velby Post", "Crane falls at Velby harbour\n\nA crane fell in the storm on Tuesday.\n"),
    "wire-nordwire-0314.txt": ("Nordwire", "Harbour crane collapses\n\nA harbour crane collapsed, the port said.\n"),
    "wire-nordwire-0314-saved.txt": (
        "Nordwire",
        "Harbour crane collapses\n\nA harbour crane collapsed, the port said.\n",
    ),
}


def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "c"
    root.mkdir()
    meta = ["articles:"]
    for name, (outlet, text) in FILES.items():
        (root / name).write_text(text, "utf-8")
        meta += [f"  {name}:", f"    outlet: {outlet}"]
    (root / "corpus.yaml").write_text("\n".join(meta) + "\n", "utf-8")
    return root


@pytest.mark.parametrize(
    ("typed", "doc"),
    [
        ("opinion", "opinion-northern-globe"),  # reported
        ("opinion-n", "opinion-northern-globe"),  # reported
        ("HARBOUR-REPORT-2", "harbour-report-2"),
        ("wire-nordwire-0314-s", "wire-nordwire-0314-saved"),
    ],
)
async def test_the_palette_opens_an_article_by_its_id(tmp_path: Path, typed: str, doc: str) -> None:
    app = WaicReaderApp(Workspace(corpus(tmp_path), index_dir=tmp_path / "ix"), save_settings=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("ctrl+p", *typed)
        await settle(pilot)
        await pilot.press("enter")  # the first hit
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen), app.screen
        assert app.screen.doc == doc


def test_an_id_prefix_ranks_above_fuzzy_matches_and_the_search_line() -> None:
    assert id_score("opinion-northern-globe", " Opinion ", 0.0) > ID_PREFIX_SCORE > 1.0
    assert id_score("harbour-report-2", "harbour-report", 0.0) < id_score("harbour-report-2", "harbour-report-2", 0.0)
    assert id_score("guardian-liveblog", "opinion", 0.25) == 0.25
