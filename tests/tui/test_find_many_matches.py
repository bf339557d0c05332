"""Find (ctrl+f) in a ~2 MB article with ~100,000 matches: n and N step through them, each
landing on screen with the match drawn as current and the one left drawn as a plain match
again. Stepping moves only the current match's highlight (``ArticleView.set_current``): what is
drawn after each step is what a full restyle draws; a step that also changes the rest (the
highlighted sentence a jump left, find closed) restyles it all."""

from __future__ import annotations

from pathlib import Path

from jumps import assert_lands
from snapshot_app import make_app, settle
from textual.pilot import Pilot

from waic_reader.tui.highlights import AT_STYLE, CURRENT_STYLE, MATCH_STYLE
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.article_view import ArticleView
from waic_reader.tui.widgets.find_bar import FindBar

FILLER = "harbourmaster councillors shipwrights moorings ferrymen dockyards".split()
PARAGRAPHS = 2000
PER_PARAGRAPH = 50  # "tide" this many times in each paragraph


def write_big(root: Path) -> Path:
    """One article of ~2 MB: a title and PARAGRAPHS paragraphs, "tide" PER_PARAGRAPH times in each."""
    root.mkdir(parents=True)
    paragraphs = [
        " ".join(f"tide {FILLER[(n + k) % len(FILLER)]}{n}" for k in range(PER_PARAGRAPH)) + "."
        for n in range(PARAGRAPHS)
    ]
    text = "Harbour tides\n\n" + "\n\n".join(paragraphs) + "\n"
    assert len(text) > 1_900_000
    (root / "big.txt").write_text(text, "utf-8")
    return root


def drawn(view: ArticleView) -> list[list[tuple[str, object]]]:
    """The lines on screen, as (text, style) segments."""
    height = view.scrollable_content_region.height
    return [[(seg.text, seg.style) for seg in view.render_line(y)] for y in range(height)]


async def redrawn_in_full(pilot: Pilot[None], reader: ReaderScreen) -> list[list[tuple[str, object]]]:
    """What the screen shows after every highlight is handed to the view again."""
    reader._restyle()
    await pilot.pause()
    return drawn(reader.query_one(ArticleView))


async def test_n_and_N_through_100000_find_matches_land_on_screen_and_draw_as_a_full_restyle(tmp_path: Path) -> None:
    app = make_app(corpus=write_big(tmp_path / "c"))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        app.push_screen(ReaderScreen("big"))
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.loaded is not None
        view = reader.query_one(ArticleView)
        await pilot.press("ctrl+f")
        reader.query_one(FindBar).value = "tide"  # as pasted: one search, not one per letter
        await settle(pilot)
        targets = reader.targets()
        text = reader.loaded.article.text
        assert len(targets) >= PARAGRAPHS * PER_PARAGRAPH
        assert all(text[a:b].lower().startswith("tide") for a, b in targets)
        await pilot.press("enter")
        await settle(pilot)
        assert reader.current == 0
        # n within a paragraph, then on into the next ones, N back, N from the first to the last.
        steps = ["n"] * 3 + ["n"] * 60 + ["N"] * 2
        expected = 0
        for key in steps:
            before = drawn(view)
            await pilot.press(key)
            await pilot.pause()
            expected = (expected + (1 if key == "n" else -1)) % len(targets)
            assert reader.current == expected
            assert_lands(reader, targets[expected][0])
            assert drawn(view) != before  # the current match moved on screen
        stepped = drawn(view)
        assert stepped == await redrawn_in_full(pilot, reader)
        for _ in range(expected + 1):  # N past the first match wraps round to the last one
            await pilot.press("N")
        await pilot.pause()
        assert reader.current == len(targets) - 1
        assert_lands(reader, targets[-1][0])
        assert drawn(view) == await redrawn_in_full(pilot, reader)
        highlights = reader.highlights()
        assert highlights[-1] == (*targets[-1], CURRENT_STYLE)
        assert sum(style == MATCH_STYLE for _, _, style in highlights) == len(targets)


async def test_a_step_that_clears_the_jumped_to_sentence_restyles_it_all(tmp_path: Path) -> None:
    corpus = write_big(tmp_path / "c")
    text = (corpus / "big.txt").read_text("utf-8")
    at = text.index("shipwrights7 ")  # a word in paragraph 7: its sentence is highlighted on opening
    app = make_app(corpus=corpus)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        app.push_screen(ReaderScreen("big", at=at))
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        view = reader.query_one(ArticleView)
        assert any(style == AT_STYLE for _, _, style in reader.highlights())
        assert_lands(reader, at)
        await pilot.press("ctrl+f")
        reader.query_one(FindBar).value = "tide"
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert reader.current == 0 and any(style == AT_STYLE for _, _, style in reader.highlights())
        assert drawn(view) == await redrawn_in_full(pilot, reader)
        await pilot.press("n")
        await pilot.pause()
        assert reader.current == 1 and not any(style == AT_STYLE for _, _, style in reader.highlights())
        assert_lands(reader, reader.targets()[1][0])
        assert drawn(view) == await redrawn_in_full(pilot, reader)
        # escape clears the find: no match is drawn any more, the current one neither
        await pilot.press("escape")
        await pilot.pause()
        assert reader.highlights() == []
        assert drawn(view) == await redrawn_in_full(pilot, reader)
