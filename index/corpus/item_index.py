"""The items of a corpus's feeds and record exports, kept between runs so a folder listing does not
parse them again.

Listing a folder needs only each container's item keys (they make the doc ids) and its skipped
items (they are listed with their reasons); the items' text is read when an article is opened.
Parsing an export of 20,000 records for its keys took 1.6–2.2 s at every ``list`` and every start
of the app (acceptance report of issue #17). :class:`ItemIndex` keeps, per container file, what
its last parse gave, with the file's (mtime, size): while they are unchanged, the scan takes the
keys from here.

The file is input like any other (``<index_dir>/items.json``, plain JSON, never code): anything
malformed, of another version or with a key outside the doc-id alphabet is ignored and the
container parsed again.

It also keeps whether each small file (up to ``reader._BLANK_BYTES``) is blank, with its
(mtime, size): the scan opened every such file at every run to tell (20,000 files of ~250 bytes:
~1.8 s of every ``list`` and timeline, acceptance s14 #1); an unchanged file is not opened again.
"""

from __future__ import annotations

import json
import re
import threading
from pathlib import Path
from typing import Any

from waic_reader.index.corpus.formats import ItemSkip
from waic_reader.index.corpus.listing import read_private_text, write_private_json

ITEM_INDEX_FILE = "items.json"
# The keys of one parse depend on the reader's rules (item_keys, the record and feed readers):
# the cache is keyed by their version (READER_VERSION, passed in) and this file's layout.
# 2: each item's digest (formats.item_digest) kept beside its key.
LAYOUT = 2
# What item_keys can produce (letters, digits, ".", "_", "-"; at most 48 characters, a fallback
# a few more): a key read back from disk outside this is not used.
_KEY = re.compile(r"[A-Za-z0-9._-]{1,64}")


class ItemIndex:
    """Per container file (relative path): ``(mtime_ns, size)``, its item keys in order, its
    skipped items and its items' digests. Thread-safe; :meth:`save` writes only when something
    changed."""

    def __init__(self, path: Path | None, version: int) -> None:
        self.path = path
        self.version = f"{LAYOUT}:{version}"
        self._files: dict[str, list[Any]] = {}
        self._small: dict[str, list[Any]] = {}  # rel → [mtime_ns, size, blank]
        self._changed = False
        self._lock = threading.Lock()
        if path is not None:
            self._load(path)

    def _load(self, path: Path) -> None:
        try:
            data = json.loads(read_private_text(path))
        except FileNotFoundError:
            return
        except (OSError, ValueError, RecursionError):  # RecursionError: JSON nested too deep
            self._changed = True  # unreadable or not JSON: rewritten from the next parse
            return
        if not isinstance(data, dict) or data.get("version") != self.version or not isinstance(data.get("files"), dict):
            self._changed = True
            return
        self._files = data["files"]
        small = data.get("small")
        self._small = small if isinstance(small, dict) else {}

    def get(self, rel: str, mtime_ns: int, size: int) -> tuple[list[str], list[ItemSkip], list[int]] | None:
        """The keys, skipped items and items' digests (:func:`~.formats.item_digest`, one per
        key) of the container at ``rel`` when it was parsed as this very file (``mtime_ns``,
        ``size``); None when unknown, changed or malformed on disk."""
        hit = self._files.get(rel)
        if type(hit) is not list or len(hit) != 5 or hit[0] != mtime_ns or hit[1] != size:
            return None
        keys, skips, digests = hit[2], hit[3], hit[4]
        if type(keys) is not list or type(skips) is not list or type(digests) is not list:
            return None
        if not all(type(k) is str and _KEY.fullmatch(k) for k in keys) or len(set(keys)) != len(keys):
            return None
        if len(digests) != len(keys) or not all(type(d) is int and 0 <= d < 2**63 for d in digests):
            return None
        read: list[ItemSkip] = []
        for s in skips:
            if (
                type(s) is not list
                or len(s) != 3
                or type(s[0]) is not str
                or type(s[1]) is not str
                or type(s[2]) is not int
            ):
                return None
            read.append(ItemSkip(s[0], s[1], s[2]))
        return keys, read, digests

    def put(
        self, rel: str, mtime_ns: int, size: int, keys: list[str], skips: list[ItemSkip], digests: list[int]
    ) -> None:
        with self._lock:
            skipped = [[s.where, s.reason, s.number] for s in skips]
            self._files[rel] = [mtime_ns, size, keys, skipped, digests]
            self._changed = True

    def blank(self, rel: str, mtime_ns: int, size: int) -> bool | None:
        """Whether the small file at ``rel`` was blank when looked into as this very file
        (``mtime_ns``, ``size``); None when unknown, changed or malformed on disk."""
        hit = self._small.get(rel)
        if type(hit) is not list or len(hit) != 3 or hit[0] != mtime_ns or hit[1] != size or type(hit[2]) is not bool:
            return None
        return hit[2]

    def put_blank(self, rel: str, mtime_ns: int, size: int, blank: bool) -> None:
        with self._lock:
            self._small[rel] = [mtime_ns, size, blank]
            self._changed = True

    def keep_only(self, rels: set[str], small: set[str] | None = None) -> None:
        """Forget containers no longer in the folder (``rels``), and small files (``small``: the
        small files listed now; None: keep them all)."""
        with self._lock:
            gone = [r for r in self._files if r not in rels]
            for rel in gone:
                del self._files[rel]
            left = [r for r in self._small if r not in small] if small is not None else []
            for rel in left:
                del self._small[rel]
            self._changed = self._changed or bool(gone) or bool(left)

    def save(self) -> None:
        """Write the file atomically, private to the user (0600), if anything changed
        (:func:`~waic_reader.index.corpus.listing.write_private_json`). Raises OSError."""
        if self.path is None:
            return
        with self._lock:
            if not self._changed:
                return
            data = {"version": self.version, "files": dict(self._files), "small": dict(self._small)}
            self._changed = False
        write_private_json(self.path, data)
