"""The search screen finds, as typed, every article of an entity by a word its hyphen joins, and
the reader opens on the entity's mentions there (t13u F2, round s32-c: the TUI said "1 article
matches · Terrace Talk" for ``who:Calderon``, the article writing "Ines Ruiz Calderon" alone).
The reported name and two invented variants."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import make_app, settle

from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.screens.search import SearchScreen

CASES = [
    ("Inés Ruiz-Calderón", "Ines Ruiz Calderon", "Calderon"),  # reported
    ("Kim Min-jun", "Kim Min Jun", "Jun"),
    ("Jean-Luc Moreau-Vidal", "Jean Luc Moreau Vidal", "Luc"),
]


@pytest.mark.parametrize(("hyphened", "spaced", "word"), CASES)
async def test_typed_who_word_finds_every_spelling(tmp_path: Path, hyphened: str, spaced: str, word: str) -> None:
    root = tmp_path / "c"
    root.mkdir()
    texts = {
        "a": f"Help promised\n\nFire chief {hyphened} promised help on Tuesday.\n",
        "b": f"Help on its way\n\nFire chief {spaced} said help was coming.\n",
        "c": f"Crews arrive\n\nThe crews of fire chief {hyphened} arrived at dawn.\n",
    }
    for doc, text in texts.items():
        (root / f"{doc}.txt").write_text(text, encoding="utf-8")
    app = make_app(corpus=root)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *f"who:{word}")
        await settle(pilot)
        search = app.screen
        assert isinstance(search, SearchScreen) and search.results is not None
        hits = [h.doc for h in search.results.hits]
        assert sorted(hits) == ["a", "b", "c"], hits
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        text = texts[hits[0]]
        assert [text[s:e] for s, e in reader.targets()] == [spaced if hits[0] == "b" else hyphened]
