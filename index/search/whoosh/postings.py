"""Reading whoosh's posting blocks whole: the layer under :mod:`.bulk_scorer`.

These functions read the block structures of the pinned whoosh 2.7.4 codec (``W3LeafMatcher``
and its column readers) directly, a block or a segment at a time, instead of one posting per
matcher call. Everything that depends on those internals is here.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import accumulate as _accumulate
from itertools import repeat
from typing import Any

from whoosh.codec.whoosh3 import W3LeafMatcher

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


def segment_postings(
    r: Any, off: int, fieldname: str, text: str, blocks: list[Block] | None
) -> tuple[list[int], list[float], frozenset[int] | set[int]] | None:
    """One segment's document ids and weights of a term, gathered block by block at C speed
    (and each block appended to ``blocks`` when given), with the segment's deleted ids; None
    when whoosh's matcher is not the block reader this knows."""
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


def segment_ids(r: Any, off: int, fieldname: str, text: str) -> list[int] | None:
    """One segment's top-level document numbers of a term (its deleted documents left out),
    block by block at C speed, weights and values not looked at; None when whoosh's matcher is
    not the block reader this knows."""
    m, deleted = block_matcher(r.postings(fieldname, text))
    if m is None:
        return None
    out: list[int] = []
    while m.is_active():
        load_ids(m)
        ids = m._ids
        if deleted:
            ids = [i for i in ids if i not in deleted]
        out.extend(map(off.__add__, ids) if off else ids)
        m._next_block()
    return out


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
