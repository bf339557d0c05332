"""The user's noise/content marks, kept in the data directory, never in the corpus.

Marks follow the articles, not the folder they sit in. One file holds every corpus's marks
(``<data dir>/overrides/marks.json``); a mark is keyed by

* the **article**: a SHA-256 of its text, with its doc id, the corpora it was marked in (their
  :func:`~waic_reader.index.paths.corpus_key`: folder name + hash of the folder's path) and a
  fingerprint (short hashes of its blocks' texts), and
* the **block**: a SHA-256 of the block's text, whitespace-normalised (:func:`block_key`), and
  which copy of that text in the article it is (:func:`occurrence_key`: ``<key>.<n>`` after the
  first; ``<key>.*``, every copy, for marks of format 2, which were their text's).

An entry is kept under ``<text hash>:<doc id>``: two files of one text are two articles, and an
entry made on a text under another doc id is an article's only when that doc id's file is gone
from the corpus (a renamed file; :attr:`Overrides.doc_exists`), never a copy's while the marked
file is there (s29-h, t13o F5: the same wire story in two files was hidden in both), nor that of
a file that held the text when the mark was made (the entry's ``twins``) after it is renamed.

An article's marks are those of the entry with its very text (in whichever corpus they were made:
renaming or moving the corpus folder, copying it, or moving a file into a subfolder keeps them) and,
**in the same corpus only**, those made under its doc id before it was edited: at least half of
the entry's fingerprint still among its blocks (or an entry marked without the text, by a script).
Two corpora that share doc ids (``A/001.txt``, ``B/001.txt``) never see each other's marks. A mark
whose block is no longer in its article is an **orphan**: :meth:`Overrides.orphans` lists it, so
the CLI and the TUI can say so. A mark is lost silently only when an article is edited after its
folder was renamed, moved or copied (before any new mark in it) and more than a quarter of its
blocks were changed (:meth:`Entry.copied_to`: a copy keeps the marks of its unchanged blocks and
lists the others as orphans; so does an article moved into another folder of its corpus and
edited), edited and renamed to another file name, or deleted. Entries written
before corpora were recorded match by text hash only, until a new mark in that article records
its corpus.

The file is written atomically (temp file + ``os.replace``) so a crash never leaves half a file;
a corrupt file is reported through ``error`` and treated as empty rather than stopping the reader.
The marks files of earlier versions (one per corpus folder path, ``<corpus key>.json``, keyed by
doc id and block key) are migrated on first load: validated, rewritten into ``marks.json``, then
renamed to ``….json.migrated``.

Several processes (two TUIs, a TUI and a script) may mark at once: :meth:`Overrides.save` takes
a lock beside the file, reads it again and replays this process's own changes on top, so no
process's marks are lost (last writer wins only for the same block); :meth:`Overrides.refresh`
(the analyser calls it before every analysis) takes in another process's saved marks.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import tempfile
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from waic_reader.index.locking import lock_file
from waic_reader.index.paths import corpus_key
from waic_reader.index.paths import data_dir as default_data_dir

MARKS = ("noise", "content")
FORMAT_VERSION = 3
READ_VERSIONS = (2, 3)  # version 2: no occurrence in block keys, slots by text hash alone
MARKS_FILE = "marks.json"
_KEY = re.compile(r"[0-9a-f]{24}(?:\.(?:[0-9]{1,6}|\*))?")
EVERY = ".*"  # a block key's suffix for every copy of its text in the article (older marks)
_SHORT = 12  # hex digits of a fingerprint's block hashes: enough to tell an article's blocks apart


class _Block(Protocol):
    @property
    def text(self) -> str: ...


class ArticleLike(Protocol):
    """What marks need of an article (``corpus.reader.Article`` is one)."""

    @property
    def doc(self) -> str: ...

    @property
    def text(self) -> str: ...

    @property
    def blocks(self) -> Sequence[_Block]: ...


def doc_name(doc: str) -> str:
    """A doc id's file name, without its folders: what stays when a file moves between the
    corpus's folders ("sub/bbc_kb" -> "bbc_kb")."""
    return doc.rsplit("/", 1)[-1]


def block_key(block_text: str) -> str:
    """24 hex digits of the SHA-256 of the block's text with runs of whitespace made one space."""
    normalized = " ".join(block_text.split())
    return hashlib.sha256(normalized.encode("utf-8", "surrogatepass")).hexdigest()[:24]


def occurrence_key(block_text: str, occurrence: int) -> str:
    """The key of one block of an article by its text and which copy of that text in the article
    it is (s29-h: marking one of two identical paragraphs hid both, and the same paragraph in
    another file): :func:`block_key` for the first, ``"<block key>.<n>"`` for the n-th after it.
    ``"<block key>.*"`` (:data:`EVERY`) is a mark made before format 3, when a mark was its
    text's: it stays on every copy of that text in the article it was made on (the user saw them
    all hidden, and which one was chosen is not known), no longer in other articles."""
    key = block_key(block_text)
    return key if occurrence == 0 else f"{key}.{occurrence}"


def article_block_keys(blocks: Sequence[_Block]) -> list[tuple[str, str]]:
    """``(key of every copy, occurrence key)`` of each of ``blocks`` (an article's, in order)."""
    seen: dict[str, int] = {}
    out = []
    for b in blocks:
        key = block_key(b.text)
        n = seen.get(key, 0)
        seen[key] = n + 1
        out.append((key + EVERY, key if n == 0 else f"{key}.{n}"))
    return out


def mark_of(marks: dict[str, str], keys: tuple[str, str]) -> str | None:
    """A block's mark in ``marks`` (:meth:`Overrides.for_article`): its own, else an older mark
    of every copy of its text."""
    return marks.get(keys[1]) or marks.get(keys[0])


def text_key(text: str) -> str:
    """24 hex digits of the SHA-256 of a whole article's text (as read: ``Article.text``)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:24]


def marks_path(data_dir: Path | None = None) -> Path:
    """The one marks file of every corpus."""
    return (data_dir or default_data_dir()) / "overrides" / MARKS_FILE


def legacy_path(corpus_root: Path, data_dir: Path | None = None) -> Path:
    """Where version 1 kept a corpus's marks: a file named after the folder's path."""
    return (data_dir or default_data_dir()) / "overrides" / f"{corpus_key(corpus_root)}.json"


@dataclass(frozen=True)
class ArticleId:
    """An article as marks know it: doc id (a hint), text hash ("" if unknown) and fingerprint."""

    doc: str
    sha: str = ""
    blocks: frozenset[str] = frozenset()
    corpus: str = ""  # the corpus key of the folder it was read from ("" if unknown)
    # Whether a doc id is an article of the corpus now (None: unknown): an entry made on the same
    # text under another doc id is this article's only when its own file is gone (a renamed
    # file), not when it is still there (a copy: the same wire story carried by two outlets).
    exists: Callable[[str], bool] | None = field(default=None, compare=False, hash=False)
    # The other files of the corpus holding this very text when it was marked (copies): after the
    # marked file is renamed, they are not it (:attr:`Entry.twins`).
    twins: frozenset[str] = field(default=frozenset(), compare=False, hash=False)

    @classmethod
    def of(
        cls,
        article: ArticleLike,
        corpus: str = "",
        exists: Callable[[str], bool] | None = None,
        twins: frozenset[str] = frozenset(),
    ) -> ArticleId:
        blocks = frozenset(block_key(b.text)[:_SHORT] for b in article.blocks)
        return cls(article.doc, text_key(article.text), blocks, corpus, exists, twins)

    @property
    def slot(self) -> str:
        """The entry's key in the file: the text hash and doc id, ``<sha>:<doc id>`` (two files of
        one text are two articles), or ``doc:<corpus key>:<doc id>`` when the text is unknown
        (``doc:<doc id>`` when the corpus is unknown too)."""
        if self.sha:
            return f"{self.sha}:{self.doc}"
        return f"doc:{self.corpus}:{self.doc}" if self.corpus else f"doc:{self.doc}"


@dataclass
class Entry:
    """One article's marks: ``marks`` maps a block key to ``{"mark": …, "text": excerpt}``;
    ``corpora`` are the corpus keys of the folders it was marked in (empty: written before
    they were recorded)."""

    doc: str
    sha: str = ""
    fingerprint: frozenset[str] = frozenset()
    marks: dict[str, dict[str, str]] = field(default_factory=dict)
    corpora: frozenset[str] = frozenset()
    # Other files of the corpus that held the very text when it was marked: never this article,
    # even once its own file is renamed (which of the copies was marked is known by them alone).
    twins: frozenset[str] = frozenset()

    def belongs_to(self, art: ArticleId) -> bool:
        """Whether these marks were made on ``art``: on its very text (in any corpus), or in its
        corpus under its doc id before it was edited (half of the fingerprint's blocks kept)."""
        if self.sha and self.sha == art.sha:
            # The same text: this very file (its folder renamed or moved, or another corpus), or
            # the file renamed; never another file of this text while the marked one is there.
            if self.doc == art.doc:
                return True
            return (art.exists is None or not art.exists(self.doc)) and art.doc not in self.twins
        if self.doc != art.doc or not art.corpus or art.corpus not in self.corpora:
            return False  # another corpus's article with the same doc id is another article
        if not self.fingerprint or not art.blocks:  # marked without the text (scripts, old files)
            return True
        return len(self.fingerprint & art.blocks) * 2 >= len(self.fingerprint)

    def copied_to(self, art: ArticleId) -> bool:
        """Whether ``art`` is a copy of the article these marks were made on, moved and edited
        since: in another corpus, or in a folder of its own corpus under another (issue 13 F5:
        ``mv bbc_kb.txt sub/`` then an edit lost the marks silently); the same file name
        (:func:`doc_name`: the doc id's last part) and all but a few of the fingerprint's blocks
        kept (at most one in four lost, or one). A copied or moved corpus, or a file moved into
        a subfolder, whose article was then edited keeps the marks of its unchanged blocks;
        unrelated articles with one name share too few blocks to match."""
        if doc_name(self.doc) != doc_name(art.doc) or not self.fingerprint or not art.blocks or self.belongs_to(art):
            return False
        if self.doc != art.doc and art.exists is not None and art.exists(self.doc):
            return False  # the marked file is still here: this one is another copy (s29-h)
        lost = len(self.fingerprint - art.blocks)
        return lost < len(self.fingerprint) and lost <= max(1, len(self.fingerprint) // 4)

    def to_json(self) -> dict[str, Any]:
        out = {
            "doc": self.doc,
            "sha": self.sha,
            "corpora": sorted(self.corpora),
            "blocks": sorted(self.fingerprint),
            "marks": self.marks,
        }
        if self.twins:
            out["twins"] = sorted(self.twins)
        return out


@dataclass(frozen=True)
class OrphanMark:
    """A mark whose block is no longer in its article (the block's text was edited or removed)."""

    doc: str  # the article it belongs to now
    mark: str  # "noise" | "content"
    text: str  # the start of the marked block's text as it was (at most 80 characters)
    block: str  # the block key

    def to_json(self) -> dict[str, str]:
        return {"doc": self.doc, "mark": self.mark, "text": self.text, "block": self.block}


def orphans_said(count: int, marks: str = "marks") -> str:
    """The sentence the CLI and the app open a list of ``count`` orphan marks with, its verb and
    pronoun agreeing: "1 of your marks no longer matches any block (its text was edited or
    removed)", "2 of your marks no longer match any block (their text was edited or removed)"."""
    one = count == 1
    return (
        f"{count} of your {marks} no longer {'matches' if one else 'match'} any block "
        f"({'its' if one else 'their'} text was edited or removed)"
    )


Store = dict[str, Entry]  # slot -> entry
# A change: the article (None: every article with this doc id), the block key (None: all its
# blocks) and the new entry (None: remove).
Change = tuple[ArticleId, str | None, dict[str, str] | None]


@dataclass
class Overrides:
    path: Path
    entries: Store = field(default_factory=dict)
    error: str | None = None
    corpus: str = ""  # the corpus key of the folder these marks are read for (see ``load``)
    # Whether a doc id is an article of that corpus now (the analyser sets it; None: unknown, an
    # entry made on an article's very text under any doc id is then its).
    doc_exists: Callable[[str], bool] | None = field(default=None, repr=False, compare=False)
    # The other files of that corpus holding an article's very text (the analyser sets it; read
    # when a mark is made: :attr:`Entry.twins`).
    doc_twins: Callable[[ArticleLike], frozenset[str]] | None = field(default=None, repr=False, compare=False)
    # Moves on with every change of ``entries`` (a mark, a save that took in another process's
    # marks): what a result computed from the marks was made from (the fact sheet's memo).
    revision: int = 0
    # This process's changes not yet saved, in order; replayed onto the file's content on save.
    _changes: list[Change] = field(default_factory=list, repr=False)
    # Threads (the reader's mark worker, the index build, the open article) share one Overrides:
    # a change publishes a new ``entries`` dict and never alters one that was published (nor its
    # entries), so readers take ``self.entries`` once, lock-free; changes take this lock.
    _writing: threading.RLock = field(default_factory=threading.RLock, repr=False, compare=False)
    # The file as this process last read or wrote it (mtime, size, inode; None: no file): another
    # process's save changes it, and :meth:`refresh` reads the file again.
    _seen: tuple[int, int, int] | None = field(default=None, repr=False, compare=False)

    @classmethod
    def load(
        cls,
        corpus_root: Path,
        data_dir: Path | None = None,
        article: Callable[[str], ArticleLike | None] | None = None,
    ) -> Overrides:
        """The marks in the data directory; a version 1 file of ``corpus_root`` is migrated
        first, ``article(doc)`` giving each marked article (or None if it cannot be read:
        its marks then follow the doc id only). Problems are in ``error``, never raised."""
        path = marks_path(data_dir)
        key = corpus_key(Path(corpus_root))
        old = legacy_path(Path(corpus_root), data_dir)
        problem = None
        if old.exists():
            problem = _migrate(old, path, key, article or (lambda doc: None))
        loaded = cls._read(path)
        loaded.corpus = key
        if problem and loaded.error is None:
            loaded.error = problem
        return loaded

    @classmethod
    def _read(cls, path: Path) -> Overrides:
        seen = _stamp(path)  # before reading: a save in between makes the next refresh read again
        try:
            raw = path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return cls(path, _seen=seen)
        except (OSError, UnicodeDecodeError) as exc:
            return cls(path, error=f"cannot read noise marks {path}: {exc}", _seen=seen)
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            return cls(path, error=f"noise marks file {path} is not valid JSON ({exc}); ignoring it", _seen=seen)
        entries, problem = _parse(data)
        return cls(path, entries, None if problem is None else f"noise marks file {path}: {problem}", _seen=seen)

    def changed_on_disk(self) -> bool:
        """Whether the marks file is no longer the one this process last read or wrote (another
        process saved marks): one ``stat``, nothing read; :meth:`refresh` takes them in."""
        return _stamp(self.path) != self._seen

    def refresh(self) -> bool:
        """Read the marks file again if it changed on disk since this process read or wrote it
        (another process saved marks; one ``stat``: mtime, size and inode, as ``os.replace``
        makes a new file), with this process's unsaved changes replayed on top. True when the
        marks may differ now (``revision`` moved on). A file that cannot be read now keeps the
        marks as they were (``error`` says why)."""
        if _stamp(self.path) == self._seen:
            return False
        disk = Overrides._read(self.path)
        with self._writing:
            self._seen = disk._seen
            if disk.error is not None:
                self.error = disk.error
                return False
            merged = disk.entries
            for art, key, entry in self._changes:
                _apply(merged, art, key, entry)
            self.entries = merged
            self.revision += 1
        return True

    # -- reading -------------------------------------------------------------------------------

    def for_article(self, article: ArticleLike) -> dict[str, str]:
        """Block key -> mark for every mark made on ``article`` (see :class:`Entry.belongs_to`)."""
        entries = self.entries
        if not entries:
            return {}
        art = ArticleId.of(article, self.corpus, self.doc_exists)
        out: dict[str, str] = {}
        own = _entries_of(entries, art)
        # The entry made on this very text under this doc id (``<sha>:<doc>``; a version 2 file's
        # under the text hash alone) wins over older ones.
        exact = next((e for e in own if e.sha == art.sha and e.doc == art.doc), None)
        for entry in own:
            if entry is not exact:
                out.update((k, v["mark"]) for k, v in entry.marks.items())
        if exact is not None:  # the marks made on this very text win over older ones
            out.update((k, v["mark"]) for k, v in exact.marks.items())
        return out

    def get(self, doc: str, block_text: str, article: ArticleLike | None = None) -> str | None:
        """The mark of one block: of ``article`` if given, else of any article of this corpus
        with doc id ``doc``."""
        keys = (block_key(block_text) + EVERY, block_key(block_text))  # its first copy
        if article is not None:
            return mark_of(self.for_article(article), keys)
        for entry in _entries_of(self.entries, ArticleId(doc, corpus=self.corpus)):
            found = mark_of({k: v["mark"] for k, v in entry.marks.items()}, keys)
            if found is not None:
                return found
        return None

    def orphans(self, article: ArticleLike) -> list[OrphanMark]:
        """The marks made on ``article`` whose block is no longer in it, in file order."""
        entries = self.entries
        if not entries:
            return []
        present = {k for keys in article_block_keys(article.blocks) for k in keys}
        art = ArticleId.of(article, self.corpus, self.doc_exists)
        seen: set[str] = set()
        out = []
        for entry in _entries_of(entries, art):
            for key, v in entry.marks.items():
                if key not in present and key not in seen:
                    seen.add(key)
                    out.append(OrphanMark(article.doc, v["mark"], v.get("text", ""), key.removesuffix(EVERY)))
        return out

    def unclaimed(self, articles: Sequence[ArticleLike], docs_here: set[str]) -> list[OrphanMark]:
        """Orphans :meth:`orphans` cannot see: marks of an entry no article of ``articles`` takes
        (neither its own nor an edited copy's, :func:`_entries_of`) but made on one of them or
        on a file gone from this corpus (t13c fault 5: a folder renamed, then the marked block
        edited, left "orphan_marks" empty). Such an entry is of an article here when it has that
        article's doc id and was marked in this corpus, or keeps half its fingerprint's blocks (a
        renamed folder's; as :meth:`Entry.belongs_to` asks in one corpus); of a deleted file when it was marked in this corpus under a doc id not in
        ``docs_here`` (every doc id of the corpus). Each mark whose block the article no longer
        has is listed, every mark of a deleted file."""
        entries = self.entries
        if not entries:
            return []
        ids = {a.doc: (a, ArticleId.of(a, self.corpus, self.doc_exists)) for a in articles}
        claimed = {id(e) for _a, art in ids.values() for e in _entries_of(entries, art)}
        out: list[OrphanMark] = []
        for entry in entries.values():
            if id(entry) in claimed:
                continue
            here = ids.get(entry.doc)
            if here is not None:
                article, art = here
                kept = len(entry.fingerprint & art.blocks)
                if self.corpus not in entry.corpora and (not entry.fingerprint or kept * 2 < len(entry.fingerprint)):
                    continue  # another corpus's article of the same doc id (never each other's marks)
                present = {k for keys in article_block_keys(article.blocks) for k in keys}
                marks = [(k, v) for k, v in entry.marks.items() if k not in present]
            elif self.corpus in entry.corpora and entry.doc not in docs_here:
                marks = list(entry.marks.items())  # the file is gone
            else:
                continue
            out.extend(OrphanMark(entry.doc, v["mark"], v.get("text", ""), k.removesuffix(EVERY)) for k, v in marks)
        return out

    def docs(self) -> set[str]:
        """The doc ids the marks were made under (hints: an article may have moved since)."""
        return {e.doc for e in self.entries.values()}

    def __len__(self) -> int:
        return sum(len(e.marks) for e in self.entries.values())

    # -- changing ------------------------------------------------------------------------------

    def mark(
        self, doc: str, block_text: str, mark: str, article: ArticleLike | None = None, start: int | None = None
    ) -> None:
        """Mark a block of ``article`` (or, without it, of the article with doc id ``doc``): the
        one starting at ``start`` in it, else the first with ``block_text``."""
        self._mark(self._id(doc, article), block_text, mark, _occurrence(article, block_text, start))

    def _mark(self, art: ArticleId, block_text: str, mark: str, occurrence: int = 0) -> None:
        if mark not in MARKS:
            raise ValueError(f"mark must be one of {', '.join(MARKS)}, not {mark!r}")
        excerpt = " ".join(block_text.split())[:80]
        # (A version 2 mark of this text, every copy of it in the article, stays for the other
        # copies: this block's own mark is read first, :func:`mark_of`.)
        self._change(art, occurrence_key(block_text, occurrence), {"mark": mark, "text": excerpt})

    def clear(self, doc: str, block_text: str | None = None, article: ArticleLike | None = None) -> None:
        """Forget one block's mark, or every mark of the article when no block is given."""
        art = self._id(doc, article)
        if block_text is None:
            self._change(art, None, None)
            return
        self._change(art, block_key(block_text) + EVERY, None)  # an older mark of its text
        self._change(art, block_key(block_text), None)  # the mark of its first copy

    def _id(self, doc: str, article: ArticleLike | None) -> ArticleId:
        if article is None:
            return ArticleId(doc, corpus=self.corpus, exists=self.doc_exists)
        twins = self.doc_twins(article) if self.doc_twins is not None else frozenset()
        return ArticleId.of(article, self.corpus, self.doc_exists, twins)

    def _change(self, art: ArticleId, key: str | None, entry: dict[str, str] | None) -> None:
        with self._writing:
            store = dict(self.entries)  # copied: a reader may be going through the published one
            _apply(store, art, key, entry)
            self._changes.append((art, key, entry))
            self.entries = store
            self.revision += 1

    def mark_and_save(self, doc: str, block_text: str, mark: str, article: ArticleLike | None = None) -> None:
        """Mark a block and save at once; if the save fails (``OSError``) the mark is not kept."""
        self.mark_all_and_save(doc, [block_text], mark, article)

    def mark_all_and_save(
        self,
        doc: str,
        block_texts: Sequence[str],
        mark: str,
        article: ArticleLike | None = None,
        starts: Sequence[int] | None = None,
    ) -> None:
        """Mark several blocks of one article and save once: all of them are kept, or (the save
        failed, ``OSError``; or ``ValueError`` for an unknown ``mark``) none is. ``starts``: where
        each block starts in ``article`` (which copy of a text repeated in it was chosen; without
        them, the first)."""
        art = self._id(doc, article)  # hashes the article once for the whole run
        with self._writing:
            before = self.entries  # never altered (see ``_writing``): restoring it undoes the run
            pending = len(self._changes)
            try:
                for k, text in enumerate(block_texts):
                    start = starts[k] if starts is not None and k < len(starts) else None
                    self._mark(art, text, mark, _occurrence(article, text, start))
                self.save()
            except BaseException:
                del self._changes[pending:]
                self.entries = before
                self.revision += 1
                raise

    def save(self) -> None:
        """Write the marks: the file as another process may have saved it since it was read,
        with this process's changes applied on top (under a lock beside the file).

        ``OSError`` when the folder cannot be written; the changes are then still pending.
        """
        with self._writing:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with lock_file(_lock_path(self.path)):
                disk = Overrides._read(self.path)
                merged = disk.entries if disk.error is None else self.entries
                if disk.error is None:
                    for art, key, entry in self._changes:
                        _apply(merged, art, key, entry)
                _write(self.path, merged)
                self._seen = _stamp(self.path)
            self.entries = merged
            self.revision += 1
            self._changes = []
            self.error = None


def _occurrence(article: ArticleLike | None, block_text: str, start: int | None) -> int:
    """Which occurrence of ``block_text``'s text in ``article`` the block starting at ``start``
    is (0 without the article or the start, or when no block starts there)."""
    if article is None or start is None:
        return 0
    key = block_key(block_text)
    n = 0
    for b in article.blocks:
        if getattr(b, "start", None) == start:
            return n
        if block_key(b.text) == key:
            n += 1
    return 0


def _entries_of(entries: Store, art: ArticleId) -> list[Entry]:
    """The entries of ``art``'s marks: its own (:meth:`Entry.belongs_to`); without any, those of
    the article it is an edited copy of in another corpus (:meth:`Entry.copied_to`)."""
    own = [e for e in entries.values() if e.belongs_to(art)]
    return own or [e for e in entries.values() if e.copied_to(art)]


def _stamp(path: Path) -> tuple[int, int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size, st.st_ino


def _lock_path(path: Path) -> Path:
    return path.with_name(f".{path.name}.lock")


def _apply(store: Store, art: ArticleId, key: str | None, entry: dict[str, str] | None) -> None:
    """Apply one change. The article's older entries (made before an edit, or under the doc id
    only; in its corpus, see :meth:`Entry.belongs_to`) are folded into its current one, so the
    file keeps one entry per article text, recording every corpus it was marked in."""
    mine = [slot for slot, e in store.items() if e.belongs_to(art)]
    corpora = {art.corpus} if art.corpus else set()
    merged = Entry(art.doc, art.sha, art.blocks, twins=art.twins)
    if not mine:  # an edited copy in another corpus: it starts with a copy of the original's
        for e in _entries_of(store, art):  # marks, and the original keeps its own
            merged.marks.update(e.marks)
    for slot in sorted(mine, key=lambda s: s == art.slot):  # the current entry's marks win
        old = store.pop(slot)
        merged.marks.update(old.marks)
        corpora |= old.corpora
    merged.corpora = frozenset(corpora)
    if key is None:
        merged.marks.clear()
    elif entry is None:
        merged.marks.pop(key, None)
    else:
        merged.marks[key] = entry
    if merged.marks:
        store[art.slot] = merged


def _write(path: Path, store: Store) -> None:
    payload = json.dumps(
        {"version": FORMAT_VERSION, "articles": {slot: e.to_json() for slot, e in store.items()}},
        ensure_ascii=False,
        indent=1,
        sort_keys=True,
    )
    fd, tmp = tempfile.mkstemp(prefix=".overrides-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _valid_marks(raw: Any) -> tuple[dict[str, dict[str, str]], int]:
    """Well-formed ``block key -> {"mark", "text"}`` pairs of ``raw`` and how many were not."""
    if not isinstance(raw, dict):
        return {}, 1
    out: dict[str, dict[str, str]] = {}
    bad = 0
    for key, entry in raw.items():
        if isinstance(key, str) and _KEY.fullmatch(key) and isinstance(entry, dict) and entry.get("mark") in MARKS:
            out[key] = {"mark": entry["mark"], "text": str(entry.get("text", ""))[:80]}
        else:
            bad += 1
    return out, bad


def _parse(data: Any) -> tuple[Store, str | None]:
    """Keep every well-formed entry and mark; report (once) that some were not."""
    if (
        not isinstance(data, dict)
        or data.get("version") not in READ_VERSIONS
        or not isinstance(data.get("articles"), dict)
    ):
        return {}, f"expected a version {FORMAT_VERSION} object with an 'articles' object; ignoring it"
    store: Store = {}
    bad = 0
    for slot, raw in data["articles"].items():
        if not isinstance(raw, dict) or not isinstance(raw.get("doc"), str) or not isinstance(raw.get("sha", ""), str):
            bad += 1
            continue
        blocks = raw.get("blocks", [])
        corpora = raw.get("corpora", [])  # absent in files written before corpora were recorded
        twins = raw.get("twins", [])  # (format 3, and only when there were copies)
        if not all(isinstance(x, list) and all(isinstance(b, str) for b in x) for x in (blocks, corpora, twins)):
            bad += 1
            continue
        marks, wrong = _valid_marks(raw.get("marks"))
        bad += wrong
        if data["version"] < 3:  # a mark was its text's, every copy of it: kept so (see occurrence_key)
            marks = {_every(k): v for k, v in marks.items()}
        entry = Entry(raw["doc"], raw.get("sha", ""), frozenset(blocks), marks, frozenset(corpora), frozenset(twins))
        if marks and isinstance(slot, str) and _slot_fits(slot, entry):
            store[slot] = entry
        elif marks:
            bad += len(marks)
    return store, (f"{bad} malformed mark(s) ignored" if bad else None)


def _every(key: str) -> str:
    """An older file's block key as format 3 writes it: every copy of its text."""
    return key if "." in key else key + EVERY


def _slot_fits(slot: str, entry: Entry) -> bool:
    """Whether ``slot`` is where ``entry`` belongs: its text hash, or ``doc:[<corpus key>:]<doc
    id>`` for marks made without the text (no corpus key in files written before corpora were)."""
    if entry.sha:
        return slot in (entry.sha, f"{entry.sha}:{entry.doc}")  # (the text hash alone: version 2)
    return slot == f"doc:{entry.doc}" or any(slot == f"doc:{c}:{entry.doc}" for c in entry.corpora)


def _migrate(old: Path, path: Path, corpus: str, article: Callable[[str], ArticleLike | None]) -> str | None:
    """Move a version 1 file's marks (doc id -> block key -> mark) of the corpus with key
    ``corpus`` into ``path``; the problem with it, if any. Runs under the marks lock; a second
    process finds the file gone."""
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        with lock_file(_lock_path(path)):
            try:
                data = json.loads(old.read_text(encoding="utf-8"))
            except FileNotFoundError:
                return None  # another process migrated it
            except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
                return f"old noise marks file {old} cannot be read ({exc}); left as it was"
            raw = data.get("marks") if isinstance(data, dict) and data.get("version") == 1 else None
            if not isinstance(raw, dict):
                return f"old noise marks file {old} is not a version 1 marks file; left as it was"
            disk = Overrides._read(path)
            if disk.error is not None:
                return disk.error
            bad = 0
            for doc, per_doc in raw.items():
                marks, wrong = _valid_marks(per_doc)
                bad += wrong
                if not isinstance(doc, str) or not marks:
                    continue
                found = article(doc)
                art = ArticleId(doc, corpus=corpus) if found is None else ArticleId.of(found, corpus)
                for key, entry in marks.items():
                    _apply(disk.entries, art, _every(key), entry)  # (as version 2's: every copy)
            _write(path, disk.entries)
            os.replace(old, old.with_name(old.name + ".migrated"))
    except OSError as exc:
        return f"cannot migrate old noise marks file {old}: {exc}"
    return f"old noise marks file {old}: {bad} malformed mark(s) ignored" if bad else None
