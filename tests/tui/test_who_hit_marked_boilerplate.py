"""An entity search's hit opens the reader on the spans the search gave it: none inside a block
the user marked as boilerplate (issue 13, acceptance test t13f F2: ``who:Brightwater`` gave the
CLI a span in the marked block while the reader, opened on the hit, lit only the visible mention).
The first case is the reported input; a person (full name and lone surname) and the plain word
are invented variants."""

from __future__ import annotations

from pathlib import Path

import pytest
from jumps import assert_lands
from snapshot_app import make_app, settle
from test_tui_boilerplate_hit import assert_panel_at_match, open_hit
from textual.widgets import OptionList

from waic_reader.index.workspace import Workspace
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.screens.search import SearchScreen

FILLER = "Divers worked in shifts, limited by the cold water and strong currents near the channel mouth."
MARKED = (
    "The Skarvik Dawn, operated by Brightwater Ferries Ltd, was carrying 312 passengers when it struck "
    "rocks near Tollen Point, said harbour master Tomas Eklund."
)


def write_corpus(root: Path) -> Path:
    root.mkdir()
    paras = [
        "HALVERN, March 14 (Reuters) - A passenger ferry ran aground off the port of Halvern early on Friday.",
        MARKED,
        *[FILLER] * 12,  # the visible mentions below the fold
        "Captain Lena Marsh was questioned by police, a spokesperson for Brightwater Ferries said.",
        "Tomas Eklund told reporters that the tide had been unusually low that morning, Eklund added.",
    ]
    (root / "reuters.txt").write_text("\n\n".join(paras) + "\n", "utf-8")
    (root / "ap.txt").write_text("Ferry aground\n\nBrightwater Ferries said all 312 passengers were safe.\n", "utf-8")
    return root


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
@pytest.mark.parametrize("query", ["who:Brightwater", 'who:"Tomas Eklund"', "Brightwater"])
async def test_the_hit_s_spans_are_the_reader_s_matches(tmp_path: Path, size: tuple[int, int], query: str) -> None:
    root = write_corpus(tmp_path / "ferry")
    assert Workspace(root).mark_block("reuters", MARKED, "noise") is None  # `} } m` in the reader
    text = (root / "reuters.txt").read_text("utf-8")
    marked = range(text.index(MARKED), text.index(MARKED) + len(MARKED))
    app = make_app(corpus=root)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("slash", *query)
        await settle(pilot)
        search = app.screen
        assert isinstance(search, SearchScreen) and search.results is not None
        hits = search.results.hits
        index = next(i for i, h in enumerate(hits) if h.doc == "reuters")
        hit = hits[index]
        assert hit.where == ["content", "noise"]  # found in the article, and in the marked block too
        assert hit.spans and not any(a in marked for a, _b in hit.spans)
        search.query_one("#results", OptionList).highlighted = index
        search.action_open()
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.loaded is not None
        assert reader.loaded.matches == hit.spans
        assert_lands(reader, hit.spans[0][0])
        status = str(reader.query_one("#reader-status").render())
        assert f"match 1/{len(hit.spans)}" in status


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
@pytest.mark.parametrize("query", ["who:Eklund", 'who:"Tomas Eklund"'])
async def test_a_name_only_in_the_marked_block_opens_the_boilerplate_panel_at_it(
    tmp_path: Path, size: tuple[int, int], query: str
) -> None:
    """The reported ``who:Eklund`` (its only mention in the marked block): a hit in the
    boilerplate alone, opened as a plain word's there is (the panel at the block, the name lit)."""
    root = write_corpus(tmp_path / "ferry")
    text = (root / "reuters.txt").read_text("utf-8")
    (root / "reuters.txt").write_text(
        text.replace("Tomas Eklund told reporters", "Officials told reporters").replace(", Eklund added", ""), "utf-8"
    )
    assert Workspace(root).mark_block("reuters", MARKED, "noise") is None
    app = make_app(corpus=root)
    async with app.run_test(size=size) as pilot:
        reader = await open_hit(pilot, query, "reuters")
        assert_panel_at_match(reader, "Tomas Eklund")
