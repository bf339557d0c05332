"""The corpus: a folder of article files, their metadata, and their text as blocks and sentences.

A corpus is a folder of ``.txt``/``.md`` files, one article each. The doc id is the file stem and
any unique prefix of it addresses the article. An optional ``corpus.yaml`` gives per-file
metadata; what it does not give (title, outlet) is derived from the text and flagged as derived.

Files are untrusted: special files are never opened, symlinks leaving the folder are never
followed, one bad file never stops the others; each skip has a reason.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from waic_reader.index.corpus.blocks import Block, Sentence, sentences_of, split_blocks, words
from waic_reader.index.corpus.text import normalize_newlines, one_line

ARTICLE_SUFFIXES = (".txt", ".md")
META_FILE = "corpus.yaml"
MAX_READ_BYTES = 2 * 1024 * 1024  # larger files are read up to this size and flagged truncated
META_FIELDS = ("title", "outlet", "date", "url")


class CorpusError(Exception):
    """A corpus-level problem the user must fix (missing folder, unknown doc, ...)."""


@dataclass(frozen=True, slots=True)
class Entry:
    doc: str
    path: Path
    size: int
    mtime_ns: int


@dataclass(frozen=True, slots=True)
class Skipped:
    path: str
    reason: str

    def to_json(self) -> dict[str, str]:
        return {"path": self.path, "reason": self.reason}


@dataclass
class Article:
    doc: str
    path: Path
    text: str
    encoding: str
    title: str
    title_derived: bool
    outlet: str | None
    outlet_derived: bool
    date: str | None = None
    url: str | None = None
    notes: list[str] = field(default_factory=list)  # e.g. lenient decoding, truncation

    @cached_property
    def blocks(self) -> list[Block]:
        return split_blocks(self.text)

    @cached_property
    def sentences(self) -> list[Sentence]:
        return sentences_of(self.blocks)

    @cached_property
    def word_count(self) -> int:
        return len(words(self.text))

    @property
    def label(self) -> str:
        """Short name for the article in lists and pane titles: the outlet, else the doc id."""
        return self.outlet or self.doc

    def block_at(self, offset: int) -> int | None:
        for i, b in enumerate(self.blocks):
            if b.start <= offset < b.end or offset == b.end:
                return i
        return None


# ---------------------------------------------------------------------------------------------
# Reading and decoding


_CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or b > 13)


def decode(raw: bytes) -> tuple[str, str, list[str]]:
    """Decode article bytes. Returns (text, encoding, notes); raises ValueError for binary data."""
    notes: list[str] = []
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace"), "utf-8-sig", notes
    for bom, codec in (
        (b"\xff\xfe\x00\x00", "utf-32-le"),
        (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
    ):
        if raw.startswith(bom):
            text = raw[len(bom) :].decode(codec, errors="replace")
            if "\ufffd" in text:
                notes.append(f"some bytes were not valid {codec} and were replaced")
            return text, codec, notes
    head = raw[:8192]
    if b"\x00" in head:
        raise ValueError("binary file (contains NUL bytes)")
    # Counted with bytes.translate (C speed): this runs on every file read, snippets included.
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    # Valid UTF-8 made mostly of control bytes is binary too; ESC is left out of this count so
    # that text with (hostile or coloured) escape sequences is still read, and shown visibly.
    if head and (controls - head.count(0x1B)) / len(head) > 0.30:
        raise ValueError("binary file (mostly control bytes)")
    try:
        return raw.decode("utf-8"), "utf-8", notes
    except UnicodeDecodeError as exc:
        if exc.start >= len(raw) - 3 and len(raw) >= MAX_READ_BYTES:
            # Truncation cut a multi-byte character in half; that is not a bad encoding.
            return raw[: exc.start].decode("utf-8"), "utf-8", notes
    if head and controls / len(head) > 0.05:
        raise ValueError("binary file (mostly control bytes)")
    text = raw.decode("cp1252", errors="replace")
    notes.append("not valid UTF-8: decoded leniently as Windows-1252")
    return text, "cp1252", notes


def _link_target(path: Path, root: Path) -> Path:
    """Where the symlink ``path`` leads, if that is inside ``root``; ValueError otherwise.

    Loops, dangling links and targets outside the corpus are reasons to skip, never crashes.
    """
    try:
        target = Path(os.path.realpath(path, strict=True))
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ValueError("symlink loop (not followed)") from None
        if isinstance(exc, FileNotFoundError):
            raise ValueError("dangling symlink") from None
        raise
    if not target.is_relative_to(root):
        raise ValueError("symlink leads outside the corpus (not followed)")
    return target


def _read_regular(path: Path, root: Path) -> tuple[bytes, int]:
    """Read a regular file inside ``root`` without following links out or opening devices."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    if path.is_symlink():
        path = _link_target(path, root)
    # The final component is never a link here (a resolved target, or a plain file), so a link
    # swapped in after the checks makes the open fail instead of being followed.
    flags |= getattr(os, "O_NOFOLLOW", 0)
    st = os.stat(path, follow_symlinks=False)
    if not stat.S_ISREG(st.st_mode):
        raise ValueError("not a regular file")
    fd = os.open(path, flags)
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise ValueError("not a regular file")
        with os.fdopen(fd, "rb", closefd=False) as fh:
            raw = fh.read(MAX_READ_BYTES)
    finally:
        os.close(fd)
    return raw, st.st_size


# ---------------------------------------------------------------------------------------------
# Deriving title and outlet from the text

_POWERED = re.compile(r"^\s*(?:powered by|source:|via)\s+(?P<name>[\w.&' -]{2,60}?)\s*\.?\s*$", re.I)
_DATELINE = re.compile(r"^[A-Z][A-Za-z .,'-]{1,40}\((?P<name>[A-Z][A-Za-z&. ]{1,30})\)\s*[-–—]")
_CAPWORD = re.compile(r"^(?:[A-Z][\w&.'-]*|of|the|and|&)$")


def derive_outlet(blocks: list[Block]) -> str | None:
    """The outlet a text names for itself: a "Powered by" line, a wire dateline, a byline."""
    for b in blocks:
        m = _POWERED.match(b.text)
        if m and len(m.group("name").split()) <= 5:
            return m.group("name").strip()
    for b in blocks[:8]:
        m = _DATELINE.match(b.text)
        if m:
            return m.group("name").strip()
    head = blocks[:6]
    for i, b in enumerate(head):
        line = b.text.strip()
        tokens = line.split()
        if b.kind == "title" or not 1 <= len(tokens) <= 4 or line.endswith((".", ":", "?", "!", ",")):
            continue
        # "By Jane Doe" names an author, not an outlet.
        if tokens[0].lower() == "by" or not all(_CAPWORD.match(t) for t in tokens):
            continue
        repeated = sum(1 for other in head if other.text.strip() == line) > 1
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        before_prose = nxt is not None and nxt.kind == "paragraph" and len(words(nxt.text)) > 12
        # A byline repeated (as syndicated copy often has it), or a short name set above the prose.
        if repeated or (before_prose and len(tokens) <= 3 and i <= 2):
            return line
    return None


def derive_title(blocks: list[Block], sentences: list[Sentence]) -> str | None:
    for b in blocks:
        if b.kind == "title":
            return one_line(b.text.lstrip("# "), 120)
        break
    # Each block is judged once, not once per sentence: a one-paragraph 2 MB file has a hundred
    # thousand sentences, and counting its words for each of them takes minutes.
    prose: dict[int, bool] = {}
    for s in sentences:
        ok = prose.get(s.block)
        if ok is None:
            b = blocks[s.block]
            ok = prose[s.block] = b.kind == "paragraph" and len(words(b.text)) >= 12
        if ok:
            return one_line(s.text, 90)
    return one_line(blocks[0].text, 90) if blocks else None


# ---------------------------------------------------------------------------------------------
# The corpus


@dataclass
class Corpus:
    root: Path
    entries: dict[str, Entry]
    skipped: list[Skipped]
    # corpus.yaml, read on first use: listing the folder (what the library first paints) needs
    # neither the file nor the YAML parser.
    _meta: tuple[dict[str, dict[str, str]], list[str]] | None = field(default=None, repr=False)
    _cache: dict[str, Article] = field(default_factory=dict, repr=False)

    @property
    def metadata(self) -> dict[str, dict[str, str]]:
        """Per-file metadata from ``corpus.yaml`` (file name → field → value)."""
        return self._metadata()[0]

    @property
    def meta_errors(self) -> list[str]:
        """Why parts of ``corpus.yaml`` were ignored (file:line:col: reason)."""
        return self._metadata()[1]

    def _metadata(self) -> tuple[dict[str, dict[str, str]], list[str]]:
        if self._meta is None:
            self._meta = load_metadata(self.root)
        return self._meta

    @classmethod
    def scan(cls, root: Path | str) -> Corpus:
        root = Path(root).expanduser()
        if not root.exists():
            raise CorpusError(f"corpus folder not found: {root}")
        if not root.is_dir():
            raise CorpusError(f"not a folder: {root}")
        root = root.resolve()
        entries: dict[str, Entry] = {}
        skipped: list[Skipped] = []
        try:
            names = sorted(os.listdir(root))
        except OSError as exc:
            raise CorpusError(f"cannot list {root}: {exc.strerror or exc}") from None
        for name in names:
            path = root / name
            if not name.lower().endswith(ARTICLE_SUFFIXES) or name.startswith("."):
                continue
            try:
                st = os.stat(path, follow_symlinks=False)
                if stat.S_ISLNK(st.st_mode):
                    st = os.stat(_link_target(path, root), follow_symlinks=False)
                if stat.S_ISDIR(st.st_mode):
                    raise ValueError("a directory, not a file")
                if not stat.S_ISREG(st.st_mode):
                    raise ValueError("not a regular file (FIFO, device or socket)")
            except ValueError as exc:
                skipped.append(Skipped(name, str(exc)))
                continue
            except OSError as exc:
                skipped.append(Skipped(name, exc.strerror or str(exc)))
                continue
            doc = Path(name).stem
            if doc in entries:
                doc = name
            entries[doc] = Entry(doc, path, st.st_size, st.st_mtime_ns)
        return cls(root, entries, skipped)

    @property
    def docs(self) -> list[str]:
        return list(self.entries)

    def resolve(self, ref: str) -> str:
        """The doc id for ``ref``: an exact id, a file name, or a unique prefix of an id."""
        if ref in self.entries:
            return ref
        by_name = [d for d, e in self.entries.items() if e.path.name == ref]
        if len(by_name) == 1:
            return by_name[0]
        matches = [d for d in self.entries if d.startswith(ref)] if ref else []
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise CorpusError(f"no article matches {ref!r}")
        shown = ", ".join(matches[:5]) + (" …" if len(matches) > 5 else "")
        raise CorpusError(f"{ref!r} is ambiguous: {shown}")

    def article(self, doc: str) -> Article:
        """Load (and cache) one article; raises CorpusError if it cannot be read."""
        cached = self._cache.get(doc)
        if cached is not None:
            return cached
        entry = self.entries.get(doc)
        if entry is None:
            raise CorpusError(f"no article {doc!r}")
        article = load_article(entry, self.root, self.metadata.get(entry.path.name, {}))
        self._cache[doc] = article
        return article

    def forget(self, doc: str) -> None:
        self._cache.pop(doc, None)

    def articles(self) -> list[Article]:
        """Every readable article; unreadable ones are moved to ``skipped``."""
        out = []
        for doc in list(self.entries):
            try:
                out.append(self.article(doc))
            except CorpusError as exc:
                self.skipped.append(Skipped(self.entries[doc].path.name, str(exc)))
                del self.entries[doc]
        return out


def load_article(entry: Entry, root: Path, meta: dict[str, str]) -> Article:
    try:
        raw, size = _read_regular(entry.path, root)
        text, encoding, notes = decode(raw)
    except ValueError as exc:
        raise CorpusError(str(exc)) from None
    except OSError as exc:
        raise CorpusError(exc.strerror or str(exc)) from None
    if size > MAX_READ_BYTES:
        notes.append(f"file is {size:,} bytes; only the first {MAX_READ_BYTES:,} are read")
    text = normalize_newlines(text)
    article = Article(entry.doc, entry.path, text, encoding, "", True, None, True, notes=notes)
    title = meta.get("title")
    if title:
        article.title, article.title_derived = title, False
    else:
        article.title = derive_title(article.blocks, article.sentences) or entry.doc
    outlet = meta.get("outlet")
    if outlet:
        article.outlet, article.outlet_derived = outlet, False
    else:
        article.outlet = derive_outlet(article.blocks)
    article.date = meta.get("date")
    article.url = meta.get("url")
    return article


def load_metadata(root: Path) -> tuple[dict[str, dict[str, str]], list[str]]:
    """Read ``corpus.yaml``: ``articles: {file name: {title, outlet, date, url}}``.

    Errors name file, line and column; whatever is valid is still used.
    """
    path = root / META_FILE
    if not path.exists():
        return {}, []
    from waic_reader.index import yamlio  # here: the YAML parser costs start-up time otherwise

    try:
        data, node = yamlio.load_file_with_node(path)
    except yamlio.YamlError as exc:
        return {}, [str(exc)]
    errors: list[str] = []

    def err(message: str, *keys: object) -> None:
        line, col = yamlio.position(node, *keys)
        errors.append(f"{path}:{line}:{col}: {message}" if line else f"{path}: {message}")

    if data is None:
        return {}, []
    if not isinstance(data, dict):
        err("expected a mapping with an 'articles' key")
        return {}, errors
    articles = data.get("articles", {})
    if not isinstance(articles, dict):
        err("'articles' must be a mapping of file name to metadata", "articles")
        return {}, errors
    out: dict[str, dict[str, str]] = {}
    for name, fields in articles.items():
        if not isinstance(name, str):
            err(f"article key {name!r} must be a file name", "articles")
            continue
        if not isinstance(fields, dict):
            err(f"metadata for {name!r} must be a mapping", "articles", name)
            continue
        clean: dict[str, str] = {}
        for key, value in fields.items():
            if key not in META_FIELDS:
                err(f"unknown field {key!r} (known: {', '.join(META_FIELDS)})", "articles", name, key)
                continue
            if hasattr(value, "isoformat"):
                value = value.isoformat()
            if not isinstance(value, str | int | float) or isinstance(value, bool):
                err(f"{key!r} must be text", "articles", name, key)
                continue
            clean[key] = one_line(str(value), 300)
        out[name] = clean
    return out, errors


def word_count(article: Article, spans: list[tuple[int, int]] | None = None) -> int:
    if spans is None:
        return article.word_count
    return sum(len(words(article.text[s:e])) for s, e in spans)


def to_show_json(article: Article) -> dict[str, Any]:
    return {
        "doc": article.doc,
        "title": article.title,
        "title_derived": article.title_derived,
        "outlet": article.outlet,
        "outlet_derived": article.outlet_derived,
        "date": article.date,
        "url": article.url,
        "path": str(article.path),
        "encoding": article.encoding,
        "notes": article.notes,
        "text": article.text,
        "blocks": [b.to_json() for b in article.blocks],
    }
