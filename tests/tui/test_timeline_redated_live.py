"""The timeline shown is made again when the evidence dates are read with moves under it
(``app.dates_changed``: the first whole listing, an outlet's zoned date added), its cursor on the
article it was on; left alone, it is not made again (leftover of round s50-z: the timeline kept
a time without a zone in local time while ``list`` gave it its outlet's zone)."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import make_app, settle

from waic_reader.index.workspace import Workspace
from waic_reader.tui.screens.timeline import TimelineScreen
from waic_reader.tui.widgets.timeline_chart import TimelineChart

pytestmark = pytest.mark.usefixtures("utc")

STORM = "The storm surge flooded the harbour road on Sunday evening and the council closed the seafront until noon."
FILES = {
    "a-late.md": f"---\ntitle: Seafront closed\noutlet: Dunmore Gazette\ndate: 2026-10-05 21:30\n---\n\n{STORM}\n",
    "b-early.md": f"---\ntitle: Surge warning\noutlet: Dunmore Gazette\ndate: 2026-10-03 08:00\n---\n\n{STORM}\n",
    "c-other.md": f"---\ntitle: Harbour reopens\noutlet: Kilbride Post\ndate: 2026-10-07T09:00:00+01:00\n---\n\n{STORM}\n",
}


def _corpus(tmp_path: Path) -> Path:
    root = tmp_path / "c"
    root.mkdir()
    for name, text in FILES.items():
        (root / name).write_text(text, "utf-8")
    return root


@pytest.mark.parametrize("moves", [True, False], ids=["evidence-moved", "unchanged"])
async def test_timeline_made_again_when_the_dates_evidence_moves(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, moves: bool
) -> None:
    made: list[int] = []
    real = Workspace.timeline

    def counted(self: Workspace):  # type: ignore[no-untyped-def]
        made.append(1)
        return real(self)

    monkeypatch.setattr(Workspace, "timeline", counted)
    app = make_app(corpus=_corpus(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, TimelineScreen) and screen.timeline is not None
        chart = screen.query_one(TimelineChart)
        await pilot.press("right")  # the cursor off the first mark
        await settle(pilot)
        on = chart.current()
        assert on is not None
        first = screen.timeline
        revision = app.workspace.dating_revision() + (1 if moves else 0)
        monkeypatch.setattr(app.workspace, "dating_revision", lambda: revision)
        app.dates_changed.publish(revision)
        await settle(pilot)
        assert len(made) == (2 if moves else 1)
        assert (screen.timeline is not first) is moves
        assert chart.current() is not None and chart.current().doc == on.doc  # type: ignore[union-attr]
