"""A jump lands when the article took long enough to open that the "opening…" notice (a loading
indicator over the view) showed first: Textual ignores a scroll while the view has no scrollbar
yet, as right after the indicator is taken off, and the jump stayed at the top (CI under load,
test_find_many_matches). The notice is made to show at once here, as on a slow open."""

from __future__ import annotations

from pathlib import Path

import pytest
from jumps import assert_lands
from snapshot_app import make_app, settle

from waic_reader.tui.screens import reader as reader_module
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.article_view import ArticleView

WORDS = "harbourmaster councillors shipwrights moorings ferrymen dockyards".split()


def write_long(root: Path) -> str:
    """An article whose paragraph 300 (of 400) holds the one "Quillon": far below the fold."""
    root.mkdir(parents=True)
    paragraphs = [" ".join(f"{WORDS[(n + k) % len(WORDS)]}{n}" for k in range(40)) + "." for n in range(400)]
    paragraphs[300] = "The Quillon report was read out in full. " + paragraphs[300]
    text = "Harbour report\n\n" + "\n\n".join(paragraphs) + "\n"
    (root / "long.txt").write_text(text, "utf-8")
    return text


@pytest.fixture
def slow_open(monkeypatch: pytest.MonkeyPatch) -> None:
    """The opening notice shows before the article arrives, as on a slow machine."""
    monkeypatch.setattr(reader_module, "OPENING_NOTICE_DELAY", 0.0001)


@pytest.mark.usefixtures("slow_open")
@pytest.mark.parametrize(
    ("size", "how"),
    [
        ((60, 20), "at"),  # reported: a sentence jump (a fact or a figure), at 60x20
        ((120, 40), "at"),  # variant: the same at 120x40
        ((60, 20), "query"),  # variant: a search hit's first match
    ],
    ids=["at-60x20", "at-120x40", "query-60x20"],
)
async def test_a_jump_lands_after_the_opening_notice(tmp_path: Path, size: tuple[int, int], how: str) -> None:
    text = write_long(tmp_path / "c")
    target = text.index("Quillon")
    app = make_app(corpus=tmp_path / "c")
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        screen = ReaderScreen("long", at=target) if how == "at" else ReaderScreen("long", query="Quillon")
        app.push_screen(screen)
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.loaded is not None
        assert_lands(reader, target)
        # and the scrollbar says where the view is (its thumb had stayed at the top)
        view = reader.query_one(ArticleView)
        assert view.show_vertical_scrollbar and view.vertical_scrollbar.position == view.scroll_y > 0
