"""A file of per-article entries in the index folder, kept while the code that made them is the
same: the one loading and saving of ``figures.json`` (:mod:`figure_cache`) and ``timeline.json``
(:mod:`timeline_cache`), which differ only in what an entry holds.

The file is ``{"version": …, "docs": {doc id: entry}}``. A missing, unreadable or foreign file,
or one of another version, is no entries (everything is made again and the file rewritten); it
is replaced atomically and private to the user
(:func:`~waic_reader.index.corpus.listing.write_private_json`), so a crash never leaves half of it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from waic_reader.index.corpus.listing import read_private_text, write_private_json


class KeptEntries:
    """Entries per doc id in ``path`` for ``version``: subclasses read and add them (setting
    :attr:`changed`), then :meth:`save`."""

    def __init__(self, path: Path, version: str) -> None:
        self.path = path
        self.version = version
        self.entries: dict[str, dict[str, Any]] = {}
        self.changed = False
        try:
            data = json.loads(read_private_text(path))
        except (OSError, ValueError, RecursionError):  # RecursionError: JSON nested too deep
            return  # none yet, unreadable or others could write it: made again and rewritten
        if isinstance(data, dict) and data.get("version") == version and isinstance(data.get("docs"), dict):
            self.entries = data["docs"]

    def save(self, keep: Iterable[str] | None = None) -> None:
        """Write the file if anything was put; ``keep``: the doc ids still in the corpus (others
        are dropped). Raises OSError when the index folder cannot be written."""
        if not self.changed:
            return
        if keep is not None:
            alive = set(keep)
            self.entries = {d: e for d, e in self.entries.items() if d in alive}
        write_private_json(self.path, {"version": self.version, "docs": self.entries})
        self.changed = False
