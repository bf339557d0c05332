"""A short prefix's expansions are found from each segment's own ordered terms (issue #15's
speed target: typing `mi` scanned a thousand or more terms through whoosh's reader of several
segments, which looks each term up again in every segment), and while typing the unfinished
word is ranked from fewer postings; the terms, their frequencies and the matches stay exact.

The oracle is whoosh's own reader of the whole index (``reader.iter_prefix``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.search.whoosh import parser as uq
from waic_reader.index.search.whoosh.prefixes import prefix_frequencies
from waic_reader.index.workspace import Workspace

FIRST = {
    "a1.txt": "# Ministers meet\n\nThe minister said military spending might rise by a million.\n",
    "a2.txt": "# Mild winter\n\nMillions of people in Milan might see a mild winter, the ministry said.\n",
    "a3.txt": "# Chips\n\nSemiconductor exports rose; the mission was a success.\n",
}
# Written after the first build: the update adds a segment, and a2 changed deletes its first copy.
SECOND = {
    "a2.txt": "# Mild winter again\n\nMilan and Minsk might see a milder winter, the minister said.\n",
    "a4.txt": "# Mining\n\nMining firms in Minsk mint millions; microchips are made in Milan.\n",
    "a5.txt": "# Misc\n\nMisty mornings, a mixed market and a mid-size mill.\n",
}


@pytest.fixture
def segmented(tmp_path: Path) -> Workspace:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name, text in FIRST.items():
        (corpus / name).write_text(text, "utf-8")
    ws = Workspace(corpus, tmp_path / "index")
    ws.ensure_index()
    for name, text in SECOND.items():
        (corpus / name).write_text(text, "utf-8")
    ws = Workspace(corpus, tmp_path / "index")
    report = ws.ensure_index()
    assert not report.rebuilt
    assert len(ws.index.searcher().leaf_searchers()) >= 2  # what the test is about
    return ws


def whoosh_scan(ws: Workspace, fieldname: str, prefix: str, scan: int | None = None) -> list[tuple[int, str]]:
    reader = ws.index.searcher().reader()
    out = []
    for n, (text, info) in enumerate(reader.iter_prefix(fieldname, prefix)):
        if scan is not None and n >= scan:
            break
        out.append((info.doc_frequency(), text.decode("utf-8") if isinstance(text, bytes) else text))
    return out


@pytest.mark.parametrize("fieldname", ["content", "title", "noise"])
def test_two_letter_prefix_typed_terms_as_whoosh_reads_them(segmented: Workspace, fieldname: str) -> None:
    # The reported input: `mi`, typed (a 2-letter prefix while typing).
    got = prefix_frequencies(segmented.index.searcher(), fieldname, "mi")
    assert got == whoosh_scan(segmented, fieldname, "mi")
    if fieldname == "content":
        words = {t: n for n, t in got}
        # In both segments, summed; a2's first copy is deleted and still counted, as whoosh counts it.
        assert words["milan"] == 3 and words["might"] == 3
        assert words["minsk"] == 2 and words["mining"] == 1  # only in the second segment


def test_longer_prefix_and_every_expansion(segmented: Workspace) -> None:
    # A variant: 3 letters, and a prefix longer than the edge n-grams (every expansion searched).
    s = segmented.index.searcher()
    assert prefix_frequencies(s, "content", "mil") == whoosh_scan(segmented, "content", "mil")
    segmented.index.forget_queries()
    every = segmented.index._prefixes.prefix_every("content", "milli")
    assert every == [t for _n, t in whoosh_scan(segmented, "content", "milli")] == ["million", "millions"]
    assert prefix_frequencies(s, "content", "zq") == [] == whoosh_scan(segmented, "content", "zq")


def test_scan_cut_is_the_whole_index_first_terms(segmented: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    # A variant: the scan limit cuts the lexical order of the whole index, whichever segment a
    # term is in ("microchips", "mid" are only in the second segment).
    s = segmented.index.searcher()
    for scan in (1, 2, 3, 5, 8):
        assert prefix_frequencies(s, "content", "mi", scan) == whoosh_scan(segmented, "content", "mi", scan)
    monkeypatch.setattr(uq, "PREFIX_SCAN", 3)
    segmented.index.forget_queries()
    kept = segmented.index._prefixes.prefix_terms("content", "mi")
    first3 = whoosh_scan(segmented, "content", "mi", 3)
    assert sorted(kept) == sorted(t for _n, t in first3)


def test_typing_ranks_from_fewer_postings_with_the_same_matches(
    segmented: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    index = segmented.index
    index.forget_queries()
    submitted = {h.doc for h in index.search("mi*", limit=None).hits}
    assert len(index._prefixes.prefix_terms("content", "mi", typing=True)) > 1
    monkeypatch.setattr(uq, "PREFIX_POSTINGS_MAX_TYPING", 0)  # the typing cap: the top term only
    index.forget_queries()
    assert len(index._prefixes.prefix_terms("content", "mi", typing=True)) == 1
    assert len(index._prefixes.prefix_terms("content", "mi")) > 1  # a submitted prefix is not capped
    for typed in ("mi", "mil", "Mins"):  # the reported step and two variants
        res = index.search(typed, limit=None, typing=True)
        whole = index.search(f"{typed}*", limit=None)
        assert {h.doc for h in res.hits} == {h.doc for h in whole.hits}
        assert res.total == whole.total
    assert {h.doc for h in index.search("mi", limit=None, typing=True).hits} == submitted
