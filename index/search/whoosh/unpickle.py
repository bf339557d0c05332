"""Reading the index's pickles without running code: a restricted unpickler for whoosh.

whoosh stores its table of contents (the segment list), each posting block, each block's
header, inlined postings, column headers and stored fields as pickles. A pickle can name any
importable callable (``os.system``) and have it called while loading, so an index folder is code
the app runs. :func:`install` points every place whoosh 2.7.4 unpickles (``whoosh.filedb.structfile``
``read_pickle``, ``whoosh.codec.whoosh3``, ``whoosh.columns`` and ``whoosh.formats`` ``loads``,
``whoosh.index`` TOC reading) at :func:`loads`/:func:`load`, which admit only the globals this app
writes; anything else raises :class:`UnsafePickle` before it is called. The schema in a table of
contents is never unpickled: the index is opened with the schema the app makes itself
(:func:`waic_reader.index.search.whoosh.schema.make_schema`).

The admitted set is small: whoosh's segment class, the app's own classes as registered in
:data:`waic_reader.index.search.whoosh.pickled.PICKLED` (the codec and its packed posting values;
the schema's filter and format are never unpickled), and data constructors (``int``, ``set``, ``frozenset``, ``defaultdict``, ``array``, and
``_codecs.encode``, which pickle protocol 2 uses for ``bytes``). The legacy whoosh 1.x TOC
loader, which unpickles with no restriction, is switched off: such an index is "damaged" and
rebuilt.
"""

from __future__ import annotations

import io
import pickle
import types
from typing import IO, Any

import whoosh.codec.whoosh3 as _w3
import whoosh.columns as _columns
import whoosh.filedb.structfile as _structfile
import whoosh.formats as _formats
import whoosh.index as _windex
import whoosh.legacy as _legacy

from waic_reader.index.errors import IndexUntrusted


class UnsafePickle(pickle.UnpicklingError, IndexUntrusted):
    """An index file names a global the app never writes; ``str()`` is a one-line reason."""


def _name(obj: Any) -> tuple[str, str]:
    return obj.__module__, obj.__qualname__


def _admitted() -> dict[tuple[str, str], Any]:
    """(module, name) as a pickle spells it -> the object it stands for."""
    import _codecs
    import array
    import collections

    from whoosh.codec.whoosh3 import W3Segment

    from waic_reader.index.search.whoosh import pickled

    names: dict[tuple[str, str], Any] = {}
    for data in (int, set, frozenset):
        names["builtins", data.__name__] = data
        names["__builtin__", data.__name__] = data  # pickle protocol 2 (whoosh's blocks) spelling
    names["_codecs", "encode"] = _codecs.encode
    names["array", "_array_reconstructor"] = array._array_reconstructor  # type: ignore[attr-defined]
    names["array", "array"] = array.array
    names["collections", "defaultdict"] = collections.defaultdict
    names[_name(W3Segment)] = W3Segment
    for stable in pickled.PICKLED:  # the app's own: by their stable names (waic_index.*)
        names[pickled.STABLE_MODULE, stable] = pickled.resolve(stable)
    return names


ADMITTED: dict[tuple[str, str], Any] = {}


class _Restricted(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        found = ADMITTED.get((module, name))
        if found is None:
            raise UnsafePickle(f"refused to load {module}.{name} from the index (the app never writes it)")
        return found


def loads(data: bytes, **_kwargs: Any) -> Any:
    """``pickle.loads`` admitting only :data:`ADMITTED` globals.

    The stream is buffered: given a file with ``peek``, the C unpickler reads it in one prefetch
    instead of one ``read`` call per opcode; a posting block of 128 postings unpickles ~3x faster
    (30 µs instead of 84 µs for 2.5 kB; reading posting blocks is most of a search's time)."""
    return _Restricted(io.BufferedReader(io.BytesIO(data))).load()


def stream(data: bytes) -> pickle.Unpickler:
    """One unpickler admitting only :data:`ADMITTED` globals over pickles written back to back
    in ``data``: each ``load()`` gives the next (buffered, as :func:`loads`; nothing else may
    read the stream meanwhile: the unpickler prefetches it)."""
    return _Restricted(io.BufferedReader(io.BytesIO(data)))


def load_head(data: bytes | memoryview, start: int = 0) -> tuple[Any, int]:
    """The pickle at offset ``start`` of ``data`` (admitting only :data:`ADMITTED` globals) and
    the offset just past it: the stream is read unbuffered (``io.BytesIO`` has no ``peek``), so
    its position is exactly where the pickle ended. For a small pickle followed by others (a
    posting block's header before its data). Raises ``UnsafePickle`` as :func:`loads` does."""
    f = io.BytesIO(data)
    f.seek(start)
    got = _Restricted(f).load()
    return got, f.tell()


def load(file: IO[bytes], **_kwargs: Any) -> Any:
    """``pickle.load`` admitting only :data:`ADMITTED` globals."""
    return _Restricted(file).load()


_INSTALLED = False


def install() -> None:
    """Route every unpickling whoosh does for an index through :func:`loads`/:func:`load`
    (idempotent; the app's whoosh modules import this before opening an index)."""
    global ADMITTED, _INSTALLED
    if _INSTALLED:
        return
    ADMITTED = _admitted()
    _structfile.load_pickle = load  # StructFile.read_pickle: TOC segments, block headers, columns
    _w3.loads = loads  # posting blocks and inlined postings
    _columns.loads = loads  # PickleColumn: stored fields
    _formats.loads = loads  # whoosh's own posting value formats
    # whoosh.index reads the TOC's schema with ``pickle.loads`` (skipped: the app passes its
    # schema) and writes it with ``pickle.dumps``.
    _windex.pickle = types.SimpleNamespace(  # a stand-in for the module: whoosh uses these three
        loads=loads, dumps=pickle.dumps, PicklingError=pickle.PicklingError
    )
    _legacy.toc_loaders.clear()  # whoosh 1.x TOCs: unpickled unrestricted; never written here
    _INSTALLED = True
