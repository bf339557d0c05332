"""What the search tests over small corpora of their own share."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from waic_reader.index.workspace import Workspace


def indexed_workspace(root: Path, articles: Mapping[str, str]) -> Workspace:
    """A workspace over ``articles`` (name → text, each written as ``name.txt`` in a corpus
    folder under ``root``), its index built under ``root``."""
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in articles.items():
        (corpus / f"{name}.txt").write_text(text, "utf-8")
    workspace = Workspace(corpus, root / "index")
    workspace.ensure_index()
    return workspace
