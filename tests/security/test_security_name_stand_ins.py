"""Round s36-s (t13ab L22): control characters in a file name are shown as the stand-ins titles
use (``␛``, ``␤``, ``<U+202E>``), one notation everywhere, not as Python's escapes.

Reported: a file named "evil" + newline + "name" + ESC "[31m.txt" was listed by ``list``, the
library row and the reader's header as ``evil\\nname\\x1b[31m``, while the same characters in a
title showed as ``␛``; README "Security → Display": in file names control characters "are named
(``␛``, ``<U+202E>``)". The doc id (``list --json``, ``show``) is the name as shown, so what a
row shows is what ``show`` takes. Variants: a tab and a bidi override; a DEL and a C1 control in
a subfolder's file.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from snapshot_app import make_app, settle

from waic_reader.index.corpus.text import visible

CLI = [sys.executable, "-m", "waic_reader.tui.cli.main"]
BODY = "Seven people died when a train derailed near Harnwick on Tuesday morning."

# file name (without .txt) → the doc id and name every display shows
NAMES = {
    "evil\nname\x1b[31m": "evil\u2424name\u241b[31m",  # the report's: evil␤name␛[31m
    "tab\there\u202eflip": "tab\u2409here<U+202E>flip",  # variant: tab, bidi override
    "sub/del\x7fc1\x9bend": "sub/del\u2421c1<U+009B>end",  # variant: DEL, C1, in a subfolder
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    for name in NAMES:
        (root / f"{name}.txt").write_text(f"Harnwick story\n\n{BODY}\n", "utf-8")
    # a title carrying the same controls: the notation the names must share
    (root / "titled.txt").write_text(f"Title \x1b[31m with\u202e controls\n\n{BODY}\n", "utf-8")
    return root


def run(corpus: Path, *args: str) -> str:
    out = subprocess.run([*CLI, "--corpus", str(corpus), *args], capture_output=True, timeout=300, check=True)
    return out.stdout.decode("utf-8")


def test_list_shows_a_names_controls_as_the_titles_stand_ins(corpus: Path) -> None:
    listed = run(corpus, "list")
    for shown in NAMES.values():
        assert sum(1 for row in listed.splitlines() if row.startswith(shown)) == 1, listed
    assert "\\x" not in listed and "\\n" not in listed and "\\u" not in listed  # no Python escape
    assert visible("Title \x1b[31m with\u202e controls") in listed  # the title's own notation
    assert "\x1b" not in listed and "\u202e" not in listed and "\x7f" not in listed


def test_the_doc_id_is_the_name_as_shown_and_show_takes_it(corpus: Path) -> None:
    docs = {row["doc"] for row in json.loads(run(corpus, "list", "--json"))["articles"]}
    assert set(NAMES.values()) <= docs
    for shown in NAMES.values():
        assert shown in run(corpus, "show", shown).splitlines()[1]


async def test_the_library_row_and_the_reader_header_show_the_stand_ins(corpus: Path) -> None:
    app = make_app(corpus=corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        library = "\n".join(strip.text for strip in app.screen._compositor.render_strips())
        for shown in NAMES.values():
            assert shown.rsplit("/", 1)[-1] in library, library  # a subfolder has a column
        assert "\\x1b" not in library and "\\n" not in library
    doc = NAMES["evil\nname\x1b[31m"]
    app = make_app(open_doc=doc, corpus=corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        reader = "\n".join(strip.text for strip in app.screen._compositor.render_strips())
        assert doc in reader and "\\x1b" not in reader, reader
