"""The timeline opened again on an unchanged corpus is shown, not made again (issue 13, t13ak
N18: every `t` made it again, ~0.34 s of CPU at 221 articles); a corpus changed in between makes
it again, with the change in it."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import make_app, settle

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.timeline import TimelineScreen

SIZE = (120, 40)


def count_made(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """How many articles each timeline made had, in order."""
    made: list[int] = []
    real = Workspace.timeline

    def timeline(self: Workspace):  # type: ignore[no-untyped-def]
        result = real(self)
        made.append(len(result.articles))
        return result

    monkeypatch.setattr(Workspace, "timeline", timeline)
    return made


async def open_timeline(app: WaicReaderApp, pilot) -> TimelineScreen:  # type: ignore[no-untyped-def]
    await pilot.press("t")
    await settle(pilot)
    screen = app.screen
    assert isinstance(screen, TimelineScreen) and screen.timeline is not None
    return screen


async def leave(pilot) -> None:  # type: ignore[no-untyped-def]
    await pilot.press("escape")
    await settle(pilot)


async def test_opened_again_unchanged_it_is_not_made_again(seeds_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The reported case: `t`, escape, `t` from the reader."""
    made = count_made(monkeypatch)
    app = make_app(open_doc="003", corpus=seeds_copy)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        first = await open_timeline(app, pilot)
        shown = len(first.timeline.articles) if first.timeline else -1
        await leave(pilot)
        again = await open_timeline(app, pilot)
        assert again is not first and again.timeline is first.timeline
        assert len(made) == 1 and made[0] == shown == len(app.workspace.docs)


@pytest.mark.parametrize("change", ["added", "removed"])
async def test_a_file_added_or_removed_in_between_is_in_it(
    seeds_copy: Path, monkeypatch: pytest.MonkeyPatch, change: str
) -> None:
    made = count_made(monkeypatch)
    app = make_app(corpus=seeds_copy)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        first = await open_timeline(app, pilot)
        before = len(first.timeline.articles) if first.timeline else -1
        await leave(pilot)
        files = sorted(p for p in seeds_copy.rglob("*.txt") if p.is_file())
        if change == "added":
            text = files[0].read_text("utf-8")
            (files[0].parent / "zz-added-copy.txt").write_text(text + "\n\nA line added to the copy.\n", "utf-8")
        else:
            files[-1].unlink()
        again = await open_timeline(app, pilot)
        after = len(again.timeline.articles) if again.timeline else -1
        assert after == before + (1 if change == "added" else -1)
        assert made == [before, after]
