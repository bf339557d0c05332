"""The timeline's enter on a subject lands on it (t13ag N11): on a figure, its first report opens
with the figure the current target, a few lines from the top, and n / N step through the
subject's reports across articles (``fact: death toll · value 1/N``), as the fact sheet's enter
does; on an entity, its first mention is shown and the entity followed. Either jump replaces an
entity followed earlier: no stale ``mention … of`` status, no scroll to the old follow.

Reported: ``t``, ``tab``, ``j j j`` onto "death toll figure", ``enter`` opened the first report at
its top, the figure in its plain Number tint, ``n`` saying "follow an entity"; after a follow from
the matrix, at 60x20, the article opened at the old follow's mention with its status."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from jumps import assert_lands
from snapshot_app import settle
from textual.widgets import OptionList

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.screens.timeline import TimelineScreen

QUAKE = Path(__file__).parents[1] / "fixtures" / "quake"
NOTE = "Editor's note: this report was revised as further accounts came in from the coast.\n\n"

pytestmark = pytest.mark.usefixtures("utc")


@pytest.fixture
def quake(tmp_path: Path) -> Path:
    """The quake stories, the first report's figures and names pushed below the fold."""
    target = tmp_path / "quake"
    shutil.copytree(QUAKE, target)
    first = target / "01_ap.txt"
    head, _, rest = first.read_text("utf-8").partition("\n\n")
    first.write_text(head + "\n\n" + NOTE * 14 + rest, "utf-8")
    return target


def status(reader: ReaderScreen) -> str:
    return str(reader.query_one("#reader-status").render())


async def timeline(pilot, app: WaicReaderApp) -> TimelineScreen:  # type: ignore[no-untyped-def]
    await settle(pilot)
    await pilot.press("t")
    for _ in range(200):
        await pilot.pause(0.05)
        screen = app.screen
        if isinstance(screen, TimelineScreen) and screen.subjects:
            return screen
    raise AssertionError("the timeline never showed its subjects")


async def choose(pilot, screen: TimelineScreen, label: str) -> ReaderScreen:  # type: ignore[no-untyped-def]
    """tab to the subject list, the cursor onto ``label``, enter: the reader it opens, settled."""
    options = screen.query_one("#timeline-subject-list", OptionList)
    if not options.has_focus:
        await pilot.press("tab")
    options.highlighted = next(i for i, s in enumerate(screen.subjects) if s.label == label)
    await pilot.press("enter")
    for _ in range(200):
        await pilot.pause(0.05)
        reader = screen.app.screen
        if isinstance(reader, ReaderScreen) and reader.loaded is not None and reader.loaded.article.doc == reader.doc:
            await settle(pilot)
            return reader
    raise AssertionError("no reader")


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
async def test_enter_on_a_figure_opens_its_first_report_at_the_figure_and_steps_its_reports(
    quake: Path, size: tuple[int, int]
) -> None:
    app = WaicReaderApp(Workspace(quake), save_settings=False)
    async with app.run_test(size=size) as pilot:
        screen = await timeline(pilot, app)
        subject = next(s for s in screen.subjects if s.label == "death toll")
        first = subject.first
        assert first is not None and first.doc == "01_ap"
        reader = await choose(pilot, screen, "death toll")
        assert reader.doc == "01_ap" and app.followed is None
        text = reader.loaded.article.text
        assert text[first.start : first.end] == first.text
        assert_lands(reader, first.start)  # 14 notes above it: below the fold as opened
        assert reader.fact is not None and reader.fact.values[reader.fact.index].start == first.start
        said = status(reader)
        assert "fact: death toll" in said and "value 1/" in said and "mention" not in said
        # n: the subject's next report, in its own article, at its figure.
        nxt = subject.in_report_order(subject.sightings)[1]
        await pilot.press("n")
        for _ in range(200):
            await pilot.pause(0.05)
            if reader.doc == nxt.doc and reader.loaded is not None and reader.loaded.article.doc == nxt.doc:
                break
        await settle(pilot)
        assert reader.doc == nxt.doc and "value 2/" in status(reader)
        assert_lands(reader, nxt.start)


@pytest.mark.parametrize("size", [(120, 40), (60, 20)])
async def test_enter_on_an_entity_follows_it_from_its_first_mention_then_a_figure_replaces_the_follow(
    quake: Path, size: tuple[int, int]
) -> None:
    app = WaicReaderApp(Workspace(quake), save_settings=False)
    async with app.run_test(size=size) as pilot:
        screen = await timeline(pilot, app)
        place = next(s for s in screen.subjects if s.label == "Oresund City")
        assert place.first is not None and place.first.doc == "01_ap"
        reader = await choose(pilot, screen, "Oresund City")
        assert reader.doc == "01_ap"
        assert app.followed is not None and app.followed[1] == "Oresund City"
        assert_lands(reader, place.first.start)
        assert "Oresund City" in status(reader)
        # Back to the timeline: a figure's jump replaces the follow (its status, scroll and n / N).
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is screen
        toll = next(s for s in screen.subjects if s.label == "death toll").first
        assert toll is not None
        reader = await choose(pilot, screen, "death toll")
        assert app.followed is None
        said = status(reader)
        assert "fact: death toll" in said and "mention" not in said and "Oresund" not in said
        assert_lands(reader, toll.start)
