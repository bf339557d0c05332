"""`list` after a few files changed reads those articles, not the index's stored rows: opening a
20,000-article index to read its stored rows took ~2 s of every `list` after one edit
(acceptance s12b #4). With many rows missing (listing.json removed) it takes the stored rows."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from waic_reader.index.analysis.analyser import Analyser
from waic_reader.index.corpus.listing import LISTING_FILE
from waic_reader.index.workspace import FEW_ROWS_MISSING, Workspace

N = FEW_ROWS_MISSING + 6


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "c"
    root.mkdir()
    for i in range(N):
        (root / f"s{i:03}.txt").write_text(f"Report {i}\n\nThe harbour council met on Tuesday about ferry {i}.\n")
    ws = Workspace(root, tmp_path / "ix")
    ws.ensure_index()
    ws.list_rows()
    ws.index.close()
    return root


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    seen = {"opened": 0, "analysed": 0}
    opened, analyse = Workspace._open_built_index, Analyser.analyse

    def counted_open(self: Workspace) -> bool:
        seen["opened"] += 1
        return opened(self)

    def counted_analyse(self: Analyser, *args: Any, **kwargs: Any) -> Any:
        seen["analysed"] += 1
        return analyse(self, *args, **kwargs)

    monkeypatch.setattr(Workspace, "_open_built_index", counted_open)
    monkeypatch.setattr(Analyser, "analyse", counted_analyse)
    return seen


@pytest.mark.parametrize("change", ["edit", "add", "edit two and add one"])
def test_a_few_changed_files_are_read_not_the_index(
    corpus: Path, tmp_path: Path, calls: dict[str, int], change: str
) -> None:
    if "edit" in change:
        (corpus / "s005.txt").write_text("Report 5, revised\n\nThe harbour council met again on Friday.\n")
    if "two" in change:
        (corpus / "s006.txt").write_text("Report 6, revised\n\nThe harbour council met again on Friday.\n")
    if "add" in change:
        (corpus / "z_new.txt").write_text("A new report\n\nThe ferry resumed on Monday.\n")
    rows = {r["doc"]: r for r in Workspace(corpus, tmp_path / "ix").list_rows()}
    assert calls["opened"] == 0
    assert calls["analysed"] == change.count("edit") + change.count("two") + change.count("add")
    if "edit" in change:
        assert rows["s005"]["title"] == "Report 5, revised"
    if "add" in change:
        assert rows["z_new"]["title"] == "A new report"


def test_many_missing_rows_come_from_the_index(corpus: Path, tmp_path: Path, calls: dict[str, int]) -> None:
    (tmp_path / "ix" / LISTING_FILE).unlink()
    rows = Workspace(corpus, tmp_path / "ix").list_rows()
    assert len(rows) == N and calls["opened"] == 1 and calls["analysed"] == 0
