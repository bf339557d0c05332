"""The sheets made across every article for a :class:`~waic_reader.index.workspace.Workspace`:
the entity table (``entities``, the matrix), the quotes by speaker (``quotes``, the Quotes screen)
and the timeline. Each takes what the open index (or the index folder's caches) keeps of an
article for its file as it is, and reads and analyses only the articles nothing is kept for.
Owned by the workspace (``Workspace._sheets``), which states each use's contract
(:meth:`Workspace.entities`, :meth:`Workspace.quotes`, :meth:`Workspace.timeline`).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from waic_reader.index.analysis.language import NotAnalysed, not_analysed_note
from waic_reader.index.corpus.reader import Article, CorpusError, FileUnreadable, NameTexts
from waic_reader.index.workspace.results import EntityTable

if TYPE_CHECKING:
    from waic_reader.index.analysis.entities.mentions import Mention
    from waic_reader.index.analysis.facts import FactValue
    from waic_reader.index.analysis.quotes.model import Quote
    from waic_reader.index.analysis.quotes.sheet import QuoteSheet
    from waic_reader.index.analysis.timeline import Timeline
    from waic_reader.index.analysis.timeline_cache import KeptArticle
    from waic_reader.index.corpus.date_zones import ZoneRead
    from waic_reader.index.search.model import StoredDoc
    from waic_reader.index.workspace.facade import Workspace


class Sheets:
    """A workspace's sheets across articles (no state of their own: what they keep is in the
    index folder's caches and the workspace's corpus grouping)."""

    def __init__(self, ws: Workspace) -> None:
        self._ws = ws

    def entities(self, refs: Iterable[str] | None = None, *, open_built: bool = False) -> EntityTable:
        """:meth:`Workspace.entities`."""
        ws = self._ws
        # The grouping's own module, not the recogniser's (which re-exports ``group``): importing
        # the recogniser compiles its patterns (~580 ms), needed only where an article's mentions
        # are not kept by the index (the analyser imports it then), so the first matrix of a
        # session on a current index does not pay for it (t13r F15).
        from waic_reader.index.analysis.entities.grouping import grouped_by_key

        ws.take_in_meta()
        if open_built and not ws.index_ready():
            ws._open_built_index()  # before the articles are read (see quotes)
        if refs is None:
            return self._all_entities()
        articles, skipped = ws._readable(ws._docs(refs))
        if articles and {a.doc for a in articles} <= set(ws.corpus.docs):
            # Some articles of the corpus: their part of the whole corpus's entity list, each
            # mention in the entity the list puts it in (README: "each article's entities as the
            # whole corpus groups them (the matrix's columns for those articles)"; t13at N6: the
            # liveblog's "UME" was "Unidad Militar de Emergencias" here, "UME" in the list)
            return self._entities_of({a.doc: a for a in articles}, skipped)
        # Some articles: their mentions as the whole corpus groups them (article_mentions), what
        # the matrix's columns and search give them; grouped among themselves alone, "Sorvaag" in
        # an article that never names Ingrid Sorvaag in full was nobody's.
        grouped = {a.doc: ws.article_mentions(ws.analyser.analyse(a)) for a in articles}
        # named as the whole corpus names them (t13g F8), not by these articles' spellings
        named = grouped_by_key(grouped, ws.corpus_spellings())
        return EntityTable({a.doc: a for a in articles}, named, skipped)

    def _entities_of(self, articles: dict[str, Article], skipped: list[tuple[str, str]]) -> EntityTable:
        """:meth:`entities` of ``articles`` (doc → article, all of the corpus): the whole corpus's
        entities (:meth:`_all_entities`) with their mentions in these articles only, most
        mentioned first as :func:`~waic_reader.index.analysis.entities.grouping.group` sorts."""
        cut = [
            replace(ent, mentions=[(doc, m) for doc, m in ent.mentions if doc in articles])
            for ent in self._all_entities().entities
        ]
        kept = sorted((e for e in cut if e.mentions), key=lambda e: (-len(e.mentions), e.name.lower(), e.label))
        return EntityTable(articles, kept, skipped)

    def _all_entities(self) -> EntityTable:
        """:meth:`entities` of every article: grouped across the corpus (the matrix)."""
        ws = self._ws
        # Each article's mentions and boilerplate: those the index keeps for its file as it is
        # (its spans, marks checked, and the mentions kept with them), else its analysis (the
        # boilerplate split again, ~4 ms an article, t13r F15). Each article is read and its kept
        # values checked in turn, so its stored document is read once (IndexKept.check).
        check = ws._kept.check()
        articles: list[Article] = []
        skipped: list[tuple[str, str]] = []
        mentions: dict[str, list[Mention]] = {}
        # A name typed in one article types its untyped mentions in the others (the grouping's
        # corpus_mentions): hence the texts; and the boilerplate, by which such a mention is in
        # the article's text or not, as its own mentions are (t13q F7).
        noise: dict[str, list[tuple[int, int]]] = {}
        hashes: dict[str, str] = {}  # the texts' hashes the index keeps (_corpus_grouping's key)
        for doc in ws._docs(None):
            try:
                a = ws.corpus.article(doc)
            except CorpusError as exc:
                skipped.append((doc, str(exc)))
                continue
            articles.append(a)
            held = check(a)
            kept = ws.analyser.kept_mentions_of(a, held.spans, held.keys) if held is not None else None
            if held is not None and kept is not None:
                mentions[a.doc], noise[a.doc], hashes[a.doc] = kept, held.spans, held.text_hash
            else:
                analysis = ws.analyser.analyse(a)
                mentions[a.doc], noise[a.doc] = analysis.mentions, analysis.noise_spans()
        every = ws._corpus_grouping(
            mentions, {a.doc: a.text for a in articles}, noise, hashes, whole=True, read_in=NameTexts(articles)
        )
        return EntityTable({a.doc: a for a in articles}, every, skipped)

    def quotes(self, docs: Sequence[str] | None = None, *, open_built: bool = False) -> QuoteSheet:
        """:meth:`Workspace.quotes`."""
        ws = self._ws
        from waic_reader.index.analysis.noise.marked_title import retitle_with_marks
        from waic_reader.index.analysis.quotes.merge import (
            described_speakers,
            entity_speakers,
            firm_lead_speakers,
            merge_speakers,
            outlet_speakers,
        )
        from waic_reader.index.analysis.quotes.sheet import QuoteSheet, read_quotes
        from waic_reader.index.corpus.listing import OutletSpelling

        ws.take_in_meta()
        if docs is not None and set(docs) <= set(ws.corpus.docs):
            # Some articles: their part of the whole corpus's sheet, so a speaker is joined and
            # named as the unfiltered listing joins them (a lone surname is the full name another
            # article writes, one join: merge_speakers over every article's speakers), never by
            # the chosen articles' names alone (t13apr F3: `quotes DOC` listed "Strzelecki" where
            # `quotes` listed "Ifeoma Strzelecki"). The whole corpus is needed, not only the
            # chosen articles (round s49-q measured it on 16 articles: 3.0 s of CPU for one
            # article without an index, as for the whole listing; 1.4 s with one): a lone surname joins the
            # one full name among every article's *speakers* (merge_speakers: a second "Kenji
            # Ueda" elsewhere leaves "Ueda" unjoined), which needs every article's quotes; the
            # names are the corpus grouping's over every article's mentions; the labels spell
            # each outlet as the whole corpus does (OutletSpelling). An index keeps each
            # article's quotes and mentions, so only an unindexed corpus finds them all again.
            return _part_of(self.quotes(None, open_built=open_built), docs)
        articles: list[Article] = []
        quotes: dict[str, list[Quote]] = {}
        skipped: list[str] = []
        reasons: dict[str, str] = {}
        mentions: dict[str, list[Mention]] = {}
        unread: list[NotAnalysed] = []
        noise: dict[str, list[tuple[int, int]]] = {}
        hashes: dict[str, str] = {}  # the texts' hashes the index keeps (_corpus_grouping's key)
        if open_built and not ws.index_ready():
            # before the articles are read: those it keeps as read are not read again
            ws._open_built_index()
        # Each article's boilerplate, mentions and language as the index keeps them for its file
        # as it is (the matrix's checks: file, corpus.yaml fields, marks, text), else its analysis:
        # the first Quotes open of a session on a current index splits no article again, runs no
        # recogniser and loads no language model (issue 13, round s32-m: ~8 s on 31 articles).
        # Each article read and its kept values checked in turn: its stored document read once.
        check = ws._kept.check()
        for doc in docs if docs is not None else ws.corpus.docs:
            try:
                article = ws.corpus.article(doc)
            except CorpusError as exc:
                skipped.append(doc)
                reasons[doc] = str(exc)
                continue
            articles.append(article)
            held = check(article)
            kept = ws.analyser.kept_mentions_of(article, held.spans, held.keys) if held is not None else None
            if held is not None and kept is not None:
                spans = held.spans
                language = ws._kept.language(article, spans, held.row)
                retitle_with_marks(article, ws.analyser.overrides)  # as analyse() does
                found = ws._kept.quotes(article, spans, held.keys)
                if found is None:  # not kept for this article as it is: found again
                    from waic_reader.index.analysis.quotes.recognise import find_quotes

                    found = find_quotes(article, kept, spans)
                quotes[doc] = found
                mentions[doc], noise[doc], hashes[doc] = kept, spans, held.text_hash
            else:
                analysis = ws.analyser.analyse(article)
                language = analysis.language
                quotes[doc] = analysis.quotes
                mentions[doc], noise[doc] = analysis.mentions, analysis.noise_spans()
            if language is not None:  # its speakers are not read (cue words are English)
                unread.append(not_analysed_note(doc, language))
                # in a script not read, its quotes are not either (README): none is listed
                quotes[doc] = read_quotes(quotes[doc], unread[-1])
        # Speakers named as the entity list names them: the same corpus grouping (a surname is the
        # full name another article gives, "Hydrolyne" the firm "Hydrolyne Corp").
        texts = {a.doc: a.text for a in articles}
        grouped = ws._corpus_grouping(mentions, texts, noise, hashes, whole=docs is None, read_in=NameTexts(articles))
        quotes = entity_speakers(quotes, grouped)
        # "the coast guard said" in an article naming no coast guard: the one the corpus names
        quotes = described_speakers(quotes, grouped)
        # A firm's short form speaks as the firm ("Northgate said" is Northgate Bank's)
        quotes = firm_lead_speakers(quotes, grouped)
        # An outlet of the corpus is an organisation wherever it is named ("according to Nordwire")
        quotes = outlet_speakers(quotes, (a.outlet for a in articles), grouped)
        # One outlet, one name, as the fact sheet names its sources ("reuters" is "Reuters").
        spell = OutletSpelling(a.outlet for a in articles)
        labels = {a.doc: spell(a.outlet) or a.doc for a in articles}
        return QuoteSheet(articles, merge_speakers(quotes), skipped, labels, reasons, unread)

    def timeline(self) -> Timeline:
        """:meth:`Workspace.timeline`."""
        ws = self._ws
        from waic_reader.index.analysis.entities.mentions import Mention
        from waic_reader.index.analysis.facts import extract_figures, group_figures
        from waic_reader.index.analysis.figure_cache import FigureCache, kept_figures_language
        from waic_reader.index.analysis.kept_mentions import corpus_mentions_kept, gazetteer_stamp
        from waic_reader.index.analysis.timeline import build_timeline
        from waic_reader.index.analysis.timeline_cache import (
            MarksKeys,
            TimelineCache,
            keep_analysed,
            kept_from_index,
            version_of,
        )
        from waic_reader.index.analysis.versions import analysis_version
        from waic_reader.index.corpus.date_zones import zoned_reads
        from waic_reader.index.corpus.spans import SpanSet

        marks = MarksKeys(ws.analyser.overrides.entries.values())
        kept = TimelineCache(ws.index_dir, version_of(analysis_version()))
        figures = FigureCache(ws.index_dir)
        # The index's stored rows, read on the first article the folder's caches miss (reading
        # 20,000 rows took ~2 s of every timeline): what they give is kept in the folder's
        # caches, so the next timeline reads neither the index nor a file.
        stored: dict[str, StoredDoc] | None = None
        # The rows whose names an edit of the user's gazetteer since they were indexed can change
        # (a sync re-indexes them; the `timeline` command opens the index as it is): read again.
        stale: set[str] = set()

        def index_row(doc: str) -> StoredDoc | None:
            nonlocal stored, stale
            if stored is None:
                stored = ws.index.stored() if ws.index_ready() or ws._open_built_index() else {}
                stale = ws._kept.stored_names_stale(stored)
            return stored.get(doc)

        def names_stale(held: Mapping[str, str | None]) -> set[str]:
            stale = ws._kept.names_stale(held, open_built=True)
            return set(held) if stale is None else stale  # no index to tell: every one

        kept.forget_names_stale(gazetteer_stamp(), names_stale)

        articles: list[KeptArticle] = []
        mentions: dict[str, list[Mention]] = {}
        kept_names: dict[str, str] = {}
        noise_spans: dict[str, list[tuple[int, int]]] = {}
        per_article: list[tuple[str, list[FactValue]]] = []
        entries: dict[str, list[tuple[int, str]]] = {}  # live blogs' entries (t13z H21)
        for doc, entry in list(ws.corpus.entries.items()):
            stamp = ws.corpus.meta_stamp(doc)
            got = kept.get(doc, entry.size, entry.mtime_ns, stamp, marks)
            if got is None:
                row = index_row(doc)
                got = kept_from_index(
                    doc, None if doc in stale else row, entry.size, entry.mtime_ns, stamp, kept.version, marks
                )
                if got is not None and row is not None:
                    kept.put(
                        doc, entry.size, entry.mtime_ns, stamp, got.article, got.noise_spans, got.mentions,
                        got.sha, marks(doc, got.sha), got.names, got.entries, row.gazetteer,
                    )  # fmt: skip
            values = None
            if got is not None:
                values = figures.get(doc, entry.size, entry.mtime_ns, got.noise_spans)
                if values is None:
                    held = kept_figures_language(
                        doc, entry.size, entry.mtime_ns, got.noise_spans, index_row(doc), figures
                    )
                    if held is not None:
                        values = held[0]
                        figures.put(doc, entry.size, entry.mtime_ns, got.noise_spans, *held)
            if got is None or values is None:
                try:
                    article = ws.corpus.article(doc)
                except CorpusError as exc:
                    ws.corpus.drop(doc, str(exc), lasting=not isinstance(exc, FileUnreadable))
                    continue
                analysis = ws.analyser.analyse(article)
                noise = analysis.noise_spans()
                if got is None:
                    got = keep_analysed(kept, entry.size, entry.mtime_ns, stamp, analysis, marks)
                if values is None:
                    # none of an article in another language (facts.sheet_figures), as the sheet
                    values = (
                        []
                        if analysis.language is not None
                        else extract_figures(article, noise, mentions=analysis.mentions)
                    )
                    figures.put(doc, entry.size, entry.mtime_ns, noise, values, analysis.language)
                ws.corpus.forget(doc)  # keep memory flat on large corpora
            for v in values:  # kept figures carry no date (see figure_cache)
                v.date = got.article.date
            articles.append(got.article)
            mentions[doc] = [Mention(m.start, m.end, m.text, m.key.partition(":")[0], m.key) for m in got.mentions]
            kept_names[doc] = got.names
            noise_spans[doc] = got.noise_spans
            if got.entries:
                entries[doc] = got.entries
            per_article.append((doc, values))
        # A cache that cannot be written only costs speed next time.
        with contextlib.suppress(OSError):
            kept.save(keep=ws.corpus.entries)
        with contextlib.suppress(OSError):
            figures.save(keep=ws.corpus.entries)
        # Subjects as the entity list groups them across the corpus (issue 13 F4): the names other
        # articles type added where an article writes them untyped ("said Hegge"), from each
        # article's kept names, not its text; in article text only, as its own first mentions.
        typed, spelled = corpus_mentions_kept(mentions, kept_names)
        for doc, grouped in typed.items():
            inside = SpanSet(noise_spans[doc]).contains
            mentions[doc] = [m for m in grouped if not inside(m.start)]
        known = [{"doc": a.doc, "outlet": a.outlet, "date": a.date} for a in articles]
        reads = zoned_reads(ws.outlet_zones(known, whole=True), ((a.doc, a.outlet, a.date) for a in articles))
        articles = zone_kept(articles, per_article, reads)
        made = build_timeline(articles, mentions, group_figures(per_article), spelled, entries)
        made.zones = {doc: (got.zone, got.note) for doc, got in reads.items()}
        return made


def _part_of(sheet: QuoteSheet, docs: Sequence[str]) -> QuoteSheet:
    """``sheet`` (the whole corpus's) cut to the articles ``docs``, in that order: their
    articles, quotes, skipped docs with their reasons, labels and language notes."""
    from waic_reader.index.analysis.quotes.sheet import QuoteSheet

    order = {doc: i for i, doc in enumerate(dict.fromkeys(docs))}
    return QuoteSheet(
        sorted((a for a in sheet.articles if a.doc in order), key=lambda a: order[a.doc]),
        {doc: sheet.quotes[doc] for doc in order if doc in sheet.quotes},
        [doc for doc in sheet.skipped if doc in order],
        {doc: label for doc, label in sheet.labels.items() if doc in order},
        {doc: why for doc, why in sheet.reasons.items() if doc in order},
        [note for note in sheet.not_analysed if note.doc in order],
    )


def zone_kept(
    articles: list[KeptArticle], per_article: Sequence[tuple[str, list[FactValue]]], reads: Mapping[str, ZoneRead]
) -> list[KeptArticle]:
    """``articles`` with a time written without a zone given the zone ``reads`` took for it (the
    whole corpus's :func:`~waic_reader.index.corpus.date_zones.zoned_reads`, as ``list`` gives
    it), and their figures dated alike (each value, and each it replaced, dated by the article: a
    live blog's entries are then dated in that zone)."""
    from waic_reader.index.corpus.date_zones import LOCAL

    zoned = {doc: got.date for doc, got in reads.items() if got.zone != LOCAL and got.note is not None}
    if not zoned:
        return articles
    before = {a.doc: a.date for a in articles}
    for doc, values in per_article:
        if doc in zoned:
            redate(values, before[doc], zoned[doc])
    return [replace(a, date=zoned[a.doc]) if a.doc in zoned else a for a in articles]


def redate(values: Iterable[FactValue], old: str | None, new: str) -> None:
    """Date ``values`` (and those each replaced) dated ``old``, their article's date as read, by
    ``new``, the date it is ordered by."""
    for v in values:
        if v.date == old:
            v.date = new
        redate(v.earlier, old, new)
