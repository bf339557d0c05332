"""Opening a ``who:`` hit found by an alias ("Halvorsen", merged into "Ingrid Halvorsen"): the
reader's matches are the entity's mentions, the current one highlighted and on screen, and n/N
step through them (the mentions start below the fold at both sizes)."""

from __future__ import annotations

from pathlib import Path

import pytest
from jumps import assert_lands, visible_row
from snapshot_app import make_app, settle
from story_corpus import PEOPLE, write_story

from waic_reader.tui.highlights import CURRENT_STYLE
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.screens.search import SearchScreen
from waic_reader.tui.widgets.article_view import ArticleView


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
@pytest.mark.parametrize(("full", "short"), PEOPLE)
async def test_who_alias_opens_at_the_mentions(tmp_path: Path, size: tuple[int, int], full: str, short: str) -> None:
    corpus = write_story(tmp_path / "story")
    text = (corpus / "long.txt").read_text(encoding="utf-8")
    first = text.index(full)
    app = make_app(corpus=corpus)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("slash", *f"who:{short}")
        await settle(pilot)
        search = app.screen
        assert isinstance(search, SearchScreen) and search.results is not None
        # short.txt names the surname alone: the entity list gives it the person long.txt names
        # in full (the grouping's corpus pass), and so does who: (issue #13 F3); long ranks first.
        named_alone = short in (corpus / "short.txt").read_text(encoding="utf-8")
        assert [h.doc for h in search.results.hits] == (["long", "short"] if named_alone else ["long"])
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        view = reader.query_one(ArticleView)
        assert (view.row_of_offset(first) or 0) >= view.scrollable_content_region.height  # below the fold
        targets = reader.targets()
        assert [text[a:b] for a, b in targets] == [full, short]
        assert reader.current == 0 and targets[0][0] == first
        assert (*targets[0], CURRENT_STYLE) in reader.highlights()
        assert_lands(reader, first)
        assert "match 1/2" in str(reader.query_one("#reader-status").render())
        await pilot.press("n")
        await settle(pilot)
        assert reader.current == 1 and (*targets[1], CURRENT_STYLE) in reader.highlights()
        assert visible_row(reader, targets[1][0]) is not None
        await pilot.press("N")
        await settle(pilot)
        assert reader.current == 0
        assert_lands(reader, first)
