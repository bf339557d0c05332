"""The corpus grouping of names kept in an index generation's folder, for the next process.

Two files (:data:`VIEW_FILE`, :data:`STATE_FILE`): the view search reads
(:class:`~.corpus_names.CorpusView`, keyed by the state of the index it is of:
:func:`segments_key`) and the state an update brings up to date (:class:`~.names_state.NamesState`,
larger: read only then). Both are read back as untrusted input: a missing, damaged or stale
file is no file (worked out again), never an error. What they are worked out from is read from
the index's segments (:func:`segments`, :func:`read_all`, :func:`brought_up_to_date`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from whoosh.searching import Searcher

from waic_reader.index.corpus.listing import read_private_text, write_private_text
from waic_reader.index.search.whoosh.corpus_names import CorpusView, view_from_json, view_to_json
from waic_reader.index.search.whoosh.names_state import (
    MAX_REGROUPED,
    Layout,
    NamesState,
    changes,
    read_segment,
    state_from_json,
    state_to_json,
)
from waic_reader.index.search.whoosh.schema import SCHEMA_VERSION

# The corpus grouping of names and what it was worked out from, kept in a generation's folder
# for the next process and brought up to date after each update (SearchIndex.corpus_view).
VIEW_FILE = "names-view.json"  # the view search reads, keyed by the segments it is of
STATE_FILE = "names-state.json"  # what an update brings up to date (larger: read only then)


def read_state(gen: Path) -> NamesState | None:
    """The grouping's state kept in the generation folder ``gen``; None when missing,
    unreadable, damaged or of another index version (then it is worked out again)."""
    try:
        text = read_private_text(gen / STATE_FILE)
    except (OSError, UnicodeDecodeError):
        return None
    return state_from_json(text, SCHEMA_VERSION)


Segment = tuple[str, int, set[int], Callable[[int], dict[str, Any]]]


def segments_key(segments: list[Segment]) -> str:
    """A name for the state of the index ``segments`` are (its segments, their sizes and
    deletions): a view kept for another is not read."""
    shape = [[segid, count, sorted(deleted)] for segid, count, deleted, _stored in segments]
    return f"{SCHEMA_VERSION}:" + hashlib.sha256(json.dumps(shape).encode()).hexdigest()


def read_view(gen: Path, key: str) -> CorpusView | None:
    """The view kept in the generation folder ``gen`` for ``key`` (:func:`segments_key`); None
    when missing, unreadable, damaged or of another state of the index."""
    try:
        text = read_private_text(gen / VIEW_FILE)
    except (OSError, UnicodeDecodeError):
        return None
    return view_from_json(text, key)


def keep(gen: Path, view: CorpusView, key: str, state: NamesState, with_state: bool) -> None:
    """Write ``view`` (for ``key``) into the generation folder ``gen``, and ``state`` too when
    ``with_state``, for the next process. A read-only index folder keeps nothing: the next
    process works them out again."""
    with contextlib.suppress(OSError):
        write_private_text(gen / VIEW_FILE, view_to_json(view, key))
        if with_state:
            write_private_text(gen / STATE_FILE, state_to_json(state, SCHEMA_VERSION))


def segments(s: Searcher) -> list[Segment]:
    """Each segment of the index ``s`` reads: its id, its documents, its deleted numbers and a
    reader of a document's stored fields (call under the index's lock)."""
    out: list[Segment] = []
    for reader, _offset in s.reader().leaf_readers():
        count = reader.doc_count_all()
        deleted = {n for n in range(count) if reader.is_deleted(n)} if reader.has_deletions() else set()
        out.append((str(reader.segment().segment_id()), count, deleted, reader.stored_fields))
    return out


def read_all(segments: list[Segment]) -> tuple[dict[str, object | None], Layout]:
    """Every article's kept names (doc → value) and the index's layout, read from ``segments``."""
    kept: dict[str, object | None] = {}
    layout: Layout = {}
    for segid, count, deleted, stored in segments:
        layout[segid] = read_segment(count, deleted, stored, kept)
    return kept, layout


def brought_up_to_date(
    state: NamesState | None, s: Searcher, now: list[Segment]
) -> tuple[NamesState | None, dict[str, object | None], dict[str, object | None], Layout]:
    """``state`` brought up to date with the index ``s`` reads (its segments ``now``), in
    place, from the articles changed since; or, when there is none or the change reaches too far
    (:data:`~.names_state.MAX_REGROUPED`, :meth:`NamesState.update`), None and every article's
    kept names (:func:`read_all`). Returns (state or None, kept names read, the changed
    articles' kept names, the layout of ``now``). Call under the index's lock."""
    kept: dict[str, object | None] = {}
    changed: dict[str, object | None] = {}
    if state is not None:
        changed, layout = changes(state.layout, now)
        if changed and (len(changed) > MAX_REGROUPED or not state.update(changed, _reader(s), layout)):
            state = None
    if state is None:
        kept, layout = read_all(now)
    return state, kept, changed, layout


def _reader(s: Searcher) -> Callable[[str], object]:
    """A reader of one article's kept names from ``s`` (call under the index's lock)."""

    def read(doc: str) -> object:
        docnum = s.document_number(doc=doc)
        return None if docnum is None else s.stored_fields(docnum).get("names")

    return read
