"""The façade: each use case in one call, as the CLI and the screens make it."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.workspace import Workspace


@pytest.fixture
def ws(seeds_copy: Path, tmp_path: Path) -> Workspace:
    workspace = Workspace(seeds_copy, tmp_path / "index")
    workspace.ensure_index()
    return workspace


def test_open_article_at_a_search_parses_the_query_once(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    index = ws.index
    calls: list[str] = []
    real = index._parse_uncached  # type: ignore[attr-defined]

    def counting(parser: object, text: str, typing: bool) -> object:
        calls.append(text)
        return real(parser, text, typing)

    monkeypatch.setattr(index, "_parse_uncached", counting)
    hit = ws.search("Bouverot").hits[0]
    searched = len(calls)  # the query with and without the boilerplate field
    opened = ws.open_article(hit.doc, "Bouverot")
    assert len(calls) == searched
    assert opened.error is None and opened.matches
    assert {opened.article.text[s:e] for s, e in opened.matches} == {"Bouverot"}
    assert not any(opened.analysis.is_noise(s) for s, _ in opened.matches)


@pytest.mark.parametrize("query", ['"unclosed', "(a", "*"])
def test_open_article_reports_an_unsearchable_query_and_still_opens(ws: Workspace, query: str) -> None:
    opened = ws.open_article(ws.docs[0], query)
    assert opened.error and not opened.matches and opened.article.doc == ws.docs[0]


def test_open_article_before_the_index_is_open(seeds_copy: Path, tmp_path: Path) -> None:
    fresh = Workspace(seeds_copy, tmp_path / "other")
    assert fresh.open_article(fresh.docs[0], "Hinton").matches  # plain words need no index
    opened = fresh.open_article(fresh.docs[0], "Hint*")  # a prefix is expanded from the index
    assert opened.error is not None and "index" in opened.error and not opened.matches


def test_mark_block_then_update_index_moves_it_to_boilerplate(ws: Workspace) -> None:
    doc = next(d for d in ws.docs if "Bouverot" in ws.article(d).text)
    block = next(b for b in ws.article(doc).blocks if "Bouverot" in b.text)
    assert ws.mark_block(doc, block.text, "noise") is None
    assert ws.open_article(doc).analysis.is_noise(block.start)
    assert ws.update_index([doc])
    assert [h.where for h in ws.search("Bouverot").hits if h.doc == doc] == [["noise"]]
    assert ws.mark_block(doc, block.text, "content") is None and ws.update_index([doc])
    assert not ws.open_article(doc).analysis.is_noise(block.start)


def test_rows_from_the_index_match_the_rows_read_from_the_files(ws: Workspace) -> None:
    # One listing path: a cold listing cache is filled from the rows the index stored (no file
    # read), and those rows are the ones reading and analysing each article gives.
    ws.ensure_index()
    (ws.index_dir / "listing.json").unlink(missing_ok=True)
    from_index = ws.list_rows(read=False)
    assert from_index and not any(r.get("pending") for r in from_index)
    (ws.index_dir / "listing.json").unlink()
    fresh = Workspace(ws.root, ws.index_dir)  # index not opened: every article is read
    assert fresh.list_rows() == from_index
    assert fresh.list_rows(read=False) == from_index  # now from the listing cache


def test_rows_not_cached_nor_indexed_are_pending_without_read(ws: Workspace) -> None:
    fresh = Workspace(ws.root, ws.index_dir)
    (ws.index_dir / "listing.json").unlink(missing_ok=True)
    rows = fresh.list_rows(read=False)
    assert [r["doc"] for r in rows] == fresh.docs
    assert all(r["pending"] and r["title"] == Path(r["path"]).name for r in rows)


def test_next_mention_wraps_around_and_skips_articles_without_it(ws: Workspace) -> None:
    table = ws.entities()
    entity = next(e for e in table.entities if len({d for d, m in e.mentions if not m.noise}) >= 2)
    having = [d for d in ws.docs if any(doc == d and not m.noise for doc, m in entity.mentions)]
    first, last = having[0], having[-1]
    assert ws.next_mention(last, entity.key, 1) == first  # wraps
    assert ws.next_mention(first, entity.key, -1) == last
    assert ws.next_mention(first, "PERSON:Nobody Anywhere", 1) is None


def test_compare_fact_sheet_and_entities_skip_nothing_on_the_seeds(ws: Workspace) -> None:
    a, b = ws.docs[:2]
    comparison = ws.compare(a, b)
    assert comparison.a.doc == a and comparison.b.doc == b and comparison.markdown().startswith("#")
    sheet = ws.fact_sheet()
    assert len(sheet.articles) == len(ws.docs) and not sheet.skipped and sheet.facts
    assert ws.entities([a]).to_json()["entities"]


@pytest.mark.parametrize("query", ["Unitree", "Hinton", "semicond*"])
def test_open_article_at_a_search_hit_reads_the_file_once(
    seeds_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, query: str
) -> None:
    from waic_reader.index.corpus import reader

    ws = Workspace(seeds_copy, tmp_path / "index")
    ws.ensure_index()
    real = reader._read_regular
    reads: list[str] = []

    def counting(path: Path, root: Path) -> tuple[bytes, int]:
        reads.append(path.name)
        return real(path, root)

    monkeypatch.setattr(reader, "_read_regular", counting)
    hit = ws.search(query).hits[0]
    opened = ws.open_article(hit.doc, query)
    assert opened.article.doc == hit.doc and opened.matches  # the hit opens at its matches
    path_name = ws.corpus.entries[hit.doc].path.name
    assert reads.count(path_name) == 1, reads  # the snippet's read is reused to open it


def test_a_file_changed_after_the_search_is_read_again(seeds_copy: Path, tmp_path: Path) -> None:
    ws = Workspace(seeds_copy, tmp_path / "index")
    ws.ensure_index()
    hit = ws.search("Unitree").hits[0]
    entry = ws.corpus.entries[hit.doc]
    entry.path.write_text("Unitree robots, rewritten.\n\nA new body about Unitree.\n", "utf-8")
    ws.corpus.rescan()
    assert "rewritten" in ws.corpus.article(hit.doc).text


def test_a_cold_listing_reads_no_file_when_an_index_is_built(ws: Workspace, monkeypatch: pytest.MonkeyPatch) -> None:
    # `list` in a new process after the app built the index: the index's rows, no article read.
    (ws.index_dir / "listing.json").unlink(missing_ok=True)
    expected = ws.list_rows()
    (ws.index_dir / "listing.json").unlink()
    fresh = Workspace(ws.root, ws.index_dir)

    def no_read(doc: str) -> None:
        raise AssertionError(f"{doc} was read")

    monkeypatch.setattr(fresh.corpus, "article", no_read)
    assert fresh.list_rows() == expected


def test_an_indexed_row_is_not_used_once_corpus_yaml_changed(ws: Workspace) -> None:
    doc = ws.docs[0]
    name = ws.corpus.entries[doc].name
    (ws.root / "corpus.yaml").write_text(f"articles:\n  {name}:\n    outlet: Daily Planet\n", "utf-8")
    (ws.index_dir / "listing.json").unlink(missing_ok=True)
    fresh = Workspace(ws.root, ws.index_dir)  # the index on disk still has the old outlet
    assert {r["doc"]: r["outlet"] for r in fresh.list_rows()}[doc] == "Daily Planet"


def test_compare_again_reuses_the_alignment_until_an_input_changes(
    ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The last comparison is kept while both articles and their analyses are the objects the
    corpus and the analyser still hand out; a mark, an edited file or the other order aligns again."""
    from waic_reader.index.analysis import align as align_module

    calls: list[tuple[str, str]] = []
    real = align_module.align

    def counting(a, b, *args, **kwargs):  # type: ignore[no-untyped-def]
        calls.append((a.doc, b.doc))
        return real(a, b, *args, **kwargs)

    monkeypatch.setattr(align_module, "align", counting)
    a_doc, b_doc = ws.docs[0], ws.docs[1]
    first = ws.compare(a_doc, b_doc)
    again = ws.compare(a_doc, b_doc)
    assert again is first and len(calls) == 1
    swapped = ws.compare(b_doc, a_doc)
    assert swapped.a.doc == b_doc and len(calls) == 2
    ws.compare(a_doc, b_doc)
    assert len(calls) == 3  # only the last comparison is kept
    # A block marked as boilerplate: the analysis changes, so the alignment is made again.
    block = next(b for b in first.a.blocks if first.a_analysis.is_noise(b.start) is False and b.text.strip())
    assert ws.mark_block(a_doc, block.text, "noise") is None
    marked = ws.compare(a_doc, b_doc)
    assert len(calls) == 4 and marked is not first
    assert marked.a_analysis.is_noise(block.start)
    # The file edited: read again, aligned again.
    path = ws.corpus.entries[b_doc].path
    path.write_text(path.read_text("utf-8") + "\nOne more line added at the end of the text.\n", "utf-8")
    ws.rescan()
    edited = ws.compare(a_doc, b_doc)
    assert len(calls) == 5 and edited.b is not marked.b
