"""The figures across articles for a :class:`~waic_reader.index.workspace.Workspace`: two
articles compared sentence by sentence with the facts their figures report (``compare``), the
fact sheet (``facts``: figures grouped across articles, kept by the index, ``figures.json`` and
the timeline's cache so that a current index reads no file), and figures found again in an
edited article. Owned by the workspace (``Workspace._figures``), which states each use's
contract (:meth:`Workspace.compare`, :meth:`Workspace.fact_sheet`, :meth:`Workspace.locate_figures`).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from waic_reader.index.analysis.language import NotAnalysed, not_analysed_note
from waic_reader.index.corpus.reader import Article, CorpusError
from waic_reader.index.workspace.results import Comparison, FactSheet, Opened

if TYPE_CHECKING:
    from waic_reader.index.analysis.analyser import Analysis
    from waic_reader.index.analysis.facts import FactSource, FactValue
    from waic_reader.index.workspace.facade import Workspace


class Figures:
    """A workspace's figures across articles; the last comparison is the workspace's
    (``Workspace._last_comparison``: made again only when an article or its analysis changed)."""

    def __init__(self, ws: Workspace) -> None:
        self._ws = ws

    def compare(self, a_ref: str, b_ref: str) -> Comparison:
        """:meth:`Workspace.compare`."""
        ws = self._ws
        from waic_reader.index.analysis.align import align
        from waic_reader.index.analysis.facts.grouping import fact_rows

        ws.take_in_meta()
        a, b = ws.article(a_ref), ws.article(b_ref)
        a_analysis, b_analysis = ws.analyser.analyse(a), ws.analyser.analyse(b)
        # The same two articles with the same analyses (the corpus and the analyser hand out the
        # objects they keep until a file, a mark or corpus.yaml changes): the alignment made last
        # time, not made again (~18 ms of CPU for the benchmark's 4,900-word article and a short one,
        # 45-55 ms of wall time in the worker beside the UI thread; the app asks again
        # whenever a comparison is left and opened again).
        last = ws._last_comparison
        if last is not None and all(
            kept is now
            for kept, now in zip((last.a, last.b, last.a_analysis, last.b_analysis), (a, b, a_analysis, b_analysis))
        ):
            return last
        # the facts each sentence reports: the rows the fact sheet of the two articles puts their
        # figures in (t13n F23; one predicate with the sheet's, t13ac M21)
        figures = [
            (art.doc, self._compared_figures(art, analysis)) for art, analysis in ((a, a_analysis), (b, b_analysis))
        ]
        rows = fact_rows(figures)
        facts = [
            [(v.start, f"row {rows[(doc, v.start)]}") for v in values if (doc, v.start) in rows]
            for doc, values in figures
        ]
        # the words each quotes (direct quotes' parts, boilerplate's left out): one quotation pairs
        # first, whoever each outlet credits it to (t13ah N5)
        quoted = [
            [part for q in analysis.quotes if q.kind == "direct" and not q.noise for part in q.parts]
            for analysis in (a_analysis, b_analysis)
        ]
        alignment = align(
            a,
            b,
            a_analysis.noise_spans(),
            b_analysis.noise_spans(),
            a_facts=facts[0],
            b_facts=facts[1],
            a_quoted=quoted[0],
            b_quoted=quoted[1],
        )
        ws._last_comparison = comparison = Comparison(a, b, a_analysis, b_analysis, alignment)
        return comparison

    def _compared_figures(self, article: Article, analysis: Analysis) -> list[FactValue]:
        """``article``'s fact-sheet figures outside its boilerplate, for :meth:`compare`: those
        the open index keeps for this very file and these boilerplate spans (one stored document
        read: :func:`~waic_reader.index.analysis.figure_cache.kept_figures`), else extracted. The
        index folder's ``figures.json`` is not read for two articles: it holds the whole
        corpus's figures, and parsing it costs more than extracting theirs does."""
        ws = self._ws
        from waic_reader.index.analysis.facts import sheet_figures
        from waic_reader.index.analysis.figure_cache import kept_figures

        noise = analysis.noise_spans()
        entry = ws.corpus.entries.get(article.doc)
        if entry is not None and ws.index_ready():
            row = ws.index.stored_doc(article.doc)
            values = kept_figures(article.doc, entry.size, entry.mtime_ns, noise, row, None)
            if values is not None:
                return values
        return sheet_figures(article, noise)[0]

    def fact_sheet(self, refs: Iterable[str] | None = None, cancelled: Callable[[], bool] | None = None) -> FactSheet:
        """:meth:`Workspace.fact_sheet`."""
        ws = self._ws
        from waic_reader.index.analysis.facts import (
            Cancelled,
            FactSource,
            group_figures,
            sheet_figures,
        )
        from waic_reader.index.analysis.figure_cache import FigureCache, date_kept, kept_figures_language
        from waic_reader.index.analysis.timeline_cache import MarksKeys, TimelineCache, keep_analysed, version_of
        from waic_reader.index.analysis.versions import analysis_version
        from waic_reader.index.corpus.date_zones import LOCAL, zoned_reads
        from waic_reader.index.corpus.listing import OutletSpelling
        from waic_reader.index.workspace.sheets import redate

        ws.take_in_meta()
        # The index on disk is opened as it is (nothing indexed or built), as the timeline and
        # quotes open it: a new process (the `facts` command) read and analysed every article
        # again although the index kept their figures (~3 s CPU on 13 articles, t13ah N17). A
        # row is used only while it is current (the checks below); any other article is read.
        stored = ws.index.stored() if ws.index_ready() or ws._open_built_index() else {}
        kept = FigureCache(ws.index_dir)
        # A file the index does not hold as it is (edited since, t13air S5): what the timeline
        # keeps of it (its sources' fields and boilerplate, for its very file, corpus.yaml
        # entry and marks) with the figures kept for that boilerplate, so only the first sheet
        # after the edit reads and analyses it, and it keeps what it read for the next.
        marks = MarksKeys(ws.analyser.overrides.entries.values())
        read = TimelineCache(ws.index_dir, version_of(analysis_version()))
        # The index's outlet and date of an article are its corpus.yaml entry's only while that
        # entry is the one indexed (its stamp): an entry edited since, the article is read.
        sources: list[FactSource] = []
        per_article: list[tuple[str, list[FactValue]]] = []
        skipped: list[tuple[str, str]] = []
        stamps: dict[str, tuple[int, int]] = {}
        # Articles in a language whose figures are not read (kept with the figures: no file read).
        unread: list[NotAnalysed] = []

        def take_kept(
            doc: str,
            got: tuple[list[FactValue], str | None],
            date: str | None,
            outlet: str | None,
            title: str,
            on_disk: tuple[int, int],
        ) -> None:
            # An article's kept figures (by the index or an earlier sheet, or after an edit with
            # what the timeline kept of it), its source's fields from where they were kept
            values, language = got
            if language is not None:
                unread.append(not_analysed_note(doc, language))
            date_kept(values, date)
            sources.append(FactSource(doc, outlet or doc, date, title))
            per_article.append((doc, values))
            stamps[doc] = on_disk  # compared with a stat of the file (an item's container)

        for doc in ws._docs(refs):
            if cancelled is not None and cancelled():
                raise Cancelled
            entry = ws.corpus.entries.get(doc)
            row = stored.get(doc)
            stamp = ws.corpus.meta_stamp(doc)
            indexed = (
                row is not None
                and entry is not None
                and row.noise_spans is not None
                and (row.mtime_ns, row.size) == (entry.mtime_ns, entry.size)
                and row.meta == stamp
            )
            if indexed and row is not None and entry is not None and row.noise_spans is not None:
                # Kept by the index (extracted while indexing), else by an earlier fact sheet.
                got = kept_figures_language(doc, entry.size, entry.mtime_ns, row.noise_spans, row, kept)
                if got is not None:
                    take_kept(doc, got, row.date, row.outlet, row.title, entry.on_disk)
                    continue
            held = None if indexed or entry is None else read.get(doc, entry.size, entry.mtime_ns, stamp, marks)
            if held is not None and entry is not None:
                got = kept.get_kept(doc, entry.size, entry.mtime_ns, held.noise_spans)
                if got is not None:
                    take_kept(doc, got, held.article.date, held.article.outlet, held.article.title, entry.on_disk)
                    continue
            try:
                article = ws.corpus.article(doc)
            except CorpusError as exc:
                skipped.append((doc, str(exc)))
                continue
            if indexed and row is not None and row.noise_spans is not None:
                noise = list(row.noise_spans)
            else:
                analysis = ws.analyser.analyse(article)
                noise = analysis.noise_spans()
                if entry is not None:
                    keep_analysed(read, entry.size, entry.mtime_ns, stamp, analysis, marks)
            values, language = sheet_figures(article, noise)
            if language is not None:
                unread.append(not_analysed_note(doc, language))
            if entry is not None:
                kept.put(doc, entry.size, entry.mtime_ns, noise, values, language)
                stamps[doc] = entry.on_disk  # compared with a stat of the file (an item's container)
            sources.append(FactSource(doc, article.label, article.date, article.title))
            per_article.append((doc, values))
        with contextlib.suppress(OSError):  # a cache that cannot be written only costs speed next time
            kept.save(keep=ws.corpus.entries)
        with contextlib.suppress(OSError):
            read.save(keep=ws.corpus.entries)
        # A time without a zone takes its outlet's zone, as `list` and the timeline give it.
        # The whole corpus's zones, not those of the sheet's articles alone (review s49-rv finding 12).
        items = [(s.doc, None if s.label == s.doc else s.label, s.date) for s in sources]
        known = [{"doc": doc, "outlet": outlet, "date": date} for doc, outlet, date in items]
        reads = zoned_reads(ws.outlet_zones(known), items)
        zoned = {doc: got.date for doc, got in reads.items() if got.zone != LOCAL and got.note is not None}
        if zoned:
            read_as = {s.doc: s.date for s in sources}
            for doc, values in per_article:
                if doc in zoned:
                    redate(values, read_as[doc], zoned[doc])
            sources = [replace(s, date=zoned[s.doc]) if s.doc in zoned else s for s in sources]
        # One outlet, one name ("Reuters", "reuters" and "REUTERS" are one source's articles).
        spell = OutletSpelling(s.label for s in sources if s.label != s.doc)
        sources = [s if s.label == s.doc else replace(s, label=spell(s.label) or s.label) for s in sources]
        facts = group_figures(per_article, cancelled)
        return FactSheet(sources, facts, skipped, ws.corpus, stamps, unread)

    def locate_figures(self, opened: Opened, values: Sequence[FactValue]) -> list[FactValue | None]:
        """:meth:`Workspace.locate_figures`."""
        from waic_reader.index.analysis.facts import extract_figures

        figures = extract_figures(opened.article, opened.analysis.noise_spans(), mentions=opened.analysis.mentions)
        taken: set[tuple[int, int]] = set()
        out: list[FactValue | None] = []
        for value in values:
            same = [
                v
                for v in figures
                if (v.kind, v.unit, v.value, v.high) == (value.kind, value.unit, value.value, value.high)
                and (v.start, v.end) not in taken
            ]
            best = min(same, key=lambda v: abs(v.start - value.start), default=None)
            if best is None:
                out.append(_words_again(opened, value, taken))
                continue
            taken.add((best.start, best.end))
            out.append(
                replace(
                    value,
                    start=best.start,
                    end=best.end,
                    text=best.text,
                    display=best.display,
                    sentence=best.sentence,
                    qualifier=best.qualifier,
                )
            )
        return out


def _words_again(opened: Opened, value: FactValue, taken: set[tuple[int, int]]) -> FactValue | None:
    """``value``'s words as written (its ``text``, "41 rescued"), whole words, outside
    boilerplate, nearest its old offset in ``opened``'s article; the value with those offsets
    and that sentence, or None when the words are gone. The figure extractor gives a value of
    the text as it reads the article now: an edit elsewhere can change what it keeps (a
    headline's "41 rescued" left out once the body said "43 have been rescued"), while the words
    the fact sheet pointed at are still there (t13as N18: "no longer reports “41 rescued”",
    the reader opened at the top)."""
    if not value.text.strip():
        return None
    text = opened.article.text
    pattern = re.compile(r"(?<!\w)" + re.escape(value.text) + r"(?!\w)")
    found = [
        m.start()
        for m in pattern.finditer(text)
        if not opened.analysis.is_noise(m.start()) and (m.start(), m.end()) not in taken
    ]
    if not found:
        return None
    start = min(found, key=lambda at: abs(at - value.start))
    end = start + len(value.text)
    taken.add((start, end))
    sentence = next(((s.start, s.end) for s in opened.article.sentences if s.start <= start < s.end), (start, end))
    return replace(value, start=start, end=end, sentence=sentence)
