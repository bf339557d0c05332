"""Dates shown are never staler than the corpus (issue #13/#15, round s50-z): a time written
without a zone takes the zone of the same outlet's zoned date elsewhere in the corpus, and every
view showing it is dated again once that evidence is known. Reported: ``waic-reader --corpus C
--index-dir NEW --open courier-copy`` (a page and its plain-text copy, whose byline time has no
zone) said "read in your local time zone" and kept it after the first build, while ``list`` and
the same article opened from the library said "read as UTC−07:00": the library's first listing,
made before the build with every row pending, was kept as the corpus's zones, and the reader
dated again with it. Variants: records of one outlet spelt two ways opened with ``--open``; an
article opened from the library before the build; the timeline asked for before the build."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from snapshot_app import make_app, settle
from textual.geometry import Region
from textual.widgets import Static

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.screens.reader import ReaderScreen
from waic_reader.tui.screens.timeline import TimelineScreen

pytestmark = pytest.mark.usefixtures("utc")  # times shown in UTC (tests/conftest.py)

WILDFIRE = (
    "A wildfire burned 4,000 acres near Millbrook on Tuesday, officials said, and crews worked "
    "through the night to protect homes on the ridge above the town."
)
FERRY = "The night ferry ran aground off the northern cape and all 212 passengers were brought ashore by tugs."
STORM = "The storm surge flooded the harbour road on Sunday evening and the council closed the seafront until noon."

# The reported corpus: the page, and its text copy saved by hand (the byline's time, no zone).
REPORTED = {
    "courier.html": (
        "<html><head><title>Fire near town</title>"
        '<meta property="article:published_time" content="2026-08-18T19:40:00-07:00">'
        '<meta property="og:site_name" content="The Valley Courier"></head><body>'
        f"<h1>Fire near town</h1><p>By Ana Ruiz</p><p>{WILDFIRE}</p></body></html>"
    ),
    "courier-copy.txt": f"Fire near town\n\nThe Valley Courier\nAugust 18, 2026, 7:40 p.m.\n\n{WILDFIRE}\n",
}

# Records of one outlet spelt two ways: the zoned one gives the other its winter offset.
RECORDS = {
    "wire.jsonl": json.dumps(
        {
            "id": "a",
            "title": "Ferry aground",
            "outlet": "Nordlys Avis",
            "date": "2026-02-02T22:05:00+01:00",
            "text": FERRY,
        }
    )
    + "\n"
    + json.dumps(
        {
            "id": "b",
            "title": "Ferry passengers ashore",
            "outlet": "NORDLYS AVIS",
            "date": "2026-02-03T08:15:00",
            "text": FERRY,
        }
    )
    + "\n",
}

# Front matter without a zone, first in the folder; the same outlet's page, zoned, after it.
FOLDER = {
    "a-late.md": f"---\ntitle: Seafront closed\noutlet: Dunmore Gazette\ndate: 2026-10-05 21:30\n---\n\n{STORM}\n",
    "b-page.html": (
        "<html><head><title>Surge floods harbour road</title>"
        '<meta property="article:published_time" content="2026-10-04T18:00:00-04:00">'
        '<meta property="og:site_name" content="Dunmore Gazette"></head><body>'
        f"<h1>Surge floods harbour road</h1><p>{STORM}</p></body></html>"
    ),
}


def _corpus(tmp_path: Path, files: dict[str, str]) -> Path:
    root = tmp_path / "c"
    root.mkdir()
    for name, text in files.items():
        (root / name).write_text(text, "utf-8")
    return root


def _drawn(widget: Static) -> str:
    width, height = widget.size
    return " ".join(" ".join(s.text.strip() for s in widget.render_lines(Region(0, 0, width, height))).split())


def _listed(root: Path, doc: str) -> dict[str, object]:
    """``list``'s row of ``doc`` (a workspace of its own, the index folder of another)."""
    rows = Workspace(root, index_dir=root.parent / "listed").list_rows()
    return next(r for r in rows if r["doc"] == doc)


async def _reader_says(app: WaicReaderApp, doc: str) -> tuple[str, str]:
    reader = app.screen
    assert isinstance(reader, ReaderScreen) and reader.doc == doc
    assert reader.loaded is not None
    row = _listed(app.workspace.root, doc)
    assert (reader.loaded.date, reader.loaded.date_note) == (row["date"], row["date_note"])  # as list says
    return _drawn(reader.query_one("#reader-meta", Static)), _drawn(reader.query_one("#reader-notes", Static))


@pytest.mark.parametrize(
    ("files", "doc", "shown", "zone"),
    [
        (REPORTED, "courier-copy", "19 Aug 2026 02:40", "UTC\u221207:00"),
        (RECORDS, "wire#b", "3 Feb 2026 07:15", "UTC+01:00"),
        (FOLDER, "a-late", "6 Oct 2026 01:30", "UTC\u221204:00"),
    ],
    ids=["reported", "records-spelt-two-ways", "front-matter-and-page"],
)
async def test_open_dates_the_article_as_the_corpus_does_after_the_build(
    tmp_path: Path, files: dict[str, str], doc: str, shown: str, zone: str
) -> None:
    app = make_app(open_doc=doc, corpus=_corpus(tmp_path, files))
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.index_ready
        meta, notes = await _reader_says(app, doc)
        assert shown in meta
        assert f"read as {zone}, the zone of the same outlet's dated" in notes
        assert "local time zone" not in notes


async def test_an_article_opened_from_the_library_before_the_build(tmp_path: Path) -> None:
    app = make_app(corpus=_corpus(tmp_path, FOLDER))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("enter")  # at once: the first build is under way
        await settle(pilot)
        meta, notes = await _reader_says(app, "a-late")
        assert "6 Oct 2026 01:30" in meta
        assert "read as UTC\u221204:00, the zone of the same outlet's dated b-page" in notes


async def test_the_timeline_asked_for_before_the_build(tmp_path: Path) -> None:
    app = make_app(corpus=_corpus(tmp_path, FOLDER))
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("t")  # at once
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, TimelineScreen) and screen.timeline is not None
        dates = {a.doc: a.date for a in screen.timeline.articles}
        assert dates["a-late"] == _listed(app.workspace.root, "a-late")["date"] == "2026-10-05T21:30-04:00"
