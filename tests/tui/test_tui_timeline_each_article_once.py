"""The timeline screen counts and names each article once (t13p F13): the death toll's row said
"figure · 24 articles" in a corpus of 17 (its reports counted), and its detail "Or first (the
same time): Reuters (3 Jun 2026 14:40), Reuters (3 Jun 2026 14:40), Reuters (3 Jun 2026 14:40)",
one wire's values at one moment named as ties of itself, and "Then:" an article once per value."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from snapshot_app import make_app, settle
from textual.widgets import OptionList, Static

from waic_reader.tui.screens.timeline import TimelineScreen

pytestmark = pytest.mark.usefixtures("utc")

# reuters-a: 3, 5 and 7 dead at 14:40; reuters-b: 7 at 14:40 (one outlet, two articles); ap: 5
# and 7 at 16:00.
FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "timeline_each_article_once"


async def test_death_toll_row_and_detail_name_each_article_once(tmp_path: Path) -> None:
    root = tmp_path / "c"
    shutil.copytree(FIXTURE, root)
    app = make_app(corpus=root)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, TimelineScreen)
        options = screen.query_one("#timeline-subject-list", OptionList)
        rows = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        toll = next(i for i, row in enumerate(rows) if row.startswith("death toll"))
        assert rows[toll].endswith("figure · 3 articles"), rows
        await pilot.press("tab")
        await settle(pilot)
        options.highlighted = toll
        await settle(pilot)
        detail = str(screen.query_one("#timeline-subject", Static).render())
        lines = {line.partition(": ")[0]: line.partition(": ")[2] for line in detail.splitlines()}
        assert lines["Or first (the same time)"] == "Reuters (reuters-b) (3 Jun 2026 14:40)", detail
        assert lines["Then"] == "AP (3 Jun 2026 16:00)", detail
