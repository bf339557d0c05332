"""The user's noise/content marks for a corpus, kept in the data directory, never in the corpus.

A mark is keyed by doc id and a hash of the block's text (whitespace-normalised), not by offsets,
so it survives edits elsewhere in the file and follows the block if it moves. The file is written
atomically (temp file + ``os.replace``) so a crash never leaves half a file; a corrupt file is
reported through ``error`` and treated as empty rather than stopping the reader.

Several processes (two TUIs, a TUI and a script) may mark the same corpus: :meth:`Overrides.save`
takes a lock beside the file, reads it again and applies this process's own changes on top, so
no process's marks are lost (last writer wins only for the same block).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from waic_reader.index.locking import lock_file
from waic_reader.index.paths import corpus_key
from waic_reader.index.paths import data_dir as default_data_dir

MARKS = ("noise", "content")
FORMAT_VERSION = 1


def block_key(block_text: str) -> str:
    normalized = " ".join(block_text.split())
    return hashlib.sha256(normalized.encode("utf-8", "surrogatepass")).hexdigest()[:24]


def overrides_path(corpus_root: Path, data_dir: Path | None = None) -> Path:
    return (data_dir or default_data_dir()) / "overrides" / f"{corpus_key(corpus_root)}.json"


@dataclass
class Overrides:
    path: Path
    # doc id -> block key -> {"mark": "noise"|"content", "text": excerpt for people reading the file}
    marks: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict)
    error: str | None = None
    # This process's changes not yet saved, in order: (doc, block key or None for every block of
    # the doc, the entry or None to remove). Replayed onto the file's current content on save.
    _changes: list[tuple[str, str | None, dict[str, str] | None]] = field(default_factory=list, repr=False)

    @classmethod
    def load(cls, corpus_root: Path, data_dir: Path | None = None) -> Overrides:
        return cls._read(overrides_path(Path(corpus_root), data_dir))

    @classmethod
    def _read(cls, path: Path) -> Overrides:
        try:
            raw = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return cls(path)
        except (OSError, UnicodeDecodeError) as exc:
            return cls(path, error=f"cannot read noise marks {path}: {exc}")
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            return cls(path, error=f"noise marks file {path} is not valid JSON ({exc}); ignoring it")
        marks, problem = _parse(data)
        return cls(path, marks, None if problem is None else f"noise marks file {path}: {problem}")

    def get(self, doc: str, block_text: str) -> str | None:
        entry = self.marks.get(doc, {}).get(block_key(block_text))
        return entry["mark"] if entry else None

    def mark(self, doc: str, block_text: str, mark: str) -> None:
        if mark not in MARKS:
            raise ValueError(f"mark must be one of {', '.join(MARKS)}, not {mark!r}")
        excerpt = " ".join(block_text.split())[:80]
        self._change(doc, block_key(block_text), {"mark": mark, "text": excerpt})

    def clear(self, doc: str, block_text: str | None = None) -> None:
        """Forget one block's mark, or every mark of ``doc`` when no block is given."""
        self._change(doc, None if block_text is None else block_key(block_text), None)

    def _change(self, doc: str, key: str | None, entry: dict[str, str] | None) -> None:
        _apply(self.marks, doc, key, entry)
        self._changes.append((doc, key, entry))

    def mark_and_save(self, doc: str, block_text: str, mark: str) -> None:
        """Mark a block and save at once; if the save fails (``OSError``) the mark is not kept."""
        before = {k: dict(v) for k, v in self.marks.get(doc, {}).items()}
        pending = len(self._changes)
        self.mark(doc, block_text, mark)
        try:
            self.save()
        except BaseException:
            del self._changes[pending:]
            if before:
                self.marks[doc] = before
            else:
                self.marks.pop(doc, None)
            raise

    def __len__(self) -> int:
        return sum(len(v) for v in self.marks.values())

    def save(self) -> None:
        """Write the marks: the file as another process may have saved it since it was read,
        with this process's changes applied on top (under a lock beside the file).

        ``OSError`` when the folder cannot be written; the changes are then still pending.
        """
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with lock_file(self.path.with_name(f".{self.path.name}.lock")):
            disk = Overrides._read(self.path)
            merged = disk.marks if disk.error is None else self.marks
            if disk.error is None:
                for doc, key, entry in self._changes:
                    _apply(merged, doc, key, entry)
            self._write(merged)
        self.marks = merged
        self._changes = []
        self.error = None

    def _write(self, marks: dict[str, dict[str, dict[str, str]]]) -> None:
        payload = json.dumps({"version": FORMAT_VERSION, "marks": marks}, ensure_ascii=False, indent=1, sort_keys=True)
        fd, tmp = tempfile.mkstemp(prefix=".overrides-", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(payload)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, self.path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise


def _apply(
    marks: dict[str, dict[str, dict[str, str]]], doc: str, key: str | None, entry: dict[str, str] | None
) -> None:
    if key is None:
        marks.pop(doc, None)
    elif entry is not None:
        marks.setdefault(doc, {})[key] = entry
    else:
        per_doc = marks.get(doc)
        if per_doc is not None:
            per_doc.pop(key, None)
            if not per_doc:
                del marks[doc]


def _parse(data: Any) -> tuple[dict[str, dict[str, dict[str, str]]], str | None]:
    """Keep every well-formed mark; report (once) that some were not."""
    if not isinstance(data, dict) or not isinstance(data.get("marks"), dict):
        return {}, "expected an object with a 'marks' object; ignoring it"
    out: dict[str, dict[str, dict[str, str]]] = {}
    bad = 0
    for doc, per_doc in data["marks"].items():
        if not isinstance(per_doc, dict):
            bad += 1
            continue
        for key, entry in per_doc.items():
            if isinstance(entry, dict) and entry.get("mark") in MARKS and isinstance(key, str):
                out.setdefault(doc, {})[key] = {"mark": entry["mark"], "text": str(entry.get("text", ""))}
            else:
                bad += 1
    return out, (f"{bad} malformed mark(s) ignored" if bad else None)
