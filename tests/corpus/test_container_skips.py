"""A feed or record file that yields no article is reported once, with the reason that fits
(issue 17, acceptance: a CSV whose only row had no text was listed twice, once as "no articles
in this record file" and once for its row): each skipped record names the file already; a file
with nothing in it says so."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus


def skipped(tmp_path: Path, name: str, raw: bytes) -> list[tuple[str, str]]:
    (tmp_path / name).write_bytes(raw)
    return [(s.path, s.reason) for s in Corpus.scan(tmp_path).skipped]


@pytest.mark.parametrize(
    ("name", "raw", "where"),
    [
        ("a.csv", b'title,text\n"A",""\n', "a.csv (line 2)"),  # the reported file
        ("b.json", b'[{"title": "t"}, 3]', "b.json (record 1)"),
        ("c.jsonl", b'{"title": "t"}\n', "c.jsonl (line 1)"),
    ],
)
def test_records_skipped_name_the_file_once(tmp_path: Path, name: str, raw: bytes, where: str) -> None:
    found = skipped(tmp_path, name, raw)
    assert all(path != name for path, _ in found), found  # no second, file-level entry
    assert where in [path for path, _ in found]


@pytest.mark.parametrize(
    ("name", "raw", "reason"),
    [
        ("empty.csv", b"", "empty file"),
        ("bom.jsonl", b"\xef\xbb\xbf\n", "empty file"),
        ("blank.rss", b"  \n\n", "empty file"),
        ("header.csv", b"title,text,outlet\n", "only a header row, no records"),
        (
            "none.atom",
            b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>',
            "no items in this feed file",
        ),
        ("none.json", b"[]", "no records in this record file"),
    ],
)
def test_a_file_with_no_records_says_why(tmp_path: Path, name: str, raw: bytes, reason: str) -> None:
    assert skipped(tmp_path, name, raw) == [(name, reason)]
