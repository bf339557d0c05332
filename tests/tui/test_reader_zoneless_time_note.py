"""The reader says how a time written without a zone was read (t13ap N18): the text copy of a
saved page, bylined "August 18, 2026, 7:40 p.m.", is shown at the page's instant and its note
names the page, the same article's copy, whose zone it takes; a time no outlet gives a zone to says it is read in the local zone."""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from snapshot_app import make_app, settle
from textual.geometry import Region
from textual.widgets import Static

from waic_reader.tui.screens.reader import ReaderScreen

sys.path.insert(0, str(Path(__file__).parent.parent / "cli"))
from test_cli_zoneless_time_outlet_zone import BODY, CASES


@pytest.fixture(autouse=True)
def utc(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _corpus(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "c"
    root.mkdir()
    for name, text in files.items():
        (root / name).write_text(text, "utf-8")
    return root


async def _shown(root: Path, doc: str) -> tuple[str, str]:
    app = make_app(open_doc=doc, corpus=root)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        reader = app.screen
        assert isinstance(reader, ReaderScreen)
        notes = reader.query_one("#reader-notes", Static)
        meta = reader.query_one("#reader-meta", Static)
        width, height = notes.size
        drawn = " ".join(s.text.strip() for s in notes.render_lines(Region(0, 0, width, height)))
        mw, mh = meta.size
        said = " ".join(s.text.strip() for s in meta.render_lines(Region(0, 0, mw, mh)))
        return " ".join(drawn.split()), said


async def test_the_text_copy_shows_the_pages_instant_and_says_why(tmp_path: Path) -> None:
    drawn, meta = await _shown(_corpus(tmp_path, CASES[0][0]), "courier.txt")
    # the page and its text copy share their title: one article, so the note names the copy (rule
    # (3) of README's dates; round s52-fx3's same-title rule), as `show --json`'s date_note does
    assert (
        "note: time without a zone (19:40): read as UTC\u221207:00, the zone of the same article's copy courier.html"
        in drawn
    )
    assert "19 Aug 2026 02:40" in meta  # the page's instant, in the viewer's zone (UTC)


async def test_a_time_no_outlet_zones_says_it_is_local(tmp_path: Path) -> None:
    files = {"a.md": "---\ntitle: Dam opens\noutlet: Kellby Post\ndate: 2026-07-01 10:00\n---\n\n" + BODY + "\n"}
    drawn, meta = await _shown(_corpus(tmp_path, files), "a")
    assert "note: time without a zone (10:00): read in your local time zone" in drawn
    assert "1 Jul 2026 10:00" in meta
