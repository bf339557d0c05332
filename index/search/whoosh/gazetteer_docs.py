"""The gazetteer each indexed article's names were recognised with, and the articles an edit of
the user's gazetteer can change (issue 15, s43-q).

The index stores each article's names (the ``entity`` terms ``who:`` and ``entity:`` search, the
mentions the reader and the matrix decode, the listing row's count, what the corpus grouping
reads). Each document also stores the stamp of the gazetteer files it was analysed with
(``gazetteer`` field: :func:`~waic_reader.index.analysis.kept_mentions.gazetteer_stamp`), and each
generation's folder keeps those files as they were under that stamp (:data:`GAZETTEERS_FILE`:
the bundled file's digest and the user's file's bytes). When the user's file is edited, a
sync (:func:`stale_docs`) re-indexes the articles whose stored names the edit can change: those
writing a word of an entry it adds, removes or changes
(:func:`~waic_reader.index.analysis.entities.gazetteer_edits.edited_names`), found from the
index's postings; every other article keeps its stored names, still right. Another bundled file
(other code), a stamp whose files the folder does not keep or one it cannot read: every article
of that stamp is re-indexed.

The file is read back as untrusted input (another process or a damaged disk): anything not of
its shape is no record, and its articles are re-indexed.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import json
from collections.abc import Iterable, Mapping
from pathlib import Path

from whoosh.searching import Searcher

from waic_reader.index.analysis.kept_mentions import gazetteer_files
from waic_reader.index.corpus.listing import read_private_text, write_private_text
from waic_reader.index.search.whoosh.analyzer import ANALYZER

GAZETTEERS_FILE = "gazetteers.json"
GAZETTEERS_FORMAT = 1  # bump with any change to the file's layout
# The text fields an entry's words are looked for in (an article's title is part of its text).
NAME_FIELDS = ("title", "content", "noise")

Kept = dict[str, tuple[str, bytes | None]]  # stamp → (bundled file's digest, user's file's bytes or None)


def read_kept(gen: Path) -> Kept:
    """The gazetteer files kept in the generation folder ``gen`` by stamp; empty when missing,
    unreadable or not of its shape (untrusted)."""
    try:
        value = json.loads(read_private_text(gen / GAZETTEERS_FILE))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError):
        return {}
    if not (isinstance(value, dict) and value.get("format") == GAZETTEERS_FORMAT):
        return {}
    stamps = value.get("stamps")
    if not isinstance(stamps, dict):
        return {}
    out: Kept = {}
    for stamp, entry in stamps.items():
        if not (isinstance(entry, list) and len(entry) == 2 and isinstance(entry[0], str)):
            continue
        user = entry[1]
        if user is None:
            out[stamp] = (entry[0], None)
        elif isinstance(user, str):
            with contextlib.suppress(binascii.Error, ValueError):
                out[stamp] = (entry[0], base64.b64decode(user.encode("ascii"), validate=True))
    return out


def keep(gen: Path, carried: Iterable[str] | None = None) -> None:
    """Record the gazetteer files as they are now in the generation folder ``gen``, beside those
    already kept there for the stamps ``carried`` (the stamps its documents hold; None: every one
    kept). Called before a write commits documents analysed now (a document may hold a stamp whose
    files are not kept: it is re-indexed by the next sync). ``OSError`` when it cannot be written."""
    now = gazetteer_files()
    kept = read_kept(gen)
    if carried is not None:
        wanted = set(carried)
        kept = {stamp: files for stamp, files in kept.items() if stamp in wanted}
    if kept.get(now.stamp) == (now.bundled, now.user):
        return
    kept[now.stamp] = (now.bundled, now.user)
    stamps = {
        stamp: [bundled, None if user is None else base64.b64encode(user).decode("ascii")]
        for stamp, (bundled, user) in kept.items()
    }
    write_private_text(gen / GAZETTEERS_FILE, json.dumps({"format": GAZETTEERS_FORMAT, "stamps": stamps}))


def stale_docs(s: Searcher, gen: Path | None, stamps: Mapping[str, str | None]) -> set[str]:
    """The documents of ``stamps`` (doc id → the gazetteer stamp it was analysed with, None for
    none) whose stored names the gazetteer files as they are now can change: those of a stamp
    other than the files' now that write a word of an entry the two differ in, found in ``s``'s
    postings; every document of a stamp whose files ``gen`` does not keep (or kept with another
    bundled file). Empty when every document holds the stamp of now (two ``stat`` calls)."""
    now = gazetteer_files()
    by_stamp: dict[str | None, list[str]] = {}
    for doc, stamp in stamps.items():
        if stamp != now.stamp:
            by_stamp.setdefault(stamp, []).append(doc)
    if not by_stamp:
        return set()
    from waic_reader.index.analysis.entities.gazetteer_edits import edited_names

    kept = read_kept(gen) if gen is not None else {}
    out: set[str] = set()
    for stamp, docs in by_stamp.items():
        files = kept.get(stamp) if stamp is not None else None
        if files is None or files[0] != now.bundled:
            out.update(docs)
            continue
        holding: set[int] = set()
        postings = _Postings(s)
        for name in edited_names(files[1], now.user):
            holding |= postings.writing(name)
        ids = {str(s.stored_fields(d)["doc"]) for d in holding}
        out.update(doc for doc in docs if doc in ids)
    return out


class _Postings:
    """Which live documents of ``s`` hold a word in a text field (:data:`NAME_FIELDS`), each
    word's posting lists read once."""

    def __init__(self, s: Searcher) -> None:
        self._s = s
        self._reader = s.reader()
        self._docs: dict[str, set[int]] = {}

    def writing(self, name: str) -> set[int]:
        """The documents (numbers) that can write ``name``: those holding every one of its words
        as the index reads them (a word's indexed form: "Shipments" is "shipment", which
        "shipment" and "shipments" are both indexed as; its stop words aside, since a name of
        several words matches only where all of them stand); for a name of stop words alone
        ("The Who" is two), those holding any of them. None for a name of no word."""
        words: list[str] = []
        stops: list[str] = []
        for t in ANALYZER(name, removestops=False, mode="query"):
            (stops if t.stopped else words).append(t.text)
        if not words:
            return set().union(*(self._holding(t) for t in stops))
        got = set(self._holding(words[0]))
        for word in words[1:]:
            got &= self._holding(word)
        return got

    def _holding(self, term: str) -> set[int]:
        found = self._docs.get(term)
        if found is None:
            found = set()
            reader, s = self._reader, self._s
            for field in NAME_FIELDS:
                if (field, term) in reader:
                    found.update(d for d in s.postings(field, term).all_ids() if not reader.is_deleted(d))
            self._docs[term] = found
        return found
