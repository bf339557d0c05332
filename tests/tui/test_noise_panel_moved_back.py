"""After `m` moves the last of an article's boilerplate back, the panel says nothing is split off
now and how many blocks the user moved back, not "Nothing was split off this article." (issue #14,
report t14c fault 10), which read as if the detector had found none."""

from __future__ import annotations

from pathlib import Path

from snapshot_app import make_app, settle
from textual.widgets import OptionList

from waic_reader.index.analysis.noise import NoiseSplit, Segment
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.noise_panel import NoisePanel, nothing_left


async def _move_all_back(pilot, reader: ReaderScreen) -> str:  # type: ignore[no-untyped-def]
    """Press `m` on the panel's first entry until none is left; the panel's one line then."""
    await pilot.press("b")
    await settle(pilot)
    panel = reader.query_one(NoisePanel)
    for _ in range(10):
        if not panel.segments:
            break
        options = panel.query_one(OptionList)
        options.highlighted = 0
        options.focus()
        await pilot.pause()
        await pilot.press("m")
        await settle(pilot)
    options = panel.query_one(OptionList)
    assert options.option_count == 1
    return str(options.get_option_at_index(0).prompt)


async def test_moving_the_only_block_back_says_so(seeds_copy: Path) -> None:
    """Reported: the last entry moved back (seed 000 has one, "Powered by …")."""
    app = make_app(open_doc="000", corpus=seeds_copy)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        said = await _move_all_back(pilot, reader)
    assert said == "Nothing is split off now: 1 block moved back to the article by you."


async def test_moving_several_entries_back_counts_their_blocks(seeds_copy: Path) -> None:
    """Ours: several entries moved back one by one (seed 004: "Reuters" twice and "Tags")."""
    app = make_app(open_doc="004", corpus=seeds_copy)
    async with app.run_test(size=(80, 30)) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.loaded is not None
        before = reader.loaded.analysis.noise_count()
        said = await _move_all_back(pilot, reader)
    assert before >= 2
    assert said == f"Nothing is split off now: {before} blocks moved back to the article by you."


def test_an_article_with_no_boilerplate_and_no_marks_says_nothing_was_split_off() -> None:
    """Ours, and the guard: no mark, nothing found: the sentence as it was."""
    content = [Segment(0, 10, "paragraph", "Some text."), Segment(11, 20, "paragraph", "More text")]
    assert nothing_left(NoiseSplit(content, [])) == "Nothing was split off this article."
    marked = [*content, Segment(21, 30, "paragraph", "Moved back", None, True)]
    assert nothing_left(NoiseSplit(marked, [])) == (
        "Nothing is split off now: 1 block moved back to the article by you."
    )
