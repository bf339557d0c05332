"""A jump lands on its target whatever the text before it: a 10,000-character word, full-width
(CJK) characters, zero-width marks (issue 15: the reader scrolled elsewhere).

The view laid blocks out by wrapping their raw text, but draws each control character as a
one-cell stand-in (␦ for a bidi mark, zero cells wide in the raw text): a block holding such
marks was drawn on more lines than the layout gave it, so every later row was off. The check
here is what the user sees: the drawn line at the target's row holds the matched word.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from jumps import assert_lands, visible_row
from snapshot_app import make_app, settle

from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.article_view import ArticleView

SIZES = [(120, 40), (60, 20)]
WORDS = "harbour council ferry vote budget island mayor plan road school river storm engineers spring".split()


def prose(rng: random.Random, n: int) -> str:
    return "\n\n".join(" ".join(rng.choice(WORDS) for _ in range(28)).capitalize() + "." for _ in range(n))


BEFORE = {
    # The reported kind: a 10,000-character word, full-width text and zero-width marks, in the
    # paragraph of the match and above it.
    "long word, CJK, bidi marks": (
        "全角の文字が続く段落です。" * 30
        + "\n\nA token "
        + "y" * 10_000
        + " then "
        + "全角文字" * 40
        + " mark\u200e\u200f\u200e\u200f\u200e\u200f\u200e\u200fed " * 25
    ),
    # Bidi isolates and overrides spread over many paragraphs above the match.
    "bidi isolates": "\n\n".join(
        "Quoted \u2066\u2067name\u2069\u2069 and \u202e\u202devil\u202c\u202c " * 8 for _ in range(12)
    ),
    # C1 controls (one cell each as drawn) and zero-width spaces (none, drawn and wrapped alike).
    "C1 controls and zero-width spaces": "\n\n".join(
        "Bytes\x85\x9b\x90 and zero\u200bwidth\u200bjoins " * 10 for _ in range(12)
    ),
}


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("kind", sorted(BEFORE))
async def test_the_match_is_drawn_in_view_after_wide_and_zero_width_text(
    tmp_path: Path, size: tuple[int, int], kind: str
) -> None:
    rng = random.Random(7)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = f"Wide text report\n\n{prose(rng, 4)}\n\n{BEFORE[kind]} The Quillon target sits here.\n\n{prose(rng, 30)}\n"
    (corpus / "wide.txt").write_text(text, "utf-8")
    app = make_app(corpus=corpus)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"Quillon", "enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        view = reader.query_one(ArticleView)
        start, _end = reader.targets()[reader.current]
        assert view.row_of_offset(start) > view.scrollable_content_region.height  # below the fold
        assert_lands(reader, start)
        row = visible_row(reader, start)
        assert row is not None
        drawn = [view.render_line(y).text for y in range(view.scrollable_content_region.height)]
        assert "Quillon" in drawn[row], (row, [i for i, line in enumerate(drawn) if "Quillon" in line])
