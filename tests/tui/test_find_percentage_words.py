"""ctrl+f finds the words of a percentage written out ("per cent" of "78 per cent") as words
of the text, and enter hands the keys back to the article whether or not anything was found:
the next ``n`` steps, never typed into the box (acceptance t13ak N13: `per cent` had no
matches, and after enter on "no matches" the ``n`` made the box read "per centn")."""

from __future__ import annotations

from pathlib import Path

import pytest
from jumps import assert_lands
from snapshot_app import make_app, settle

from waic_reader.tui.highlights import MATCH_STYLE
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.article_view import ArticleView
from waic_reader.tui.widgets.find_bar import FindBar

FILLER = "\n\n".join(f"Clinic note {k}: nurses worked late at the Kestrow ward." for k in range(24))
TEXT = (
    "Measles coverage\n\n"
    f"{FILLER}\n\n"
    "Coverage stood at 78 per cent of children, against 95 per cent needed; the rest were unsure.\n\n"
    "Officials said 3 per cent were not reached.\n"
)


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("per cent", ["per cent", "per cent", "per cent"]),  # reported
        ("per cent of chil", ["per cent of children"]),  # on past the percentage, being typed
        ("cent were", ["cent were"]),
    ],
)
async def test_find_a_percentages_words_and_step(tmp_path: Path, typed: str, found: list[str]) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "coverage.txt").write_text(TEXT, "utf-8")
    app = make_app(corpus=corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.loaded is not None
        await pilot.press("ctrl+f", *typed)
        await settle(pilot)
        targets = reader.targets()
        assert [TEXT[a:b] for a, b in targets] == found
        assert all((a, b, MATCH_STYLE) in reader.highlights() for a, b in targets)
        await pilot.press("enter", "n")
        await settle(pilot)
        bar = reader.query_one(FindBar)
        assert bar.value == typed and not bar.display
        current = targets[1 % len(targets)]
        assert reader.current == 1 % len(targets)
        assert_lands(reader, current[0])  # n stepped and the match it stepped to is on screen


async def test_enter_on_no_matches_hands_keys_back(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "coverage.txt").write_text(TEXT, "utf-8")
    app = make_app(corpus=corpus)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        await pilot.press("ctrl+f", *"per cents", "enter", "n")
        await settle(pilot)
        bar = reader.query_one(FindBar)
        assert bar.value == "per cents" and not bar.display  # the n was not typed into the box
        assert reader.query_one(ArticleView).has_focus
        assert str(reader.query_one("#reader-status").render()) == "no matches for per cents in this article"
        await pilot.press("escape")  # clears the find first, as with matches
        await settle(pilot)
        assert app.screen is reader and not reader.finding
