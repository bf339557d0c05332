"""The boilerplate panel's entries move with `j` `k` `g` `G` as with the arrows and home/end
(issue #14, t14c item 10: `j` `k` `G` scrolled the article behind the panel, only the arrows and
`End` moved the highlight)."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import make_app, settle
from textual.widgets import OptionList

from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.article_view import ArticleView
from waic_reader.tui.widgets.noise_panel import NoisePanel

# An article with several boilerplate entries of different kinds, one after the other.
_PAGE = """Harbour fees rise by a tenth

Skip to content

Halvik's harbour fees will rise by 10% from June, the port authority said on Wednesday, the first rise in six years.

Fishing boats under 15 metres will be exempt, the authority said, and the fees for ferries will be reviewed in autumn.

The authority's director said the money would pay for dredging the inner harbour, which has silted up since the storm.

Share on Facebook

Sign up for our newsletter

Copyright 2025 Halvik Post. All rights reserved.
"""


@pytest.mark.parametrize(
    ("size", "keys"),
    [
        ((120, 40), ("j", "k", "G", "g")),  # reported: 120x40, j k G (and g)
        ((60, 20), ("G", "k", "g", "j")),  # ours: narrow, the other order
        ((120, 40), ("G", "G", "j", "g", "g")),  # ours: at either end, the keys stay there (no wrap past G)
    ],
)
async def test_j_k_g_G_move_the_panel_highlight(tmp_path: Path, size: tuple[int, int], keys: tuple[str, ...]) -> None:
    (tmp_path / "fees.txt").write_text(_PAGE, encoding="utf-8")
    app = make_app(open_doc="fees", corpus=tmp_path)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.loaded is not None
        await pilot.press("b")
        await settle(pilot)
        panel = reader.query_one(NoisePanel)
        options = panel.query_one(OptionList)
        options.focus()
        await pilot.pause()
        last = len(panel.runs) - 1
        assert last >= 2, [r[0].text for r in panel.runs]
        view = reader.query_one(ArticleView)
        scrolled = view.scroll_y
        # What the arrows and home/end do, key by key, is what j k G g do.
        arrows = {"j": "down", "k": "up", "G": "end", "g": "home"}
        for key in keys:
            expected_from = options.highlighted
            await pilot.press(arrows[key])
            await pilot.pause()
            expected = options.highlighted
            options.highlighted = expected_from
            await pilot.pause()
            await pilot.press(key)
            await pilot.pause()
            assert options.highlighted == expected, (key, expected_from, expected, options.highlighted)
            assert options.has_focus
        assert options.highlighted == {"g": 0, "G": last}.get(keys[-1], options.highlighted)
        assert view.scroll_y == scrolled  # the article behind the panel did not scroll
