"""A jump made from a list built before the article's file was edited (the matrix's mentions,
the quotes) finds its words again in the new text (issue 13, re-test: "a jump into a changed
article must re-find its target"): the mention (or quote) is current and lands a few lines from
the top, and a notice says it was found again; words no longer in the text are said so and the
article opens at its top. Before, the reader opened at the old offset, pointing elsewhere."""

from __future__ import annotations

from pathlib import Path

import pytest
from jumps import assert_lands
from snapshot_app import settle
from textual.widgets import DataTable, OptionList

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.entity_matrix import EntityMatrixScreen
from waic_reader.tui.screens.mentions import MentionsScreen
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.article_view import ArticleView

NOTE = "Editor's note: this story was updated with new reporting from the conference floor.\n\n"


def make_app(corpus: Path) -> tuple[WaicReaderApp, list[str]]:
    app = WaicReaderApp(Workspace(corpus), save_settings=False)
    notices: list[str] = []
    notify = app.notify
    app.notify = lambda message, *a, **k: (notices.append(str(message)), notify(message, *a, **k))[1]  # type: ignore[method-assign]
    return app, notices


async def choose_last_mention(app: WaicReaderApp, pilot) -> tuple[str, int, str]:  # type: ignore[no-untyped-def]
    """E, enter on the most-covered entity, the mention furthest into its article highlighted:
    (doc, start, words)."""
    while not app.index_ready:
        await pilot.pause(0.05)
    await settle(pilot)
    await pilot.press("E")
    await settle(pilot)
    matrix = app.screen
    assert isinstance(matrix, EntityMatrixScreen) and matrix.shown
    matrix.query_one(DataTable).move_cursor(row=0, column=0)
    await pilot.pause()
    await pilot.press("enter")
    await settle(pilot)
    modal = app.screen
    assert isinstance(modal, MentionsScreen)
    i, (doc, mention) = max(
        ((i, dm) for i, dm in enumerate(modal.mentions) if not dm[1].noise), key=lambda idm: idm[1][1].start
    )
    options = modal.query_one(OptionList)
    options.highlighted = [o.id for o in options.options].index(str(i))
    return doc, mention.start, mention.text


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
@pytest.mark.parametrize("where", ["above", "around"])
async def test_a_mention_jump_into_an_edited_article_finds_it_again(
    seeds_copy: Path, size: tuple[int, int], where: str
) -> None:
    app, notices = make_app(seeds_copy)
    async with app.run_test(size=size) as pilot:
        doc, old, words = await choose_last_mention(app, pilot)
        path = app.workspace.corpus.entries[doc].path
        text = path.read_text("utf-8")
        if where == "above":  # every offset moves
            edited = NOTE * 6 + text
        else:  # its paragraph moved up, the text before it grown
            cut = text.rfind("\n\n", 0, old) + 2
            edited = text[cut:] + "\n\n" + NOTE * 3 + text[:cut]
        path.write_text(edited, "utf-8")
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.doc == doc and reader.loaded is not None
        start, end = reader.targets()[reader.current]
        assert start != old and reader.loaded.article.text[start:end] == words
        assert_lands(reader, start)
        assert any("found again" in n for n in notices)


async def test_a_mention_whose_words_are_gone_opens_at_the_top_and_says_so(seeds_copy: Path) -> None:
    app, notices = make_app(seeds_copy)
    async with app.run_test(size=(60, 20)) as pilot:
        doc, _old, words = await choose_last_mention(app, pilot)
        path = app.workspace.corpus.entries[doc].path
        path.write_text(NOTE + path.read_text("utf-8").replace(words, "the other party"), "utf-8")
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.doc == doc
        assert round(reader.query_one(ArticleView).scroll_y) == 0 and reader.sentence_at is None
        assert any(f"“{words}” is no longer in it: opened at the top" in n for n in notices)
