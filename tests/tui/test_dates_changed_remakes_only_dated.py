"""When only the evidence dates are read with moves (``app.dates_changed``: the library's listing
made whole, an outlet's zoned date added), the screens that show no date are not made again, and
the reader dates its article again without grouping its mentions again (review s50-rv finding
10: the entity matrix, the costliest screen at 20,000 articles, and the quotes were made again
from scratch, and the reader re-grouped every mention). The screens that show dates are made
again (the fact sheet; the timeline: test_timeline_redated_live.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from snapshot_app import make_app, settle

from waic_reader.index.workspace import Workspace
from waic_reader.tui.screens.entity_matrix import EntityMatrixScreen
from waic_reader.tui.screens.fact_sheet import FactSheetScreen
from waic_reader.tui.screens.quotes import QuotesScreen
from waic_reader.tui.screens.reader import ReaderScreen

pytestmark = pytest.mark.usefixtures("utc")

STORM = (
    "The storm surge flooded the harbour road on Sunday evening, Mayor Ilse Brandvold said, and the council"
    " closed the seafront until noon after 14 homes were damaged."
)
FILES = {
    "a-late.md": f"---\ntitle: Seafront closed\noutlet: Dunmore Gazette\ndate: 2026-10-05 21:30\n---\n\n{STORM}\n",
    "b-early.md": f"---\ntitle: Surge warning\noutlet: Kilbride Post\ndate: 2026-10-03T08:00:00+01:00\n---\n\n{STORM}\n",
}


def _corpus(tmp_path: Path) -> Path:
    root = tmp_path / "c"
    root.mkdir()
    for name, text in FILES.items():
        (root / name).write_text(text, "utf-8")
    return root


def _count(monkeypatch: pytest.MonkeyPatch, method: str) -> list[int]:
    made: list[int] = []
    real = getattr(Workspace, method)

    def counted(self: Workspace, *args, **kwargs):  # type: ignore[no-untyped-def]
        made.append(1)
        return real(self, *args, **kwargs)

    monkeypatch.setattr(Workspace, method, counted)
    return made


async def _move_dating(app, pilot, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    revision = app.workspace.dating_revision() + 1
    monkeypatch.setattr(app.workspace, "dating_revision", lambda: revision)
    app.dates_changed.publish(revision)
    await settle(pilot)


@pytest.mark.parametrize(
    ("key", "screen", "method", "again"),
    [
        ("E", EntityMatrixScreen, "entities", False),
        ("Q", QuotesScreen, "quotes", False),
        ("f", FactSheetScreen, "fact_sheet", True),
    ],
    ids=["matrix", "quotes", "fact-sheet"],
)
async def test_only_screens_showing_dates_are_made_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, key: str, screen: type, method: str, again: bool
) -> None:
    made = _count(monkeypatch, method)
    app = make_app(corpus=_corpus(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press(key)
        await settle(pilot)
        assert isinstance(app.screen, screen)
        shown = len(made)
        await _move_dating(app, pilot, monkeypatch)
        await pilot.pause(3.5)  # (past the screens' folder check: a stale state is made again there too)
        await settle(pilot)
        assert len(made) == shown + (1 if again else 0)
        if not again:  # left and asked for again: the one made is shown, not made again
            await pilot.press("escape")
            await settle(pilot)
            await pilot.press(key)
            await settle(pilot)
            assert isinstance(app.screen, screen) and len(made) == shown


async def test_reader_dates_again_without_grouping_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    grouped = _count(monkeypatch, "article_mentions")
    dated = _count(monkeypatch, "article_dating")
    app = make_app(open_doc="a-late", corpus=_corpus(tmp_path))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, ReaderScreen)
        before = (len(grouped), len(dated))
        await _move_dating(app, pilot, monkeypatch)
        assert len(grouped) == before[0]
        assert len(dated) == before[1] + 1
