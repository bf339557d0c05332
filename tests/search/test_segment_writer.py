"""The full build's segment writer writes the same segment as whoosh's own writer, byte for byte."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from waic_reader.index.search.whoosh import schema, writers
from waic_reader.index.workspace import Workspace


def _documents(n: int) -> list[dict[str, object]]:
    """Documents with every kind of field the index has; some words in more than one posting
    block's worth of documents (128), some in one, empty fields, numbers, CJK, accents."""
    rng = random.Random(7)
    common = ["market", "chips", "government", "Zürich", "3,000", "45%", "上海人工智能", "people", "said"]
    rare = [f"word{i}" for i in range(400)]
    docs = []
    for i in range(n):
        words = [rng.choice(common) for _ in range(rng.randint(0, 60))] + rng.sample(rare, rng.randint(0, 12))
        rng.shuffle(words)
        content = " ".join(words)
        noise = "Related: Powered by Example" if i % 3 else ""
        title = f"Title {i} {rng.choice(common)}"
        docs.append(
            {
                "doc": f"d{i:04d}",
                "title": title,
                "outlet": "Reuters" if i % 2 else "",
                "content": content,
                "noise": noise,
                "title_prefix": title,
                "content_prefix": content,
                "noise_prefix": noise,
                "entity": ",".join(sorted({w.lower() for w in words if w[:1].isupper()})),
                "said": "" if i % 5 else "berg:balanced,berg:budget",
                "mtime_ns": i,
                "size": len(content),
                "meta": "",
                "words": len(words),
                "noise_count": 1 if noise else 0,
                "entities": 2,
                "title_derived": False,
                "outlet_derived": bool(i % 2),
                "date": None,
                "noise_spans": [(0, 3)],
                "row": {"doc": f"d{i:04d}"},
            }
        )
    return docs


def _segment_files(folder: Path) -> dict[str, bytes]:
    """The segment's files (``MAIN_<id>.pst``, ``MAIN_<id>._title_len.col``...) named without
    the random segment id; not the table of contents, which names it."""
    segment = [p for p in folder.iterdir() if p.name.startswith("MAIN_") and "." in p.name]
    assert segment
    return {p.name.split(".", 1)[1]: p.read_bytes() for p in segment}


def _copy(text: str) -> str:
    """An equal string that is not the same object (a derived prefix field needs the same one)."""
    return ("." + text)[1:]


@pytest.mark.parametrize(
    ("n", "variant"),
    [(1, "same"), (300, "same"), (300, "copies"), (300, "missing"), (300, "all copies")],
)
def test_fresh_writer_writes_what_whoosh_writes(tmp_path: Path, n: int, variant: str) -> None:
    """Variants: "same", every edge n-gram field is given its base field's very text, so its postings are
    derived from the base field's terms when the segment is written; "copies": every third
    document gives an equal copy (analysed one by one) and the two kinds of postings merge;
    "missing": some documents have a base field without its prefix field or the reverse (none
    of those derived); "all copies": nothing derived."""
    docs = _documents(n)
    for i, fields in enumerate(docs):
        for prefix, base in (("title_prefix", "title"), ("content_prefix", "content"), ("noise_prefix", "noise")):
            if variant == "all copies" or (variant == "copies" and i % 3 == 0):
                fields[prefix] = _copy(str(fields[base]))
            elif variant == "missing" and i % 4 == 1:
                del fields[prefix]
            elif variant == "missing" and i % 4 == 2:
                fields[base] = _copy(str(fields[base]))
                del fields[base]
    written = {}
    for name, make in (("whoosh", writers.index_writer), ("fresh", writers.fresh_writer)):
        folder = tmp_path / name
        folder.mkdir()
        writer = make(schema.create_index(folder))
        for fields in docs:
            writer.add_document(**fields)
        writer.commit()
        written[name] = _segment_files(folder)
    assert written["fresh"].keys() == written["whoosh"].keys()
    for name, data in written["whoosh"].items():
        assert written["fresh"][name] == data, name


def test_fresh_writer_refuses_merging_and_deleting(tmp_path: Path) -> None:
    writer = writers.fresh_writer(schema.create_index(tmp_path))
    with pytest.raises(NotImplementedError):
        writer.delete_document(0)
    writer.cancel()


def _searched(ws: Workspace) -> list[object]:
    queries = [
        "Shanghai",
        "AI governance",
        '"artificial intelligence"',
        "gov*",
        "who:Li",
        "NOT Shanghai",
        "outlet:reuters",
    ]
    return [ws.search(q, limit=None).to_json() | {"elapsed_ms": 0} for q in queries]


def test_a_build_split_into_segments_searches_as_one(
    seeds_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past ``SEGMENT_POSTINGS`` a build closes its segment and starts another: the documents,
    their order, every score and snippet stay those of a build in one segment."""
    whole = Workspace(seeds_copy, tmp_path / "whole")
    whole.ensure_index(rebuild=True)
    monkeypatch.setattr(writers, "SEGMENT_POSTINGS", 500)
    split = Workspace(seeds_copy, tmp_path / "split")
    split.ensure_index(rebuild=True)
    assert len(split.index.searcher().reader().leaf_readers()) == 5  # one article a segment
    assert len(whole.index.searcher().reader().leaf_readers()) == 1
    assert _searched(split) == _searched(whole)
    assert split.index.stored() == whole.index.stored()


def test_a_build_interrupted_in_its_second_segment_raises_the_interruption(
    seeds_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = Workspace(seeds_copy, tmp_path / "index")
    ws.ensure_index()
    before = ws.index.stored()
    monkeypatch.setattr(writers, "SEGMENT_POSTINGS", 2000)  # two seeds a segment (~1-2k postings each)
    real = ws.index.analyse
    calls = []

    def failing(article):  # type: ignore[no-untyped-def]
        calls.append(article.doc)
        if len(calls) == 4:
            raise KeyboardInterrupt  # ctrl+c with the second segment open
        return real(article)

    monkeypatch.setattr(ws.index, "analyse", failing)
    with pytest.raises(KeyboardInterrupt):
        ws.ensure_index(rebuild=True)
    again = Workspace(seeds_copy, tmp_path / "index")
    assert not again.ensure_index().rebuilt  # the previous index, still live
    assert again.index.stored() == before
