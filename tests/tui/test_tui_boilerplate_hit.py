"""A search hit found only in boilerplate opens the reader with the boilerplate panel shown, at
the block holding the match; the panel groups a run of blocks split off for one reason, with
its count, and its reasons follow the user's marks (m)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from snapshot_app import make_app, settle
from textual.widgets import OptionList

from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.screens.search import SearchScreen
from waic_reader.tui.widgets.noise_panel import NoisePanel, group_runs

FILLER = "The ferry terminal vote was close, and the board debated the plan for hours before it agreed."


def write_corpus(root: Path) -> Path:
    root.mkdir()
    body = "\n\n".join([FILLER] * 20)
    (root / "a.txt").write_text(
        f"Harbour board approves ferry terminal\n\n{body}\n\n"
        "Copyright 2025 Quillmoor Media Group. All rights reserved.\n\n"
        "Subscribe to the Quillmoor newsletter for daily updates.\n",
        encoding="utf-8",
    )
    (root / "b.txt").write_text(
        "Residents debate the ferry\n\nResidents said the terminal was overdue.\n", encoding="utf-8"
    )
    return root


async def open_hit(pilot, query: str, doc: str) -> ReaderScreen:  # type: ignore[no-untyped-def]
    await settle(pilot)
    await pilot.press("slash", *query)
    await settle(pilot)
    search = pilot.app.screen
    assert isinstance(search, SearchScreen) and search.results is not None
    hits = search.results.hits
    index = next(i for i, h in enumerate(hits) if h.doc.startswith(doc))
    assert hits[index].where == ["noise"]
    search.query_one("#results", OptionList).highlighted = index
    search.action_open()
    await settle(pilot)
    reader = pilot.app.screen
    assert isinstance(reader, ReaderScreen) and reader.doc.startswith(doc)
    return reader


def assert_panel_at_match(reader: ReaderScreen, word: str) -> None:
    assert reader.loaded is not None
    assert reader.loaded.matches == [] and reader.loaded.noise_matches
    start = reader.loaded.noise_matches[0][0]
    assert reader.loaded.article.text[start:].lower().startswith(word.lower())
    panel = reader.query_one(NoisePanel)
    assert reader.query_one("#side-panel").display and panel.display
    options = panel.query_one(OptionList)
    assert options.has_focus and options.highlighted is not None
    assert any(seg.start <= start < seg.end for seg in panel.highlighted)
    status = str(reader.query_one("#reader-status").render())
    assert "found only in the boilerplate" in status


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
@pytest.mark.parametrize("word", ["newsletter", "reserved"])
async def test_boilerplate_only_hit_opens_the_panel_at_the_match(
    tmp_path: Path, size: tuple[int, int], word: str
) -> None:
    app = make_app(corpus=write_corpus(tmp_path / "c"))
    async with app.run_test(size=size) as pilot:
        reader = await open_hit(pilot, word, "a")
        assert_panel_at_match(reader, word)


async def test_boilerplate_only_hit_in_the_seeds() -> None:
    app = make_app()
    async with app.run_test(size=(60, 20)) as pilot:
        reader = await open_hit(pilot, "Nvidia", "003")
        assert_panel_at_match(reader, "Nvidia")
        assert len(reader.query_one(NoisePanel).highlighted) == 15  # inside the "More news" run


async def test_a_run_is_one_entry_with_its_count_and_follows_marks(seeds_copy: Path) -> None:
    app = make_app(open_doc="003", corpus=seeds_copy)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        await pilot.press("b")
        await settle(pilot)
        panel = reader.query_one(NoisePanel)
        runs = group_runs(panel.segments)
        assert len(panel.runs) == len(runs) < len(panel.segments)
        big = max(range(len(runs)), key=lambda i: len(runs[i]))
        assert len(runs[big]) == 15
        prompt = str(panel.query_one(OptionList).get_option_at_index(big).prompt)
        assert "15 blocks" in prompt and "1 of 15" not in prompt and "… and 14 more like it" in prompt
        assert "m moves all 15" in prompt  # the entry says what m will move
        # Mark one block of the run as noise again by hand: a marked block is its own entry, so
        # the run shows 14 and the reasons are counted from the split as it is now.
        first = runs[big][0]
        app.workspace.mark_block(reader.doc, first.text, "noise")
        reader.load()
        await settle(pilot)
        counts = sorted(len(r) for r in panel.runs)
        assert 14 in counts and 15 not in counts
        prompts = [str(panel.query_one(OptionList).get_option_at_index(i).prompt) for i in range(len(panel.runs))]
        assert any("14 blocks" in p for p in prompts) and not any("15 blocks" in p for p in prompts)
        assert any("(your mark)" in p for p in prompts)
        assert not any(re.search(r"\b\d+ of \d+ ", p) for p in prompts)  # no stale "1 of 15"
        # m on the run moves all its blocks back to the article, with a notice saying how many.
        options = panel.query_one(OptionList)
        options.highlighted = next(i for i, r in enumerate(panel.runs) if len(r) == 14)
        options.focus()
        said: list[str] = []
        real_notify = app.notify
        app.notify = lambda message, **kw: (said.append(str(message)), real_notify(message, **kw))[1]  # type: ignore[method-assign]
        await pilot.press("m")
        await settle(pilot)
        assert "Moved 14 blocks back to the article" in said, said
        assert reader.loaded is not None and reader.loaded.analysis.noise_count() == len(panel.segments)
        assert all(len(r) < 14 for r in panel.runs)
        assert "Boilerplate: " in str(panel.query_one(".panel-title").render())
        # A single entry (the hand-marked block): m moves that one block, and says so.
        mine = next(i for i, r in enumerate(panel.runs) if r[0].marked)
        assert "m moves" not in str(options.get_option_at_index(mine).prompt)
        options.highlighted = mine
        options.focus()
        await pilot.press("m")
        await settle(pilot)
        assert "Moved 1 block back to the article" in said, said
