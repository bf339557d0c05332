"""An article's entity mentions, kept with the search index so opening it runs no recogniser.

Recognising the names of a 4,900-word article takes ~200 ms of CPU (most of an article's first
open, issue 13: "every key answers in ≤ 150 ms"). The index build recognises every article's
names anyway (the ``entity`` field), so it keeps them, encoded by :func:`encode_mentions`, in a
stored field; the reader, compare, the entity matrix and quotes decode them
(:func:`decode_mentions`, ~1 ms) instead of recognising again.

What is kept, and what makes a kept value stale (then it is ignored and the names recognised):

* the analysis version (:func:`~waic_reader.index.analysis.versions.analysis_version`: the
  reader's, the recogniser's and the noise split's versions) and the gazetteers' contents
  (:func:`gazetteer_stamp`: the bundled one and the user's ``gazetteer.yaml``): a rule change
  or a gazetteer edit misses;
* the SHA-256 of the article's text and a digest of its blocks' spans and kinds
  (:func:`article_key`; the recogniser reads the text, its blocks, their kinds (a heading is
  read as a headline) and its sentences, which follow from them): an edited file not yet
  re-indexed misses, an HTML heading turned paragraph too;
* a digest of the boilerplate spans the names were recognised with
  (:func:`~waic_reader.index.corpus.spans.spans_digest`): a user's noise mark misses.

Each mention is ``[start, length, label, name or null, noise]``: its text is the article's
``text[start:start+length]`` (what the recogniser gives), and ``null`` stands for a canonical
name equal to that text (most mentions), so a kept value is small: zlib-compressed, 170 bytes
an article on average for the bench's generated articles, 760 (at most 5,678) over the 237
articles of the test fixtures (review s11). The value is untrusted input (it is read from
disk): anything malformed, out of the text's bounds, out of order or of another shape is no
value, never an error.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from waic_reader.index.analysis.entities.grouping import (
    LABELS,
    NAME_LABELS,
    Mention,
    OpenPlace,
    OpenPlaces,
    open_places,
)
from waic_reader.index.analysis.overrides import text_key
from waic_reader.index.corpus.reader import Article
from waic_reader.index.corpus.spans import spans_digest

KEPT_FORMAT = 1  # the layout of a kept value (bump with any change to it)
MAX_KEPT_BYTES = 4 << 20  # a decompressed value larger than this is not ours: not read

_LABELS = frozenset(LABELS)


def article_key(article: Article) -> str:
    """What the recogniser's output depends on in ``article``: its text and its blocks' spans
    and kinds (56 hex digits)."""
    blocks = article.blocks
    kinds = hashlib.sha256("\n".join(b.kind for b in blocks).encode()).hexdigest()[:16]
    return text_key(article.text) + spans_digest((b.start, b.end) for b in blocks) + kinds


_stamp: tuple[tuple[object, ...], str] | None = None  # (the files' stat results, their stamp)


def gazetteer_stamp() -> str:
    """16 hex digits naming the contents of the bundled and the user's gazetteers (what the
    recogniser reads besides its code): read again only when either file's stat changes."""
    global _stamp
    from waic_reader.index.analysis.entities.gazetteer import BUNDLED_GAZETTEER, USER_GAZETTEER_NAME
    from waic_reader.index.paths import config_dir

    paths = (BUNDLED_GAZETTEER, config_dir() / USER_GAZETTEER_NAME)
    stats = tuple(_stat(p) for p in paths)
    held = _stamp
    if held is not None and held[0] == stats:
        return held[1]
    h = hashlib.sha256()
    for path in paths:
        try:
            h.update(path.read_bytes())
        except OSError:
            h.update(b"\0none")  # no user gazetteer: a stamp of its own
    stamp = h.hexdigest()[:16]
    _stamp = (stats, stamp)
    return stamp


def _stat(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


def kept_version(analysis_version: str) -> str:
    """The version a kept value is made under: the analysis version and the gazetteers' stamp."""
    return f"{analysis_version}-gaz{gazetteer_stamp()}"


def encode_mentions(mentions: Sequence[Mention], version: str, source: str, noise_digest: str) -> bytes:
    """The kept value of an article's ``mentions`` (zlib-compressed JSON, see the module docstring)."""
    rows: list[list[Any]] = []
    for m in mentions:
        name = m.key.split(":", 1)[-1]
        rows.append([m.start, m.end - m.start, m.label, None if name == m.text else name, 1 if m.noise else 0])
    value = [KEPT_FORMAT, version, source, noise_digest, rows]
    return zlib.compress(json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6)


def decode_mentions(kept: object, text: str, version: str, source: str, noise_digest: str) -> list[Mention] | None:
    """The mentions a kept value holds for the article whose ``text`` has :func:`article_key`
    ``source`` and whose boilerplate has ``noise_digest``, under analysis ``version``; None when
    the value is stale (another version, text, blocks or boilerplate) or not a kept value at all."""
    if not isinstance(kept, bytes):
        return None
    try:
        raw = zlib.decompressobj().decompress(kept, MAX_KEPT_BYTES)
        value = json.loads(raw.decode("utf-8"))
    except (zlib.error, UnicodeDecodeError, ValueError, RecursionError):
        return None
    if not (isinstance(value, list) and len(value) == 5 and value[0] == KEPT_FORMAT):
        return None
    if value[1] != version or value[2] != source or value[3] != noise_digest or not isinstance(value[4], list):
        return None
    out: list[Mention] = []
    size = len(text)
    end = 0
    for row in value[4]:
        m = _mention(row, text, size)
        if m is None or m.start < end:
            return None  # one bad row, or rows out of order or overlapping: not what the index wrote
        end = m.end
        out.append(m)
    return out


def _mention(row: object, text: str, size: int) -> Mention | None:
    """One row as a :class:`Mention` of ``text`` (``size`` characters), or None if it is not
    a well-formed row within the text."""
    if not (isinstance(row, list) and len(row) == 5):
        return None
    start, length, label, name, noise = row
    if type(start) is not int or type(length) is not int or start < 0 or length <= 0 or start + length > size:
        return None
    if not isinstance(label, str) or label not in _LABELS or type(noise) is not int or noise not in (0, 1):
        return None
    if not (name is None or (isinstance(name, str) and name)):
        return None
    surface = text[start : start + length]
    return Mention(start, start + length, surface, label, f"{label}:{surface if name is None else name}", bool(noise))


# -- what the corpus grouping of names reads of an article (search.whoosh.corpus_names) --------

# The layout of a kept value (bump with any change to it); 2: open places; 3: each word's places
# one JSON string of their own, decoded only for the words a corpus name starts with.
KEPT_NAMES_FORMAT = 3


def kept_names(mentions: Iterable[Mention], text: str) -> str:
    """What the corpus grouping reads of one article, as JSON: ``{"v": 2, "m": [[text, label,
    key, noise (0/1), count], ...], "o": {word: JSON of [lower (0/1), [[offset, next mention's
    start or -1, window], ...]]}}``: its name mentions (no offsets), each distinct one once with its
    count, and where its capitalised words stand that no mention covers
    (:func:`~waic_reader.index.analysis.entities.grouping.open_places`)."""
    mentions = list(mentions)
    counts: dict[tuple[str, str, str, int], int] = {}
    for m in mentions:
        if m.label in NAME_LABELS:
            k = (m.text, m.label, m.key, int(m.noise))
            counts[k] = counts.get(k, 0) + 1
    rows = [[*k, n] for k, n in counts.items()]
    places = {
        word: json.dumps([int(lower), [[p.at, p.next_start, p.window] for p in found]], ensure_ascii=False)
        for word, (lower, found) in open_places(mentions, text).items()
    }
    return json.dumps({"v": KEPT_NAMES_FORMAT, "m": rows, "o": places}, ensure_ascii=False)


def decode_names(value: object) -> tuple[list[Mention], dict[str, object]] | None:
    """A kept value's mentions (offsets 0) and its open places still encoded (word → entry:
    :func:`decode_places` reads the few words a search needs); None for anything not of its
    shape (the value is read from disk: untrusted)."""
    if not isinstance(value, str):
        return None
    try:
        got = json.loads(value)
    except ValueError:
        return None
    if not isinstance(got, dict) or got.get("v") != KEPT_NAMES_FORMAT:
        return None
    rows, words = got.get("m"), got.get("o")
    if not isinstance(rows, list) or not isinstance(words, dict):
        return None
    out: list[Mention] = []
    for row in rows:
        if not (
            isinstance(row, list)
            and len(row) == 5
            and all(isinstance(x, str) for x in row[:3])
            and isinstance(row[4], int)
            and 0 < row[4] <= 100_000
        ):
            return None
        out.extend([Mention(0, 0, row[0], row[1], row[2], bool(row[3]))] * row[4])
    return out, words


def decode_places(encoded: dict[str, object], words: Iterable[str]) -> OpenPlaces:
    """The open places of ``words`` from a kept value's encoded ones (:func:`decode_names`);
    an entry not of its shape is left out (untrusted, as the value is). Only the words asked
    for are decoded: most of an article's capitalised words open no corpus name."""
    places: OpenPlaces = {}
    for word in words:
        raw = encoded.get(word)
        try:
            entry = json.loads(raw) if isinstance(raw, str) else None
        except ValueError:
            continue
        if not (isinstance(entry, list) and len(entry) == 2 and isinstance(entry[1], list)):
            continue
        found = [
            OpenPlace(p[0], p[1], p[2])
            for p in entry[1]
            if isinstance(p, list)
            and len(p) == 3
            and isinstance(p[0], int)
            and isinstance(p[1], int)
            and isinstance(p[2], str)
            and p[0] >= 0
        ]
        if len(found) == len(entry[1]):
            places[word] = (bool(entry[0]), found)
    return places
