"""Reading a saved page prints nothing but the command's output (acceptance: a page whose meta
date reads "2014-12-29 16:00:27 EST" made `list` print dateutil's "UnknownTimezoneWarning: tzname
EST identified but not understood" and the source line that raised it into the terminal). The
page's date is still read. The reported zone and two others htmldate hands on unread."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.parametrize("stamp", ["2014-12-29 16:00:27 EST", "2015-01-02 08:00:00 CST", "2015-01-02 08:00:00 BST"])
def test_no_library_warning_on_stderr(tmp_path: Path, stamp: str) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.html").write_text(
        f'<html><head><title>Storm</title><meta name="dcterms.created" content="{stamp}"></head><body>'
        "<article><p>The storm closed schools across the region on Monday, officials said, and power "
        "was cut to thousands of homes.</p></article></body></html>",
        "utf-8",
    )
    cmd = [
        sys.executable,
        "-m",
        "waic_reader.tui.cli.main",
        "--corpus",
        str(corpus),
        "--index-dir",
        str(tmp_path / "ix"),
    ]
    done = subprocess.run([*cmd, "list", "--json"], capture_output=True, text=True, check=True)
    assert done.stderr == ""
    assert json.loads(done.stdout)["articles"][0]["date"]
