"""Reading whoosh's posting blocks whole: the layer under :mod:`.bulk_scorer`.

These functions read the block structures of the pinned whoosh 2.7.4 codec (``W3LeafMatcher``
and its column readers) directly, a block or a segment at a time, instead of one posting per
matcher call. Everything that depends on those internals is here.
"""

from __future__ import annotations

import struct
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterable, Iterator, Sequence
from itertools import accumulate as _accumulate
from itertools import repeat
from typing import Any

from whoosh.codec.whoosh3 import WHOOSH3_HEADER_MAGIC, W3LeafMatcher

from waic_reader.index.search.whoosh import unpickle

# A posting block kept for a phrase word: (first top-level document, document offset of its
# segment, ids in the segment (ascending), posting values, deleted ids of the segment).
Block = tuple[int, int, Sequence[int], Sequence[bytes], "frozenset[int] | set[int]"]


def load_ids(m: W3LeafMatcher) -> None:
    """``m.id()`` without its cost: the current block's document numbers, decoded with
    ``itertools.accumulate`` instead of whoosh's generator (same numbers)."""
    if m._ids is not None:
        return
    if m._data is None:
        m._read_data()
    ids = m._data[0]
    m._ids = ids if m._byteids else tuple(_accumulate(ids))


def _byte_lengths() -> list[int | None]:
    from whoosh.util.numeric import byte_to_length

    return [byte_to_length(b) if b else None for b in range(256)]  # as doc_field_length reads


BYTE_LENGTHS = _byte_lengths()


def length_bytes(r: Any, fieldname: str) -> bytes | None:
    """Every document's length byte of ``fieldname`` in segment reader ``r``, read at once
    (whoosh reads them one document at a time: ~0.5 s a field at 100k documents, paid by the
    first search after the index opens), or None if the pinned whoosh's layout is not there."""
    from whoosh.codec.whoosh3 import LENGTHS_COLUMN, _lenfield

    get = getattr(getattr(r, "_perdoc", None), "_cached_reader", None)
    if get is None:
        return None
    col = get(_lenfield(fieldname), LENGTHS_COLUMN)
    n = r.doc_count_all()
    if col is None or getattr(col, "_fixedlen", None) != 1 or not hasattr(col, "_dbfile"):
        return None
    count = min(col._count, n)
    raw = col._dbfile.get(col._basepos, count) if count else b""
    return bytes(raw) + bytes(n - count)  # past the column's end: length 0, as whoosh reads


_BLOCK_LENGTH = struct.Struct("!i")  # whoosh's write_int: a block's length, negative for the last


def _whole_blocks(m: W3LeafMatcher) -> Iterator[tuple[Sequence[int], Any, Any]] | None:
    """(ids, weights, values) of every posting block of ``m`` (a fresh matcher), read from one
    read of the term's postings and one unpickler; None when they are not laid out as this
    knows (compressed blocks are found while reading: :class:`_Compressed`).

    Read through the matcher, each block cost two seeks and reads and two unpicklers (its
    header, its data): ~30% of reading a common word's postings (measured at 10k articles,
    ``content:government``, ``said``, ``into`` and four more, 12.5 -> 8.9 ms). Here the term's
    postings are read at once (the extent its term info gives) and the blocks' pickles, their
    length ints left out, are unpickled back to back by one restricted unpickler
    (:func:`unpickle.stream`)."""
    length = m._length[0] if isinstance(m._length, tuple) else m._length  # whoosh keeps a 1-tuple
    if m._byteids or not isinstance(length, int) or length <= 4:
        return None
    fixed = m._fixedsize
    # values as written (positions); others are not needed here
    return _raw_blocks(m._postfile.get(m._startoffset, length), fixed is None or fixed < 0)


def _raw_blocks(raw: Any, plain: bool) -> Iterator[tuple[Sequence[int], Any, Any]] | None:
    """:func:`_whole_blocks` of a term's posting bytes ``raw`` as its term info's extent gives
    them (``plain``: the values are wanted, a field of variable-size values such as positions)."""
    if raw[:4] != WHOOSH3_HEADER_MAGIC:
        return None
    pickles = []
    pos, end = 4, len(raw)
    unpack = _BLOCK_LENGTH.unpack_from
    while pos + 4 <= end:
        (size,) = unpack(raw, pos)
        nxt = pos + 4 + abs(size)
        pickles.append(raw[pos + 4 : nxt])
        pos = nxt
        if size < 0:
            break
    else:
        return None  # no last block: not whoosh 2.7.4's layout
    load = unpickle.stream(b"".join(pickles)).load

    def blocks() -> Iterator[tuple[Sequence[int], Any, Any]]:
        for _ in range(len(pickles)):
            info = load()
            if info[3]:  # a compressed block: zlib over the data pickle
                raise _Compressed
            data = load()
            yield tuple(_accumulate(data[0])), data[1], data[2] if plain else None

    return blocks()


class _Compressed(Exception):
    """A posting block is zlib-compressed (an index written with compression): read it as
    whoosh does."""


def segment_postings(
    r: Any, off: int, fieldname: str, text: str, blocks: list[Block] | None
) -> tuple[list[int], list[float], frozenset[int] | set[int]] | None:
    """One segment's document ids and weights of a term, gathered block by block at C speed
    (and each block appended to ``blocks`` when given), with the segment's deleted ids; None
    when whoosh's matcher is not the block reader this knows."""
    m, deleted = block_matcher(r.postings(fieldname, text))
    if m is None:
        return None
    whole = _whole_blocks(m) if blocks is None or m._fixedsize is None or m._fixedsize < 0 else None
    kept = len(blocks) if blocks is not None else 0
    if whole is not None:
        try:
            ids_of: list[int] = []
            ws_of: list[float] = []
            for ids, weights, values in whole:
                if weights is None or isinstance(weights, float):
                    ws_of.extend(repeat(1.0 if weights is None else weights, len(ids)))
                else:
                    ws_of.extend(weights)
                ids_of.extend(ids)
                if blocks is not None:
                    blocks.append((ids[0] + off, off, ids, values, deleted))
            return ids_of, ws_of, deleted
        except _Compressed:
            if blocks is not None:
                del blocks[kept:]
            m, deleted = block_matcher(r.postings(fieldname, text))
            if m is None:
                return None
    all_ids: list[int] = []
    all_ws: list[float] = []
    while m.is_active():
        load_ids(m)
        ids = m._ids
        weights = m._data[1]
        if weights is None or isinstance(weights, float):
            all_ws.extend(repeat(1.0 if weights is None else weights, len(ids)))
        else:
            all_ws.extend(weights)
        all_ids.extend(ids)
        if blocks is not None:
            m._read_values()
            blocks.append((ids[0] + off, off, ids, m._values, deleted))
        m._next_block()
    return all_ids, all_ws, deleted


def prefix_postings(
    leaves: Iterable[tuple[Any, int]],
    fieldname: str,
    prefixes: Iterable[str],
    docs: Collection[int],
    wanted: Callable[[str], bool] | None = None,
) -> Iterator[tuple[str, int, bytes]]:
    """(term, top-level document number, posting value) of every posting of ``fieldname`` in
    one of ``docs`` (top-level numbers) of a term starting with one of ``prefixes`` that
    ``wanted`` accepts (None: every one), term by term in lexical order, each segment of ``leaves`` (its (reader,
    document offset) pairs: ``reader.leaf_readers()``) in turn; deleted documents left out. A
    term starting with two of ``prefixes`` is given once for each.

    A short prefix starts a thousand terms or more ("o": 1,690 on 1,000 articles), most of
    them in a document or two, and looking each one up (its term info by two hash probes a
    segment, then its matcher) cost ~0.15 ms a term: 0.25 s for a hyphenated word's one-letter
    last part (``state-o*``) on 1,000 articles. Here each segment's terms are read with their
    term infos in one ordered scan (as :func:`~.prefixes.prefix_frequencies` reads them); a
    term whose document range holds none of ``docs`` is passed by, a term held by one document
    has its posting in its term info (whoosh inlines it), any other has its posting bytes
    read at once and its blocks unpickled back to back (:func:`_whole_blocks`), only their
    postings in ``docs`` picked out in Python."""
    starts = list(prefixes)
    for r, off in leaves:
        count = r.doc_count_all()
        local = sorted(d - off for d in docs if off <= d < off + count)
        if not local:
            continue
        keep = {d for d in local if not r.is_deleted(d)} if r.has_deletions() else set(local)
        terms = getattr(r, "_terms", None)
        postfile = getattr(terms, "_postfile", None)
        fmt = r.schema[fieldname].format
        for raw_text, info in (item for prefix in starts for item in r.iter_prefix(fieldname, prefix)):
            text = raw_text.decode("utf-8") if isinstance(raw_text, bytes) else raw_text
            if wanted is not None and not wanted(text):
                continue
            low, high = info.min_id(), info.max_id()
            if low is not None and high is not None:
                at = bisect_left(local, low)
                if at == len(local) or local[at] > high:
                    continue  # none of the documents asked for lies in the term's range
            for d, value in _term_postings(r, postfile, fieldname, text, info, fmt, keep):
                yield text, d + off, value


def unique_ids(leaves: Iterable[tuple[Any, int]], fieldname: str) -> dict[int, str]:
    """Every live document's term of the unique id field ``fieldname`` (``doc``), by top-level
    document number, from one ordered scan of each segment's terms of the field (``leaves``:
    ``reader.leaf_readers()``): an id's postings in a segment are its one document there, its term
    info's first and last. ~8 µs a document, where each document's stored fields (unpickled
    whole: its kept article, mentions, quotes) cost ~90 µs."""
    out: dict[int, str] = {}
    for r, off in leaves:
        for raw_text, info in r.iter_field(fieldname):
            d = info.min_id()
            if d is not None and d == info.max_id() and not r.is_deleted(d):
                out[d + off] = raw_text.decode("utf-8") if isinstance(raw_text, bytes) else raw_text
    return out


def _term_postings(
    r: Any, postfile: Any, fieldname: str, text: str, info: Any, fmt: Any, keep: set[int]
) -> list[tuple[int, bytes]]:
    """(document number in the segment, posting value) of one term of segment reader ``r`` in
    the documents ``keep`` (numbers in the segment), from its term info ``info``: inlined in
    it, else its posting bytes in ``postfile`` read at once, each block's documents met with
    ``keep`` by a set intersection (most blocks of a common word hold none of a few hundred
    documents); through whoosh's matcher when neither is laid out as this knows (a compressed
    block)."""
    if info.is_inlined():
        ids, _weights, values = info.inlined_postings()
        return [(d, v) for d, v in zip(ids, values) if d in keep]
    if postfile is not None and not (fmt.fixed_value_size() or 0) > 0:
        offset, length = info.extent()
        length = length[0] if isinstance(length, tuple) else length  # whoosh keeps a 1-tuple
        blocks = _raw_blocks(postfile.get(offset, length), True) if isinstance(length, int) and length > 4 else None
        if blocks is not None:
            out: list[tuple[int, bytes]] = []
            try:
                for ids, _w, values in blocks:
                    common = keep.intersection(ids)
                    if common:
                        by_id = dict(zip(ids, values))
                        out.extend((d, by_id[d]) for d in common)
                return out
            except _Compressed:
                pass
    m = r.postings(fieldname, text)
    out = []
    while m.is_active():
        if m.id() in keep:
            out.append((m.id(), m.value()))
        m.next()
    return out


def segment_ids(r: Any, off: int, fieldname: str, text: str) -> list[int] | None:
    """One segment's top-level document numbers of a term (its deleted documents left out),
    block by block at C speed, weights and values not looked at; None when whoosh's matcher is
    not the block reader this knows."""
    got = segment_postings(r, off, fieldname, text, None)
    if got is None:
        return None
    ids_of, _weights, deleted = got
    if deleted:
        ids_of = [i for i in ids_of if i not in deleted]
    return list(map(off.__add__, ids_of)) if off else ids_of


def block_matcher(m: Any) -> tuple[W3LeafMatcher | None, frozenset[int] | set[int]]:
    """The block reader under a term's postings and the deleted documents it must skip, or
    (None, ...) for any other matcher."""
    from whoosh.matching.wrappers import FilterMatcher

    if isinstance(m, W3LeafMatcher):
        return m, frozenset()
    if type(m) is FilterMatcher and m._exclude and m.boost == 1.0 and isinstance(m.child, W3LeafMatcher):
        return m.child, m._ids
    return None, frozenset()


def block_heads(m: W3LeafMatcher) -> tuple[list[int], list[int]]:
    """The last document id (in the segment) and the file position of every posting block of
    ``m`` (a fresh matcher), read from the blocks' headers alone: :func:`read_block` then reads
    any one of them. ``m`` is left at its end."""
    last: list[int] = []
    places: list[int] = []
    place = m._baseoffset
    while m.is_active():
        last.append(m._maxid)
        places.append(place)
        place = m._nextoffset
        m._next_block()
    return last, places


def block_spans(m: W3LeafMatcher) -> tuple[bytes, list[int], list[tuple[int, int]]] | None:
    """A term's posting bytes read at once, each block's last document id (in the segment) and
    where its data pickle lies in those bytes (start, end): :func:`read_span` then reads any
    one block with no file access. ``m``: a fresh matcher. None when the blocks are not laid
    out as this knows or one is compressed (:func:`block_heads` and :func:`read_block` then).

    The same as ``block_heads`` + ``read_block`` without whoosh's per-block seek, length read
    and header read on the file (twice: walking the headers, then going back to a block):
    only the blocks' small header pickles are unpickled here, one per block."""
    length = m._length[0] if isinstance(m._length, tuple) else m._length  # whoosh keeps a 1-tuple
    if m._byteids or not isinstance(length, int) or length <= 4:
        return None
    fixed = m._fixedsize
    if not (fixed is None or fixed < 0):  # values as written (positions) only
        return None
    raw = m._postfile.get(m._startoffset, length)
    if raw[:4] != WHOOSH3_HEADER_MAGIC:
        return None
    raw = bytes(raw)
    lasts: list[int] = []
    spans: list[tuple[int, int]] = []
    pos, end = 4, len(raw)
    unpack = _BLOCK_LENGTH.unpack_from
    head = unpickle.load_head
    while pos + 4 <= end:
        (size,) = unpack(raw, pos)
        nxt = pos + 4 + abs(size)
        block = raw[pos + 4 : nxt]
        info, data_at = head(block)  # (count, last id, max weight, compression, min/max length)
        if info[3]:
            return None
        lasts.append(info[1])
        spans.append((pos + 4 + data_at, nxt))
        pos = nxt
        if size < 0:
            return raw, lasts, spans
    return None  # no last block: not whoosh 2.7.4's layout


def read_span(raw: bytes, span: tuple[int, int]) -> tuple[Sequence[int], Sequence[bytes]]:
    """The document ids (in the segment) and posting values of the block at ``span`` of a
    term's posting bytes (one of :func:`block_spans`)."""
    data = unpickle.loads(raw[span[0] : span[1]])
    return tuple(_accumulate(data[0])), data[2]


def read_block(m: W3LeafMatcher, place: int) -> tuple[Sequence[int], Sequence[bytes]]:
    """The document ids and posting values of ``m``'s block at file position ``place`` (one of
    :func:`block_heads`)."""
    m._lastblock = m._atend = False  # whoosh's _goto sets these only when it reaches the end
    m._goto(place)
    load_ids(m)
    m._read_values()
    return m._ids, m._values


def decode_positions(values: list[bytes], fmt: Any) -> list[list[int]]:
    """The positions of many posting values of a field whose format is ``fmt``.

    A value of the analyzer's ``IndexPositions`` whose deltas fit a byte (type code ``B``, most
    of them) is read as its bytes, which iterate as the deltas: the same list as
    ``fmt.decode_positions`` without building an ``array`` per value."""
    decode = fmt.decode_positions
    if getattr(fmt, "byte_deltas", False):
        return [list(_accumulate(v[1:])) if v[0] == 66 else decode(v) for v in values]  # 66: b"B"
    return [decode(v) for v in values]


def iter_positions(value: bytes, fmt: Any) -> Iterable[int]:
    """The positions of one posting value of a field whose format is ``fmt``, ascending, as an
    iterable decoded lazily when the value's deltas fit a byte (``in`` and ``isdisjoint`` over
    it stop at the first hit); the same numbers as :func:`decode_positions`."""
    if getattr(fmt, "byte_deltas", False) and value[0] == 66:  # 66: b"B"
        return _accumulate(value[1:])
    return fmt.decode_positions(value)
