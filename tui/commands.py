"""CLI commands over the analyses (noise, entities, compare, facts) and shared CLI helpers.

Kept apart from :mod:`cli` so that module stays the parser and the core commands; each
command here registers its sub-parser in ``EXTRA_COMMANDS`` and its handler in
``EXTRA_HANDLERS``.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

from waic_reader.index.workspace import Workspace

WorkspaceT = Workspace

EXTRA_COMMANDS: list[Callable[[Any], None]] = []
EXTRA_HANDLERS: dict[str, Callable[[Workspace, argparse.Namespace], int]] = {}


def open_workspace(args: argparse.Namespace) -> Workspace:
    return Workspace(args.corpus, args.index_dir)


def library_rows(ws: Workspace) -> list[dict[str, Any]]:
    """One row per readable article: what the library screen and ``list`` show."""
    rows = []
    for article in ws.corpus.articles():
        analysis = ws.analyser.analyse(article)
        rows.append({
            "doc": article.doc, "title": article.title, "title_derived": article.title_derived,
            "outlet": article.outlet, "outlet_derived": article.outlet_derived,
            "date": article.date, "words": article.word_count,
            "noise": analysis.noise_count(), "entities": len(analysis.entity_names()),
            "path": str(Path(article.path)), "notes": article.notes,
        })
    return rows
