"""Compare reads the figures the index keeps (round s29-a): with the index open, each article's
fact-sheet figures are decoded from its stored row (``StoredDoc.figures``, extracted while it
was indexed) instead of being extracted again; without an index, or with figures kept by other
code, they are extracted. The alignment is the same either way."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from waic_reader.index.analysis import facts, figure_cache
from waic_reader.index.workspace import Workspace

PAIRS = [("002", "000"), ("001", "003"), ("004", "002")]


def extractions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Doc ids whose figures are extracted from now on."""
    seen: list[str] = []
    real = facts.sheet_figures  # the extraction of an article's sheet figures (none in another language)

    def counting(article: Any, noise: Any) -> Any:
        seen.append(article.doc)
        return real(article, noise)

    monkeypatch.setattr(facts, "sheet_figures", counting)
    return seen


def alignments(ws: Workspace) -> list[dict[str, Any]]:
    return [ws.compare(a, b).alignment.to_json() for a, b in PAIRS]


@pytest.fixture
def indexed(seeds_copy: Path, tmp_path: Path) -> Workspace:
    ws = Workspace(seeds_copy, tmp_path / "index")
    ws.ensure_index()
    return ws


def test_compare_with_the_index_open_extracts_no_figures(
    indexed: Workspace, seeds_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plain = alignments(Workspace(seeds_copy, tmp_path / "no-index"))
    seen = extractions(monkeypatch)
    assert alignments(indexed) == plain
    assert seen == []


def test_figures_kept_by_other_code_are_extracted(indexed: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    before = alignments(indexed)
    indexed._last_comparison = None
    monkeypatch.setattr(figure_cache, "code_version", lambda: "newer-rules")
    seen = extractions(monkeypatch)
    assert alignments(indexed) == before
    assert len(set(seen)) == 5  # every article of the pairs


def test_without_an_index_figures_are_extracted(
    seeds_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen = extractions(monkeypatch)
    alignments(Workspace(seeds_copy, tmp_path / "no-index"))
    assert len(seen) == 2 * len(PAIRS)
