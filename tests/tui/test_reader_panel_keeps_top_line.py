"""Opening or closing a panel beside the article keeps the reader's place (t13w F11).

Reported at 60x20: scrolled into an article, opening the entity panel (``e``) or the
boilerplate panel (``b``) narrows the article, which is wrapped again, and the view then started
a paragraph above where the reader was ("rises to five as investigators", mid-headline). The
text at the top of the view now stays at the top: the line holding the top row's first character
is the top row after the panel opens, and again after it closes. Checked at 60x20 and 80x24, on an
article long enough to be scrolled well below its start (written for this test)."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import settle

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.article_view import ArticleView

PARAGRAPHS = [
    f"Paragraph {n}: inspectors from the Kalvik works council met Torben Ekholm on day {n} and said the "
    f"plant's chlorine store, which Ilse Brandvold's office had flagged in report {n}, needed repairs."
    for n in range(1, 16)
]
TEXT = "Kalvik plant inquiry goes on\n\n" + "\n\n".join(PARAGRAPHS) + "\n"


def top_offset(view: ArticleView, text: str) -> int:
    """The first character of the view's top row (the first word start found on that row)."""
    top = round(view.scroll_y)
    starts = [i for i in range(len(text)) if text[i].isalnum() and (i == 0 or not text[i - 1].isalnum())]
    on_top = [i for i in starts if view.row_of_offset(i) == top]
    if not on_top:  # the top row is a blank line between blocks: the next row's first word
        on_top = [i for i in starts if view.row_of_offset(i) == top + 1]
    assert on_top, top
    return on_top[0]


@pytest.mark.parametrize(
    ("size", "key", "down"),
    [((60, 20), "e", 13), ((60, 20), "e", 14), ((60, 20), "b", 14), ((60, 20), "b", 15), ((80, 24), "e", 13)],
)
async def test_a_panel_keeps_the_top_line(tmp_path: Path, size: tuple[int, int], key: str, down: int) -> None:
    """Scrolled ``down`` lines: the top row mid-paragraph at one width or the other (review s33-r:
    a row count kept from the narrow width landed elsewhere once the panel closed, at 14 lines)."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "inquiry.txt").write_text(TEXT, "utf-8")
    app = WaicReaderApp(Workspace(corpus, index_dir=tmp_path / "ix"), save_settings=False)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        view = reader.query_one(ArticleView)
        for _ in range(down):
            await pilot.press("j")
        await settle(pilot)
        assert view.scroll_y > 8  # well into the article
        assert reader.loaded is not None
        text = reader.loaded.article.text
        first = top_offset(view, text)
        width = view.scrollable_content_region.width
        await pilot.press(key)  # the panel opens: the article narrows
        await settle(pilot)
        assert view.scrollable_content_region.width < width  # the case: wrapped again
        assert view.row_of_offset(first) == round(view.scroll_y), (first, text[first : first + 30])
        await pilot.press(key)  # and closes
        await settle(pilot)
        assert view.row_of_offset(first) == round(view.scroll_y), (first, text[first : first + 30])
