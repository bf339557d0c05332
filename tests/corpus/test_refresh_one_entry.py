"""Opening an article edited on disk takes in that file's change alone, not the folder's (issue 13,
session 15 #2).

Reported: at 20,000 files, opening an article that was edited on disk waited ~1.5 s, as
``Workspace.check_article`` listed the whole folder again (``rescan``). ``Corpus.refresh`` makes
the file's entries again from one ``stat`` (a feed's or export's: one parse), through the very
code the folder listing uses (``Corpus._claims_of``), so its cost does not grow with the folder.
Each test checks the outcome against a fresh listing of the folder and that none was made.
(`python tests/perf/check_article.py --size 20000`: 199 ms before, 1.5 ms after.)"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from waic_reader.index.corpus import reader
from waic_reader.index.corpus.reader import Corpus
from waic_reader.index.workspace import ArticleGone, Workspace

BODY = "The harbour council approved the ferry plan on Friday after a long debate in the chamber."


def rss(*titles: str) -> str:
    items = "".join(
        f"<item><title>{t}</title><guid>{t.lower()}</guid><description>{BODY} ({t})</description></item>"
        for t in titles
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{items}</channel></rss>'


def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    for name in ("01_a.txt", "02_b.txt", "sub/03_c.txt", "sub/03_c.md"):  # 03_c's ids keep their extension
        (root / name).write_text(f"Ferry plan {name}\n\n{BODY}\n", "utf-8")
    (root / "04_wire.rss").write_text(rss("One", "Two"), "utf-8")
    (root / "05_z.txt").write_text(f"Last one\n\n{BODY}\n", "utf-8")
    return root


def edit(path: Path, text: str) -> None:
    st = path.stat()
    path.write_text(text, "utf-8")
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns + 1_000_000_000))  # a new stamp whatever the clock


def not_listed(mp: pytest.MonkeyPatch) -> None:
    """Listing the folder fails the test while ``mp`` holds."""

    def walk(*_args: object) -> None:
        raise AssertionError("the folder was listed again")

    mp.setattr(reader, "_walk", walk)


def same_as_a_fresh_listing(ws: Workspace) -> None:
    fresh = Corpus.scan(ws.root)
    assert list(ws.corpus.entries.items()) == list(fresh.entries.items())  # in the folder's order
    assert ws.corpus.skipped == fresh.skipped


def test_an_edited_article_is_read_again_without_listing_the_folder(tmp_path: Path) -> None:
    """The reported case: one plain text file edited, then opened."""
    root = corpus(tmp_path)
    ws = Workspace(root, tmp_path / "ix")
    assert "more words" not in ws.corpus.article("02_b").text
    edit(root / "02_b.txt", f"Ferry plan 02_b.txt\n\n{BODY} And more words.\n")
    with pytest.MonkeyPatch.context() as mp:
        not_listed(mp)
        assert ws.check_article("02_b") == ["02_b"]
        assert "more words" in ws.open_article("02_b").article.text
        assert ws.check_article("02_b") == []  # taken in: nothing to do the next time
    same_as_a_fresh_listing(ws)


def test_an_edited_article_whose_id_keeps_its_extension_and_a_deleted_one(tmp_path: Path) -> None:
    """A file in a subfolder whose id is its whole path (03_c.txt beside 03_c.md): its id stays;
    a file deleted is gone from the entries at once, the others left as they were."""
    root = corpus(tmp_path)
    ws = Workspace(root, tmp_path / "ix")
    assert "sub/03_c.txt" in ws.docs and "sub/03_c.md" in ws.docs
    edit(root / "sub/03_c.txt", f"Ferry plan, edited\n\n{BODY} Edited.\n")
    (root / "01_a.txt").unlink()
    with pytest.MonkeyPatch.context() as mp:
        not_listed(mp)
        assert ws.check_article("sub/03_c.txt") == ["sub/03_c.txt"]
        assert ws.open_article("sub/03_c.txt").article.title == "Ferry plan, edited"
        with pytest.raises(ArticleGone):
            ws.check_article("01_a")
    same_as_a_fresh_listing(ws)


def test_a_feed_edited_takes_in_its_items_in_place_and_an_emptied_file_is_skipped(tmp_path: Path) -> None:
    root = corpus(tmp_path)
    ws = Workspace(root, tmp_path / "ix")
    assert [d for d in ws.docs if d.startswith("04_wire#")] == ["04_wire#one", "04_wire#two"]
    edit(root / "04_wire.rss", rss("One", "Three", "Two"))
    edit(root / "05_z.txt", "  \n")
    with pytest.MonkeyPatch.context() as mp:
        not_listed(mp)
        assert ws.check_article("04_wire#one") == ["04_wire#one", "04_wire#three", "04_wire#two"]
        assert ws.corpus.article("04_wire#three").text.endswith("(Three)")
        with pytest.raises(ArticleGone):
            ws.check_article("05_z")
    same_as_a_fresh_listing(ws)
    assert [s.path for s in ws.skipped] == ["05_z.txt"]
