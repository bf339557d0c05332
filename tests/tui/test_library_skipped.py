"""The library's status counts each skipped file once. A file the index could not read is
reported by the index sync and also dropped to the scan's skipped list, so one binary file read
"2 files skipped" while ``index --json`` listed one (acceptance tester, issue 17)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from snapshot_app import make_app, settle
from textual.widgets import Static

from waic_reader.tui.cli.main import main as cli_main
from waic_reader.tui.screens.library import LibraryScreen


@pytest.mark.parametrize(
    "bad", [{"blob.txt": b"\x00\x01\x02\xff\xfe" * 200}, {"x.txt": b"\x00" * 50, "y.md": b"\xff\x00" * 80}]
)
async def test_each_skipped_file_is_counted_once(
    tmp_path: Path, bad: dict[str, bytes], capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Ferry plan\n\nThe council approved the ferry plan on Monday.\n", "utf-8")
    for name, data in bad.items():
        (corpus / name).write_bytes(data)
    app = make_app(corpus=corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        assert app.index_ready and isinstance(app.screen, LibraryScreen)
        status = str(app.screen.query_one("#library-status", Static).render())
    n = len(bad)
    assert f"{n} file{'s' if n != 1 else ''} skipped" in status, status
    capsys.readouterr()
    assert cli_main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix"), "index", "--json"]) in (0, None)
    assert len(json.loads(capsys.readouterr().out)["skipped"]) == n
