"""The corpus's zones are kept only from a listing whose every row is known (round s50-z): the
library's first listing, made before the first build with every row pending (no dates), was kept
as the corpus's evidence, and the reader, the timeline and the fact sheet then read a time
without a zone "in your local time zone" where ``list`` gives its outlet's zone.
``Workspace.dating_revision`` moves when the evidence kept changes, for the screens to date
again."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from waic_reader.index.workspace import Workspace

sys.path.insert(0, str(Path(__file__).parent.parent / "tui"))
from test_reader_dates_follow_the_corpus import FOLDER, RECORDS, REPORTED

pytestmark = pytest.mark.usefixtures("utc")

CASES = [(REPORTED, "courier-copy", "-07:00"), (RECORDS, "wire#b", "+01:00"), (FOLDER, "a-late", "-04:00")]


def _workspace(tmp_path: Path, files: dict[str, str]) -> Workspace:
    root = tmp_path / "c"
    root.mkdir()
    for name, text in files.items():
        (root / name).write_text(text, "utf-8")
    return Workspace(root, index_dir=tmp_path / "ix")


@pytest.mark.parametrize(("files", "doc", "zone"), CASES, ids=["reported", "records", "front-matter"])
def test_a_pending_listing_is_no_evidence(tmp_path: Path, files: dict[str, str], doc: str, zone: str) -> None:
    ws = _workspace(tmp_path, files)
    assert all(r.get("pending") for r in ws.list_rows(read=False))  # the library's first paint
    assert ws.dating_revision() == 0
    ws.ensure_index()
    date, read = ws.article_dating(ws.corpus.article(doc), read=False)  # the reader, after the build
    assert read is not None and read.zone == zone and date is not None and date.endswith(zone)
    timeline = {a.doc: a.date for a in ws.timeline().articles}
    assert timeline[doc] == date
    listed = {r["doc"]: r["date"] for r in ws.list_rows()}
    assert listed[doc] == date
    assert ws.dating_revision() == 0  # the first evidence kept: what the views dated from already
    ws.list_rows()
    assert ws.dating_revision() == 0  # the same evidence: no move


def test_the_revision_moves_with_the_evidence_only(tmp_path: Path) -> None:
    ws = _workspace(tmp_path, FOLDER)
    ws.list_rows()
    root = ws.root
    # A copy of the page: nothing new to read a time by.
    (root / "c-copy.html").write_text(FOLDER["b-page.html"], "utf-8")
    ws.rescan()
    ws.list_rows()
    assert ws.dating_revision() == 0
    # The same outlet's page in another zone, a day later: the zone-less time may read otherwise.
    (root / "d-later.html").write_text(
        FOLDER["b-page.html"].replace("2026-10-04T18:00:00-04:00", "2026-10-06T09:00:00-05:00"), "utf-8"
    )
    ws.rescan()
    ws.list_rows()
    assert ws.dating_revision() == 1
