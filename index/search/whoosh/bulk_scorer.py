"""Fast scoring for word and phrase queries: whoosh's posting blocks read in bulk.

whoosh scores one posting at a time in Python; this module reads whole posting blocks of the
pinned whoosh 2.7.4 codec at once and reproduces its BM25F scoring (same hits and scores on the
test queries). Queries it does not cover fall back to whoosh's own searcher.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left, bisect_right
from collections import OrderedDict
from collections.abc import Callable, Collection, Iterable, Sequence
from functools import partial
from itertools import repeat
from operator import itemgetter
from typing import Any

from whoosh import query as wquery
from whoosh.scoring import BM25F
from whoosh.searching import Searcher

from waic_reader.index.search.whoosh.analyzer import is_stop_form
from waic_reader.index.search.whoosh.codec import PackedValues
from waic_reader.index.search.whoosh.parser import KnownDocs
from waic_reader.index.search.whoosh.postings import (
    BYTE_LENGTHS,
    Block,
    block_heads,
    block_matcher,
    block_spans,
    decode_positions,
    iter_positions,
    length_bytes,
    read_block,
    read_span,
    segment_ids,
    segment_postings,
)

# Phrases with more candidates than this have positions checked lazily, page first.
PHRASE_CHECK_ALL = 1000
# Unchecked phrase candidates checked to estimate the count: an even sample of about 256 (a
# binomial rate's standard error is at most 3.1 points, sqrt(0.25/256)), taken again at other
# offsets, up to 4 rounds, while fewer than 32 matched (a relative error near 1/sqrt(hits)).
PHRASE_COUNT_SAMPLE = 256
PHRASE_COUNT_ROUNDS = 4
PHRASE_COUNT_HITS = 32

# Scores of terms with at least RECENT_MIN matches stay cached across searches (least recently
# used first out) up to RECENT_POSTINGS postings in all (~80 bytes each); smaller ones are cheap
# to read again. The cache belongs to one searcher: a changed index starts a new one.
RECENT_MIN = 2000
RECENT_POSTINGS = 400_000


class BulkScorer:
    """Scores of every match of a query of terms (``Or``/``And``/``AndNot``/``AndMaybe``/``Not``
    over ``Term`` leaves), the same as whoosh's BM25F matchers give, computed a posting block
    at a time with dict and set operations instead of whoosh's per-posting matcher calls
    (~10x fewer Python operations per posting). ``scores()`` returns None for anything else
    (phrases, deleted documents still in a segment, another weighting): whoosh's own matchers
    answer those. One per searcher: it caches each field's per-document length factors."""

    def __init__(self, searcher: Any):
        self.s = searcher
        w = searcher.weighting
        self.ok = type(w) is BM25F and not w._field_B
        self.B: float = w.B if self.ok else 0.75
        self.K1: float = w.K1 if self.ok else 1.2
        self._norms: dict[str, list[list[float]]] = {}
        # Postings read during the current search (the count, the page and the matched fields
        # all need them); cleared by SearchIndex.search so memory stays flat.
        self.memo: dict[tuple[str, str], dict[int, float] | None] = {}
        # Posting blocks of phrase words read during the current search (cleared with memo).
        self.blocks: dict[tuple[str, str], list[Block]] = {}
        # The documents the last ``collect`` ranked (they count the main pass's matches).
        self.last_docs: Collection[int] | None = None
        # Documents of terms read without their scores (``docs``; cleared with memo).
        self.idsets: dict[tuple[str, str], set[int]] = {}
        self.leaves = list(searcher.leaf_searchers())
        self.recent: OrderedDict[tuple[str, str], dict[int, float]] = OrderedDict()
        self.recent_size = 0  # postings in ``recent``
        # The one score of every posting of a term whose postings all weigh the same in an
        # unscored field (an edge n-gram membership term, an entity): its boosted scores are
        # made at C speed (dict.fromkeys) instead of one multiplication per document.
        self.constant: dict[tuple[str, str], float] = {}
        self._flat: dict[str, list[float]] = {}
        # Phrase words' scores for the documents with every word, per phrase (cleared with memo).
        self.parts: dict[tuple[str, str], list[dict[int, float]]] = {}
        self.inputs: dict[tuple[str, str], Any] = {}  # _phrase_input's answers (cleared too)
        self.heads: dict[tuple[str, str], Any] = {}  # _heads' answers (cleared too)

    def clear(self) -> None:
        self.memo.clear()
        self.parts.clear()
        self.inputs.clear()
        self.blocks.clear()
        self.heads.clear()
        self.idsets.clear()
        self.last_docs = None
        if len(self.constant) > len(self.recent):  # kept only beside the scores kept
            self.constant = {k: v for k, v in self.constant.items() if k in self.recent}

    def _norm(self, fieldname: str) -> list[list[float]]:
        got = self._norms.get(fieldname)
        if got is None:
            B, K1 = self.B, self.K1
            avgfl = self.s.avg_field_length(fieldname) or 1
            got = []
            for sub, _off in self.leaves:
                r = sub.reader()
                raw = length_bytes(r, fieldname)
                if raw is not None:  # one factor per length byte, looked up per document
                    by_byte = [K1 * ((1 - B) + B * (fl or 1) / avgfl) for fl in BYTE_LENGTHS]
                    got.append(list(map(by_byte.__getitem__, raw)))
                    continue
                n = r.doc_count_all()
                lens = [r.doc_field_length(d, fieldname, 1) for d in range(n)]
                got.append([K1 * ((1 - B) + B * (fl or 1) / avgfl) for fl in lens])
            self._norms[fieldname] = got
        return got

    def term(self, fieldname: str, text: str, boost: float) -> dict[int, float] | None:
        """{docnum: score} of one term (``boost`` applied), or None if whoosh must do it."""
        raw = self.raw(fieldname, text)
        if raw is None or boost == 1.0:
            return raw
        same = self.constant.get((fieldname, text))
        if same is not None:
            return dict.fromkeys(raw, same * boost)
        return {d: v * boost for d, v in raw.items()}

    def raw(self, fieldname: str, text: str) -> dict[int, float] | None:
        """The unboosted scores of one term, read once per search (``memo``) and kept across
        searches while they are among the most recently used (``recent``): typing a query
        searches its earlier words again at every keystroke. Never mutated by callers."""
        key = (fieldname, text)
        if key in self.memo:
            return self.memo[key]
        if key in self.recent:
            self.recent.move_to_end(key)
            recent = self.memo[key] = self.recent[key]
            return recent
        got = self._read(fieldname, text)
        self.memo[key] = got
        if got is not None and len(got) >= RECENT_MIN:
            self.recent[key] = got
            self.recent_size += len(got)
            while self.recent_size > RECENT_POSTINGS and len(self.recent) > 1:
                _key, old = self.recent.popitem(last=False)
                self.recent_size -= len(old)
        return got

    def docs(self, fieldname: str, text: str) -> Collection[int] | None:
        """The documents (top-level numbers) having ``text`` in ``fieldname``: the scores' keys
        when this search or a recent one read them, else only the document numbers, read
        without weights or scores (the count of a query needs no more). None: whoosh's matcher
        is not the block reader this knows."""
        key = (fieldname, text)
        if key in self.memo:
            return self.memo[key]
        if key in self.recent:
            return self.recent[key]
        got = self.idsets.get(key)
        if got is not None:
            return got
        out: set[int] = set()
        for sub, off in self.leaves:
            r = sub.reader()
            if (fieldname, text) not in r:
                continue
            ids = segment_ids(r, off, fieldname, text)
            if ids is None:
                return None
            out.update(ids)
        self.idsets[key] = out
        return out

    def _read(self, fieldname: str, text: str) -> dict[int, float] | None:
        """The scores of one term, read from its posting blocks."""
        s = self.s
        field = s.schema[fieldname] if fieldname in s.schema else None  # noqa: SIM401 (whoosh Schema has no .get)
        if field is None:
            return None
        scorable = field.scorable
        out: dict[int, float] = {}
        if (fieldname, text) not in s.reader():
            return out
        same: set[float] = set()  # each segment's one weight, when all its postings weigh the same
        varied = scorable  # a scored term, or one with postings of different weights
        idf = s.idf(fieldname, text) if scorable else 0.0
        c = idf * (self.K1 + 1)
        norms: Sequence[list[float] | None] = self._norm(fieldname) if scorable else [None] * len(self.leaves)
        for (sub, off), norm in zip(self.leaves, norms):
            r = sub.reader()
            if (fieldname, text) not in r:
                continue
            got = segment_postings(r, off, fieldname, text, None)
            if got is None:
                return None
            all_ids, all_ws, deleted = got
            pairs: Iterable[tuple[int, float]] = zip(all_ids, all_ws)
            if deleted:
                pairs = [(d, w) for d, w in pairs if d not in deleted]
            if (not scorable or norm is None) and not deleted and all_ws and all_ws.count(all_ws[0]) == len(all_ws):
                # Every posting weighs the same (a membership term): no per-document work.
                w0 = float(all_ws[0])
                same.add(w0)
                out.update(zip(map(off.__add__, all_ids) if off else all_ids, repeat(w0)))
            elif not scorable or norm is None:  # whoosh's WeightScorer: the term's frequency
                varied = True
                out.update({d + off: float(w) for d, w in pairs})
            elif off:
                out.update({d + off: c * w / (w + norm[d]) for d, w in pairs})
            else:
                out.update({d: c * w / (w + norm[d]) for d, w in pairs})
        key = (fieldname, text)
        if not varied and len(same) == 1:
            self.constant[key] = same.pop()
        else:
            self.constant.pop(key, None)
        return out

    def phrase(self, q: wquery.Phrase) -> dict[int, float] | None:
        """{docnum: score} of a phrase, as whoosh's ``Phrase`` matcher gives them, or None.

        whoosh matches a phrase (``SpanNear2``, slop 1, ordered) in the documents that have
        every word and scores it as the sum of its words' BM25F scores (a binary tree of
        ``IntersectionMatcher``s) times the phrase's boost. Here the documents with every word
        come from the posting blocks (``_phrase_input``), and only those documents' positions are
        decoded, one word at a time, dropping documents as soon as no start position is left.
        """
        raw = self.phrase_raw(q)
        if raw is None or q.boost == 1.0:
            return raw
        b = q.boost
        return {d: v * b for d, v in raw.items()}

    def phrase_raw(self, q: wquery.Phrase) -> dict[int, float] | None:
        key = ("\x00phrase", q.fieldname + "\x00" + "\x00".join(q.words))
        if key in self.memo:
            return self.memo[key]
        got = self._phrase(q)
        self.memo[key] = got
        return got

    def _phrase_parts(self, q: wquery.Phrase) -> list[dict[int, float]] | None:
        """The unboosted scores of each word of a phrase (``[]``: the phrase cannot match;
        None: whoosh must do it) in the documents having every word. Posting blocks of the
        words are kept for their positions."""
        got = self._phrase_input(q)
        if got is None or isinstance(got, list):
            return got
        key = ("\x00parts", q.fieldname + "\x00" + "\x00".join(q.words))
        if key in self.parts:
            return self.parts[key]
        words, freqs, cand = got
        norm = self._flat_norm(q.fieldname)
        parts = []
        for w, f in zip(words, freqs):
            c = self.s.idf(q.fieldname, w) * (self.K1 + 1)
            parts.append({d: c * (x := f[d]) / (x + norm[d]) for d in cand})  # (as _phrase_bound)
        self.parts[key] = parts
        return parts

    def _phrase_bound(self, q: wquery.Phrase) -> dict[int, float] | None:
        """{document with every word: the phrase's unboosted score if it matches there} (the
        words' scores summed as ``_tree_sums`` does), without a dict per word when it can."""
        got = self._phrase_input(q)
        if got is None:
            return None
        if isinstance(got, list):
            if not got:
                return {}
            smallest = min(got, key=len)
            cand = set(smallest)
            for p in got:
                cand.intersection_update(p.keys())
            return _tree_sums(got, cand)
        words, freqs, cand = got
        if len(words) > 4:
            parts = self._phrase_parts(q)
            return None if parts is None else _tree_sums(parts, cand)
        n = self._flat_norm(q.fieldname)
        c = [self.s.idf(q.fieldname, w) * (self.K1 + 1) for w in words]
        # Each frequency and the document's length factor looked up once (bound with ``:=``):
        # the same operations in the same order as ``c * f[d] / (f[d] + n[d])`` per word, so
        # the same floats, with 5 lookups a candidate instead of 12 for a 4-word phrase (30,000
        # candidates for "World Artificial Intelligence Conference" at 100k).
        if len(words) == 2:
            (c0, c1), (f0, f1) = c, freqs
            return {d: c0 * (a := f0[d]) / (a + (m := n[d])) + c1 * (b := f1[d]) / (b + m) for d in cand}
        if len(words) == 3:
            (c0, c1, c2), (f0, f1, f2) = c, freqs
            return {
                d: c0 * (a := f0[d]) / (a + (m := n[d])) + (c1 * (b := f1[d]) / (b + m) + c2 * (e := f2[d]) / (e + m))
                for d in cand
            }
        (c0, c1, c2, c3), (f0, f1, f2, f3) = c, freqs
        return {
            d: (c0 * (a := f0[d]) / (a + (m := n[d])) + c1 * (b := f1[d]) / (b + m))
            + (c2 * (e := f2[d]) / (e + m) + c3 * (g := f3[d]) / (g + m))
            for d in cand
        }

    def _phrase_input(
        self, q: wquery.Phrase
    ) -> tuple[list[str], list[dict[int, float]], Any] | list[dict[int, float]] | None:
        """What a phrase is scored from: None (whoosh must do it), a list of per-word score
        dicts (``[]``: it cannot match; one word, or an unscored field), or (words, each
        word's frequencies, the documents having every word) read at C speed."""
        from whoosh.formats import Positions

        s = self.s
        fieldname, words = q.fieldname, list(q.words)
        if q.slop != 1 or not words or fieldname not in s.schema:
            return None
        field = s.schema[fieldname]
        if not isinstance(field.format, Positions):  # IndexPositions decodes as Positions
            return None
        reader = s.reader()
        for w in words:  # as whoosh: a word missing from the field means no match, nothing read
            try:
                field.to_bytes(w)
            except ValueError:
                return []
            if (fieldname, w) not in reader:
                return []
        # A phrase's stop words (analyzer.stop_form: "of", "the") are checked at their positions
        # (``_verify``) but neither scored nor read whole: their postings hold nearly every
        # document. The phrase scores as its other words do; a phrase of stop words alone is
        # scored and read as any phrase.
        words = [w for w in words if not is_stop_form(w)] or words
        if len(words) == 1 or not field.scorable:
            parts = []
            for w in words:
                got = self.raw(fieldname, w)
                if got is None:
                    return None
                if not got:
                    return []
                parts.append(got)
            return parts
        key = (fieldname, "\x00".join(words))
        if key in self.inputs:
            return self.inputs[key]
        # Only documents with every word can match: each word's frequencies are read at C
        # speed, and scores are computed for those documents alone.
        freqs = []
        for w in words:
            f = self._freqs(fieldname, w)
            if f is None:
                return None
            if not f:
                return []
            freqs.append(f)
        by_size = sorted(freqs, key=len)
        cand: set[int] | Any = by_size[0].keys() & by_size[1].keys()
        for f in by_size[2:]:
            cand = f.keys() & cand
        self.inputs[key] = (words, freqs, cand)
        return words, freqs, cand

    def _freqs(self, fieldname: str, text: str) -> dict[int, float] | None:
        """{docnum: frequency} of a phrase word, its posting blocks kept for the positions."""
        blocks: list[Block] = []
        out: dict[int, float] = {}
        for sub, off in self.leaves:
            r = sub.reader()
            if (fieldname, text) not in r:
                continue
            seg = segment_postings(r, off, fieldname, text, blocks)
            if seg is None:
                return None
            all_ids, all_ws, deleted = seg
            out.update(zip(map(off.__add__, all_ids) if off else all_ids, all_ws))
            for d in deleted:  # segments cover disjoint document numbers
                out.pop(d + off, None)
        self.blocks[(fieldname, text)] = blocks
        return out

    def _flat_norm(self, fieldname: str) -> list[float]:
        """``_norm`` of every segment end to end: indexed by top-level document number."""
        got = self._flat.get(fieldname)
        if got is None:
            got = self._flat[fieldname] = [x for part in self._norm(fieldname) for x in part]
        return got

    def _verify(self, q: wquery.Phrase, cand: set[int]) -> set[int] | None:
        """The documents of ``cand`` (which have every scored word) where the words are
        consecutive. Stop words (:func:`~.analyzer.is_stop_form`) are checked last, in the
        documents the other words left."""
        words = list(q.words)
        if len(words) < 2 or not cand:
            return set(cand)
        stops = [is_stop_form(w) for w in words]
        if len(words) == 2 and not any(stops):
            return self._verify_pair(q.fieldname, words[0], words[1], cand)
        # starts[d]: positions where the phrase can begin in document d so far; the words in
        # phrase order, then the stop words.
        order = sorted(range(len(words)), key=stops.__getitem__)
        starts: dict[int, set[int]] = {}
        for n, i in enumerate(order):
            pos = self._positions(q.fieldname, words[i], cand)
            if pos is None:
                return None
            if n == 0:
                starts = {d: {p - i for p in ps} for d, ps in pos.items()}
            else:
                nxt = {}
                for d, st in starts.items():
                    ps = pos.get(d)
                    if ps:
                        # Few starts (the usual case): each looked up in the word's positions.
                        left = {x for x in st if x + i in ps} if len(st) < 4 else st.intersection([p - i for p in ps])
                        if left:
                            nxt[d] = left
                starts = nxt
            cand = set(starts)
            if not cand:
                break
        return cand

    def _verify_pair(self, fieldname: str, first: str, second: str, cand: set[int]) -> set[int] | None:
        """``_verify`` of a two-word phrase: the documents where ``second`` follows ``first``
        (most phrases; no set of start positions per document, and a word once in a document,
        the usual case, compared without a set)."""
        v0 = self._values(fieldname, first, cand)
        if v0 is None:
            return None
        v1 = self._values(fieldname, second, v0.keys())
        if v1 is None:
            return None
        # The first word's positions decoded in the documents having both; the second's only
        # read until the place after one of them is found (a lazy decoding: a document where
        # the phrase is found early, or whose first word is not followed by it, builds no list).
        fmt = self.s.schema[fieldname].format
        out: set[int] = set()
        for (d, b), a in zip(v1.items(), decode_positions([v0[d] for d in v1], fmt)):
            if len(a) == 1:
                if a[0] + 1 in iter_positions(b, fmt):
                    out.add(d)
            elif not {p + 1 for p in a}.isdisjoint(iter_positions(b, fmt)):
                out.add(d)
        return out

    def _phrase(self, q: wquery.Phrase) -> dict[int, float] | None:
        parts = self._phrase_parts(q)
        if not parts:
            return parts if parts is None else {}
        smallest = min(parts, key=len)
        cand = set(smallest)
        for p in parts:
            cand.intersection_update(p.keys())
        verified = self._verify(q, cand)
        if verified is None:
            return None
        return _tree_sums(parts, verified)

    def phrase_in(self, q: wquery.Phrase, docs: list[int]) -> set[int] | None:
        """Which of ``docs`` match the phrase (without reading every match's positions)."""
        key = ("\x00phrase", q.fieldname + "\x00" + "\x00".join(q.words))
        got = self.memo.get(key)
        if got is not None:
            return {d for d in docs if d in got}
        got_in = self._phrase_input(q)  # which documents have every word: no scores needed
        if not got_in:
            return None if got_in is None else set()
        if isinstance(got_in, list):
            cand = {d for d in docs if all(d in p for p in got_in)}
        else:
            every = got_in[2]
            cand = {d for d in docs if d in every}
        return self._verify(q, cand)

    def phrase_top(self, q: Any, limit: int) -> tuple[list[tuple[int, float]], int, bool] | None:
        """Top ``limit`` (docnum, score) of a phrase searched in several fields (a ``Phrase``
        or an ``Or`` of them), the matches counted, and whether that count is exact.

        The documents with every word of a field's phrase are candidates; their score if the
        phrase matches is known without positions (the words' scores) and bounds the real one.
        Positions are checked in order of that bound, a batch at a time, until the page is
        full and no unchecked candidate can enter it: the page is exactly the one every match
        would give. The unchecked candidates are counted at the rate of an even sample of
        them (:data:`PHRASE_COUNT_SAMPLE`; ``exact`` False), or checked all when few. None: too few candidates to bother, or not such a query.
        """
        if isinstance(q, wquery.Phrase):
            kids = [q]
        elif (
            type(q) is wquery.Or
            and q.boost == 1.0
            and not getattr(q, "scale", None)
            and not getattr(q, "minmatch", 0)
            and all(isinstance(k, wquery.Phrase) for k in q.subqueries)
        ):
            kids = list(q.subqueries)
        else:
            return None
        bounds: list[dict[int, float]] = []
        union: dict[int, float] = {}
        for k in kids:
            b = self._phrase_bound(k)
            if b is None:
                return None
            if not b:
                bounds.append({})
                continue
            if k.boost != 1.0:
                kb = k.boost
                b = {d: v * kb for d, v in b.items()}
            bounds.append(b)
            if not union:
                union = dict(b)
            else:
                add_into(union, b)
        if len(union) <= PHRASE_CHECK_ALL:
            return None

        matched: list[tuple[int, float]] = []
        done = 0
        batch = limit + limit // 2
        # Candidates best bound first. The first batch (and the bound after it) usually
        # settles the page: select it without sorting every candidate (top_of:
        # heapq.nsmallest(batch + 1, key=_order) without a key call per candidate, which was
        # ~6 ms of a phrase of common words at 10k and grows with the candidates). When it does
        # not, a window of three more batches (they double) is selected so, and only past it
        # are all candidates sorted: a phrase settled after ~1,000 of 30,000 candidates ("the
        # government" at 100k) never sorts them all (each selection reads every candidate, so
        # the window is not grown a batch at a time). top_of(union, n) is the first n of one
        # order, so ``done`` stays an index into the longer queue.
        queue = top_of(union, batch + 1)
        grown = False
        while done < len(union):
            if len(queue) < len(union) and done + batch + 1 > len(queue):
                queue = top_of(union, None if grown else 8 * (done + batch + 1))
                grown = True
            chunk = {d for d, _ in queue[done : done + batch]}
            done += len(chunk)
            batch *= 2
            found: list[set[int]] = []
            for k, b in zip(kids, bounds):
                # (set operations at C speed: a phrase rare among its candidates, "people said"
                # at 100k, checks ~10,000 of them, and a title's phrase has few candidates)
                got = self._verify(k, chunk & b.keys())
                if got is None:
                    return None
                found.append(got)
            # Only the matches are scored (their order does not matter: ranked by score, docnum).
            for d in set().union(*found):
                score = None  # added in the order of the Or's children, as the exact path does
                for b, f in zip(bounds, found):
                    if d in f:
                        score = b[d] if score is None else score + b[d]
                if score is not None:
                    matched.append((d, score))
            if len(matched) >= limit and done < len(union):
                kth = heapq.nsmallest(limit, matched, key=_order)[-1][1]
                if queue[done][1] * (1 + 1e-9) < kth:
                    break
        top = heapq.nsmallest(limit, matched, key=_order)
        if done >= len(union):
            return top, len(matched), True
        # The unchecked candidates are counted from an even sample of them: the checked ones
        # had the highest bounds and match more often (at their rate, "about 677" where 427 was
        # exact). A stride over the docnums is a sample of the rest independent of the bound.
        # A rare phrase among many candidates gives few hits in one sample (a wide error): more
        # rounds, each a stride at another offset, until enough hits or enough checked.
        checked = {d for d, _ in queue[:done]}
        rest = sorted(union.keys() - checked)
        stride = max(1, len(rest) // PHRASE_COUNT_SAMPLE)
        sampled = hits = 0
        for offset in range(min(stride, PHRASE_COUNT_ROUNDS) if len(rest) > 2 * PHRASE_COUNT_SAMPLE else 1):
            picks = rest[offset::stride] if len(rest) > 2 * PHRASE_COUNT_SAMPLE else rest
            found_any: set[int] = set()
            for k, b in zip(kids, bounds):
                got = self._verify(k, {d for d in picks if d in b})
                if got is None:
                    return None
                found_any |= got
            sampled += len(picks)
            hits += len(found_any)
            if hits >= PHRASE_COUNT_HITS:
                break
        if sampled == len(rest):
            return top, len(matched) + hits, True  # every candidate checked: exact
        return top, len(matched) + round(len(rest) * hits / sampled), False

    def _positions(self, fieldname: str, text: str, want: set[int]) -> dict[int, list[int]] | None:
        """Positions of ``text`` in ``fieldname`` of the documents ``want`` (others not decoded)."""
        got = self._values(fieldname, text, want)
        if got is None:
            return None
        return dict(zip(got, decode_positions(list(got.values()), self.s.schema[fieldname].format)))

    def _values(self, fieldname: str, text: str, want: Collection[int]) -> dict[int, bytes] | None:
        """{document: its posting value (the encoded positions)} of ``text`` in ``fieldname`` for
        the documents of ``want`` having it; None: whoosh's matcher is not the reader this knows."""
        out: dict[int, bytes] = {}
        kept = self.blocks.get((fieldname, text))
        if kept is not None:
            # The blocks the scores were read from, in document order, walked beside the sorted
            # wanted documents: each block takes the run of wanted documents up to its last id,
            # found in it through a dict of its ids; packed values are sliced from their blob.
            wanted = sorted(want)
            docs: list[int] = []
            values: list[bytes] = []
            i, n = 0, len(wanted)
            for _first, off, ids, vs, deleted in kept:
                if i >= n:
                    break
                last = ids[-1] + off
                if wanted[i] > last:
                    continue
                j = bisect_right(wanted, last, i)
                # Many wanted documents in the block: a dict of its ids; a few: bisection.
                place = dict(zip(ids, range(len(ids)))) if j - i > 8 else None
                blob, ends = (vs.blob, vs.ends) if type(vs) is PackedValues else (b"", None)
                for d in wanted[i:j]:
                    if place is not None:
                        k = place.get(d - off)
                    else:
                        k = bisect_left(ids, d - off)
                        if k == len(ids) or ids[k] != d - off:
                            k = None
                    if k is None or (deleted and d - off in deleted):
                        continue
                    docs.append(d)
                    if ends is not None:
                        values.append(blob[ends[k - 1] if k else 0 : ends[k]])
                    else:
                        values.append(vs[k])
                i = j
            return dict(zip(docs, values))
        heads = self._heads(fieldname, text)
        if heads is None:
            return None
        wanted = sorted(want)
        for off, size, block, deleted, lasts, read in heads:
            # The wanted documents of this segment, in order, each looked for in the one block
            # whose id range holds it: a stop word's postings hold nearly every document, and a
            # phrase wants a few of them, a batch at a time (phrase_top).
            i = bisect_left(wanted, off)
            end = bisect_left(wanted, off + size, i)
            while i < end:
                b = bisect_left(lasts, wanted[i] - off)
                if b == len(lasts):
                    break
                got = read.get(b)
                if got is None:  # each block read once per search, whatever the batches
                    ids, vs = block(b)
                    got = read[b] = (ids, vs, dict(zip(ids, range(len(ids)))))
                ids, vs, where = got
                j = bisect_right(wanted, lasts[b] + off, i, end)
                hits = [k for d in wanted[i:j] if (k := where.get(d - off)) is not None]
                if deleted:
                    hits = [k for k in hits if ids[k] not in deleted]
                i = j
                for k in hits:
                    out[ids[k] + off] = vs[k]
        return out

    def _heads(
        self, fieldname: str, text: str
    ) -> (
        list[tuple[int, int, Callable[[int], tuple[Sequence[int], Sequence[bytes]]], Any, list[int], dict[int, Any]]]
        | None
    ):
        """Per segment holding ``text``: its document offset and count, a reader of the term's
        n-th posting block (its ids and values), its deleted ids, each block's last id, and the
        blocks read so far; kept for the search (a phrase's positions are read a batch of
        documents at a time). The term's postings are read from the file at once
        (``postings.block_spans``: a stop word's positions are wanted from most of its blocks,
        and a seek and header read per block cost more); whoosh's block reader when they are
        not laid out as that knows."""
        key = (fieldname, text)
        got = self.heads.get(key)
        if got is not None:
            return got
        got = []
        for sub, off in self.leaves:
            r = sub.reader()
            if (fieldname, text) not in r:
                continue
            m, deleted = block_matcher(r.postings(fieldname, text))
            if m is None:
                return None
            spans = block_spans(m)
            if spans is not None:
                raw, last, where = spans
                block = partial(_span_block, raw, where)
            else:  # (block_spans reads the file, never moves the matcher)
                last, places = block_heads(m)
                block = partial(_place_block, m, places)
            got.append((off, r.doc_count_all(), block, deleted, last, {}))
        self.heads[key] = got
        return got

    def scores(self, q: Any) -> dict[int, float] | None:
        if not self.ok:
            return None
        if isinstance(q, wquery.Term):
            return self.term(q.fieldname, q.text, q.boost)
        if isinstance(q, wquery.Phrase):
            return self.phrase(q)
        if isinstance(q, KnownDocs) and q.reads(self.s.reader()):
            return dict.fromkeys(q.docnums, q.weight)  # each id term's score, none looked up
        if q is wquery.NullQuery or isinstance(q, type(wquery.NullQuery)):
            return {}
        if getattr(q, "boost", 1.0) != 1.0 and not isinstance(q, wquery.Term):
            return None
        if isinstance(q, wquery.Or):
            if getattr(q, "scale", None) or getattr(q, "minmatch", 0):
                return None
            acc: dict[int, float] = {}
            for child in q.subqueries:
                got = self.scores(child)
                if got is None:
                    return None
                if not acc:
                    acc = dict(got)
                    continue
                add_into(acc, got)
            return acc
        if isinstance(q, wquery.And):
            pos = [c for c in q.subqueries if not isinstance(c, wquery.Not)]
            neg = [c.query for c in q.subqueries if isinstance(c, wquery.Not)]
            if not pos:
                return None
            parts = [p for c in pos if (p := self.scores(c)) is not None]
            if len(parts) < len(pos):
                return None
            parts.sort(key=len)
            keys = set(parts[0]) if len(parts) == 1 else parts[0].keys() & parts[1].keys()
            for p in parts[2:]:
                keys = {d for d in keys if d in p}  # iterates the smaller side
            for c in neg:
                got = self.scores(c)
                if got is None:
                    return None
                keys = {d for d in keys if d not in got}
            if len(parts) == 2:
                p0, p1 = parts
                return {d: p0[d] + p1[d] for d in keys}
            return {d: sum(p[d] for p in parts) for d in keys}
        if isinstance(q, wquery.AndNot):
            a, b = self.scores(q.a), self.scores(q.b)
            if a is None or b is None:
                return None
            return {d: v for d, v in a.items() if d not in b}
        if isinstance(q, wquery.AndMaybe):
            a, b = self.scores(q.a), self.scores(q.b)
            if a is None or b is None:
                return None
            # a's scores, with b's added where b matches too: a copy at C speed and a sum for
            # the documents in both (the same sums as ``v + b.get(d, 0.0)``; ~2x faster).
            out = dict(a)
            out.update({d: a[d] + b[d] for d in a.keys() & b.keys()})
            return out
        return None


def _span_block(raw: bytes, spans: list[tuple[int, int]], b: int) -> tuple[Sequence[int], Sequence[bytes]]:
    return read_span(raw, spans[b])


def _place_block(m: Any, places: list[int], b: int) -> tuple[Sequence[int], Sequence[bytes]]:
    return read_block(m, places[b])


def add_into(acc: dict[int, float], got: dict[int, float]) -> None:
    """``acc[d] += got[d]`` for every document of ``got`` (``got[d]`` where ``acc`` lacks it):
    dict operations at C speed but for the documents in both, and the same sums as adding one
    document at a time."""
    both = {d: acc[d] + got[d] for d in acc.keys() & got.keys()}
    acc.update(got)
    acc.update(both)


def collect(
    s: Searcher, q: wquery.Query, limit: int | None, bulk: BulkScorer | None = None
) -> tuple[list[tuple[int, float]], int]:
    """(docnum, score) of the top ``limit`` matches, best first, and the number of matches."""
    from whoosh import collectors

    scores = bulk.scores(q) if bulk is not None else None
    if scores is not None:
        if bulk is not None:
            bulk.last_docs = scores
        return top_of(scores, limit), len(scores)

    if limit is None:
        c: Any = collectors.UnlimitedCollector()
        s.search_with_collector(q, c)
        items = sorted(c.items, key=lambda p: (-p[0], p[1]))  # (score, docnum)
        return [(docnum, score) for score, docnum in items], len(items)
    c = collectors.TopCollector(limit=limit, usequality=False)
    s.search_with_collector(q, c)
    items = sorted(c.items, key=lambda p: (-p[0], -p[1]))  # heap of (score, -docnum)
    return [(-neg_doc, score) for score, neg_doc in items], c.total


def _order(kv: tuple[int, float]) -> tuple[float, int]:
    return -kv[1], kv[0]  # whoosh's order: score, then lower document number first


def top_of(scores: dict[int, float], limit: int | None) -> list[tuple[int, float]]:
    """The ``limit`` best (docnum, score), best first, in whoosh's order (all when None).

    The ``limit``-th best score is found among the bare floats (no key function per match);
    only the matches scoring at least that much are then sorted: the same list as
    ``heapq.nsmallest(limit, scores.items(), key=_order)``, ~3x faster on 80k matches.
    """
    if limit is None or len(scores) <= 4 * limit:
        return in_order(list(scores.items()))[:limit]
    if limit <= 0:
        return []
    kth = heapq.nlargest(limit, scores.values())[-1]
    return in_order([(d, v) for d, v in scores.items() if v >= kth])[:limit]


def in_order(items: list[tuple[int, float]]) -> list[tuple[int, float]]:
    """``items`` (distinct docnums) sorted in place into whoosh's order (:func:`_order`: higher
    score first, then lower docnum) and returned, with no Python key call per item: sorted by
    docnum (unique, so the tuples compare by it alone), then by score, stably (``reverse`` keeps
    equal scores in docnum order). ~2x faster than ``key=_order`` on 30,000 candidates."""
    items.sort()
    items.sort(key=itemgetter(1), reverse=True)
    return items


def _tree_sums(parts: list[dict[int, float]], docs: Iterable[int]) -> dict[int, float]:
    """{doc: sum of ``parts[i][doc]``} added in whoosh's order for a phrase's words (a
    ``make_binary_tree`` of ``IntersectionMatcher``s)."""
    if len(parts) == 1:
        p0 = parts[0]
        return {d: p0[d] for d in docs}
    if len(parts) == 2:
        p0, p1 = parts
        return {d: p0[d] + p1[d] for d in docs}
    if len(parts) == 3:
        p0, p1, p2 = parts
        return {d: p0[d] + (p1[d] + p2[d]) for d in docs}
    if len(parts) == 4:
        p0, p1, p2, p3 = parts
        return {d: (p0[d] + p1[d]) + (p2[d] + p3[d]) for d in docs}

    def tree(vals: list[float]) -> float:
        n = len(vals)
        if n == 1:
            return vals[0]
        h = n // 2
        return tree(vals[:h]) + tree(vals[h:])

    return {d: tree([p[d] for p in parts]) for d in docs}
