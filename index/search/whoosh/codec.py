"""whoosh's codec with posting values packed one blob per block.

whoosh pickles each posting block as ``(ids, weights, values)`` with pickle protocol 2, where
``values`` is a tuple of one ``bytes`` per posting (a word's positions). Protocol 2 has no
opcode for ``bytes``: each one is pickled as a call to ``_codecs.encode``, so unpickling a block
of 128 postings took ~120 µs, of which ~115 µs were those calls. Reading postings is most of a
search's time, and scoring never needs the values.

Here a block's values are one :class:`PackedValues` (the values joined, and where each ends),
pickled as one call with two ``bytes``: the same block unpickles in ~13 µs. Everything else is
whoosh's codec (``W3Codec``) unchanged, and whoosh reads the values back through
``PackedValues``, a sequence of ``bytes`` like the tuple it replaces. This touches
``W3PostingsWriter._mini_values`` of the pinned whoosh 2.7.4.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Iterator, Sequence
from itertools import accumulate, chain
from typing import Any, overload

from whoosh.codec.whoosh3 import W3Codec, W3PostingsWriter

from waic_reader.index.search.whoosh.pickled import stable_name


class PackedValues(Sequence[bytes]):
    """A block's posting values: ``blob[ends[i-1]:ends[i]]`` is value ``i``."""

    __slots__ = ("blob", "ends")

    def __init__(self, blob: bytes, ends: array[int]) -> None:
        self.blob = blob
        self.ends = ends

    @classmethod
    def of(cls, values: Iterable[bytes]) -> PackedValues:
        values = list(values)
        return cls(b"".join(values), array("I", accumulate(map(len, values))))

    def __len__(self) -> int:
        return len(self.ends)

    @overload
    def __getitem__(self, i: int) -> bytes: ...
    @overload
    def __getitem__(self, i: slice) -> list[bytes]: ...

    def __getitem__(self, i: int | slice) -> bytes | list[bytes]:
        if isinstance(i, slice):
            return [self[k] for k in range(*i.indices(len(self)))]
        n = len(self.ends)
        if i < 0:
            i += n
        if not 0 <= i < n:
            raise IndexError("posting value index out of range")
        return self.blob[self.ends[i - 1] if i else 0 : self.ends[i]]

    def __iter__(self) -> Iterator[bytes]:
        ends = self.ends
        return map(self.blob.__getitem__, map(slice, chain((0,), ends), ends))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, PackedValues):
            return self.blob == other.blob and self.ends == other.ends
        return isinstance(other, (tuple, list)) and list(self) == list(other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"PackedValues({list(self)!r})"

    def __reduce__(self) -> tuple[Any, tuple[bytes, bytes]]:
        return packed_values, (self.blob, self.ends.tobytes())


@stable_name("packed_values")  # what each posting block names: never a module path (see pickled.py)
def packed_values(blob: bytes, ends: bytes) -> PackedValues:
    """A block's :class:`PackedValues` from its pickled form (the blob and the ``ends`` array's bytes)."""
    a = array("I")
    a.frombytes(ends)
    return PackedValues(blob, a)


class _PackedPostingsWriter(W3PostingsWriter):
    def _mini_values(self) -> Any:
        fixed = self._format.fixed_value_size()
        if fixed is None or fixed < 0:  # variable-size values (positions): one blob
            return PackedValues.of(self._values)
        return super()._mini_values()


@stable_name("PackedCodec")  # each segment in the table of contents names its codec (see pickled.py)
class PackedCodec(W3Codec):
    """``W3Codec`` (uncompressed blocks unless asked) writing values as :class:`PackedValues`."""

    def __init__(self, blocklimit: int = 128, compression: int = 0, inlinelimit: int = 1) -> None:
        super().__init__(blocklimit=blocklimit, compression=compression, inlinelimit=inlinelimit)

    def postings_writer(self, dbfile: Any, byteids: bool = False) -> W3PostingsWriter:
        return _PackedPostingsWriter(
            dbfile,
            blocklimit=self._blocklimit,
            byteids=byteids,
            compression=self._compression,
            inlinelimit=self._inlinelimit,
        )
