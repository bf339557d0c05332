"""``noise`` on an index that is up to date reads what the index keeps and runs no recogniser
(tester t13al N13: ``noise --json`` took about twice ``list`` on 13 short articles; profiled, half
of it was the entity recogniser's import and pass over every article, which the split never
needs, and the rest reading every file again, a saved page parsed again, though the index keeps
each article as read). The split shown is the same: kinds, reasons, the user's marks.

Reported: the whole corpus, ``noise --json``. Variants: some articles by doc id, and the text
output, each with a mark the user made."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.corpus import html
from waic_reader.index.workspace import Workspace
from waic_reader.tui.cli.main import main

WIRE = (
    "Veltra Bank collapses\n\nROTTERDAM, March 11 (Reuters) - Dutch lender Veltra Bank collapsed on Wednesday, "
    "and De Nederlandsche Bank said it had taken control of it.\n\n"
    "Share this article\n\n(Reporting by Anna Lind; Editing by Tom Rivers)\n"
)
PAGE = (
    "<html><head><title>Savers queue at Veltra - Lowland Daily</title></head><body>"
    "<nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav>"
    "<article><h1>Savers queue at Veltra</h1>"
    "<p>Hundreds of savers queued outside Veltra Bank's branches in Rotterdam on Wednesday morning, "
    "hoping to withdraw their money before the doors closed for good.</p>"
    "<p>The central bank said deposits up to 100,000 euros were guaranteed and would be paid within "
    "seven working days.</p></article>"
    "<footer>Copyright 2026 Lowland Daily. All rights reserved.</footer></body></html>"
)


def _boom(*_args: Any, **_kwargs: Any) -> Any:
    raise AssertionError("read again")


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, Path]:
    root, index = tmp_path / "corpus", tmp_path / "index"
    root.mkdir()
    (root / "wire.txt").write_text(WIRE, "utf-8")
    (root / "page.html").write_text(PAGE, "utf-8")
    ws = Workspace(root, index)
    ws.ensure_index()
    # a paragraph marked noise by the user: the split shown is made with the marks
    assert ws.mark_block("wire", WIRE.split("\n\n")[1], "noise") is None
    ws.update_index(["wire"])
    return root, index


def _noise(capsys: pytest.CaptureFixture[str], corpus: tuple[Path, Path], *args: str) -> str:
    root, index = corpus
    capsys.readouterr()
    assert main(["--corpus", str(root), "--index-dir", str(index), "noise", *args]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("args", [("--json",), ("wire", "page", "--json"), ("wire", "page")])
def test_noise_on_a_current_index_runs_no_recogniser_and_reads_no_page_again(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    corpus: tuple[Path, Path],
    args: tuple[str, ...],
) -> None:
    want = _noise(capsys, corpus, *args)  # (as the split is: read, recognised or not)
    monkeypatch.setattr(Recognizer, "recognize", _boom)
    monkeypatch.setattr(html, "read_html", _boom)
    got = _noise(capsys, corpus, *args)
    assert got == want
    assert "marked as noise by you" in got
    if "--json" in args:
        docs = {d["doc"]: d for d in json.loads(got)["docs"]}
        assert set(docs) == {"wire", "page"} and docs["page"]["noise"]
