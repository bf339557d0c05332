"""Library rows (``list``, the library screen): their sort keys, and a cache that makes listing a
large corpus cheap."""

from __future__ import annotations

import json
import os
import re
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO, TypeVar

from waic_reader.index.corpus.tokens import fold
from waic_reader.index.paths import make_private_dirs, untrusted

if TYPE_CHECKING:
    from waic_reader.index.corpus.reader import Article

Row = TypeVar("Row", bound=Mapping[str, Any])

SORTS = ("date", "outlet", "title", "words", "noise")


def listing_row(article: Article, *, noise: int, entities: int) -> dict[str, Any]:
    """The one row builder of a listing (``list --json``, the library, the listing cache and the
    row the index stores): :func:`~waic_reader.index.corpus.reader.article_fields` plus words
    (the article's word count), noise (boilerplate blocks) and entities (distinct entity names),
    the last two from the article's analysis. Plain JSON values only."""
    from waic_reader.index.corpus.reader import article_fields

    return {**article_fields(article), "words": article.word_count, "noise": noise, "entities": entities}


# The types of a row's values as listing_row makes them (None allowed for each): a row read back
# from disk (listing.json, the index's stored row) is shown only if it has them. ``type() is``:
# a bool is no count, and a count no flag.
_ROW_TYPES: dict[str, type] = {
    "title": str,
    "title_derived": bool,
    "outlet": str,
    "outlet_derived": bool,
    "date": str,
    "date_source": str,
    "format": str,
    "words": int,
    "noise": int,
    "entities": int,
    "dateline_place": str,
    "dateline_zone": str,
    "dateline_credit": str,
}


def row_ok(row: Mapping[str, Any]) -> bool:
    """Whether ``row`` (read back from disk: ``listing.json`` or the index's stored row) has the
    value types :func:`listing_row` gives, each key optional; ``notes`` a list of strings. A
    hand-edited or damaged row (``"date": 5``) is then made again instead of stopping ``list``
    and the library with a TypeError."""
    for key, kind in _ROW_TYPES.items():
        value = row.get(key)
        if value is not None and type(value) is not kind:
            return False
    notes = row.get("notes")
    return notes is None or (type(notes) is list and all(type(n) is str for n in notes))


def _text_key(value: object) -> tuple[int, str, str]:
    """A title's or an outlet's place in A-Z order: compared accents and case folded (as search
    folds them, :func:`~waic_reader.index.corpus.tokens.fold`: "Écho du Nord" among the E's,
    not after "Zeit"), then case-folded as written to order "Ecole" and "École" the same way
    every time; a missing value last."""
    if not value:
        return (1, "", "")
    text = str(value)
    return (0, fold(text), text.casefold())


_DIGITS = re.compile(r"(\d+)")


def natural_key(text: str) -> tuple[tuple[int, int, str], ...]:
    """``text`` (a doc id, a file name) in natural order: the numbers within it compared as
    numbers, so ``2`` comes before ``10`` (as text, ids read 1, 10, 11, 2), numbers before
    letters, the rest case-insensitively; a prefix before what extends it; the text itself
    breaking ties."""
    parts = _DIGITS.split(text)
    return (
        *((0, int(part), part) if n % 2 else (1, 0, part.casefold()) for n, part in enumerate(parts) if part),
        (-1, 0, text),
    )


def sort_rows(rows: Sequence[Row], key: str) -> list[Row]:
    """``rows`` (dicts with ``date``, ``outlet``, ``title``, ``words``, ``noise``) in the order of ``key``.

    date: oldest first, zones applied, undated last, year-less dates as
    :class:`~waic_reader.index.corpus.date_values.DateOrder` places them (as the timeline does); outlet, title: A-Z,
    case-insensitive, missing last; words, noise: most first. Ties keep their order (stable).
    Raises ValueError for an unknown key.
    """
    if key == "date":
        # The date module is imported only when dates are compared: listing needs none of it.
        from waic_reader.index.corpus.date_values import DateOrder

        # The one order of dates (the timeline's and the fact sheet's): a year-less run over
        # New Year as the story ran, 30 Dec, 31 Dec, 1 Jan.
        order = DateOrder(r.get("date") for r in rows)
        return sorted(rows, key=lambda r: order.report_key(r.get("date")))
    if key in ("outlet", "title"):
        return sorted(rows, key=lambda r: _text_key(r.get(key)))
    if key in ("words", "noise"):
        return sorted(rows, key=lambda r: -int(r.get(key) or 0))
    raise ValueError(f"unknown sort key {key!r} (known: {', '.join(SORTS)})")


def resolve_years(rows: Sequence[dict[str, Any]]) -> None:
    """Give each row's year-less date (``--MM-DD``) the year of the other rows' dates, in place
    (see :func:`~waic_reader.index.corpus.date_values.resolve_year`)."""
    if not any(str(r.get("date") or "").startswith("--") for r in rows):
        return
    from waic_reader.index.corpus.date_values import YearResolver

    resolve = YearResolver(r.get("date") for r in rows)
    for r in rows:
        if str(r.get("date") or "").startswith("--"):
            r["date"] = resolve(r["date"])


def outlet_key(name: str) -> str:
    """What outlets are compared by: whitespace collapsed (``one_line``, as every metadata value
    is read) and letter case folded, so "Reuters", "reuters", "REUTERS" and "Reuters\u00a0" are
    one outlet."""
    return " ".join(name.split()).casefold()


class OutletSpelling:
    """The one spelling shown for each outlet of a corpus: of the names that are one outlet
    (:func:`outlet_key`), the most common, the first seen on a tie. The library, ``list``, the
    timeline's lanes, the fact sheet, the quotes and search hits all name an outlet through this."""

    def __init__(self, names: Iterable[str | None]) -> None:
        # Each spelling counted first, then keyed once: 20,000 rows name a few dozen outlets.
        seen: dict[str, int] = {}  # spelling → count, in first-seen order
        for name in names:
            if name:
                seen[name] = seen.get(name, 0) + 1
        counts: dict[str, dict[str, int]] = {}  # key → spelling → count, in first-seen order
        for name, count in seen.items():
            counts.setdefault(outlet_key(name), {})[name] = count
        # max keeps the first of equal counts: the first seen.
        shown = {key: max(spellings, key=lambda s: spellings[s]) for key, spellings in counts.items()}
        self._shown = shown
        # The shown spelling of every spelling met, so rows are looked up without keying them again.
        self._of = {name: shown[outlet_key(name)] for name in seen}

    def __call__(self, name: str | None) -> str | None:
        if not name:
            return name
        got = self._of.get(name)
        return got if got is not None else self._shown.get(outlet_key(name), name)


def same_outlets(rows: Sequence[dict[str, Any]]) -> None:
    """Give every row's outlet the corpus's one spelling of it (:class:`OutletSpelling`), in place."""
    spell = OutletSpelling(r.get("outlet") for r in rows)
    for r in rows:
        if r.get("outlet"):
            r["outlet"] = spell(r["outlet"])


# ---------------------------------------------------------------------------------------------
# The listing cache: what ``list`` and the library show, without reading every article again

LISTING_FILE = "listing.json"


class ListingCache:
    """Library rows of a corpus, kept in ``<index_dir>/listing.json`` with each file's
    (mtime, size), so a listing of 20,000 articles costs a folder scan and one JSON read.

    A row is valid while its file's mtime and size and its ``corpus.yaml`` fields' stamp
    (:meth:`~waic_reader.index.corpus.reader.Corpus.meta_stamp`) are unchanged and the analysis
    version (``version``: called only when needed, as it imports the rules) is the one the file
    was written with. The file also keeps ``sources`` (the stamp of the files that define that
    version, :func:`~waic_reader.index.analysis.versions.version_sources`): while it matches, the
    version is known without asking. Any other row is made again by the caller. The file is
    plain JSON (never code): a damaged or foreign one is ignored and rewritten.

    A row's entity count is also the user's gazetteer's: the file keeps ``gazetteer``, the stamp
    of the gazetteer files its rows were counted under
    (:func:`~waic_reader.index.analysis.kept_mentions.gazetteer_stamp`; None in a file written
    before it was kept). The caller drops the rows an edit can change (:meth:`forget`) before it
    sets the stamp of now.
    """

    def __init__(
        self,
        index_dir: Path,
        version: Callable[[], str],
        sources: str | None = None,
        read: Any = None,
        root: str | None = None,
    ) -> None:
        """``read``: the file's content as :func:`read_listing` just gave it (not read again);
        None reads the file. ``root``: the corpus folder the rows are of, written with them
        (:func:`last_listing` shows no other folder's rows)."""
        self.path = index_dir / LISTING_FILE
        self.root = root
        self._version = version
        self.version: str | None = None  # known once checked or asked for
        self.sources = sources
        # doc → [mtime_ns, size, stamp, row] as read from the file: each value is checked when
        # it is asked for (:meth:`get`), once, rather than all of them up front.
        self.rows: dict[str, Any] = {}
        # doc → [mtime_ns, size, stamp, reason]: files found unreadable (an empty file, a page with
        # no text), kept as rows are, so a listing knows them skipped without reading them and the
        # library never paints them as rows still to come (acceptance #17-5).
        self.skips: dict[str, Any] = {}
        self.gazetteer: str | None = None
        self.changed = False
        self._load(read)

    def _load(self, data: Any) -> None:
        if data is None:
            try:
                data = json.loads(read_private_text(self.path))
            except FileNotFoundError:
                return
            except (OSError, ValueError, RecursionError):  # RecursionError: JSON nested too deep
                self.changed = True  # unreadable or not JSON: made again and rewritten
                return
        if not isinstance(data, dict) or not isinstance(data.get("version"), str):
            self.changed = True
            return
        if self.root is not None and data.get("root") != self.root:
            self.changed = True  # written again with this folder's name (the rows stay valid)
        if self.sources is None or data.get("sources") != self.sources:
            self.version = self._version()
            self.changed = True  # the new sources stamp is written back
            if data["version"] != self.version:
                return
        else:
            self.version = data["version"]
        rows = data.get("rows")
        if not isinstance(rows, dict):
            self.changed = True
            return
        self.rows = rows
        if isinstance(stamp := data.get("gazetteer"), str):
            self.gazetteer = stamp
        skips = data.get("skipped", {})
        if isinstance(skips, dict):
            self.skips = skips
        else:
            self.changed = True

    def get(self, doc: str, mtime_ns: int, size: int, stamp: str = "") -> dict[str, Any] | None:
        """The row kept for ``doc`` if it was made from this very file (``mtime_ns``, ``size``)
        and ``corpus.yaml`` stamp, else None. A damaged entry is None too (made again)."""
        hit = self.rows.get(doc)
        # Exact types: the file is read back, and a row must be a JSON object.
        if (
            type(hit) is not list
            or len(hit) != 4
            or hit[0] != mtime_ns
            or hit[1] != size
            or hit[2] != stamp
            or type(hit[3]) is not dict
            or not row_ok(hit[3])
        ):
            return None
        row: dict[str, Any] = hit[3]
        return row

    def put(self, doc: str, mtime_ns: int, size: int, row: dict[str, Any], stamp: str = "") -> None:
        self.rows[doc] = [mtime_ns, size, stamp, row]
        self.skips.pop(doc, None)
        self.changed = True

    def skipped(self, doc: str, mtime_ns: int, size: int, stamp: str = "") -> str | None:
        """Why ``doc`` was found unreadable, if it was this very file (``mtime_ns``, ``size``)
        with this ``corpus.yaml`` stamp; else None (read it)."""
        hit = self.skips.get(doc)
        if (
            type(hit) is not list
            or len(hit) != 4
            or hit[:3] != [mtime_ns, size, stamp]
            or type(hit[3]) is not str
            or not hit[3]
        ):
            return None
        reason: str = hit[3]
        return reason

    def put_skip(self, doc: str, mtime_ns: int, size: int, reason: str, stamp: str = "") -> None:
        """Keep that ``doc``, as this file is, cannot be read, and why."""
        if self.skips.get(doc) != [mtime_ns, size, stamp, reason]:
            self.skips[doc] = [mtime_ns, size, stamp, reason]
            self.rows.pop(doc, None)
            self.changed = True

    def forget(self, docs: Iterable[str]) -> None:
        """Drop the rows of ``docs`` (made again by the caller)."""
        for doc in docs:
            if self.rows.pop(doc, None) is not None:
                self.changed = True

    def set_gazetteer(self, stamp: str) -> None:
        """Keep that the rows are counted under the gazetteer files of ``stamp``."""
        if self.gazetteer != stamp:
            self.gazetteer = stamp
            self.changed = True

    def keep_only(self, docs: Iterable[str], skipped: Iterable[str] = ()) -> None:
        """Forget rows of documents no longer in the corpus, and keep the rest in the order of
        ``docs`` (folder order): :func:`last_listing` gives them in the file's order; forget
        the skips of files neither there nor in ``skipped`` (the docs found unreadable)."""
        docs = list(docs)
        order = [d for d in docs if d in self.rows]
        if len(order) != len(self.rows) or not all(map(str.__eq__, order, self.rows)):
            self.rows = {d: self.rows[d] for d in order}
            self.changed = True
        known = {*docs, *skipped}
        if any(d not in known for d in self.skips):
            self.skips = {d: hit for d, hit in self.skips.items() if d in known}
            self.changed = True

    def save(self) -> None:
        """Write the cache atomically, private to the user (0600). Raises OSError."""
        if not self.changed:
            return
        if self.version is None:
            self.version = self._version()
        data = {
            "version": self.version,
            "sources": self.sources,
            "root": self.root,
            "rows": self.rows,
            "skipped": self.skips,
            "gazetteer": self.gazetteer,
        }
        write_private_json(self.path, data)
        self.changed = False


def without(row: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    """``row`` without ``keys`` (``row`` itself when it has none of them)."""
    if not any(key in row for key in keys):
        return row
    return {key: value for key, value in row.items() if key not in keys}


def read_listing(index_dir: Path) -> Any:
    """``<index_dir>/listing.json`` parsed (any JSON value: its shape is checked by its
    readers), or None when it is missing, unreadable or not JSON."""
    try:
        return json.loads(read_private_text(index_dir / LISTING_FILE))
    except (OSError, ValueError, RecursionError):  # RecursionError: JSON nested too deep
        return None


def last_listing(data: Any, sources: str, root: str | None = None) -> list[dict[str, Any]] | None:
    """The rows a listing file keeps (``data``: as :func:`read_listing` gives it), each
    ``{"doc", **row}`` (no ``path``, a copy: ``data`` stays as read, for :class:`ListingCache`),
    in the file's order (the folder order of the listing that wrote it), trusting them: no
    file's mtime, size or ``corpus.yaml`` stamp is checked, so a row may be stale or its file
    gone (the caller checks them after showing them). None when ``data`` is None or damaged, or
    was written under other analysis sources than ``sources``
    (:func:`~waic_reader.index.analysis.versions.version_sources`; the version itself is not
    asked for: that imports the rules), or (given ``root``) of another corpus folder (an index
    folder shared by two corpora with ``--index-dir``). A damaged entry, or a row of other types
    (:func:`row_ok`), is left out; a row's own ``doc`` or ``path`` is not taken."""
    if not isinstance(data, dict) or data.get("sources") != sources or not isinstance(data.get("rows"), dict):
        return None
    if root is not None and data.get("root") != root:
        return None
    return [
        {**without(hit[3], ("doc", "path")), "doc": doc}
        for doc, hit in data["rows"].items()
        if type(hit) is list and len(hit) == 4 and type(hit[3]) is dict and row_ok(hit[3])
    ]


class UntrustedFile(PermissionError):
    """A file of the index folder someone else owns or can write (:func:`read_private_text`);
    ``str()`` is the one-line reason (:func:`~waic_reader.index.paths.untrusted`)."""


def read_private_text(path: Path) -> str:
    """The text of ``path``, a file of the index folder, read only when it is the user's own and
    writable by them alone (the file opened is the one checked: ``fstat`` of its descriptor; a
    symbolic link is not followed): the one reader of every file the app reads back from the
    index folder (``listing.json``, ``items.json``, ``figures.json``, ``timeline.json``,
    ``CURRENT``, a generation's names files), as :func:`write_private` is their one writer. A
    file others could write holds what they planted (a forged row, a generation named), so it
    is no file: its readers make it again and rewrite it private. Raises
    :class:`UntrustedFile` (an ``OSError``) for such a file, ``OSError`` when it cannot be read
    (``FileNotFoundError`` when missing), ``UnicodeDecodeError`` when it is not UTF-8."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0))
    with os.fdopen(fd, "rb") as fh:
        why = untrusted(path, os.fstat(fh.fileno()), "index file")
        if why:
            raise UntrustedFile(why)
        return fh.read().decode("utf-8")


def write_private(path: Path, write: Callable[[TextIO], object]) -> None:
    """The one atomic private writer of the index folder: ``write`` fills a temp file beside
    ``path`` (``.NAME.PID.THREAD.tmp``: per process and thread, as the CLI and the app's workers
    may write the same file at once), private to the user (0600), which then replaces ``path``
    (``os.replace``), so a reader never sees half a file; on any failure the temp file is
    removed. The folder and any missing parents are made 0700 whatever the umask
    (:func:`~waic_reader.index.paths.make_private_dirs`: ``mkdir(parents=True)`` gives the
    parents the umask's mode). Raises OSError."""
    make_private_dirs(path.parent)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            write(fh)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_private_json(path: Path, data: object) -> None:
    """Write ``data`` as compact JSON to ``path`` through :func:`write_private` (atomic, 0600).
    Raises OSError (and TypeError/ValueError for data JSON cannot hold, leaving ``path`` as it
    was). Encoded whole first: ``json.dump`` to a stream runs the pure-Python encoder, ~1 s of a
    first timeline's CPU on 221 articles' timeline and figure files, where ``json.dumps`` runs
    the C one (the same text, round s35-p)."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    write_private(path, lambda fh: fh.write(text))


def write_private_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through :func:`write_private` (atomic, 0600). Raises OSError."""
    write_private(path, lambda fh: fh.write(text))
