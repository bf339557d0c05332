"""Compare's aligned rows reflow a hard-wrapped plain text's sentence to the cell's width, as the
reader and the free panes show it (t13ag N12): the file's line breaks inside a paragraph are not
kept, a word hyphenated over a break is shown whole where the article writes it whole, and the
cell's characters are those the reader shows.

Reported: a Reuters lede hard-wrapped at 72 columns was drawn "A fire swept / through a garment /
factory near Bangladesh's capital late on Tuesday, / killing at least 17 / people and …"."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from snapshot_app import make_app, settle

from waic_reader.tui.screens.compare import CompareScreen
from waic_reader.tui.widgets.aligned_view import ONLY_MARK, AlignedView
from waic_reader.tui.widgets.article_view import ArticleView

FILLER = "Inspectors returned on day {n} to count the exits, the stairwells and the extinguishers again."
A = [
    "GAZIPUR, Bangladesh, March 11 (Reuters) - A fire swept through a garment factory near "
    "Bangladesh's capital late on Tuesday, killing at least 17 people and injuring 40, fire officials said.",
    # hard-wrapped as written, "warehouse" hyphenated over the break
    "The blaze broke out in the cutting section of the third-floor ware-\nhouse, officials said, and spread fast.",
    "The warehouse held rolls of fabric and thread for the export orders of the season.",
]
B = [
    "GAZIPUR, Bangladesh (AP) - A fire swept through a garment factory outside Bangladesh's capital "
    "late on Tuesday, killing at least 21 people and injuring 54, fire officials said on Wednesday.",
    "The blaze broke out in the cutting section of the third-floor warehouse, officials said, and spread fast.",
    "Relatives waited outside the hospital for news through the night.",
]


def wrapped(paragraphs: list[str], width: int, trail: str = "") -> str:
    """The paragraphs hard-wrapped at ``width``, each line ended by ``trail`` (an e-mail's
    format=flowed space); one already written on lines is kept on them."""
    out = []
    for p in paragraphs:
        lines = p.split("\n") if "\n" in p else textwrap.wrap(p, width)
        out.append((trail + "\n").join(line.strip() for line in lines))
    return "\n\n".join(out) + "\n"


@pytest.fixture(params=[72, 58], ids=["wrapped-72", "wrapped-58-flowed"])
def corpus(tmp_path: Path, request: pytest.FixtureRequest) -> Path:
    folder = tmp_path / "corpus"
    folder.mkdir()
    width: int = request.param
    trail = " " if width == 58 else ""
    filler = [FILLER.format(n=n) for n in range(12)]
    (folder / "reuters.txt").write_text(
        "Fire kills 17 at Bangladesh factory\n\n" + wrapped(A + filler, width, trail), "utf-8"
    )
    (folder / "ap.txt").write_text("Factory fire toll rises to 21\n\n" + wrapped(B + filler, width, trail), "utf-8")
    return folder


def a_lines(view: AlignedView, index: int) -> list[str]:
    """Side A's lines of row ``index`` as drawn (its cell cropped from each row line)."""
    wa, _wb = view._cell_widths(view._width)
    return [strip.crop(0, wa).text.strip(" " + ONLY_MARK) for strip in view.row_lines(index)]


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
async def test_aligned_cells_reflow_a_hard_wrapped_sentence_to_their_width(corpus: Path, size: tuple[int, int]) -> None:
    app = make_app(compare=("reuters", "ap"), corpus=corpus)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        view = screen.query_one(AlignedView)
        assert view.rows
        assert not [r for r in view.rows if "\n" in r.a.plain or "\n" in r.b.plain]
        wa, _wb = view._cell_widths(view._width)
        lede = next(i for i, r in enumerate(view.rows) if "swept" in r.a.plain)
        lines = [line for line in a_lines(view, lede) if line]
        assert " ".join(lines).startswith("GAZIPUR, Bangladesh, March 11 (Reuters) - A fire swept through a garment")
        # Greedy wrapping at the cell's width: the next line's first word never fitted on a line.
        for line, nxt in zip(lines, lines[1:]):
            assert len(line) + 1 + len(nxt.split()[0]) > wa - 2, (line, nxt)
        # A word hyphenated over a break, written whole elsewhere in the article: shown whole.
        blaze = next(r for r in view.rows if "blaze" in r.a.plain)
        assert "the third-floor warehouse, officials said" in blaze.a.plain
        # The cell shows what the reader shows: the free pane's text of that paragraph.
        await pilot.press("y")
        await settle(pilot)
        pane = screen.query_one("#free-a", ArticleView)
        text = screen.sides[0].article.text  # type: ignore[index]
        shown = pane.view_for_offset(text.index("The blaze"))
        assert shown is not None and blaze.a.plain in shown.shown_text
