"""Opening a whoosh index's live generation: checked (the folder the user's own, the
generation named by ``CURRENT`` unplanted, built by this version), held against removal by other
processes (:func:`.storage.hold`), every segment touched; and a searcher with its files opened
at once (another process may drop a segment meanwhile).
"""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from whoosh import index as windex
from whoosh.searching import Searcher

from waic_reader.index.corpus.text import one_line
from waic_reader.index.locking import Held
from waic_reader.index.search.whoosh import storage, unpickle
from waic_reader.index.search.whoosh.schema import META_NAME, expected_meta, open_index


def open_live(
    index_dir: Path, analysis_version: str, open_ix: windex.Index | None, open_gen: Path | None, retry: bool = True
) -> tuple[windex.Index | None, str, tuple[Path, Held | None] | None]:
    """Open the live generation of ``index_dir`` (built for ``analysis_version``): (index, "",
    (its generation, the shared hold that keeps other processes from removing it)) for one
    opened now, (``open_ix``, "", None) when it is ``open_gen``, already open, or (None, why it
    cannot be used, None).

    Raises :class:`IndexUntrusted` when the index folder is not the user's own.
    """
    storage.check_trusted(index_dir)
    why = storage.untrusted_current(index_dir)
    if why:  # it could name a generation someone else planted: rebuilt, and CURRENT rewritten
        return None, f"index refused: {why}", None
    gen = storage.current_generation(index_dir)
    if gen is None or not gen.is_dir():
        return None, "no index yet", None
    try:
        why = storage.untrusted_content(gen)
        meta = json.loads((gen / META_NAME).read_text("utf-8"))
    except (OSError, ValueError):
        return None, "index metadata missing or damaged", None
    if why:
        return None, f"index refused: {why}", None
    if meta != expected_meta(analysis_version):
        return None, "index was built by another version", None
    if open_ix is not None and gen == open_gen:
        return open_ix, "", None  # already open (and held)
    if not (gen / storage.MARKER).exists():
        # Named by CURRENT with the app's metadata: made by a version before markers. (In a
        # read-only cache it stays unmarked: read, but never removed.)
        with contextlib.suppress(OSError):
            storage.mark(gen)
    held = storage.hold(gen)
    if held is None and retry and storage.current_generation(index_dir) != gen:
        # replaced by another process meanwhile: the one that replaced it
        return open_live(index_dir, analysis_version, open_ix, open_gen, retry=False)
    try:
        ix = open_index(gen)
        with ix.searcher() as s:  # touch every segment so damage shows here, not mid-search
            s.doc_count_all()
            list(s.lexicon("doc"))[:1]
    except unpickle.UnsafePickle as exc:
        if held is not None:
            held.release()
        return None, f"index refused: {exc}", None
    except Exception as exc:
        if held is not None:
            held.release()
        return None, f"index damaged ({type(exc).__name__}: {one_line(str(exc), 80)})", None
    return ix, "", (gen, held)


def searcher_with_files_open(ix: windex.Index, tries: int = 3) -> Searcher:
    """A searcher of ``ix`` (its latest table of contents) with every segment's stored-fields
    and field-length files opened now. whoosh opens them on first use; by then another process
    may have dropped the segment (every document of it updated, as after a corpus.yaml edit, then
    merged away) and removed its files, and whoosh, finding no such file, read the stored fields
    of a hit from None: ``TypeError: 'NoneType' object is not subscriptable`` on every search
    (issue 13, s16). Opened, a file removed later stays readable. A file already gone: the table
    of contents has moved on, so a searcher of the newer one is made."""
    searcher = ix.searcher()
    lengths = [name for name, field in ix.schema.items() if field.scorable]
    for r, _offset in searcher.ixreader.leaf_readers():
        if not r.doc_count_all():
            continue
        perdoc = getattr(r, "_perdoc", None)  # the pinned whoosh's per-document files
        if perdoc is not None and not perdoc.has_column("_stored") and tries > 1:
            searcher.close()
            return searcher_with_files_open(ix, tries - 1)
        r.stored_fields(0)
        for name in lengths:
            r.doc_field_length(0, name)
    return searcher
