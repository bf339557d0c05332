"""The reader's side panels and find box are mounted when first needed, not with every article
opened (they were ~10 of its ~20 widgets, styled twice as the screen opened and mostly never
shown): each works the first time it is asked for, however quickly."""

from __future__ import annotations

import pytest
from snapshot_app import make_app, settle
from textual import events
from textual.widgets import OptionList

from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens import reader as reader_module
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.widgets.article_view import ArticleView
from waic_reader.tui.widgets.entity_panel import EntityPanel
from waic_reader.tui.widgets.find_bar import FindBar
from waic_reader.tui.widgets.noise_panel import NoisePanel


def keys_at_once(app: WaicReaderApp, *keys: str) -> None:
    """Post ``keys`` as the terminal delivers keys read in one go: no wait between them."""
    controls = {"ctrl+f": "\x06", "escape": "\x1b"}
    for key in keys:
        app.post_message(events.Key(key, controls.get(key, key)))


def shown_panel(reader: ReaderScreen) -> str | None:
    if not reader.query_one("#side-panel").display:
        return None
    shown = [p for p in reader.query("NoisePanel, EntityPanel") if p.display]
    assert len(shown) == 1
    return "noise" if isinstance(shown[0], NoisePanel) else "entities"


def assert_filled(reader: ReaderScreen) -> None:
    assert reader.loaded is not None
    noise, entities = reader.query_one(NoisePanel), reader.query_one(EntityPanel)
    assert noise.segments == list(reader.loaded.analysis.split.noise) and noise.segments
    labels = reader.app.entity_labels
    wanted = {m.key for m in reader.loaded.analysis.mentions if not m.noise and m.label in labels}
    assert {k[0] for k in entities.keys if k is not None} == wanted and wanted


@pytest.fixture
def no_idle_mount(monkeypatch: pytest.MonkeyPatch) -> None:
    """The panels are not mounted in a pause (so a test sees them come when asked for)."""
    monkeypatch.setattr(reader_module, "PANELS_AFTER_S", 3600.0)


@pytest.mark.usefixtures("no_idle_mount")
async def test_panels_and_find_box_come_when_first_asked_for() -> None:
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.loaded is not None
        assert not reader.query("NoisePanel, EntityPanel, FindBar")
        assert reader.query_one(ArticleView).has_focus
        await pilot.press("b")
        await settle(pilot)
        assert shown_panel(reader) == "noise" and reader.query_one(NoisePanel).query_one(OptionList).has_focus
        assert_filled(reader)  # both panels, at once
        await pilot.press("e")
        await settle(pilot)
        assert shown_panel(reader) == "entities"
        await pilot.press("e")
        await settle(pilot)
        assert shown_panel(reader) is None and reader.query_one(ArticleView).has_focus
        await pilot.press("ctrl+f", *"the")
        await settle(pilot)
        bar = reader.query_one(FindBar)
        assert bar.display and bar.value == "the" and reader.finding and reader.find_matches
        await pilot.press("escape", "ctrl+f")
        await settle(pilot)
        assert len(reader.query(FindBar)) == 1 and bar.display and bar.has_focus


@pytest.mark.usefixtures("no_idle_mount")
@pytest.mark.parametrize(
    ("keys", "panel"),
    [
        (["e"], "entities"),
        (["e", "e"], None),  # the second toggles off the panel the first is still mounting
        (["e", "b"], "noise"),
    ],
)
async def test_panel_keys_at_once_as_the_article_opens(keys: list[str], panel: str | None) -> None:
    """Pressed together, and before the article has arrived from its worker."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        reader = ReaderScreen(app.docs[0])
        app.push_screen(reader)
        keys_at_once(app, *keys)
        await settle(pilot)
        assert app.screen is reader and reader.loaded is not None
        assert shown_panel(reader) == panel
        assert_filled(reader)


@pytest.mark.parametrize("keys", [[], ["j"]])
async def test_panels_are_mounted_in_the_first_pause(monkeypatch: pytest.MonkeyPatch, keys: list[str]) -> None:
    """Once the user has been idle a moment after the article showed, the panels are mounted,
    hidden and filled (the first b or e then only shows them); after a key in the pause, once
    the user is idle again."""
    monkeypatch.setattr(reader_module, "PANELS_AFTER_S", 1.0)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await pilot.pause(0.05)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        assert not reader.query("NoisePanel, EntityPanel")  # not with the article
        await pilot.press(*keys)
        # Polled, not one fixed pause: on a loaded machine the article can arrive late, and the
        # pause is counted from then.
        for _ in range(100):
            await pilot.pause(0.1)
            if reader.query("NoisePanel, EntityPanel"):
                break
        await settle(pilot)
        assert reader.query("NoisePanel, EntityPanel") and shown_panel(reader) is None
        assert_filled(reader)
        assert reader.query_one(ArticleView).has_focus
        await pilot.press("b")
        await settle(pilot)
        assert shown_panel(reader) == "noise"


async def test_no_panels_mounted_under_another_screen(monkeypatch: pytest.MonkeyPatch) -> None:
    # The idle timer is fired by hand: with a real 0.3 s timer, a loaded machine took longer than
    # that to settle after opening the article, and the panels were mounted before help came up.
    monkeypatch.setattr(reader_module, "PANELS_AFTER_S", 3600.0)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen) and reader.loaded is not None
        await pilot.press("question_mark")  # help, over the reader
        await settle(pilot)
        assert app.screen is not reader
        monkeypatch.setattr(reader_module, "PANELS_AFTER_S", 0.0)  # the user idle long enough
        await reader._mount_panels_when_idle()  # the timer firing under help
        await settle(pilot)
        assert not reader.query("NoisePanel, EntityPanel")
        await pilot.press("escape")  # back to the reader: the same timer mounts them
        await settle(pilot)
        assert app.screen is reader
        await reader._mount_panels_when_idle()
        await settle(pilot)
        assert reader.query("NoisePanel, EntityPanel") and shown_panel(reader) is None
