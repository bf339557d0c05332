"""A jump into an article whose file was edited since the screen jumped from was made says so
naming that screen (s39's leftover of issue 13): the timeline's figure jumps were said to come
"since the fact sheet was made" (a sheet the user may never have opened), and a mention's or a
quote's jump named no screen at all. The timeline's figure (the reported path), the timeline's
entity, the matrix's mention and the Quotes screen's wording; the fact sheet's own notice is kept
by test_fact_steps_edited_files."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import settle
from test_jump_into_edited_article import NOTE, choose_last_mention, make_app
from test_quotes_rows_land_on_a_wording import corpus as ferry_corpus
from test_timeline_enter_lands import choose, quake, timeline

from waic_reader.tui.screens.quotes import QuotesScreen, StatementTable
from waic_reader.tui.screens.reader import ReaderScreen

__all__ = ["quake"]  # the fixture, used by name

pytestmark = pytest.mark.usefixtures("utc")


@pytest.mark.parametrize("subject", ["death toll", "Oresund City"])
async def test_a_timeline_jump_into_an_edited_article_names_the_timeline(quake: Path, subject: str) -> None:
    """A figure (the reported path: its values looked for again) and an entity (its mention's
    words looked for again)."""
    app, notices = make_app(quake)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await timeline(pilot, app)
        first = next(s for s in screen.subjects if s.label == subject).first
        assert first is not None
        path = app.workspace.corpus.entries[first.doc].path
        path.write_text(NOTE + path.read_text("utf-8"), "utf-8")  # every offset moves
        reader = await choose(pilot, screen, subject)
        assert reader.doc == first.doc
        said = [n for n in notices if "changed since" in n]
        assert said and all(f"{first.doc} changed since the timeline was made" in n for n in said), notices
        assert not any("fact sheet" in n for n in notices)


async def test_a_matrix_mention_jump_into_an_edited_article_names_the_matrix(seeds_copy: Path) -> None:
    app, notices = make_app(seeds_copy)
    async with app.run_test(size=(120, 40)) as pilot:
        doc, _old, _words = await choose_last_mention(app, pilot)
        path = app.workspace.corpus.entries[doc].path
        path.write_text(NOTE + path.read_text("utf-8"), "utf-8")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen) and app.screen.doc == doc
        assert any(f"{doc} changed since the entity matrix was made; “" in n for n in notices), notices


async def test_a_quote_jump_into_an_edited_article_names_the_quotes_list(tmp_path: Path) -> None:
    app, notices = make_app(ferry_corpus(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("Q")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, QuotesScreen)
        await pilot.press("enter")  # into the statements, on a wording
        await settle(pilot)
        _st, quote = screen.at(screen.query_one(StatementTable).cursor_coordinate)
        assert quote is not None
        path = app.workspace.corpus.entries[quote.doc].path
        path.write_text(NOTE + path.read_text("utf-8"), "utf-8")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen) and app.screen.doc == quote.doc
        assert any(f"{quote.doc} changed since the quotes list was made; “" in n for n in notices), notices
