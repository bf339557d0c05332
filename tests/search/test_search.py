"""The whoosh backend: its version checks, prefix budget and fast paths (bulk scoring, packed
positions) against whoosh itself. What any backend must do is in ``test_contract.py``."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from waic_reader.index.search.whoosh.parser import QueryError, as_you_type
from waic_reader.index.workspace import Workspace


@pytest.fixture
def ws(seeds_copy: Path, tmp_path: Path) -> Workspace:
    workspace = Workspace(seeds_copy, tmp_path / "index")
    workspace.ensure_index()
    return workspace


def docs(ws: Workspace, query: str, **kw) -> set[str]:
    return {h.doc[:3] for h in ws.search(query, limit=None, **kw).hits}


def test_rebuild_when_version_changes(ws: Workspace, seeds_copy: Path) -> None:
    gen = ws.index._current()
    meta = json.loads((gen / "waic-index.json").read_text())
    meta["schema"] = -1
    (gen / "waic-index.json").write_text(json.dumps(meta))
    report = Workspace(seeds_copy, ws.index_dir).ensure_index()
    assert report.rebuilt and "version" in report.reason


def test_search_as_you_type(ws: Workspace) -> None:
    assert as_you_type("chip sem") == "chip sem*"
    assert as_you_type("chip se") == "chip se*"  # two letters are the start of a word too
    assert as_you_type("chip s") == "chip s"  # one letter is searched as typed
    assert as_you_type('"Eric Sch') == '"Eric Sch'
    assert as_you_type("chip who:Zh") == "chip who:Zh*"  # a field's value being typed too
    assert as_you_type('who:"Eric Sch') == 'who:"Eric Sch'
    assert as_you_type("who:Z") == "who:Z"
    assert as_you_type("a:b:cd") == "a:b:cd"
    assert docs(ws, "Zh", typing=True) == docs(ws, "Zh*") == {"001", "003", "004"}  # Zhao, Zhaoxu...
    assert docs(ws, "Zhao", typing=True) == {"003", "004"}  # Zhaoxu
    # A phrase still being typed is searched as typed so far (submitted, it is an error).
    assert docs(ws, '"Eric Schmidt', typing=True) == docs(ws, '"Eric Schmidt"')
    with pytest.raises(QueryError):
        ws.search('"Eric Schmidt')


# -- the two-pass search (article fields first, boilerplate only to fill the page) -------------


def test_prefix_keeps_most_frequent_terms_within_budget(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    from waic_reader.index.search.whoosh import parser as uq

    monkeypatch.setattr(uq, "PREFIX_POSTINGS", 0.0)  # budget of nothing: the top term only
    ws.index.forget_queries()
    terms = ws.index._prefixes.prefix_terms("content", "s")
    assert len(terms) == 1
    monkeypatch.setattr(uq, "PREFIX_POSTINGS", 100.0)
    ws.index.forget_queries()
    assert len(ws.index._prefixes.prefix_terms("content", "s")) == uq.PREFIX_KEEP
    assert len(ws.index._prefixes.prefix_terms("content", "s", typing=True)) == uq.PREFIX_KEEP_TYPING
    monkeypatch.setattr(uq, "PREFIX_POSTINGS_MAX", 0)  # the absolute cap wins: the top term only
    ws.index.forget_queries()
    assert len(ws.index._prefixes.prefix_terms("content", "s")) == 1


def test_opening_a_workspace_imports_no_search_engine(seeds_copy: Path, tmp_path: Path) -> None:
    import subprocess
    import sys

    code = (
        "import sys\nfrom waic_reader.index.workspace import Workspace\n"
        f"ws = Workspace({str(seeds_copy)!r}, {str(tmp_path / 'ix')!r})\n"
        "assert len(ws.corpus.entries) == 5\n"
        "heavy = [m for m in ('whoosh', 'waic_reader.index.analysis.entities.recogniser', 'waic_reader.index.analysis.noise',"
        " 'waic_reader.index.search.whoosh.engine', 'yaml') if m in sys.modules]\n"
        "assert not heavy, heavy\n"
        "ws.ensure_index()\nassert ws.search('Hinton').total == 3\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr


PHRASES = [
    '"World Artificial Intelligence Conference"',
    '"Geoffrey Hinton"',
    '"export controls"',
    '"the government"',
    '"said the" chip',
    '"Nvidia chips" OR "export controls"',
    '"chip export" NOT market',
    'title:"artificial intelligence"',
    'noise:"related"',
    '"no such words here"',
]


@pytest.mark.parametrize("query", PHRASES)
def test_phrases_read_in_bulk_match_whoosh(ws: Workspace, query: str) -> None:
    """The bulk phrase scorer (positions read from the posting blocks) finds the documents
    whoosh's Phrase matcher finds, with its scores."""
    from whoosh import collectors

    from waic_reader.index.search.whoosh.bulk_scorer import BulkScorer

    s = ws.index.searcher()
    for q in (ws.index.parse(query), ws.index.parse_main(query)):
        bulk = BulkScorer(s)
        got = bulk.scores(q)
        c = collectors.UnlimitedCollector()
        s.search_with_collector(q, c)
        want = {d: sc for sc, d in c.items}
        assert got is not None and set(got) == set(want)
        if "NOT" not in query:  # (whoosh scores a NOT clause's matcher; the ranking is the same)
            assert all(abs(got[d] - want[d]) < 1e-9 for d in want)


@pytest.mark.parametrize(
    "phrase",
    [
        '"artificial intelligence"',
        '"Geoffrey Hinton"',
        '"World Artificial Intelligence"',
        '"World Artificial Intelligence Conference"',
        '"the World Artificial Intelligence Conference in Shanghai"',
    ],
)
@pytest.mark.parametrize("limit", [1, 2])
def test_phrase_page_checked_lazily_is_the_exact_page(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch, phrase: str, limit: int
) -> None:
    """Checking positions only until the page is settled (bounds from the words' scores, for
    phrases of 2, 3, 4 and more words) gives the page and scores of checking every match."""
    from waic_reader.index.search.whoosh import bulk_scorer as S

    exact = ws.search(phrase, limit=limit)
    monkeypatch.setattr(S, "PHRASE_CHECK_ALL", 0)  # check positions only until the page is settled
    lazy = ws.search(phrase, limit=limit)
    assert exact.hits
    assert [(h.doc, h.score, h.where, h.snippet) for h in lazy.hits] == [
        (h.doc, h.score, h.where, h.snippet) for h in exact.hits
    ]
    full = ws.search(phrase, limit=None)
    assert [(h.doc, h.score) for h in full.hits][:limit] == [(h.doc, h.score) for h in exact.hits]
    assert lazy.total_exact or lazy.total >= len(lazy.hits)


@pytest.mark.parametrize(
    "phrase",
    [
        '"artificial intelligence"',
        '"World Artificial Intelligence"',
        '"World Artificial Intelligence Conference"',
        '"the World Artificial Intelligence Conference"',
    ],
)
def test_phrase_bound_is_the_sum_of_the_words_scores_bit_for_bit(ws: Workspace, phrase: str) -> None:
    """The bound a lazily checked phrase ranks its candidates by (``_phrase_bound``: one
    comprehension per phrase length, each frequency looked up once) is, for every candidate,
    the very float the exact path adds up (``_tree_sums`` of ``_phrase_parts``): a match's
    score on a lazily checked page is its bound."""
    from waic_reader.index.search.whoosh.bulk_scorer import BulkScorer, _tree_sums

    s = ws.index.searcher()
    q = ws.index.parse_main(phrase)
    kids = list(getattr(q, "subqueries", [q]))
    compared = 0
    for k in kids:
        bulk = BulkScorer(s)
        bound = bulk._phrase_bound(k)
        parts = bulk._phrase_parts(k)
        assert bound is not None and parts is not None
        assert bound == (_tree_sums(parts, bound.keys()) if parts else {})
        compared += len(bound)
    assert compared


def test_positions_decoded_in_bulk_as_whoosh(ws: Workspace) -> None:
    from waic_reader.index.search.whoosh.postings import block_matcher, decode_positions

    s = ws.index.searcher()
    fmt = s.schema["content"].format
    seen = 0
    for word in ("the", "said", "nvidia", "chip", "intelligence"):
        for sub, _off in s.leaf_searchers():
            r = sub.reader()
            if ("content", word) not in r:
                continue
            m, _deleted = block_matcher(r.postings("content", word))
            while m is not None and m.is_active():
                m.id()
                m._read_values()
                values = list(m._values)
                assert decode_positions(values, fmt) == [fmt.decode_positions(v) for v in values]
                seen += len(values)
                m._next_block()
    assert seen


def test_block_spans_read_the_blocks_whoosh_reads(ws: Workspace) -> None:
    """The stop word path of a phrase's positions reads a term's blocks from one read of its
    postings (block_spans, read_span): the same last ids, ids and values as whoosh's block
    reader (block_heads, read_block), for a stop word, a common word and a rare one."""
    from waic_reader.index.search.whoosh.postings import block_heads, block_matcher, block_spans, read_block, read_span

    s = ws.index.searcher()
    seen = 0
    for word in ("the", "said", "nvidia"):
        for sub, _off in s.leaf_searchers():
            r = sub.reader()
            if ("content", word) not in r:
                continue
            m, _deleted = block_matcher(r.postings("content", word))
            assert m is not None
            spans = block_spans(m)
            assert spans is not None
            raw, lasts, where = spans
            m2, _deleted = block_matcher(r.postings("content", word))
            assert m2 is not None
            heads, places = block_heads(m2)
            assert lasts == heads
            for b, place in enumerate(places):
                ids, values = read_span(raw, where[b])
                w_ids, w_values = read_block(m2, place)
                assert list(ids) == list(w_ids) and list(values) == list(w_values)
                assert ids[-1] == lasts[b]
                seen += len(ids)
    assert seen


def test_positions_iterated_lazily_as_decoded(ws: Workspace) -> None:
    """iter_positions (the pair check's lazy reading) gives decode_positions' numbers for every
    posting value of a stop word, a common word and a rare one, "B"-coded or not."""
    from waic_reader.index.search.whoosh.postings import block_matcher, decode_positions, iter_positions

    s = ws.index.searcher()
    fmt = s.schema["content"].format
    seen = 0
    for word in ("the", "said", "nvidia"):
        for sub, _off in s.leaf_searchers():
            r = sub.reader()
            if ("content", word) not in r:
                continue
            m, _deleted = block_matcher(r.postings("content", word))
            while m is not None and m.is_active():
                m.id()
                m._read_values()
                values = list(m._values)
                assert [list(iter_positions(v, fmt)) for v in values] == decode_positions(values, fmt)
                seen += len(values)
                m._next_block()
    assert seen


def _postings_both_ways(s: object, fieldname: str, text: str, monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """segment_postings of every segment, read whole and (``_whole_blocks`` off) block by block
    through whoosh's matcher: [(ids, weights, kept blocks)] each way."""
    from waic_reader.index.search.whoosh import postings

    out = []
    for whole in (True, False):
        if not whole:
            monkeypatch.setattr(postings, "_whole_blocks", lambda m: None)
        got = []
        for sub, off in s.leaf_searchers():  # type: ignore[attr-defined]
            r = sub.reader()
            if (fieldname, text) not in r:
                continue
            blocks: list[postings.Block] = []
            read = postings.segment_postings(r, off, fieldname, text, blocks)
            assert read is not None
            ids, weights, _deleted = read
            kept = [(first, o, list(b_ids), list(values)) for first, o, b_ids, values, _d in blocks]
            got.append((list(ids), [float(w) for w in weights], kept))
        out.append(got)
        monkeypatch.undo()
    return out


@pytest.mark.parametrize(
    ("fieldname", "text"),
    [
        ("content", "export"),
        ("content", "said"),
        ("content", "nvidia"),
        ("title", "intelligence"),
        ("content_prefix", "ab"),
        ("noise", "accelerate"),
    ],
)
def test_postings_read_whole_are_those_read_block_by_block(
    ws: Workspace, fieldname: str, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A term's postings read at once (one read, one unpickler) give the ids, weights and
    blocks (positions) whoosh's matcher gives block by block."""
    whole, by_block = _postings_both_ways(ws.index.searcher(), fieldname, text, monkeypatch)
    assert whole == by_block and whole


@pytest.mark.parametrize("compression", [0, 3])
def test_postings_of_many_blocks_read_whole_as_whoosh_reads_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, compression: int
) -> None:
    """Postings of several blocks (300 documents, 128 postings a block), written as the index
    writes them or zlib-compressed (an index written with compression: the whole read notices
    and reads them through whoosh's matcher): the same ids, weights and positions either way."""
    from whoosh import index as windex
    from whoosh.fields import TEXT, Schema

    from waic_reader.index.search.whoosh.codec import PackedCodec

    ix = windex.create_in(str(tmp_path), Schema(body=TEXT(phrase=True)))
    w = ix.writer(codec=PackedCodec(compression=compression))
    for i in range(300):
        w.add_document(body=f"ferry {i} crossing the ferry bay {'strait ' * (i % 3)}")
    w.commit()
    with ix.searcher() as s:
        for word in ("ferry", "strait", "bay"):
            whole, by_block = _postings_both_ways(s, "body", word, monkeypatch)
            assert whole == by_block
        assert sum(len(ids) for ids, _w, _b in whole) == 300
        assert len(whole[0][2]) == 3  # three blocks kept with their positions
        assert {w for ids, ws_, _b in _postings_both_ways(s, "body", "ferry", monkeypatch)[0] for w in ws_} == {2.0}


def test_match_spans_equals_the_analyzer() -> None:
    from waic_reader.index.search.whoosh.analyzer import terms_with_spans
    from waic_reader.index.search.whoosh.snippets import match_spans

    text = (
        "U.S. companies’ chips: Nvidia's chip-makers met the company in Paris. "
        "COMPANIES, chips... u.s.a; Istanbul government-owned governments Government"
    )
    indexed = {t for t, _, _ in terms_with_spans(text)}
    # A plural is indexed twice at one span ("chip", "chips"): one highlight.
    for terms in ({"company"}, {"chip", "u.s"}, {"government", "nvidia"}, {"paris", "istanbul"}, {"chips"}, indexed):
        want = list(dict.fromkeys((s, e) for t, s, e in terms_with_spans(text) if t in terms))
        assert match_spans(text, terms) == want
    # Non-ASCII text ("İ" lower-cases to two characters) is analysed token by token.
    odd = text.replace("Istanbul", "İstanbul")
    for terms in ({"company", "chip"}, {"istanbul"}, {"companies"}):
        want = list(dict.fromkeys((s, e) for t, s, e in terms_with_spans(odd) if t in terms))
        assert match_spans(odd, terms) == want


def test_analyzer_on_english_equals_the_former_whoosh_chain() -> None:
    """On English text without thousands separators, the one tokeniser indexes what the former
    whoosh chain (regex tokens, lower case, stop words, plurals) did, with a plural also indexed
    as written at its position (so that a prefix of the written word finds it): same terms and
    positions, which count the stop words (``renumber=False``: a phrase checks them there)."""
    from whoosh.analysis import Filter, LowercaseFilter, RegexTokenizer, StopFilter

    from waic_reader.index.search.whoosh.analyzer import ANALYZER, fold_plural

    class PluralFilter(Filter):
        def __call__(self, tokens):
            for t in tokens:
                written = t.text
                t.text = fold_plural(written)
                yield t
                if t.text != written:
                    t.text = written
                    yield t

    chain = (
        RegexTokenizer(r"\w+(?:\.\w+)*") | LowercaseFilter() | StopFilter(minsize=2, renumber=False) | PluralFilter()
    )
    for text in ("", "a", "The government of the U.S. said chips", "of the", "x Companies' 3.5 bn 2026 of_it"):
        for kw in ({"positions": True, "mode": "index"}, {"positions": True, "boosts": True, "mode": "index"}):
            got = [(t.text, t.pos, t.boost, t.stopped) for t in ANALYZER(text, **kw)]
            want = [(t.text, t.pos, t.boost, t.stopped) for t in chain(text, **kw)]
            assert got == want


def test_index_positions_round_trip_and_index_as_the_analyzer() -> None:
    """The compact posting values decode to the positions whoosh's own format stores, and the
    one-loop tokenising gives the terms and positions of the analyzer chain, stop words kept as
    their stop forms (counting 0 towards the field's length)."""
    import random

    from whoosh.formats import Positions

    from waic_reader.index.search.whoosh.analyzer import ANALYZER, IndexPositions, is_stop_form

    fmt, ref = IndexPositions(), Positions()
    rng = random.Random(7)
    for top in (3, 300, 70_000, 5_000_000_000):
        for _ in range(50):
            poslist = sorted({rng.randrange(top) for _ in range(rng.randint(1, 20))})
            value = fmt.encode(poslist)
            assert fmt.decode_positions(value) == poslist
            assert fmt.decode_frequency(value) == len(poslist)
            assert fmt.decode_weight(value) == len(poslist)
    text = (
        "The U.S. chips’ makers said: the companies' chips, a chip — and THE Chips in "
        "São Paulo. İstanbul 2025 x the of as 5G"
    )
    for value in (text, "", "the of and", text * 3):
        got = {w: (f, wt, fmt.decode_positions(v)) for w, f, wt, v in fmt.word_values(value, ANALYZER)}
        want = {w: (f, wt, ref.decode_positions(v)) for w, f, wt, v in ref.word_values(value, ANALYZER)}
        # The stop words (whoosh's format leaves stopped tokens out): their stop forms where
        # the analyzer gives them, weighing their count, counting 0 towards the length.
        stops: dict[str, list[int]] = {}
        for t in ANALYZER(value, positions=True, removestops=False, mode="index"):
            if t.stopped:
                assert is_stop_form(t.text)
                stops.setdefault(t.text, []).append(t.pos)
        want |= {w: (0, float(len(ps)), ps) for w, ps in stops.items()}
        assert got == want


WORD_QUERIES = [
    "government",
    "chip export",
    "Nvidia OR Huawei OR chips",
    "chip NOT Huawei",
    "artificial intel*",
    "semicond*",
    "title:market OR content:market",
    "intelligence conference world",
]


@pytest.mark.parametrize("query", WORD_QUERIES)
def test_word_queries_scored_in_bulk_match_whoosh(ws: Workspace, query: str) -> None:
    """The bulk scorer's sums over ORs and ANDs give whoosh's matches and BM25F scores."""
    from whoosh import collectors

    from waic_reader.index.search.whoosh.bulk_scorer import BulkScorer

    s = ws.index.searcher()
    for q in (ws.index.parse(query), ws.index.parse_main(query)):
        got = BulkScorer(s).scores(q)
        c = collectors.UnlimitedCollector()
        s.search_with_collector(q, c)
        want = {d: sc for sc, d in c.items}
        assert got is not None and set(got) == set(want) and want
        if "NOT" not in query:
            assert all(abs(got[d] - want[d]) < 1e-9 for d in want)


def test_packed_values_behave_as_the_tuple_whoosh_wrote() -> None:
    import pickle

    from waic_reader.index.search.whoosh.codec import PackedValues

    values = [b"B\x01", b"", b"H\x01\x02\x03\x04", b"B\xff" * 40]
    packed = PackedValues.of(values)
    assert list(packed) == values and len(packed) == 4
    assert [packed[i] for i in range(4)] == values and packed[-1] == values[-1]
    assert packed[1:3] == values[1:3]
    with pytest.raises(IndexError):
        packed[4]
    back = pickle.loads(pickle.dumps(packed, 2))  # whoosh pickles blocks with protocol 2
    assert back == packed and list(back) == values
    assert PackedValues.of([]) == [] and list(PackedValues.of([])) == []


def test_bulk_scoring_skips_documents_deleted_by_an_update(ws: Workspace, seeds_copy: Path) -> None:
    """After an incremental update the old copy of a changed article is deleted inside its
    segment: bulk word and phrase scoring (and phrase positions) must skip it as whoosh does."""
    from whoosh import collectors

    from waic_reader.index.search.whoosh.bulk_scorer import BulkScorer

    path = next(p for p in sorted(seeds_copy.glob("*.txt")) if "Schmidt" in p.read_text("utf-8"))
    path.write_text(path.read_text("utf-8") + "\n\nEric Schmidt said export controls matter.\n", "utf-8")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    fresh = Workspace(seeds_copy, ws.index.index_dir)
    report = fresh.ensure_index()
    assert report.updated
    s = fresh.index.searcher()
    assert s.reader().has_deletions()
    for query in ('"Eric Schmidt"', '"export controls"', "Schmidt", "export controls"):
        for q in (fresh.index.parse(query), fresh.index.parse_main(query)):
            got = BulkScorer(s).scores(q)
            c = collectors.UnlimitedCollector()
            s.search_with_collector(q, c)
            want = {d: sc for sc, d in c.items}
            assert got is not None and set(got) == set(want) and want
            assert all(abs(got[d] - want[d]) < 1e-9 for d in want)


def test_documents_read_without_scores_are_whoosh_matches(ws: Workspace, seeds_copy: Path) -> None:
    """A term's documents read for a count (ids only, no weights or scores) are the documents
    whoosh's own matcher gives, in every searched field, membership fields too, before and
    after an update leaves a deleted copy of an article inside its segment; and the same as
    the keys of the scores when those were read first."""
    from whoosh import query as wquery

    from waic_reader.index.search.whoosh.bulk_scorer import BulkScorer

    def check(s: object, terms: list[tuple[str, str]]) -> None:
        for fieldname, text in terms:
            want = set(wquery.Term(fieldname, text).matcher(s).all_ids())
            bulk = BulkScorer(s)
            ids = bulk.docs(fieldname, text)
            assert ids is not None and set(ids) == want, (fieldname, text)
            assert bulk.raw(fieldname, text) is not None
            assert set(bulk.raw(fieldname, text) or {}) == want
            bulk2 = BulkScorer(s)
            bulk2.raw(fieldname, text)  # scores read first: their keys answer
            assert set(bulk2.docs(fieldname, text) or ()) == want

    terms = [
        ("content", "schmidt"),
        ("content", "export"),
        ("title", "export"),
        ("noise", "related"),
        ("content_prefix", "ex"),
        ("content", "no-such-term"),
    ]
    check(ws.index.searcher(), terms)
    path = next(p for p in sorted(seeds_copy.glob("*.txt")) if "Schmidt" in p.read_text("utf-8"))
    path.write_text(path.read_text("utf-8") + "\n\nEric Schmidt said export controls matter.\n", "utf-8")
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    fresh = Workspace(seeds_copy, ws.index.index_dir)
    assert fresh.ensure_index().updated
    s = fresh.index.searcher()
    assert s.reader().has_deletions()
    check(s, terms)


@pytest.mark.parametrize("query", WORD_QUERIES + PHRASES + ["Nvidia", "related", "said"])
def test_total_of_a_short_page_is_the_count_of_every_match(ws: Workspace, query: str) -> None:
    """However the count is reached (article matches plus boilerplate-only ones, or the whole
    query again), an exact total equals the number of hits of an unlimited search."""
    every = ws.search(query, limit=None)
    for limit in (1, 2):
        page = ws.search(query, limit=limit)
        assert [h.doc for h in page.hits] == [h.doc for h in every.hits][:limit]
        if page.total_exact:
            assert page.total == every.total == len(every.hits)


def test_length_factors_read_at_once_equal_whoosh_per_document(ws: Workspace) -> None:
    from waic_reader.index.search.whoosh.bulk_scorer import BulkScorer
    from waic_reader.index.search.whoosh.postings import length_bytes

    s = ws.index.searcher()
    bulk = BulkScorer(s)
    for fieldname in ("title", "content", "noise", "outlet"):
        fast = bulk._norm(fieldname)
        B, K1 = bulk.B, bulk.K1
        avgfl = s.avg_field_length(fieldname) or 1
        for (sub, _off), got in zip(bulk.leaves, fast):
            r = sub.reader()
            assert length_bytes(r, fieldname) is not None
            want = [
                K1 * ((1 - B) + B * (r.doc_field_length(d, fieldname, 1) or 1) / avgfl)
                for d in range(r.doc_count_all())
            ]
            assert got == want
