"""Article file formats: which reader a file goes to, and what a reader gives back.

A file is either one article (plain text, Markdown with YAML front matter) or a container of
many (a feed, a record export); containers give one :class:`Item` per article. Heavy parsers
(feedparser) are imported by their module only when a file of that format is read.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

# Suffix (lower case) → format name, as ``show --json`` reports it ("text", "markdown", "feed",
# "record"). ``.xml`` is a feed only when it parses as one; otherwise it is skipped with a reason.
SUFFIX_FORMATS: dict[str, str] = {
    ".txt": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",  # read by index/corpus/html.py (trafilatura)
    ".htm": "html",
    ".rss": "feed",
    ".atom": "feed",
    ".xml": "feed",
    ".jsonl": "record",
    ".ndjson": "record",
    ".json": "record",
    ".csv": "record",
}

# Formats whose files hold many articles (read at scan time to enumerate them).
CONTAINER_FORMATS = frozenset({"feed", "record"})

# Container files are read up to this size (a feed or an API dump holds many articles); a
# larger one is skipped with a reason rather than cut in the middle of a record.
MAX_CONTAINER_BYTES = 64 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class Item:
    """One article from a container file, with the metadata the file gives for it.

    ``date`` is the value as the file gives it (parsed by :mod:`..dates` later); ``key`` is the
    item's own id (feed guid, record id) when it has one, used for a stable doc id.
    """

    text: str
    # Where the item is in its file, the number ``where`` gives (the fallback doc id): its line
    # in JSON Lines, its row in a CSV (the header is row 1), its place in a JSON array or a feed.
    number: int = 0
    key: str | None = None
    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    url: str | None = None
    author: str | None = None
    tags: tuple[str, ...] = field(default_factory=tuple)
    # How the container's bytes were decoded (decoding.decode: "utf-8", "cp1252", "utf-16-le" …) and
    # its notes ("not valid UTF-8: decoded leniently as Windows-1252"): every item of the file
    # reports them, as a text file's article does.
    encoding: str = "utf-8"
    notes: tuple[str, ...] = ()
    # Characters the source says it left out of the text (NewsAPI's "[+2345 chars]"), the
    # marker itself taken off the text (:func:`fields.cut_marker`).
    cut_chars: int | None = None
    # Where the item is in its file, as the skipped list names records ("line 3", "record 2",
    # "row 4", "item 2"): warnings about its fields name it so.
    where: str = ""
    # Fields of the record that could not be read ("'date' must be text, not a list"): each a
    # note on the article, after its place (``api.jsonl (line 3): metadata …``).
    problems: tuple[str, ...] = ()
    # What was wrong in the file around the record ("a quote opened on line 5 is never closed:
    # the rest of the file (lines 5–12) is read as its 'text'"): each a note after its place.
    faults: tuple[str, ...] = ()
    # What was wrong in the file as a whole, for every item of it (a CSV header naming a field
    # twice): each a note after the file's name alone, so ``index`` lists it once for the file.
    file_faults: tuple[str, ...] = ()


def item_digest(item: Item) -> int:
    """A stamp of everything ``item`` holds (its text, place, metadata and notes), as a positive
    63-bit integer: equal for an item parsed again unchanged (a record appended to its export
    leaves the others' equal), different when anything in it or its place in the file changed.
    BLAKE2b of the item's ``repr`` (a dataclass of strings, numbers and tuples of them)."""
    digest = hashlib.blake2b(repr(item).encode("utf-8", "surrogatepass"), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 1


@dataclass(frozen=True, slots=True)
class ItemSkip:
    """An item of a container that is not an article (e.g. a record without text), and why."""

    where: str  # "record 3", "line 3", "row 2", "item 2"
    reason: str
    number: int = 0  # the record's line, row, record or item number (orders the skipped list)


def format_of(name: str) -> str | None:
    """The format a file name says, or None when the app does not read that kind of file."""
    dot = name.rfind(".")
    return SUFFIX_FORMATS.get(name[dot:].lower()) if dot > 0 else None
