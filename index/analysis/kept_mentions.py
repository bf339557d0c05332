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
``text[start:start+length]`` (what the recogniser gives, for most mentions), and ``null`` stands
for a canonical name equal to that text (most mentions), so a kept value is small; a sixth field
holds the mention's text where the recogniser gives it otherwise than the article writes it ("Christmas
Party for Jesus" of "Christmas Party For Jesus", "Radio-Canada" of "Radio‑Canada" written with
U+2011: issue 13, round s34-a: the matrix named them as written, ``entities`` as recognised): zlib-compressed, 170 bytes
an article on average for the bench's generated articles, 760 (at most 5,678) over the 237
articles of the test fixtures (review s11). The value is untrusted input (it is read from
disk): anything malformed, out of the text's bounds, out of order or of another shape is no
value, never an error.
"""

from __future__ import annotations

import json
import zlib
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from waic_reader.index.analysis.entities.corpus_votes import corpus_names, firms_whole, with_corpus_places
from waic_reader.index.analysis.entities.mentions import LABELS, NAME_LABELS, Mention
from waic_reader.index.analysis.entities.open_places import OpenPlace, OpenPlaces, open_places
from waic_reader.index.analysis.entities.spellings import spelling_form
from waic_reader.index.analysis.overrides import text_key
from waic_reader.index.corpus.reader import Article
from waic_reader.index.corpus.spans import spans_digest

# The layout of a kept value (bump with any change to it); 2: a mention's text where the
# recogniser gives it otherwise than the article writes it (a sixth field).
KEPT_FORMAT = 2
MAX_KEPT_BYTES = 4 << 20  # a decompressed value larger than this is not ours: not read

_LABELS = frozenset(LABELS)


def article_key(article: Article, text_hash: str | None = None) -> str:
    """What the recogniser's output depends on in ``article``: its text and its blocks' spans
    and kinds (56 hex digits). ``text_hash``: the text's ``overrides.text_key`` when the caller
    has it already (the index keeps it: a text is not hashed again)."""
    return (text_hash or text_key(article.text)) + article.blocks_key()


@dataclass(frozen=True)
class KeptKeys:
    """What one article's kept values (its mentions, its quotes: :mod:`.quotes.kept`) are checked
    against, worked out once for all of them: the kept ``version`` (:func:`kept_version`, the same
    for every article of a pass), the article's ``source`` (:func:`article_key`) and its
    boilerplate's ``noise_digest`` (``spans_digest``). The first Quotes open of a session on 221
    articles read the version's six source and gazetteer stamps and split each article's blocks
    for its key twice an article, once for its mentions and once for its quotes (round s37-p)."""

    version: str
    source: str
    noise_digest: str


def kept_keys(
    article: Article, noise_spans: Sequence[tuple[int, int]], version: str, text_hash: str | None = None
) -> KeptKeys:
    """:class:`KeptKeys` of ``article`` with its boilerplate ``noise_spans`` under the kept
    ``version`` (:func:`kept_version`); ``text_hash`` as :func:`article_key` takes it."""
    return KeptKeys(version, article_key(article, text_hash), spans_digest(noise_spans))


@dataclass(frozen=True)
class GazetteerFiles:
    """The gazetteer files as read at once: their ``stamp`` (:func:`gazetteer_stamp`), the
    bundled file's :func:`~.entities.gazetteer.file_digest` and the user's file's bytes (None:
    no such file). What the search index keeps of the gazetteer each article was analysed
    with, to tell which articles a later edit can change (``search.whoosh.gazetteer_docs``)."""

    stamp: str
    bundled: str
    user: bytes | None


_stamp: tuple[tuple[object, ...], GazetteerFiles] | None = None  # (the files' stat results, what they hold)


def gazetteer_stamp() -> str:
    """16 hex digits naming the contents of the bundled and the user's gazetteers (what the
    recogniser reads besides its code; :func:`~.entities.gazetteer.files_stamp` of each file's
    digest, as :attr:`~.entities.gazetteer.Gazetteer.stamp` names what a gazetteer read): read
    again only when either file's stat changes."""
    return gazetteer_files().stamp


def gazetteer_files() -> GazetteerFiles:
    """The bundled and the user's gazetteer files as they are now (:class:`GazetteerFiles`), from
    one read of each: read again only when either file's stat changes."""
    global _stamp
    from waic_reader.index.analysis.entities.gazetteer import (
        BUNDLED_GAZETTEER,
        USER_GAZETTEER_NAME,
        file_digest,
        files_stamp,
    )
    from waic_reader.index.paths import config_dir

    paths = (BUNDLED_GAZETTEER, config_dir() / USER_GAZETTEER_NAME)
    stats = tuple(_stat(p) for p in paths)
    held = _stamp
    if held is not None and held[0] == stats:
        return held[1]
    raws: list[bytes | None] = []
    for path in paths:
        try:
            raws.append(path.read_bytes())
        except OSError:
            raws.append(None)  # no user gazetteer: as a gazetteer reads it
    digests = [file_digest(raw) if raw is not None else "" for raw in raws]
    files = GazetteerFiles(files_stamp(*digests), digests[0], raws[1])
    _stamp = (stats, files)
    return files


def _stat(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_mtime_ns, st.st_size


def kept_version(analysis_version: str, stamp: str | None = None) -> str:
    """The version a kept value is made under: the analysis version and the gazetteers' stamp
    (``stamp``: that of the files an article was indexed with, :func:`gazetteer_stamp`'s form;
    None: the files as they are now)."""
    return f"{analysis_version}-gaz{gazetteer_stamp() if stamp is None else stamp}"


def pack_rows(rows: list[list[Any]], layout: int, version: str, source: str, noise_digest: str) -> bytes:
    """A kept value: ``[layout, version, source, noise_digest, rows]`` as zlib-compressed JSON
    (the mentions' and the quotes' values alike, :mod:`waic_reader.index.analysis.quotes.kept`)."""
    value = [layout, version, source, noise_digest, rows]
    return zlib.compress(json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), 6)


def unpack_rows(
    kept: object, layout: int, max_bytes: int, version: str, source: str, noise_digest: str
) -> list[Any] | None:
    """The rows of a kept value :func:`pack_rows` made with ``layout``, ``version``, ``source``
    and ``noise_digest``; None when it is stale (any of those differ), larger than ``max_bytes``
    decompressed, or not such a value at all (it is read from disk: untrusted, never an error)."""
    if not isinstance(kept, bytes):
        return None
    try:
        raw = zlib.decompressobj().decompress(kept, max_bytes)
        value = json.loads(raw.decode("utf-8"))
    except (zlib.error, UnicodeDecodeError, ValueError, RecursionError):
        return None
    if not (isinstance(value, list) and len(value) == 5 and value[0] == layout):
        return None
    if value[1] != version or value[2] != source or value[3] != noise_digest or not isinstance(value[4], list):
        return None
    return value[4]


def encode_mentions(mentions: Sequence[Mention], text: str, version: str, source: str, noise_digest: str) -> bytes:
    """The kept value of an article's ``mentions`` of ``text`` (zlib-compressed JSON, see the
    module docstring)."""
    rows: list[list[Any]] = []
    for m in mentions:
        name = m.key.split(":", 1)[-1]
        row: list[Any] = [m.start, m.end - m.start, m.label, None if name == m.text else name, 1 if m.noise else 0]
        if m.text != text[m.start : m.end]:
            row.append(m.text)  # as recognised, not as written
        rows.append(row)
    return pack_rows(rows, KEPT_FORMAT, version, source, noise_digest)


def decode_mentions(kept: object, text: str, version: str, source: str, noise_digest: str) -> list[Mention] | None:
    """The mentions a kept value holds for the article whose ``text`` has :func:`article_key`
    ``source`` and whose boilerplate has ``noise_digest``, under analysis ``version``; None when
    the value is stale (another version, text, blocks or boilerplate) or not a kept value at all."""
    rows = unpack_rows(kept, KEPT_FORMAT, MAX_KEPT_BYTES, version, source, noise_digest)
    if rows is None:
        return None
    out: list[Mention] = []
    size = len(text)
    end = 0
    for row in rows:
        m = _mention(row, text, size)
        if m is None or m.start < end:
            return None  # one bad row, or rows out of order or overlapping: not what the index wrote
        end = m.end
        out.append(m)
    return out


def _mention(row: object, text: str, size: int) -> Mention | None:
    """One row as a :class:`Mention` of ``text`` (``size`` characters), or None if it is not
    a well-formed row within the text."""
    if not (isinstance(row, list) and len(row) in (5, 6)):
        return None
    start, length, label, name, noise = row[:5]
    if type(start) is not int or type(length) is not int or start < 0 or length <= 0 or start + length > size:
        return None
    if not isinstance(label, str) or label not in _LABELS or type(noise) is not int or noise not in (0, 1):
        return None
    if not (name is None or (isinstance(name, str) and name)):
        return None
    surface = text[start : start + length]
    if len(row) == 6:
        surface = row[5]
        if not (isinstance(surface, str) and surface):
            return None
    return Mention(start, start + length, surface, label, f"{label}:{surface if name is None else name}", bool(noise))


# -- what the corpus grouping of names reads of an article (search.whoosh.corpus_names) --------

# The layout of a kept value (bump with any change to it); 2: open places; 3: each word's places
# one JSON string of their own; 4: each stretch of text the places' windows cover kept once,
# places as offsets, windows cut at the first lower-case word no name holds (~1.0 KB an article
# as the index stores it, where 3 took ~5 KB).
KEPT_NAMES_FORMAT = 4


class KeptPlaces:
    """An article's open places as kept (:func:`kept_names`), decoded by word on demand
    (:func:`decode_places`): most of an article's capitalised words open no corpus name.
    ``words``: word → [lower (0/1), offset, next mention's start − offset (0: none), ...];
    ``stretches``: [[offset, text], ...] in offset order, each place's window a prefix of the
    stretch it starts in."""

    __slots__ = ("stretches", "words")

    def __init__(self, words: dict[str, list[Any]], stretches: list[Any]):
        self.words = words
        self.stretches = stretches

    def keys(self) -> Iterable[str]:
        return self.words.keys()


def kept_names(mentions: Iterable[Mention], text: str) -> str:
    """What the corpus grouping reads of one article, as JSON ``[4, rows, words, stretches]``: ``rows`` its name mentions (no offsets), each distinct one once, as ``[text,
    label, name or 0 (the text), noise (0/1), count]``; ``words`` and ``stretches`` where its
    capitalised words stand that no mention covers and the text their windows cover
    (:func:`~waic_reader.index.analysis.entities.open_places.open_places`, see :class:`KeptPlaces`)."""
    mentions = list(mentions)
    counts: dict[tuple[str, str, str, int], int] = {}
    for m in mentions:
        if m.label in NAME_LABELS:
            k = (m.text, m.label, m.key, int(m.noise))
            counts[k] = counts.get(k, 0) + 1
    rows = [
        [t, label, 0 if key == f"{label}:{t}" else key.partition(":")[2], noise, n]
        for (t, label, key, noise), n in counts.items()
    ]
    words: list[list[Any]] = []
    spans: list[tuple[int, int]] = []
    for word, (lower, found) in open_places(mentions, text).items():
        entry: list[Any] = [word, int(lower)]
        for p in found:
            entry += (p.at, p.next_start - p.at if p.next_start >= 0 else 0)
            spans.append((p.at, p.at + len(p.window)))
        words.append(entry)
    spans.sort()
    stretches: list[list[Any]] = []
    end = -1
    for a, b in spans:
        if stretches and a <= end:
            end = max(end, b)
        else:
            if stretches:
                stretches[-1].append(end)
            stretches.append([a])
            end = b
    if stretches:
        stretches[-1].append(end)
    kept = [[a, text[a:b]] for a, b in stretches]
    # Plain JSON: the index compresses each article's stored fields together (zlib again here
    # made the value larger there, ~1.3 KB where this is ~1.0 KB, and cost time).
    return json.dumps([KEPT_NAMES_FORMAT, rows, words, kept], ensure_ascii=False, separators=(",", ":"))


def decode_names(value: object) -> tuple[list[Mention], KeptPlaces] | None:
    """A kept value's mentions (offsets 0) and its open places still encoded (:func:`decode_places`
    reads the few words a search needs); None for anything not of its shape (the value is read
    from disk: untrusted)."""
    if not isinstance(value, str) or len(value) > MAX_KEPT_BYTES:
        return None
    try:
        got = json.loads(value)
    except (ValueError, RecursionError):
        return None
    if not (isinstance(got, list) and len(got) == 4 and got[0] == KEPT_NAMES_FORMAT):
        return None
    _, rows, words, stretches = got
    if not (isinstance(rows, list) and isinstance(words, list) and isinstance(stretches, list)):
        return None
    out: list[Mention] = []
    for row in rows:
        if not (
            isinstance(row, list)
            and len(row) == 5
            and isinstance(row[0], str)
            and isinstance(row[1], str)
            and (row[2] == 0 or isinstance(row[2], str))
            and type(row[4]) is int
            and 0 < row[4] <= 100_000
        ):
            return None
        text, label = row[0], row[1]
        out.extend([Mention(0, 0, text, label, f"{label}:{row[2] or text}", bool(row[3]))] * row[4])
    by_word: dict[str, list[Any]] = {}
    for entry in words:
        if not (isinstance(entry, list) and len(entry) >= 2 and isinstance(entry[0], str)):
            return None
        by_word[entry[0]] = entry
    return out, KeptPlaces(by_word, stretches)


def decode_places(kept: KeptPlaces, words: Iterable[str]) -> OpenPlaces:
    """The open places of ``words`` from a kept value's (:func:`decode_names`); a word whose
    entry is not of its shape is left out (untrusted, as the value is). Only the words asked
    for are decoded: most of an article's capitalised words open no corpus name."""
    stretches = kept.stretches
    starts: list[int] | None = None
    places: OpenPlaces = {}
    for word in words:
        entry = kept.words.get(word)
        if entry is None:
            continue
        nums = entry[2:]
        if len(nums) % 2 or not all(type(x) is int and x >= 0 for x in nums):
            continue
        if starts is None:
            if not all(
                isinstance(s, list) and len(s) == 2 and type(s[0]) is int and isinstance(s[1], str) for s in stretches
            ):
                return {}
            starts = [s[0] for s in stretches]
        found = []
        for at, gap in zip(nums[::2], nums[1::2]):
            k = bisect_right(starts, at) - 1
            if k < 0:
                break
            start, stretch = stretches[k]
            if at - start >= len(stretch):
                break
            found.append(OpenPlace(at, at + gap if gap else -1, stretch[at - start :]))
        if len(found) * 2 == len(nums):
            places[word] = (bool(entry[1]), found)
    return places


def corpus_mentions_kept(
    mentions_by_doc: Mapping[str, list[Mention]], kept: Mapping[str, object]
) -> tuple[dict[str, list[Mention]], dict[str, dict[str, int]]]:
    """:func:`~waic_reader.index.analysis.entities.corpus_votes.corpus_mentions` from the articles'
    kept values (doc → :func:`kept_names`) instead of their texts: each article's
    ``mentions`` (any subset of its own, with offsets: the timeline keeps each entity's first)
    with the corpus's typed names added where it writes them untyped ("said Hegge" is "Lars
    Hegge" typed in another article) and place kinds and retyped surfaces applied. The corpus's
    names are worked out from every article's kept rows, as the entity list works them out
    from their mentions; an article whose kept value is missing or not of its shape adds no
    names and gains none. Also gives how often each name is written each way outside boilerplate
    (:func:`spellings`, over every article's mentions as the corpus's names make them), which names
    the entities as the entity list names them. Linear in the
    kept rows and places; no article is read."""
    decoded = {doc: got for doc, value in kept.items() if (got := decode_names(value)) is not None}
    names = corpus_names(firms_whole({doc: rows for doc, (rows, _places) in decoded.items()}))
    first = names.by_first.keys()
    out: dict[str, list[Mention]] = {}
    for doc, mentions in firms_whole(dict(mentions_by_doc)).items():
        got = decoded.get(doc)
        places = decode_places(got[1], first & got[1].keys()) if got is not None else {}
        out[doc] = with_corpus_places(mentions, places, names)
    # counted over each article's grouped rows (the names the corpus types in it too), as the
    # entity list and search's grouping count them
    grouped = (
        with_corpus_places(rows, decode_places(held, first & held.keys()), names) for rows, held in decoded.values()
    )
    return out, spellings(grouped)


def spellings(mentions_by_doc: Iterable[Iterable[Any]]) -> dict[str, dict[str, int]]:
    """How often each name is written each way outside boilerplate: its spelling form
    (``spellings.spelling_form``: case, accents and abbreviations' dots aside, so one whole name's
    spellings are counted together) → {text as written (spaces made one): count}, over
    ``mentions_by_doc`` (each article's mentions, objects with ``text`` and ``noise``), the counts
    :func:`~waic_reader.index.analysis.entities.spellings.written_name` names an entity by."""
    out: dict[str, dict[str, int]] = {}
    for mentions in mentions_by_doc:
        for m in mentions:
            if not m.noise:
                text = " ".join(m.text.split())
                got = out.setdefault(spelling_form(text), {})
                got[text] = got.get(text, 0) + 1
    return out
