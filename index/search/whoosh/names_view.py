"""The corpus grouping of names of an open whoosh index (:mod:`.corpus_names`), kept for the
searcher it was worked out on, and the entity names a query's ``who:`` terms stand for.

:class:`NamesViews` holds the grouping's view and state for one :class:`~.engine.SearchIndex`
(which drops the view when it opens another searcher: :meth:`NamesViews.drop`); its state is
brought up to date after an update and kept in the generation's folder (:mod:`.names_files`).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from whoosh.searching import Searcher

from waic_reader.index.analysis.kept_mentions import gazetteer_stamp
from waic_reader.index.search.whoosh import names_files
from waic_reader.index.search.whoosh.corpus_names import CorpusView
from waic_reader.index.search.whoosh.names_state import NamesState

if TYPE_CHECKING:
    from waic_reader.index.search.whoosh.engine import SearchIndex


class NamesViews:
    """The corpus grouping of names of ``index``'s searcher: one thread at a time works it out
    (its own lock); the view and the searcher it is of are read and set under the index's lock."""

    def __init__(self, index: SearchIndex) -> None:
        self._index = index
        # The view for the searcher it was worked out on, and the state it came from with the
        # generation that state is of (brought up to date after an update).
        self._view: tuple[Searcher, CorpusView] | None = None
        self._names: tuple[Path | None, NamesState] | None = None
        self._lock = threading.Lock()

    def drop(self) -> None:
        """Forget the view (the index opened another searcher; called under the index's lock)."""
        self._view = None

    def view(self) -> CorpusView:
        """The corpus grouping of names for the index as it is (:mod:`corpus_names`): worked
        out on the first entity search after the index changed and kept until it changes again.
        Its state (:class:`~.names_state.NamesState`) is kept in memory and in the generation's
        folder (:mod:`.names_files`): after an update, the next search brings it up to date from the
        articles the update changed (~ms for a few), or works it all out again from every
        article's kept value when that is not exact (a new generation, a place's kind changed,
        many articles changed). Raises ``RuntimeError`` when no index is open."""
        with self._lock:
            while True:
                view = self._worked_out()
                if view is not None:
                    return view

    def _worked_out(self) -> CorpusView | None:
        """:meth:`view` (under the holder's lock); None when the searcher was replaced
        meanwhile (then it is worked out for the new one)."""
        with self._index.lock:
            s = self._index.searcher()
            held = self._view
            if held is not None and held[0] is s:
                return held[1]
            gen = self._index.generation
        with self._index.lock:
            if not self._index.is_current(s):
                return None
            segments = names_files.segments(s)
        key = names_files.segments_key(segments)
        state = self._names[1] if self._names is not None and self._names[0] == gen else None
        if state is None and gen is not None:
            # Another process worked this state of the index out: its view alone (a tenth of
            # the state's size) is what search reads.
            view = names_files.read_view(gen, key)
            if view is not None:
                with self._index.lock:
                    if self._index.is_current(s):
                        self._view = (s, view)
                return view
        if state is None and gen is not None:
            state = names_files.read_state(gen)
        with self._index.lock:
            if not self._index.is_current(s):
                return None
            state, kept, changed, layout = names_files.brought_up_to_date(state, s, segments)
        if state is None:
            state = NamesState.worked_out(kept, layout)
        self._names = (gen, state)
        view = state.view()
        view.aliases, view.aliases_stamp = self._aliases()
        if gen is not None:
            # Kept for the next process; a read-only index folder works it out again next time.
            names_files.keep(gen, view, key, state, with_state=bool(changed or kept or not state.layout))
        with self._index.lock:
            if self._index.is_current(s):
                self._view = (s, view)
        return view

    def _aliases(self) -> tuple[dict[str, str], str]:
        """The gazetteer's aliases and the stamp of the files they were read from, kept with a
        view worked out now: the view held before's when the files are unchanged, else read from
        the analyser's gazetteer (built once a process, read again when the files changed) under
        that gazetteer's own stamp, never the stamp of files edited after it read them; none
        without one."""
        held = self._view
        if held is not None and held[1].aliases_stamp == gazetteer_stamp():
            return held[1].aliases, held[1].aliases_stamp
        gazetteer = getattr(self._index.analyse, "gazetteer", None)
        if gazetteer is None:
            return {}, ""
        return gazetteer.aliases(), gazetteer.stamp


def entity_homes(index: SearchIndex, names: set[str]) -> set[str]:
    """``names`` (``entity`` field terms) with the whole name of each entity the corpus
    grouping merges one of them into (:meth:`CorpusView.home_terms`: ``who:"Ostrava Freight"``
    is also "Ostrava Freight Lines", written in full in another article) and each such whole
    name's one short form (:meth:`CorpusView.short_forms`: "rnf" of "royal nursing
    federation", defined in another article), so that the
    mentions an entity search lights are those of the entities its hits were found by
    (:meth:`CorpusView.expand`). As given while no index is open."""
    if not names or not index.is_open():
        return names
    from waic_reader.index.analysis.entities.patterns import figure_term

    # a figure asked as one spelling is the entity of its value, whatever its mentions write
    names = names | {k for n in names if (k := figure_term(n)) is not None}
    try:
        view = index.corpus_view()
        homes = view.home_terms()
        # a firm asked by a legal form no article writes: the firm's names and their homes
        firms = {t for n in names for t in view.firm_terms(n, index.known_entity)}
    except RuntimeError:  # closed between the check and the read: the names as given
        return names
    names = names | firms
    names = names.union(*(homes.get(n, ()) for n in names))
    # an entity's one short form, written alone in an article that never defines it, is a
    # mention of the entity there: ``expand`` finds that article by the short form, so its
    # mentions of it are the matches ("The RNF said …" of ``who:"Royal Nursing Federation"``,
    # t13ajr S1)
    # (and so is a word of its whole name asked alone: ``who:Fraud`` finds the articles that
    # write only "SFO", as ``expand`` does with ``word_shorts``, and lights it there, s45-rv 12)
    shorts, word_shorts = view.short_forms(), view.word_shorts()
    return names.union(*(shorts.get(n, ()) for n in names), *(word_shorts.get(n, ()) for n in names))
