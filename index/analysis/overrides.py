"""The user's noise/content marks for a corpus, kept in the data directory, never in the corpus.

A mark is keyed by doc id and a hash of the block's text (whitespace-normalised), not by offsets,
so it survives edits elsewhere in the file and follows the block if it moves. The file is written
atomically (temp file + ``os.replace``) so a crash never leaves half a file; a corrupt file is
reported through ``error`` and treated as empty rather than stopping the reader.
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

    @classmethod
    def load(cls, corpus_root: Path, data_dir: Path | None = None) -> Overrides:
        path = overrides_path(Path(corpus_root), data_dir)
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
        self.marks.setdefault(doc, {})[block_key(block_text)] = {"mark": mark, "text": excerpt}

    def clear(self, doc: str, block_text: str | None = None) -> None:
        """Forget one block's mark, or every mark of ``doc`` when no block is given."""
        if block_text is None:
            self.marks.pop(doc, None)
            return
        per_doc = self.marks.get(doc)
        if per_doc is not None:
            per_doc.pop(block_key(block_text), None)
            if not per_doc:
                del self.marks[doc]

    def __len__(self) -> int:
        return sum(len(v) for v in self.marks.values())

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        payload = json.dumps(
            {"version": FORMAT_VERSION, "marks": self.marks}, ensure_ascii=False, indent=1, sort_keys=True
        )
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
        self.error = None


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
