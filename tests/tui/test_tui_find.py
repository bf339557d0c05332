"""Find within the open article (ctrl+f): typing finds the words with the search's tokeniser and
folding, enter jumps to the first match (highlighted and on screen on an article whose matches
start below the fold), n / N step and wrap, "no matches" is said plainly, escape closes."""

from __future__ import annotations

from pathlib import Path

import pytest
from jumps import assert_lands
from snapshot_app import make_app, settle
from story_corpus import write_story

from waic_reader.tui.highlights import CURRENT_STYLE, MATCH_STYLE
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.article_view import ArticleView
from waic_reader.tui.widgets.find_bar import FindBar


def status(reader: ReaderScreen) -> str:
    return str(reader.query_one("#reader-status").render())


async def open_long(pilot, corpus: Path) -> ReaderScreen:  # type: ignore[no-untyped-def]
    await settle(pilot)
    await pilot.press("enter")  # long.txt is first in folder order
    await settle(pilot)
    reader = pilot.app.screen
    assert isinstance(reader, ReaderScreen) and reader.doc == "long"
    return reader


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("halvorsen", ["Halvorsen", "Halvorsen"]),  # case folded; inside the full name too
        ("OKONKWO-LAINE", ["Okonkwo-Laine", "Okonkwo-Laine"]),
        ("jobs would fol", ["jobs would follow"]),  # consecutive words, the last one being typed
    ],
)
async def test_ctrl_f_finds_jumps_and_steps(
    tmp_path: Path, size: tuple[int, int], typed: str, found: list[str]
) -> None:
    corpus = write_story(tmp_path / "story")
    text = (corpus / "long.txt").read_text(encoding="utf-8")
    app = make_app(corpus=corpus)
    async with app.run_test(size=size) as pilot:
        reader = await open_long(pilot, corpus)
        await pilot.press("ctrl+f")
        bar = reader.query_one(FindBar)
        assert bar.display and bar.has_focus
        await pilot.press(*typed)
        await settle(pilot)
        targets = reader.targets()
        assert [text[a:b] for a, b in targets] == found
        assert all((a, b, MATCH_STYLE) in reader.highlights() for a, b in targets)
        view = reader.query_one(ArticleView)
        assert (view.row_of_offset(targets[0][0]) or 0) >= view.scrollable_content_region.height  # below the fold
        assert round(view.scroll_y) == 0  # typing highlights; enter jumps
        await pilot.press("enter")
        await settle(pilot)
        assert not bar.display and view.has_focus
        assert reader.current == 0 and (*targets[0], CURRENT_STYLE) in reader.highlights()
        assert_lands(reader, targets[0][0])
        assert f"find 1/{len(targets)}" in status(reader)
        for i in [*range(1, len(targets)), 0]:  # n steps, and wraps round to the first
            await pilot.press("n")
            await settle(pilot)
            assert reader.current == i
            assert_lands(reader, targets[i][0])
        await pilot.press("N")
        await settle(pilot)
        assert reader.current == len(targets) - 1
        assert_lands(reader, targets[-1][0])
        # escape clears the find (the matches go); a second escape leaves the reader.
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is reader and reader.targets() == [] and not reader.finding
        assert not any(style == MATCH_STYLE for _, _, style in reader.highlights())
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is not reader


async def test_ctrl_f_says_no_matches_and_escape_closes_the_box(tmp_path: Path) -> None:
    corpus = write_story(tmp_path / "story")
    app = make_app(corpus=corpus)
    async with app.run_test(size=(60, 20)) as pilot:
        reader = await open_long(pilot, corpus)
        await pilot.press("ctrl+f", *"zeppelin")
        await settle(pilot)
        assert reader.targets() == []
        assert status(reader) == "no matches for zeppelin in this article"
        await pilot.press("enter")  # nothing to jump to: the keys go back to the article (t13ak N13)
        await settle(pilot)
        bar = reader.query_one(FindBar)
        assert not bar.display and not bar.has_focus
        assert status(reader) == "no matches for zeppelin in this article"
        await pilot.press("escape")
        await settle(pilot)
        assert not bar.display and app.screen is reader and not reader.finding


async def test_find_folds_accents_numbers_and_cjk(tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    text = "Fähre nach Zürich\n\nDie Fähre fährt nach Zürich. 3,000 Gäste kamen, 上海市 auch.\n"
    (corpus / "de.txt").write_text(text, encoding="utf-8")
    app = make_app(corpus=corpus)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        await pilot.press("ctrl+f")
        for typed, found in [
            ("zurich", ["Zürich", "Zürich"]),
            ("3000", ["3,000"]),
            ("上海", ["上海"]),
            ("FAHRE", ["Fähre", "Fähre"]),
        ]:
            bar = reader.query_one(FindBar)
            bar.value = typed
            await settle(pilot)
            assert [text[a:b] for a, b in reader.targets()] == found, typed
