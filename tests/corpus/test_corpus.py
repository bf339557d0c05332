"""The corpus reader: files, encodings, metadata and what is derived from the text."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from waic_reader.index.corpus.decoding import decode
from waic_reader.index.corpus.reader import Corpus, CorpusError


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


BODY = "The council met on Tuesday and agreed a plan for the harbour district after a long debate.\n"


def test_seeds_are_all_read(seeds: Path) -> None:
    corpus = Corpus.scan(seeds)
    assert len(corpus.articles()) == 5
    assert corpus.skipped == []
    assert corpus.meta_errors == []


def test_doc_ids_and_prefixes(seeds: Path) -> None:
    corpus = Corpus.scan(seeds)
    assert corpus.resolve("003") == "003_bfd2f6d8fca4147f"
    assert corpus.resolve("003_bfd2f6d8fca4147f.txt") == "003_bfd2f6d8fca4147f"
    with pytest.raises(CorpusError, match="ambiguous"):
        corpus.resolve("00")
    with pytest.raises(CorpusError, match="no article"):
        corpus.resolve("999")


def test_encodings(tmp_path: Path) -> None:
    write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + BODY.encode())
    write(tmp_path, "u16.txt", "\ufeff".encode("utf-16-le")[:0] + b"\xff\xfe" + BODY.encode("utf-16-le"))
    write(tmp_path, "latin.txt", "Caf\xe9 society gathered in the square for the annual festival.\n".encode("cp1252"))
    write(tmp_path, "crlf.txt", BODY.replace("\n", "\r\n") * 2)
    corpus = Corpus.scan(tmp_path)
    assert corpus.article("bom").text == BODY and corpus.article("bom").encoding == "utf-8-sig"
    assert corpus.article("u16").text == BODY and corpus.article("u16").encoding == "utf-16-le"
    latin = corpus.article("latin")
    assert latin.text.startswith("Café") and latin.encoding == "cp1252"
    assert any("leniently" in n for n in latin.notes)
    assert "\r" not in corpus.article("crlf").text


def test_binary_empty_and_special_files(tmp_path: Path) -> None:
    write(tmp_path, "bin.txt", b"\x00\x01\x02binary\x00" * 50)
    write(tmp_path, "empty.txt", b"")
    (tmp_path / "folder.txt").mkdir()  # a folder, whatever its name: read as a subfolder
    write(tmp_path / "folder.txt", "inner.txt", BODY)
    os.mkfifo(tmp_path / "pipe.txt")
    write(tmp_path, "good.txt", BODY)
    corpus = Corpus.scan(tmp_path)
    skipped = {s.path: s.reason for s in corpus.skipped}
    assert "not a regular file" in skipped["pipe.txt"]
    articles = {a.doc for a in corpus.articles()}
    skipped = {s.path: s.reason for s in corpus.skipped}
    assert "binary" in skipped["bin.txt"]
    assert skipped["empty.txt"] == "empty file"  # nothing to read: not a 0-word article
    assert articles == {"good", "folder.txt/inner"}


def test_symlinks(tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text(BODY)
    corpus_dir = tmp_path / "c"
    corpus_dir.mkdir()
    write(corpus_dir, "real.txt", BODY)
    (corpus_dir / "inside.txt").symlink_to(corpus_dir / "real.txt")
    (corpus_dir / "escape.txt").symlink_to(outside)
    (corpus_dir / "dangling.txt").symlink_to(tmp_path / "nope.txt")
    corpus = Corpus.scan(corpus_dir)
    skipped = {s.path: s.reason for s in corpus.skipped}
    assert "outside the corpus" in skipped["escape.txt"]
    assert "dangling" in skipped["dangling.txt"]
    assert {a.doc for a in corpus.articles()} == {"real", "inside"}


def test_metadata_and_derivation(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", "Ministers agree new harbour plan\n\nReuters\nReuters\n\n" + BODY)
    write(tmp_path, "b.txt", "Key points:\nPowered by example.com\n" + BODY)
    write(tmp_path, "c.txt", BODY)
    write(
        tmp_path,
        "corpus.yaml",
        "articles:\n  c.txt:\n    title: Given title\n    outlet: The Gazette\n    date: 2025-07-26\n",
    )
    corpus = Corpus.scan(tmp_path)
    a, b, c = (corpus.article(d) for d in "abc")
    assert (a.title, a.title_derived, a.outlet, a.outlet_derived) == (
        "Ministers agree new harbour plan",
        True,
        "Reuters",
        True,
    )
    assert b.outlet == "example.com"
    assert (c.title, c.title_derived, c.outlet, c.outlet_derived, c.date) == (
        "Given title",
        False,
        "The Gazette",
        False,
        "2025-07-26",
    )


def test_metadata_errors_name_file_line_and_column(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", BODY)
    write(tmp_path, "corpus.yaml", "articles:\n  a.txt:\n    title: [not, text]\n    colour: red\n")
    corpus = Corpus.scan(tmp_path)
    assert any("corpus.yaml:3:12" in e and "'title' must be text" in e for e in corpus.meta_errors)
    assert any("corpus.yaml:4:13" in e and "unknown field" in e for e in corpus.meta_errors)
    assert corpus.article("a").title_derived


def test_broken_yaml_is_reported_not_fatal(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", BODY)
    write(tmp_path, "corpus.yaml", "articles:\n  a.txt: {title: x\n")
    corpus = Corpus.scan(tmp_path)
    assert corpus.meta_errors and "corpus.yaml:" in corpus.meta_errors[0]
    assert corpus.article("a").text == BODY


def test_missing_folder() -> None:
    with pytest.raises(CorpusError, match="not found"):
        Corpus.scan("/nonexistent/folder")


def test_decode_rejects_nul_bytes() -> None:
    with pytest.raises(ValueError):
        decode(b"abc\x00def")


def test_drop_is_idempotent(tmp_path: Path) -> None:
    """An unreadable file is moved to ``skipped`` once, however many listings (the library's
    worker, the timeline, ``articles()``) find it unreadable, one after another or at once."""
    root = tmp_path / "c"
    root.mkdir()
    (root / "good.txt").write_text("Officials said the plan was approved after a long debate.\n", "utf-8")
    (root / "bad.txt").write_bytes(b"\x00\x01\x02binary\x00" * 50)
    corpus = Corpus.scan(root)
    assert "bad" in corpus.entries
    with pytest.raises(CorpusError) as exc:
        corpus.article("bad")
    corpus.drop("bad", str(exc.value))
    corpus.drop("bad", str(exc.value))  # a second listing that had it in its snapshot
    assert "bad" not in corpus.entries
    assert [s.path for s in corpus.skipped] == ["bad.txt"]
    assert [a.doc for a in corpus.articles()] == ["good"]
    assert [s.path for s in corpus.skipped] == ["bad.txt"]
