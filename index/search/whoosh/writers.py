"""The whoosh writers every write of the index uses, and the segments of a full build.

A writer here writes no compound files, has a larger posting pool than whoosh's default,
leaves posting blocks uncompressed (:mod:`.codec`) and caches field lengths. A full build writes
its documents into fresh segments (:mod:`.segment_writer`), closed every
:data:`SEGMENT_POSTINGS` postings, and lists them in the table of contents at the end.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from whoosh import index as windex

# Memory of whoosh's in-memory posting pool per writer of an incremental update (its default,
# 128, makes a batch of a few thousand documents spill sorted runs to disk and merge them back in
# Python).
WRITER_LIMITMB = 512
# Postings of one segment of a full build, held in memory until it is written (segment_writer):
# ~57 bytes each measured on 1k articles (terms' lists included), so ~0.9 GB per writer; a 10k
# build (~4.6M postings per worker) writes one segment per worker.
SEGMENT_POSTINGS = 16_000_000


def write_segments(ix: windex.Index, documents: Iterable[dict[str, Any]]) -> list[Any]:
    """Write ``documents`` into new segments of ``ix`` (not yet listed in its table of
    contents); return the segments, in document order. A segment is closed when its postings
    reach :data:`SEGMENT_POSTINGS`, so the memory a build takes stays bounded."""
    segments: list[Any] = []
    writer = None
    try:
        for fields in documents:
            if writer is None:
                writer = fresh_writer(ix, _lk=False)
            writer.add_document(**fields)
            if writer.postings >= SEGMENT_POSTINGS:
                segments.append(writer._finalize_segment())
                writer = None
        if writer is not None:
            segments.append(writer._finalize_segment())
            writer = None
    except BaseException:
        if writer is not None:
            writer.cancel()
        raise
    return segments


def _codec() -> Any:
    """whoosh's codec with each block's posting values packed in one blob (see
    :mod:`waic_reader.index.search.whoosh.codec`) and no zlib on posting blocks: compressing them was a fifth
    of the time whoosh spends writing postings, and every search decompressed every block it
    read again (the index is ~1.6x larger)."""
    from waic_reader.index.search.whoosh.codec import PackedCodec

    return PackedCodec(compression=0)


def index_writer(ix: windex.Index) -> Any:
    """A writer of ``ix`` as every write here wants it: no compound files (whoosh would read
    each segment whole into memory on open), a larger posting pool, uncompressed posting
    blocks, cached field lengths."""
    writer = ix.writer(compound=False, limitmb=WRITER_LIMITMB, codec=_codec())
    _fast_lengths(writer)
    return writer


def fresh_writer(ix: windex.Index, **options: Any) -> Any:
    """A writer of one new segment of ``ix`` for a full build: as :func:`index_writer`, with each
    term's postings gathered in memory instead of whoosh's sorting pool (:mod:`.segment_writer`)."""
    from waic_reader.index.search.whoosh.segment_writer import FreshSegmentWriter

    return FreshSegmentWriter(ix, compound=False, codec=_codec(), **options)


def commit_segments(writer: Any, segments: list[Any]) -> None:
    """Make ``segments`` (written by :func:`write_segments`) the index's, in this order, and
    release ``writer`` (which wrote nothing itself, only holds the index's lock)."""
    writer._close_segment()
    writer._commit_toc(segments)
    writer._finish()


def _fast_lengths(writer: Any) -> None:
    """Flushing a segment looks up a document's field length once per posting (each term of
    each document) through whoosh's column readers; remember them per (document, field)."""
    make = getattr(writer, "per_document_reader", None)
    if make is None:
        return

    def per_document_reader() -> Any:
        reader = make()
        real = reader.doc_field_length
        cache: dict[tuple[int, str], Any] = {}

        def doc_field_length(docnum: int, fieldname: str, default: int = 0) -> Any:
            key = (docnum, fieldname)
            got = cache.get(key)
            if got is None:
                got = cache[key] = real(docnum, fieldname, default)
            return got

        reader.doc_field_length = doc_field_length
        return reader

    writer.per_document_reader = per_document_reader
