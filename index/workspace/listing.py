"""The library's rows (``list``, the library screen) for a :class:`~waic_reader.index.workspace.
Workspace`: the listing cache (``<index_dir>/listing.json``) brought to the files, ``corpus.yaml``,
the user's marks and gazetteer as they are, rows missing from it taken from the index's stored
rows or made by reading their articles, and the corpus's one spelling of each outlet. Owned by
the workspace (``Workspace._listing``), which states the contract of each use
(:meth:`Workspace.list_rows`, :meth:`Workspace.last_rows`, :meth:`Workspace.outlet_spelling`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from waic_reader.index.corpus.reader import CorpusError, FileUnreadable

if TYPE_CHECKING:
    from waic_reader.index.analysis.analyser import Analyser
    from waic_reader.index.analysis.overrides import Overrides
    from waic_reader.index.corpus.date_zones import OutletZones
    from waic_reader.index.corpus.listing import ListingCache, OutletSpelling
    from waic_reader.index.search.model import StoredDoc
    from waic_reader.index.workspace.facade import Workspace

# Up to this many listing rows missing from listing.json (and up to half the corpus) are made by
# reading their articles; more are taken from the index's stored rows (see Listing.rows).
FEW_ROWS_MISSING = 64


class Listing:
    """The rows of one workspace's folder listing, and what it keeps between two listings: the
    ``listing.json`` :meth:`last_rows` read (the next listing takes it as read), the outlet
    spelling made from the rows, and the user's marks file read alone while no analyser is made
    (:attr:`marks`: rows all cached need none, ~150 ms of rules)."""

    def __init__(self, ws: Workspace) -> None:
        self._ws = ws
        self._read: Any = None  # listing.json as last_rows read it, for the next listing
        # The outlet spelling and the stamp of the listing it was made from (see spelling).
        self._spelling: tuple[tuple[int, int, int] | None, OutletSpelling] | None = None
        self.marks: Overrides | None = None  # the marks file read alone (see _marks_by_doc)
        # The zones of the last listing's rows (date_zones.zone_rows), for show, the reader, the
        # fact sheet and the timeline to read a zone-less time as the list did: only a listing
        # whose every row is known (keep_zones). One made while rows were pending (the library's
        # first paint, before the index is built: no dates) was kept, and the reader opened with
        # --open dated a text copy "in your local time zone" after the build (issue 13, s50-z).
        self.zones: OutletZones | None = None
        # Moves each time the evidence kept is replaced by another (keep_zones): what screens
        # showing a date compare to know theirs may be stale.
        self.dating_revision = 0
        self._evidence: int | None = None  # the stamp of the rows the zones kept were made from

    def last_rows(self) -> list[dict[str, Any]] | None:
        """:meth:`Workspace.last_rows`: the last listing's rows as ``listing.json`` keeps them,
        nothing listed or checked; the file as read is kept for the next :meth:`rows`."""
        ws = self._ws
        from waic_reader.index.analysis.versions import version_sources
        from waic_reader.index.corpus.listing import last_listing, read_listing, resolve_years, same_outlets

        sources = version_sources()
        if sources is None:
            return None
        data = read_listing(ws.index_dir)
        rows = last_listing(data, sources, str(ws.root))
        if rows is None:
            return None
        # The check that follows (list_rows) takes the file as read here: ~0.1 s less at 20,000.
        self._read = data
        resolve_years(rows)
        same_outlets(rows)
        self.keep_zones(rows)
        return rows

    def keep_zones(self, rows: list[dict[str, Any]]) -> None:
        """Read the zones of ``rows`` (a listing's, year-less dates resolved and outlets spelt:
        :func:`~waic_reader.index.corpus.date_zones.zone_rows`, in place) and keep them for the
        other views when every row is known; a listing with pending rows (their dates unknown
        yet) is partial evidence and leaves the last whole one kept. :attr:`dating_revision`
        moves when the evidence kept changes (the outlets' zoned times, the outlets filing from
        many places, the days dated: :meth:`OutletZones.evidence`), not for an article that adds
        none (a copy, an undated article)."""
        from waic_reader.index.corpus.date_zones import zone_rows

        zones = zone_rows(rows)
        if any(r.get("pending") for r in rows):
            return
        # The zones, and the days a date without a year is placed among (YearResolver).
        days = frozenset(str(r["date"])[:10] for r in rows if r.get("date") and not str(r["date"]).startswith("--"))
        evidence = hash((zones.evidence(), days))
        self.zones = zones
        # The first evidence kept moves nothing: before it, a view dated from the rows it read
        # (Workspace.article_dating, outlet_zones: the stored rows once the index is open).
        if self._evidence is not None and evidence != self._evidence:
            self.dating_revision += 1
        self._evidence = evidence

    def spelling(self) -> OutletSpelling:
        """:meth:`Workspace.outlet_spelling`: the outlets' one spelling over the kept rows, made
        again when the listing file or the folder's entries change."""
        ws = self._ws
        from waic_reader.index.corpus.listing import LISTING_FILE, OutletSpelling

        def stamp() -> tuple[int, int, int] | None:
            try:
                st = (ws.index_dir / LISTING_FILE).stat()
            except OSError:
                return None
            return st.st_mtime_ns, st.st_size, len(ws.corpus.entries)

        kept = self._spelling
        key = stamp()
        if kept is not None and key is not None and kept[0] == key:
            spell: OutletSpelling = kept[1]
            return spell
        spell = OutletSpelling(r.get("outlet") for r in self.rows(read=False, analyse=False))
        self._spelling = (stamp(), spell)
        return spell

    def _marks_by_doc(self) -> Callable[[str], str]:
        """doc id -> a digest of the user's marks made under it ("" for none: most articles), as
        they are on disk now (another process's saved marks taken in)."""
        ws = self._ws
        from waic_reader.index.analysis.overrides import Overrides, legacy_path
        from waic_reader.index.analysis.timeline_cache import MarksKeys

        analyser: Analyser | None = ws.__dict__.get("analyser")
        kept = self.marks
        if analyser is not None or legacy_path(ws.root, ws.data_dir).exists():
            ws.analyser.refresh_marks()  # (an old marks file is migrated by the analyser's)
            overrides = ws.analyser.overrides
        elif kept is not None:
            kept.refresh()
            overrides = kept
        else:  # rows all cached need no analyser (~150 ms of rules): the marks file alone
            overrides = self.marks = Overrides.load(ws.root, ws.data_dir)
        keys = MarksKeys(overrides.entries.values())
        return lambda doc: keys(doc, "")

    def _regazetteer(self, cache: ListingCache, gazetteer: str, read: bool) -> None:
        """Bring ``cache``'s rows to the gazetteer files of stamp ``gazetteer``. A row's entity
        count is the user's gazetteer's too: rows counted under other files (the user's edited
        since, while this process runs or between two processes) are dropped, to be counted again,
        where the edit can change the article's names (the index's postings tell which; with no
        index and ``read``, every row); the entity panel and who: read the edited file at once
        (s41-q; a new process kept the old counts, s43-q). Without an index nor ``read`` the rows
        are painted as they are, and the next listing that reads counts them again."""
        ws = self._ws
        if cache.gazetteer == gazetteer:
            return
        if cache.gazetteer is not None and cache.rows:
            stale = ws._kept.names_stale(dict.fromkeys(cache.rows, cache.gazetteer), open_built=read)
            if stale is not None:
                cache.forget(stale)
            elif read:
                cache.forget(list(cache.rows))
            else:
                return
        # (none kept yet, or a file from before the stamp was kept: counted under now's)
        cache.set_gazetteer(gazetteer)

    def rows(self, read: bool, analyse: bool) -> list[dict[str, Any]]:
        """The rows of :meth:`list_rows` before year-less dates are resolved. Without
        ``analyse``, a row neither cached nor indexed is the article's fields alone (read, not
        analysed: no words, noise or entities) and is not kept."""
        ws = self._ws
        from waic_reader.index.analysis.kept_mentions import gazetteer_stamp
        from waic_reader.index.analysis.versions import analysis_version, version_sources
        from waic_reader.index.corpus.listing import ListingCache, listing_row, row_ok
        from waic_reader.index.corpus.reader import article_fields

        as_read, self._read = self._read, None
        cache = ListingCache(ws.index_dir, analysis_version, version_sources(), as_read, str(ws.root))
        self._regazetteer(cache, gazetteer_stamp(), read)
        stored: dict[str, StoredDoc] | None = None
        stale: set[str] = set()  # stored rows counted under gazetteer files an edit since changes
        rows: list[dict[str, Any]] = []
        entries = list(ws.corpus.entries.items())
        # An edited corpus.yaml entry makes the row again (without corpus.yaml every stamp is "").
        stamps = [ws.corpus.meta_stamp(doc) for doc, _ in entries]
        # A row's noise count includes the user's marks (as the reader's): a row is kept under
        # its marks too, so a mark made here or by another process makes it again.
        marks = self._marks_by_doc()
        keys = [
            f"{stamp}|marks={m}" if (m := marks(doc)) else stamp
            for (doc, _), stamp in zip(entries, stamps, strict=True)
        ]
        cached = [cache.get(doc, e.mtime_ns, e.size, key) for (doc, e), key in zip(entries, keys, strict=True)]
        # The index's stored rows are read for many missing rows (listing.json removed, rules
        # changed); a few (files added or edited since) are read and analysed, ~10-50 ms each:
        # opening a 20,000-article index to read its stored rows took ~2 s of a `list` after one
        # edit (acceptance s12b #4). Without ``read``, an index already open serves any.
        missing = cached.count(None)
        few = min(FEW_ROWS_MISSING, len(entries) // 2)  # a cold listing of a small corpus: stored rows
        use_stored = missing > few or (not read and missing > 0 and ws.index_ready())
        for (doc, entry), stamp, key, row in zip(entries, stamps, keys, cached, strict=True):
            if (
                row is None
                and use_stored
                and stored is None
                and (ws.index_ready() or (read and ws._open_built_index()))
            ):
                stored = ws.index.stored()  # once, and only when rows are missing
                stale = ws._kept.stored_names_stale(stored)
            if row is None and stored is not None:
                s = stored.get(doc)
                if (
                    s is not None
                    and s.row is not None
                    and (s.mtime_ns, s.size, s.meta) == (entry.mtime_ns, entry.size, stamp)
                    and key == stamp  # the index's row counts the marks it was indexed with
                    and doc not in stale  # and the names of the gazetteer it was indexed with
                    and row_ok(s.row)
                ):
                    row = dict(s.row)
                    cache.put(doc, entry.mtime_ns, entry.size, row, key)
            if row is None and (reason := cache.skipped(doc, entry.mtime_ns, entry.size, stamp)) is not None:
                # Found unreadable before, as it is now: skipped again without reading it, and
                # never a pending row the library paints and then takes away (acceptance #17-5).
                ws.corpus.drop(doc, reason)
                continue
            if row is None and not read:
                rows.append({"doc": doc, "title": entry.file, "path": entry.location, "pending": True})
                continue
            if row is None:
                try:
                    article = ws.corpus.article(doc)
                except CorpusError as exc:
                    ws.corpus.drop(doc, str(exc), lasting=not isinstance(exc, FileUnreadable))
                    continue
                if analyse:
                    analysis = ws.analyser.analyse(article)
                    row = listing_row(article, noise=analysis.noise_count(), entities=len(analysis.entity_names()))
                    cache.put(doc, entry.mtime_ns, entry.size, row, key)
                else:
                    row = article_fields(article)
                ws.corpus.forget(doc)  # keep memory flat on large corpora
            rows.append({"doc": doc, **row, "path": entry.location})
        dropped = ws.corpus.dropped()  # found unreadable here, or by the index's build or the timeline
        for doc, (entry, skip) in dropped.items():
            cache.put_skip(doc, entry.mtime_ns, entry.size, skip.reason, ws.corpus.entry_stamp(entry))
        cache.keep_only(ws.corpus.entries, dropped)
        with contextlib.suppress(OSError):  # a cache that cannot be written only costs speed next time
            cache.save()
        return rows
