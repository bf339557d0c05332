"""Scrolled to an article's end (``G``), a width change keeps its last lines in view (t13as N13:
in hostile-bulletin, ``G`` then ``b`` or ``e`` left the view in the middle of the long "Ash ash
ash." paragraph and the last two paragraphs out of view: the top row was kept while the text
above the end wrapped to more lines). The reported shape (a long paragraph, then two short ones)
with ``b`` and ``e`` at 120x40, a variant at 60x20 with a terminal resize instead of a panel,
and one whose last paragraph is a long one, at 80x24, the panel opened then closed."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import settle

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.article_view import ArticleView

ASH = (
    "Ash bulletin for Hrafnfell\n\n"
    "The civil protection office issued its bulletin on Wednesday morning.\n\n"
    + " ".join(["Ash ash ash."] * 400)
    + '\n\nJosé Álvarez, a pilot stranded in Madrid, said: "We have never seen a cloud like it."\n\n'
    "Eurocontrol cancelled 4,200 flights across Europe by noon.\n"
)
HARBOUR = (
    "Velby harbour report\n\n"
    + "\n\n".join(
        f"Section {n}: the harbour master told the council that crane {n} was inspected, and "
        f"that the quay wall near berth {n} needed work before the winter storms arrived." * 3
        for n in range(1, 12)
    )
    + "\n\nThe council will vote on the repairs on Friday, the harbour master said, "
    + "and the port stays open in the meantime for every ferry and fishing boat. " * 4
    + "\n"
)


def last_words(text: str) -> str:
    return text.rstrip().rsplit("\n\n", 1)[1]


async def last_paragraph_in_view(view: ArticleView, text: str) -> None:
    para = last_words(text)
    start = text.index(para)
    top, height = round(view.scroll_y), view.scrollable_content_region.height
    first, last = view.row_of_offset(start), view.row_of_offset(start + len(para) - 1)
    assert first is not None and last is not None
    assert top <= last < top + height, (top, height, first, last)
    assert top + height >= view.virtual_size.height, "the view is at the article's end"


@pytest.mark.parametrize(
    ("text", "size", "keys", "resize"),
    [
        (ASH, (120, 40), ("b",), None),  # reported
        (ASH, (120, 40), ("e",), None),  # reported
        (ASH, (60, 20), (), (44, 20)),  # the terminal narrowed
        (HARBOUR, (80, 24), ("b", "b"), None),  # opened then closed
    ],
    ids=["reported-b", "reported-e", "resize-60-to-44", "long-last-open-close"],
)
async def test_the_end_stays_in_view(
    tmp_path: Path, text: str, size: tuple[int, int], keys: tuple[str, ...], resize: tuple[int, int] | None
) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "story.txt").write_text(text, "utf-8")
    app = WaicReaderApp(Workspace(corpus, index_dir=tmp_path / "ix"), save_settings=False)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        view = reader.query_one(ArticleView)
        body = reader.loaded.article.text if reader.loaded else text
        await pilot.press("G")
        await settle(pilot)
        await last_paragraph_in_view(view, body)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
            await last_paragraph_in_view(view, body)
        if resize is not None:
            await pilot.resize_terminal(*resize)
            await settle(pilot)
            await last_paragraph_in_view(view, body)
