"""Opening and closing the reader's side panels leaves the footer as it is: the same keys, the
same widgets (Textual's Footer mounts all its key widgets again when a shown key appears or goes,
which was a third of opening the entity panel); the panel names its own keys in its help line."""

from __future__ import annotations

from snapshot_app import make_app, settle
from textual.widgets import Static

from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.entity_panel import EntityPanel
from waic_reader.tui.widgets.steady_footer import SteadyFooter


async def test_the_footer_is_not_rebuilt_when_a_side_panel_opens_or_closes() -> None:
    app = make_app(open_doc="003")
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        footer = app.screen.query_one(SteadyFooter)
        keys = list(footer.query("FooterKey"))
        assert keys
        for key in ("e", "e", "b", "b", "e"):
            await pilot.press(key)
            await settle(pilot)
            assert list(footer.query("FooterKey")) == keys  # the same widgets, not new ones
        panel = app.screen.query_one(EntityPanel)
        assert panel.display and panel.has_focus_within
        assert "s: search all" in str(panel.query_one(".panel-help", Static).render())
