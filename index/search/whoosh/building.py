"""Building and updating a corpus's whoosh index: each article's fields, a new generation
(in this process or in forked ones, :mod:`.parallel_build`), an incremental update of the live
one, and the re-indexing of articles whose files did not change.

Plain functions of the :class:`~.engine.SearchIndex` they write for: it holds the open index and
its generation, and these call its own ``_stash``/``_set_index``/``_open_existing`` to take the
index they wrote (the callers hold the write lock, :func:`.storage.write_lock`, as said).
"""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from whoosh import index as windex

from waic_reader.index.analysis.kept_mentions import gazetteer_stamp
from waic_reader.index.corpus.kept_article import article_key, encode_article
from waic_reader.index.corpus.listing import listing_row, write_private_text
from waic_reader.index.corpus.reader import Article, CorpusError, Skipped
from waic_reader.index.errors import BuildWorkerDied, IndexBusy
from waic_reader.index.search.engine import MarksMoved
from waic_reader.index.search.model import Progress, SyncReport
from waic_reader.index.search.whoosh import gazetteer_docs, parallel_build, storage
from waic_reader.index.search.whoosh.parallel_build import PARALLEL_MIN_DOCS, build_processes
from waic_reader.index.search.whoosh.schema import META_NAME, create_index, expected_meta
from waic_reader.index.search.whoosh.snippets import stored_noise_spans
from waic_reader.index.search.whoosh.writers import commit_segments, index_writer, write_segments

if TYPE_CHECKING:
    from waic_reader.index.search.whoosh.engine import SearchIndex


def article_fields(index: SearchIndex, article: Article) -> dict[str, Any]:
    """The whoosh fields of ``article`` as ``index`` analyses it (:data:`~.schema.make_schema`'s
    fields): its texts, terms, counts and the values kept for the screens."""
    # Taken before the names are recognised: a gazetteer edited meanwhile leaves the older
    # stamp, which the next sync compares with the files (gazetteer_docs), never a newer one.
    gazetteer = gazetteer_stamp()
    a = index.analyse(article)
    names = a.entity_names()
    content, noise = a.content_text(), a.noise_text()
    entry = index.corpus.entries[article.doc]
    stamp = index.corpus.meta_stamp(article.doc)
    return {
        "doc": article.doc,
        "title": article.title,
        "outlet": article.outlet or "",
        "content": content,
        "noise": noise,
        # The same str objects: their edge n-grams come from the forms just indexed.
        "title_prefix": article.title,
        "content_prefix": content,
        "noise_prefix": noise,
        # Folded as words are (corpus.tokens.fold): who:Zurich finds "Zürich" and back;
        # with every form the article names an entity by and their words (who:Ueda finds
        # "Hiroshi Ueda", and so does who:Kellerman an article writing only "Maria Kellerman").
        "entity": ",".join(t.replace(",", " ") for t in a.entity_terms()),
        "noise_entity": ",".join(t.replace(",", " ") for t in a.noise_entity_terms()),
        "said": ",".join(a.said_terms()),
        "mtime_ns": entry.mtime_ns,
        "size": entry.size,
        "meta": stamp,
        "words": article.word_count,
        "noise_count": a.noise_count(),
        "entities": len(names),
        "title_derived": article.title_derived,
        "outlet_derived": article.outlet_derived,
        "date": article.date,
        "noise_spans": stored_noise_spans(a),
        "row": listing_row(article, noise=a.noise_count(), entities=len(names)),
        "figures": a.kept_figures(),
        "timeline": a.kept_timeline(),
        "mentions": a.kept_mentions(),
        "quotes": a.kept_quotes(),
        "names": a.kept_names(),
        # The article as read (corpus.kept_article), for this very file, fields and rules.
        "article": encode_article(article, article_key(entry, stamp, index.analysis_version)),
        "gazetteer": gazetteer,
    }


def file_name(index: SearchIndex, doc: str) -> str:
    """The file ``doc`` is read from, for the skipped list. Another reader of the corpus (a
    screen's worker) may have dropped an unreadable file from its entries meanwhile: then the
    doc id stands for it (its path without the extension)."""
    entry = index.corpus.entries.get(doc)
    return entry.name if entry is not None else doc


def documents(
    index: SearchIndex, docs: Iterable[str], report: SyncReport, progress: Progress | None, total: int
) -> Iterable[dict[str, Any]]:
    """The fields of ``docs`` read and analysed in this process, in order (through
    ``SearchIndex._fields``, which the tests replace to fail a build); a file that cannot be read
    goes to ``report.skipped``; ``progress(n, total)`` after each."""
    for n, doc in enumerate(docs, 1):
        try:
            article = index.corpus.article(doc, kept=False)  # read: the build keeps it
        except CorpusError as exc:
            report.skipped.append(Skipped(file_name(index, doc), str(exc)))
            continue
        yield index._fields(article)
        index.corpus.forget(doc)  # keep memory flat on large corpora
        if progress:
            progress(n, total)


def field_stream(
    index: SearchIndex, docs: list[str], report: SyncReport, progress: Progress | None
) -> Iterable[dict[str, Any]]:
    """Fields of ``docs`` in order; analysed in worker processes when the batch is large.

    Analysis (noise split, entities) is most of the cost of indexing and is pure Python, so
    it runs in ``build_processes()`` forked workers while this process feeds whoosh's writer.
    """
    if progress and docs:
        progress(0, len(docs))  # a build or update starts: a screen waiting for it can say so
    procs = build_processes()
    if procs < 1 or len(docs) < PARALLEL_MIN_DOCS:
        yield from documents(index, docs, report, progress, len(docs))
        return
    recognizer = getattr(index.analyse, "recognizer", None)  # load once, before forking
    del recognizer
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    parallel_build.set_source(index)
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    # (concurrent.futures, not multiprocessing.Pool: a worker that dies breaks the pool
    # and its results raise, where Pool waited forever for the dead worker's articles.)
    pool = ProcessPoolExecutor(procs, mp_context=ctx, initializer=parallel_build.worker_init)
    try:
        with parallel_build.sigint_held():  # the pool forks its workers on the first chunk
            results = pool.map(parallel_build.worker_fields, docs, chunksize=8)
        for n, (doc, fields, error) in enumerate(results, 1):
            if fields is None:
                report.skipped.append(Skipped(file_name(index, doc), error))
            else:
                yield fields
            if progress:
                progress(n, len(docs))
    except BrokenProcessPool as exc:
        raise BuildWorkerDied(f"a build process ended without finishing its articles ({exc})") from None
    finally:
        parallel_build.set_source(None)
        pool.shutdown(wait=True, cancel_futures=True)  # the chunks under way finish: at most 8 articles each


def rebuild_generation(index: SearchIndex, reason: str, progress: Progress | None) -> SyncReport:
    """Build a new generation (the caller holds the write lock)."""
    start = time.perf_counter()
    report = SyncReport(str(index.index_dir), rebuilt=True, reason=reason)
    gen, held = storage.new_generation(index.index_dir)
    try:
        ix = create_index(gen)
        docs = list(index.corpus.entries)
        procs = build_processes()
        if procs >= 2 and len(docs) >= PARALLEL_MIN_DOCS:
            build_in_processes(index, ix, docs, procs, report, progress)
        else:
            writer = index_writer(ix)  # holds the lock; commits the table of contents
            try:
                segments = write_segments(ix, field_stream(index, docs, report, progress))
                commit_segments(writer, segments)
            except BaseException:
                if not writer.is_closed:
                    writer.cancel()
                raise
        gazetteer_docs.keep(gen)
        write_private_text(gen / META_NAME, json.dumps(expected_meta(index.analysis_version)))
        storage.set_current(index.index_dir, gen)
    except BaseException:
        shutil.rmtree(gen, ignore_errors=True)
        held.release()
        raise
    index._stash(gen, held)
    index._set_index(ix)
    storage.remove_old_generations(index.index_dir, keep=gen)
    report.indexed = ix.doc_count()
    report.seconds = time.perf_counter() - start
    return report


def build_in_processes(
    index: SearchIndex,
    ix: windex.Index,
    docs: list[str],
    procs: int,
    report: SyncReport,
    progress: Progress | None,
) -> None:
    """Build a fresh index with ``procs`` forked processes, one whoosh segment each (more
    past :data:`~.writers.SEGMENT_POSTINGS` postings).

    Each worker analyses and indexes a contiguous share of the documents into its own
    segments (whoosh's own multiprocessing writer does the same with ``multisegment=True``);
    this process then commits the table of contents listing every segment, in document
    order. Analysis and posting writing both run in parallel; the segments are not merged.
    """
    getattr(index.analyse, "recognizer", None)  # load the gazetteer once, before forking
    writer = index_writer(ix)  # holds the lock; commits the table of contents
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    counter = ctx.Value("i", 0)
    step = -(-len(docs) // procs)
    shares = [(str(ix.storage.folder), docs[i : i + step]) for i in range(0, len(docs), step)]
    parallel_build.set_source(index)
    try:
        outcomes = parallel_build.run_shares(
            ctx, shares, counter, lambda: progress(min(counter.value, len(docs)), len(docs)) if progress else None
        )
        segments = []
        for written, skipped in outcomes:
            report.skipped.extend(Skipped(file_name(index, d), why) for d, why in skipped)
            segments.extend(written)
        commit_segments(writer, segments)
    except BaseException:
        if not writer.is_closed:
            writer.cancel()
        raise
    finally:
        parallel_build.set_source(None)
    if progress:
        progress(len(docs), len(docs))


def changes(index: SearchIndex, ix: windex.Index, marks: MarksMoved | None = None) -> tuple[SyncReport, bool, set[str]]:
    """A report of how the corpus differs from ``ix`` (nothing written), whether it does, and
    the gazetteer stamps the documents it leaves as they are hold (:func:`~.gazetteer_docs.keep`
    keeps those stamps' files and no others)."""
    report = SyncReport(str(index.index_dir))
    stored: dict[str, tuple[int, int, str]] = {}
    kept: dict[str, str] = {}  # what each article's analysis kept for the timeline (its marks key)
    gazetteers: dict[str, str | None] = {}  # the gazetteer stamp each article was analysed with
    with ix.searcher() as s:
        for fields in s.all_stored_fields():
            stored[fields["doc"]] = (fields.get("mtime_ns"), fields.get("size"), fields.get("meta", ""))
            if isinstance(timeline := fields.get("timeline"), str):
                kept[fields["doc"]] = timeline
            stamp = fields.get("gazetteer")
            gazetteers[fields["doc"]] = stamp if isinstance(stamp, str) else None
        # An article whose stored names an edit of the user's gazetteer can change since it
        # was analysed (gazetteer_docs): a new process searched, counted and showed the old
        # names until the article was indexed again (issue 15, s43-q).
        edited = gazetteer_docs.stale_docs(s, index._gen, gazetteers)
    # An article changes with its file, with its corpus.yaml entry and with the user's noise
    # marks on it (made or taken back by another process: this one re-indexes its own).
    current = {d: (e.mtime_ns, e.size, index.corpus.meta_stamp(d)) for d, e in index.corpus.entries.items()}
    report.added = [d for d in current if d not in stored]
    report.updated = [
        d
        for d in current
        if d in stored
        and (stored[d] != current[d] or (marks is not None and d in kept and marks(d, kept[d])) or d in edited)
    ]
    report.removed = [d for d in stored if d not in current]
    report.indexed = len(stored)
    rewritten = {*report.updated, *report.removed}
    carried = {stamp for d, stamp in gazetteers.items() if stamp is not None and d not in rewritten}
    return report, bool(report.added or report.updated or report.removed), carried


def update(
    index: SearchIndex, ix: windex.Index, progress: Progress | None, marks: MarksMoved | None = None
) -> SyncReport:
    """Write the corpus's changes into ``ix`` (the caller holds the write lock)."""
    start = time.perf_counter()
    report, todo, carried = changes(index, ix, marks)
    if todo:
        try:
            writer = index_writer(ix)
        except windex.LockError:
            raise IndexBusy(storage.BUSY) from None
        try:
            for d in report.removed:
                writer.delete_by_term("doc", d)
            for fields in field_stream(index, report.added + report.updated, report, progress):
                writer.update_document(**fields)
            if index._gen is not None:
                # Only the stamps a document still holds: the files of every earlier edit
                # were kept, and the file grew by the user's gazetteer with each edit.
                gazetteer_docs.keep(index._gen, carried)
        except BaseException:
            writer.cancel()
            raise
        writer.commit()
        index._set_index(ix)
        # A file that could not be read is reported as skipped, not as added or changed.
        unread = {s.path for s in report.skipped}
        if unread:
            report.added = [d for d in report.added if file_name(index, d) not in unread]
            report.updated = [d for d in report.updated if file_name(index, d) not in unread]
    report.indexed = ix.doc_count()
    report.seconds = time.perf_counter() - start
    return report


def update_docs(index: SearchIndex, docs: Iterable[str]) -> None:
    """Re-index ``docs`` now although their files did not change (e.g. the user re-marked
    a block as noise, which moves its text between the content and noise fields).

    Waits for another process writing the index, then writes into the live generation
    (which that process may have replaced). ``OSError`` when the index cannot be written.
    """
    if index._ix is None:
        return
    with storage.write_lock(index.index_dir, wait=True):
        ix, why = index._open_existing()
        if ix is None:
            raise OSError(f"the index cannot be updated ({why})")
        index._set_index(ix)
        try:
            writer = index_writer(ix)
        except windex.LockError:
            raise IndexBusy(storage.BUSY) from None
        report = SyncReport(str(index.index_dir))
        docs = [d for d in docs if d in index.corpus.entries]
        try:
            for fields in documents(index, docs, report, None, len(docs)):
                writer.update_document(**fields)
            if index._gen is not None:
                gazetteer_docs.keep(index._gen)
        except BaseException:
            writer.cancel()
            raise
        writer.commit()
        index._set_index(ix)
