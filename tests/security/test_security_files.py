"""Untrusted files: every kind is read or skipped with a reason, and one never stops the others."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hostile import BODY, special_files_corpus, write

from waic_reader.index.corpus import reader as corpus_mod
from waic_reader.index.corpus.decoding import decode
from waic_reader.index.corpus.reader import Corpus, CorpusError
from waic_reader.index.workspace import Workspace
from waic_reader.tui.cli.main import main


@pytest.fixture
def awkward(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    folder = tmp_path / "corpus"
    expect = special_files_corpus(folder, tmp_path / "outside")
    yield folder, expect
    (folder / "unreadable.txt").chmod(0o644)


def test_every_awkward_file_is_read_or_skipped_with_a_reason(awkward: tuple[Path, dict[str, str]]) -> None:
    folder, expect = awkward
    corpus = Corpus.scan(folder)
    read = {a.path.name for a in corpus.articles()}
    skipped = {s.path: s.reason for s in corpus.skipped}
    for name, outcome in expect.items():
        if outcome == "read":
            assert name in read, (name, skipped.get(name))
        else:
            assert skipped.get(name), name
            assert name not in read
    assert "loop" in skipped["loop.txt"]
    assert "dangling" in skipped["dangling.txt"]
    assert "outside" in skipped["escape.txt"] and "outside" in skipped["outdir.txt"]
    assert "directory" in skipped["linkdir.txt"]
    assert "regular" in skipped["fifo.txt"]
    assert "binary" in skipped["binary.txt"] and "binary" in skipped["controls.txt"]


def test_no_text_from_outside_the_corpus(awkward: tuple[Path, dict[str, str]]) -> None:
    folder, _ = awkward
    corpus = Corpus.scan(folder)
    assert all("TOPSECRET" not in a.text for a in corpus.articles())


def test_encodings_are_decoded_and_flagged(awkward: tuple[Path, dict[str, str]]) -> None:
    folder, _ = awkward
    corpus = Corpus.scan(folder)
    art = {a.path.name: a for a in corpus.articles()}
    assert art["utf8.txt"].text.startswith("Café") and art["utf8.txt"].encoding == "utf-8"
    assert art["bom.txt"].text.startswith("BOM") and art["bom.txt"].encoding == "utf-8-sig"
    assert art["utf16.txt"].text.startswith("Sixteen") and art["utf16.txt"].encoding == "utf-16-le"
    assert art["utf16be.txt"].text.startswith("Big") and art["utf16be.txt"].encoding == "utf-16-be"
    latin = art["latin1.txt"]
    assert latin.text.startswith("Café naïve") and latin.encoding == "cp1252" and latin.notes
    for name in ("crlf.txt", "cr.txt"):
        assert "\r" not in art[name].text and art[name].title == "Title"
    assert "empty.txt" not in art and "blank.txt" not in art
    assert {s.path: s.reason for s in corpus.skipped}["empty.txt"] == "empty file"
    assert art["inside.txt"].text == art["utf8.txt"].text


def test_index_reports_every_skip_and_indexes_the_rest(
    awkward: tuple[Path, dict[str, str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder, expect = awkward
    assert main(["--corpus", str(folder), "--index-dir", str(tmp_path / "ix"), "index", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    reasons = {s["path"]: s["reason"] for s in data["skipped"]}
    assert {n for n, o in expect.items() if o == "skip"} <= set(reasons)
    assert data["indexed"] == sum(1 for o in expect.values() if o == "read")
    # The text report names each skipped file too (one line each).
    assert main(["--corpus", str(folder), "--index-dir", str(tmp_path / "ix"), "index"]) == 0
    text = capsys.readouterr().out
    for name in reasons:
        assert f"skipped {name}:" in text


def test_unreadable_file_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    write(folder, "good.txt", BODY)
    bad = write(folder, "locked.txt", BODY)
    real_open = os.open

    def fake_open(path, flags, *args, **kwargs):  # root ignores chmod 0, so simulate EACCES
        if Path(path).name == "locked.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(corpus_mod.os, "open", fake_open)
    corpus = Corpus.scan(folder)
    assert [a.doc for a in corpus.articles()] == ["good"]
    assert {s.path: s.reason for s in corpus.skipped} == {"locked.txt": "Permission denied"}
    assert bad.exists()


def test_file_vanishing_after_scan_is_an_error_not_a_crash(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    write(folder, "a.txt", BODY)
    gone = write(folder, "b.txt", BODY)
    corpus = Corpus.scan(folder)
    gone.unlink()
    with pytest.raises(CorpusError):
        corpus.article("b")
    assert [a.doc for a in corpus.articles()] == ["a"]
    assert corpus.skipped[0].path == "b.txt"


def test_symlink_swapped_for_outside_link_after_scan_is_not_followed(tmp_path: Path) -> None:
    folder, outside = tmp_path / "c", tmp_path / "out"
    folder.mkdir()
    outside.mkdir()
    write(outside, "secret.txt", "TOPSECRET " + BODY)
    write(folder, "real.txt", BODY)
    os.symlink("real.txt", folder / "link.txt")
    corpus = Corpus.scan(folder)
    (folder / "link.txt").unlink()
    os.symlink(outside / "secret.txt", folder / "link.txt")
    with pytest.raises(CorpusError, match="outside"):
        corpus.article("link")
    # A regular file replaced by a link after the scan: O_NOFOLLOW refuses it.
    (folder / "real.txt").unlink()
    os.symlink(outside / "secret.txt", folder / "real.txt")
    corpus.forget("real")
    with pytest.raises(CorpusError):
        corpus.article("real")


def test_size_cap_reads_a_prefix_with_a_notice(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(corpus_mod, "MAX_READ_BYTES", 4096)
    folder = tmp_path / "c"
    folder.mkdir()
    write(folder, "big.txt", (BODY + "\n\n") * 500)
    write(folder, "cut.txt", "é" * 5000)  # the cap falls inside a two-byte character
    corpus = Corpus.scan(folder)
    big = corpus.article("big")
    assert len(big.text.encode()) <= 4096
    assert any("only the first" in n for n in big.notes)
    cut = corpus.article("cut")
    assert cut.encoding == "utf-8" and set(cut.text) == {"é"}


def test_real_size_cap_is_fast(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    write(folder, "huge.txt", "word " * 600_000)  # 3 MB, one line
    article = Corpus.scan(folder).article("huge")
    assert len(article.text) <= corpus_mod.MAX_READ_BYTES
    assert any("only the first" in n for n in article.notes)


def test_decode_rejects_binary_and_keeps_escapes() -> None:
    with pytest.raises(ValueError, match="binary"):
        decode(b"abc\x00def")
    with pytest.raises(ValueError, match="binary"):
        decode(bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 100)
    text, enc, _ = decode(b"News \x1b]0;t\x07 and \x1b[2J")
    assert enc == "utf-8" and "\x1b]0;t\x07" in text  # kept as read; shown visibly later
    text, enc, notes = decode(b"\xff\xfe" + "ok".encode("utf-16-le") + b"\x00\xd8")  # lone surrogate
    assert enc == "utf-16-le" and notes


_SLOW_SPLIT = """
import sys
from pathlib import Path
from waic_reader.index.corpus.reader import Corpus
corpus = Corpus.scan(sys.argv[1])
for a in corpus.articles():
    a.title, a.sentences
print("ok")
"""


def test_long_paragraph_of_short_sentences_reads_quickly(tmp_path: Path) -> None:
    folder = tmp_path / "c"
    folder.mkdir()
    write(folder, "dos.txt", "word, word. " * 9000)  # ~100 KB, one paragraph
    try:
        result = subprocess.run(
            [sys.executable, "-c", _SLOW_SPLIT, str(folder)], capture_output=True, text=True, timeout=4
        )
    except subprocess.TimeoutExpired:
        pytest.fail("reading a 100 KB one-paragraph article took more than 4 s")
    assert result.stdout.strip() == "ok", result.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_is_never_opened(tmp_path: Path) -> None:
    # Opening a FIFO for reading blocks until a writer comes; the scan and the read must not.
    folder = tmp_path / "c"
    folder.mkdir()
    os.mkfifo(folder / "pipe.md")
    write(folder, "ok.md", BODY)
    code = (
        "import sys\nfrom waic_reader.index.corpus.reader import Corpus\n"
        "c = Corpus.scan(sys.argv[1]); print(len(c.articles()), c.skipped[0].path)"
    )
    result = subprocess.run([sys.executable, "-c", code, str(folder)], capture_output=True, text=True, timeout=20)
    assert result.stdout.split() == ["1", "pipe.md"], result.stderr


def test_workspace_survives_awkward_corpus(awkward: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    folder, expect = awkward
    ws = Workspace(folder, index_dir=tmp_path / "ix")
    report = ws.ensure_index()
    assert report.indexed == sum(1 for o in expect.values() if o == "read")
    assert ws.index.search("council").total >= 1
