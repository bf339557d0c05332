"""A status line too long for the terminal ends in "…" (#14 re-test: at 60x20 the reader's
"found only in the boilerplate: 1 match for Lottery (the panel shows …)" was cut mid-phrase
with no sign that it went on). Every screen's status line is one line with an ellipsis."""

from __future__ import annotations

import pytest
from snapshot_app import make_app, settle
from textual.widgets import Static


@pytest.mark.parametrize(("size", "cut"), [((60, 20), True), ((48, 20), True), ((200, 40), False)])
async def test_the_library_status_line_ends_in_an_ellipsis_when_cut(size: tuple[int, int], cut: bool) -> None:
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        status = app.screen.query_one("#library-status", Static)
        drawn = "".join(strip.text for strip in status.render_lines(status.region.reset_offset)).rstrip()
        assert status.size.height == 1
        assert drawn.endswith("…") is cut, drawn
