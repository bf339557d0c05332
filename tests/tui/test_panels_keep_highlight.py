"""A side panel shown again for the same article keeps its highlighted entry (issue 13, t13am N12).

Reported (/work/s45/reports/t13am.md N12): started on a fresh corpus, the reader open, ``b``,
``G`` and ``m`` typed while the app's first index build finished: nothing moved, and the next
``m`` moved the *first* entry, "VALLEY HERALD | News | Environment", not the last. When the index
opened, the reader grouped the article's names as the corpus does and filled its panels again,
and the boilerplate panel's highlight went back to the first entry. The kind: every time a panel
is filled again for the article it shows (the index opened or changed, a mark moved here), the
highlight stays on its entry, or at its place when the entry itself went back to the article.
Checked as the user meets it, through the keys; the articles are written for this test."""

from __future__ import annotations

from pathlib import Path

import pytest
from grouped_corpora import FIRM, write
from snapshot_app import make_app, settle
from test_keys_after_enter_on_a_list import typed_at_once, until_given
from textual.widgets import OptionList

from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.entity_panel import EntityPanel
from waic_reader.tui.widgets.noise_panel import NoisePanel

# FIRM's b-daily names "Lindqvist Marine", which the corpus grouping makes "Lindqvist Marine
# Holdings" (a-desk): the reader's own list and the grouped one differ, so the index opening
# after the article fills its panels again. Boilerplate of several kinds around the article.
PAGE = (
    "Port picks turbine supplier\n\nVALLEY DAILY | News | Business\n\nThe Daily\nMay 5, 2026\n\n"
    "Lindqvist Marine said the turbines would be delivered next spring. A spokesman for Lindqvist "
    "Marine said the price was not disclosed. Halden Port Authority and Brisholm Council said the "
    "turbines would power the harbour cranes.\n\nShare on Facebook\n\nMost Popular\n\n"
    "Kaldmoor mayor opens new library wing\n\nCouncil approves bus lane plan\n\n"
    "Storm damages pier roof\n\nSign up for the Valley Daily newsletter\n\n"
    "Copyright 2026 Valley Daily. All rights reserved.\n"
)


def _reader(app: object) -> ReaderScreen:
    screen = app.screen  # type: ignore[attr-defined]
    assert isinstance(screen, ReaderScreen) and screen.loaded is not None
    return screen


async def _regroup(reader: ReaderScreen, pilot: object) -> None:
    """As when the app's first index build finishes after the article was opened: the article's
    names grouped as the corpus groups them, its panels filled again."""
    assert reader.loaded is not None
    reader.loaded.grouped = None  # as opened before the index was
    reader.app.bump_index()  # type: ignore[attr-defined]
    await settle(pilot)  # type: ignore[arg-type]


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
async def test_G_then_m_moves_the_last_entry_when_the_index_opens_between(
    tmp_path: Path, size: tuple[int, int]
) -> None:
    # reported: b G, the index opens, m: the last entry moves back, not the first
    corpus = write(tmp_path / "corpus", {**FIRM, "b-daily.txt": PAGE})
    app = make_app(open_doc="b-daily", corpus=corpus)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        reader = _reader(app)
        await pilot.press("b")
        await settle(pilot)
        panel = reader.query_one(NoisePanel)
        assert len(panel.runs) >= 3, [r[0].text for r in panel.runs]
        first, last = panel.runs[0][0].text, panel.runs[-1][0].text
        await pilot.press("G")
        await pilot.pause()
        await _regroup(reader, pilot)
        assert panel.query_one(OptionList).highlighted == len(panel.runs) - 1
        await pilot.press("m")
        await settle(pilot)
        left = [r[0].text for r in panel.runs]
        assert last not in left and first in left, left  # the last went back to the article


async def test_m_on_a_middle_entry_leaves_the_highlight_at_its_place(tmp_path: Path) -> None:
    # ours: a mark moved here fills the panel again; the highlight stays where the entry was (the
    # next entry now), as a mail reader's cursor does after a delete, not back at the top
    corpus = write(tmp_path / "corpus", {**FIRM, "b-daily.txt": PAGE})
    app = make_app(open_doc="b-daily", corpus=corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        reader = _reader(app)
        await pilot.press("b")
        await settle(pilot)
        panel = reader.query_one(NoisePanel)
        count = len(panel.runs)
        assert count >= 4
        await pilot.press("j", "j")
        await pilot.pause()
        after = panel.runs[3][0].text
        await pilot.press("m")
        await settle(pilot)
        assert len(panel.runs) == count - 1
        options = panel.query_one(OptionList)
        assert options.highlighted == 2 and panel.runs[2][0].text == after


async def test_the_entity_panel_keeps_its_entity_when_the_index_opens(tmp_path: Path) -> None:
    # ours: the entity panel, its cursor moved to another entity, keeps it when the names are grouped
    corpus = write(tmp_path / "corpus", {**FIRM, "b-daily.txt": PAGE})
    app = make_app(open_doc="b-daily", corpus=corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        reader = _reader(app)
        await pilot.press("e")
        await settle(pilot)
        panel = reader.query_one(EntityPanel)
        options = panel.query_one(OptionList)
        entities = [i for i, k in enumerate(panel.keys) if k is not None]
        assert len(entities) >= 3, panel.keys
        await pilot.press("end")
        await pilot.pause()
        chosen = panel.highlighted
        assert chosen is not None and options.highlighted != entities[0]
        await _regroup(reader, pilot)
        assert panel.highlighted is not None and panel.highlighted[0] == chosen[0]


# Keys read with the `b` or `e` that opens a side panel are the panel's (t13am N12, the first
# `m` that did nothing): the panel is mounted the first time it is shown, and keys read in the
# same go as its key were routed to the article meanwhile (`G` scrolled the article, `m` said
# "Select a block with } or { first"). They are kept until the panel's list has the focus.
@pytest.mark.parametrize(
    ("keys", "size"),
    [
        (("b", "G", "m"), (120, 40)),  # reported: the last entry moves back to the article
        (("b", "G", "k", "m"), (60, 20)),  # ours: the one before it, narrow
        (("e", "G"), (120, 40)),  # ours: the entity panel's last entity highlighted
    ],
)
async def test_keys_typed_with_the_panel_key_are_the_panels(
    tmp_path: Path, keys: tuple[str, ...], size: tuple[int, int]
) -> None:
    corpus = write(tmp_path / "corpus", {**FIRM, "b-daily.txt": PAGE})
    app = make_app(open_doc="b-daily", corpus=corpus)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        reader = _reader(app)
        typed_at_once(app, *keys)
        await until_given(app, pilot)
        if keys[0] == "e":
            panel = reader.query_one(EntityPanel)
            options = panel.query_one(OptionList)
            assert options.has_focus
            last = max(i for i, k in enumerate(panel.keys) if k is not None)
            assert options.highlighted == last
            return
        noise = reader.query_one(NoisePanel)
        assert noise.query_one(OptionList).has_focus
        left = [r[0].text for r in noise.runs]
        # the block moved back to the article (the last, or the one before it with `k`) is no
        # longer boilerplate, and the first is
        want = "Copyright 2026" if "k" not in keys else "Sign up for the Valley Daily"
        assert not any(want in t for t in left) and left[0].startswith("VALLEY DAILY"), left
