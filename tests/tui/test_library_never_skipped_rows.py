"""A file that is skipped is never painted as an article row (acceptance #17-5). At start the
library painted the folder's files as rows to come, an empty file and a page with no text among
them, and took them away ~0.5 s later when reading them found nothing. Now a blank file (0 bytes,
or spaces and line breaks alone) is skipped when the folder is listed, and a file found
unreadable is kept as skipped in the listing (``listing.json``) while it is unchanged, so the next
start's check skips it again without reading it, and without a row."""

from __future__ import annotations

import argparse
import json
import os
from pathlib import Path

import pytest
from snapshot_app import settle

from waic_reader.tui.app import WaicReaderApp, app_workspace
from waic_reader.tui.cli.main import main
from waic_reader.tui.screens.library import LibraryScreen

GOOD = "Ferry story\n\nThe ferry operator said the new plan would start next week in the harbour town.\n"
BLANK = {"empty.txt": b"", "blank.md": b"\n\n  \n", "bom.txt": b"\xef\xbb\xbf \n"}  # the reported kind
UNREADABLE = {  # known only by reading them: skipped once read, and at every start after
    "menu.html": b'<html><body><nav><a href="/">Home</a> <a href="/w">World</a></nav></body></html>\n',
    "fm.md": b"---\ntitle: Only front matter here\noutlet: Somewhere\n---\n",
}
NOT_RECORDS = {"bad.json": b'{"not": "records", "x": 1}\n'}


def corpus(root: Path) -> Path:
    root.mkdir()
    for i in (1, 2, 3):
        (root / f"s{i}.txt").write_text(GOOD, "utf-8")
    for name, data in {**BLANK, **UNREADABLE, **NOT_RECORDS}.items():
        (root / name).write_bytes(data)
    return root


def painted(monkeypatch: pytest.MonkeyPatch) -> list[set[str]]:
    """Every set of rows the library paints, from its first paint on."""
    seen: list[set[str]] = []
    fill = LibraryScreen._fill

    def recording(self: LibraryScreen) -> None:
        seen.append(set(self.rows))
        fill(self)

    monkeypatch.setattr(LibraryScreen, "_fill", recording)
    return seen


async def start(root: Path) -> set[str]:
    """The app started as ``waic-reader --corpus ROOT`` starts it (the last listing painted first,
    where there is one); the rows once every worker is done."""
    app = WaicReaderApp(
        app_workspace(argparse.Namespace(corpus=root, index_dir=root.parent / "ix")), save_settings=False
    )
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, LibraryScreen)
        return set(app.screen.rows)


async def test_no_skipped_file_is_ever_a_row(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = corpus(tmp_path / "c")
    seen = painted(monkeypatch)
    # The first start (no listing yet): blank files and a .json of no records are never rows.
    assert await start(root) == {"s1", "s2", "s3"}
    never = {"empty", "blank", "bom", "bad"}
    assert seen and all(not rows & never for rows in seen), seen
    # The next starts, a file edited meanwhile (its row is checked): no skipped file at all.
    for _ in range(2):
        seen.clear()
        st = (root / "s1.txt").stat()
        os.utime(root / "s1.txt", ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
        assert await start(root) == {"s1", "s2", "s3"}
        assert seen and all(rows <= {"s1", "s2", "s3"} for rows in seen), seen


async def test_an_unreadable_file_edited_is_read_again(tmp_path: Path) -> None:
    root = corpus(tmp_path / "c")
    assert await start(root) == {"s1", "s2", "s3"}
    (root / "fm.md").write_text("---\ntitle: Now with text\n---\nThe body came later, with the ferry plan.\n", "utf-8")
    assert await start(root) == {"s1", "s2", "s3", "fm"}


def test_list_json_skips_them_with_their_reasons(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = corpus(tmp_path / "c")
    args = ["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "list", "--json"]
    for _ in range(2):  # read, then known from the listing: the same
        assert main(args) == 0
        data = json.loads(capsys.readouterr().out)
        assert [a["doc"] for a in data["articles"]] == ["s1", "s2", "s3"]
        reasons = {s["path"]: s["reason"] for s in data["skipped"]}
        assert {k: reasons[k] for k in BLANK} == dict.fromkeys(BLANK, "empty file")
        assert reasons["fm.md"] == "no text after the front matter"
        assert reasons["menu.html"] == "no text found in this page"
        assert "bad.json" in reasons
