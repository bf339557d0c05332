"""The timeline's subject detail scrolls and takes the focus in turn (acceptance s14 #4): at 60x20
a figure's First/Changed detail showed its first four lines, and PageDown, End and ctrl+d
scrolled the subject list instead. ``tab`` now goes chart → subject list → detail, where the
keys scroll the detail and leave the list's choice as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from snapshot_app import make_app, settle
from textual.containers import VerticalScroll
from textual.widgets import OptionList

from waic_reader.tui.screens.timeline import TimelineScreen
from waic_reader.tui.widgets.timeline_chart import TimelineChart

pytestmark = pytest.mark.usefixtures("utc")  # times shown in UTC (tests/conftest.py)


def _rising_toll(root: Path) -> Path:
    """One figure that changes at every one of 14 outlets: a long Changed: line."""
    root.mkdir()
    records = [
        {
            "id": f"r{i}",
            "title": f"Toll report {i}",
            "source": f"Outlet {chr(65 + i)} News",
            "published": f"2025-03-{10 + i}T08:00:00Z",
            "text": f"The death toll from the Osland earthquake rose to {20 + 3 * i}, the Red Cross said on day {i}.",
        }
        for i in range(14)
    ]
    (root / "r.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), "utf-8")
    return root


@pytest.mark.parametrize(("size", "keys"), [((60, 20), ("end",)), ((60, 20), ("pagedown",)), ((80, 24), ("ctrl+d",))])
async def test_the_detail_scrolls_by_keys_and_the_list_stays(
    tmp_path: Path, size: tuple[int, int], keys: tuple[str, ...]
) -> None:
    app = make_app(corpus=_rising_toll(tmp_path / "c"))
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, TimelineScreen)
        await pilot.press("tab")  # the subject list, its first subject chosen
        await settle(pilot)
        options = screen.query_one("#timeline-subject-list", OptionList)
        toll = next(i for i, s in enumerate(screen.subjects) if s.kind == "fact")
        options.highlighted = toll
        await settle(pilot)
        detail = screen.query_one("#timeline-subject-scroll", VerticalScroll)
        assert detail.virtual_size.height > detail.scrollable_content_region.height  # more than fits
        await pilot.press("tab")  # the detail
        await settle(pilot)
        assert detail.has_focus
        await pilot.press(*keys)
        await settle(pilot)
        assert detail.scroll_y > 0
        assert options.highlighted == toll  # the list's choice is as it was
        await pilot.press("tab")
        await settle(pilot)
        assert screen.query_one(TimelineChart).has_focus  # and round to the chart
