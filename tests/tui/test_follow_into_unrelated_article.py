"""A followed entity opened into an article that does not mention it (issue 13, t13b fault 6).

Reported: following "Jorunn Vestergaard" from the matrix, back to the library, then opening an
article that never names her: the status read "mention –/0 of Jorunn Vestergaard · n / N step".
The follow goes on, as less keeps its search pattern across files, and the status says in words
that the entity is not in this article and that n / N go to the next one that mentions it; this
holds for every way of opening an article (the library, [ / ], the timeline, the palette: the
status is the reader's one place that says it).
"""

from __future__ import annotations

from pathlib import Path

from snapshot_app import make_app, settle
from textual.widgets import OptionList

from waic_reader.tui.screens.entity_matrix import EntityMatrixScreen, MatrixTable
from waic_reader.tui.screens.library import LibraryScreen
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.article_table import ArticleTable
from waic_reader.tui.widgets.entity_panel import EntityPanel


def write_corpus(root: Path) -> Path:
    """Three invented articles: a and c name the surveyor Brannoc Teale and the Kelvane Stone Company, b
    neither."""
    corpus = root / "corpus"
    corpus.mkdir()
    (corpus / "a_quarry.txt").write_text(
        "Quarry wall slips near Oldmere\n\n"
        "The county surveyor, Brannoc Teale, said the north face had moved by a metre overnight.\n\n"
        "The Kelvane Stone Company closed the road to the quarry on Tuesday.\n",
        "utf-8",
    )
    (corpus / "b_mill.txt").write_text(
        "Mill reopens after the storm\n\n"
        "The Harlow paper mill restarted its presses on Wednesday after a week without power.\n\n"
        "Workers cleared the flooded loading bay.\n",
        "utf-8",
    )
    (corpus / "c_depot.txt").write_text(
        "Depot staff evacuated\n\n"
        "Brannoc Teale, who surveyed the site last year, warned of further slips at the Kelvane Stone "
        "Company quarry.\n",
        "utf-8",
    )
    return corpus


def status(reader: ReaderScreen) -> str:
    return str(reader.query_one("#reader-status").render())


def assert_says_not_here(reader: ReaderScreen, name: str) -> None:
    said = status(reader)
    assert "–/0" not in said and "-/0" not in said, said
    assert f"{name} is not mentioned in this article" in said, said
    assert "next" in said and "article that mentions it" in said, said


async def follow_from_the_panel(pilot, doc: str, name: str) -> None:  # type: ignore[no-untyped-def]
    app = pilot.app
    app.open_article(doc)
    await settle(pilot)
    reader = app.screen
    assert isinstance(reader, ReaderScreen)
    await pilot.press("e")
    await settle(pilot)
    panel = reader.query_one(EntityPanel)
    panel.query_one(OptionList).highlighted = next(i for i, k in enumerate(panel.keys) if k and k[1] == name)
    await pilot.press("enter")
    await settle(pilot)
    assert app.followed is not None and app.followed[1] == name


async def open_from_the_library(pilot, doc: str) -> ReaderScreen:  # type: ignore[no-untyped-def]
    """escape back to the library, the cursor to ``doc``'s row, enter."""
    app = pilot.app
    while not isinstance(app.screen, LibraryScreen):
        await pilot.press("escape")
        await settle(pilot)
    table = app.screen.query_one(ArticleTable)
    table.move_cursor(row=table.keys.index(doc))
    await pilot.press("enter")
    await settle(pilot)
    reader = app.screen
    assert isinstance(reader, ReaderScreen) and reader.doc == doc
    return reader


async def test_followed_from_the_matrix_then_an_unrelated_article_from_the_library(tmp_path: Path) -> None:
    """The reported flow: E, the name, enter, enter (read, following), library, another article."""
    app = make_app(corpus=write_corpus(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        matrix = app.screen
        assert isinstance(matrix, EntityMatrixScreen)
        row = next(i for i, r in enumerate(matrix.shown) if r.entity.name == "Brannoc Teale")
        matrix.query_one(MatrixTable).move_cursor(row=row, column=0)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen) and app.followed is not None
        reader = await open_from_the_library(pilot, "b_mill")
        assert_says_not_here(reader, "Brannoc Teale")


async def test_n_from_an_unrelated_article_goes_to_the_next_that_mentions_it(tmp_path: Path) -> None:
    """Followed from the entity panel at 60x20, b opened from the library: n reads c at its mention."""
    app = make_app(corpus=write_corpus(tmp_path))
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await follow_from_the_panel(pilot, "a_quarry", "Brannoc Teale")
        reader = await open_from_the_library(pilot, "b_mill")
        assert_says_not_here(reader, "Brannoc Teale")
        await pilot.press("n")
        await settle(pilot)
        assert reader.doc == "c_depot"
        assert "mention 1/1 of Brannoc Teale" in status(reader)


async def test_an_unrelated_article_stepped_to_with_the_bracket(tmp_path: Path) -> None:
    """Another way of opening: ] from the followed article onto the next in the library."""
    app = make_app(corpus=write_corpus(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await follow_from_the_panel(pilot, "a_quarry", "Kelvane Stone Company")
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        await pilot.press("e")  # the panel closed: ] is the reader's
        await settle(pilot)
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert reader.doc == "b_mill"
        assert_says_not_here(reader, "Kelvane Stone Company")
