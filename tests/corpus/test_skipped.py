"""What the scan and the reader skip, and how the list reads (issue 17, acceptance tester):
the skipped list in folder order with each file's items by number, empty files skipped as
such, and only the app's real exports (by their marker line) skipped as exports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus, Skipped, in_order
from waic_reader.index.export import EXPORT_MARK
from waic_reader.tui.cli.main import main

BODY = "The harbour council approved the ferry plan on Friday after a long debate."


def write(folder: Path, name: str, data: str | bytes) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, bytes):
        path.write_bytes(data)
    else:
        path.write_text(data, "utf-8")
    return path


def _cli(capsys: pytest.CaptureFixture[str], corpus: Path, ix: Path, *argv: str) -> dict:
    assert main(["--corpus", str(corpus), "--index-dir", str(ix), *argv, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def _jsonl(good: set[int], last: int) -> str:
    lines = []
    for n in range(1, last + 1):
        lines.append(json.dumps({"title": f"R{n}", "text": BODY}) if n in good else json.dumps({"title": f"R{n}"}))
    return "\n".join(lines) + "\n"


def test_skipped_records_by_line_number_and_files_in_folder_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    corpus = tmp_path / "c"
    # The reported file: lines that are not JSON were listed before the records without text,
    # so line 3 came after line 12 when the kinds were mixed.
    lines = [json.dumps({"title": "no text"}) if n in (3, 5) else json.dumps({"text": BODY}) for n in range(1, 13)]
    lines[11] = "{not json"
    lines[1] = "[1, 2]"
    write(corpus, "exports/api.jsonl", "\n".join(lines) + "\n")
    write(corpus, "exports/a.csv", "title,text\nA,\nB," + BODY + "\nC,\n")
    write(corpus, "b.txt", b"\x00\x01binary\x00" * 20)
    write(corpus, "a/zz.txt", b"")
    write(corpus, "top.txt", BODY)
    data = _cli(capsys, corpus, tmp_path / "ix", "index")
    paths = [s["path"] for s in data["skipped"]]
    assert paths == [
        "a/zz.txt",
        "b.txt",
        "exports/a.csv (line 2)",
        "exports/a.csv (line 4)",
        "exports/api.jsonl (line 2)",
        "exports/api.jsonl (line 3)",
        "exports/api.jsonl (line 5)",
        "exports/api.jsonl (line 12)",
    ]
    listed = _cli(capsys, corpus, tmp_path / "ix", "list")
    assert [s["path"] for s in listed["skipped"]] == paths


def test_a_feeds_items_and_the_file_itself_in_order(tmp_path: Path) -> None:
    items = "".join(
        f"<item><title>T{n}</title><description>{BODY if n in (2, 11) else ''}</description></item>"
        for n in range(1, 13)
    )
    write(
        tmp_path,
        "wire.rss",
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>W</title>{items}</channel></rss>',
    )
    write(tmp_path, "zero.jsonl", json.dumps({"title": "no text"}) + "\n")
    corpus = Corpus.scan(tmp_path)
    paths = [s.path for s in corpus.skipped]
    wanted_items = [f"wire.rss (item {n})" for n in range(1, 13) if n not in (2, 11)]
    assert paths == wanted_items + ["zero.jsonl (line 1)"]  # its line says why; the file is not listed again


def test_in_order_sorts_folder_by_folder_and_numbers_as_numbers() -> None:
    skips = [
        Skipped("x.txt", "r"),
        Skipped("d.jsonl (line 12)", "r", "d.jsonl", 12),
        Skipped("d/inner.txt", "r"),
        Skipped("d.jsonl (line 3)", "r", "d.jsonl", 3),
        Skipped("d.jsonl", "no articles"),
        Skipped("x.txt", "r"),  # the same skip twice is listed once
    ]
    # "d/inner.txt" is listed where the folder "d" falls, as the library lists files.
    assert [s.path for s in in_order(skips)] == [
        "d/inner.txt",
        "d.jsonl",
        "d.jsonl (line 3)",
        "d.jsonl (line 12)",
        "x.txt",
    ]


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("empty.txt", b""),  # the reported case: 0 bytes
        ("blank.md", "\n  \n\t\n"),  # whitespace only
        ("nbsp.html", "\ufeff \u00a0\r\n"),  # a BOM, a no-break space and a CRLF
    ],
)
def test_an_empty_file_is_skipped_not_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, data: str | bytes
) -> None:
    corpus = tmp_path / "c"
    write(corpus, name, data)
    write(corpus, "good.txt", BODY)
    listed = _cli(capsys, corpus, tmp_path / "ix", "list")
    assert [r["doc"] for r in listed["articles"]] == ["good"]
    assert listed["skipped"] == [{"path": name, "reason": "empty file"}]
    indexed = _cli(capsys, corpus, tmp_path / "ix2", "index")
    assert indexed["indexed"] == 1
    assert indexed["skipped"] == [{"path": name, "reason": "empty file"}]


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("fm-only.md", "---\ntitle: Only metadata\ndate: 2025-03-14\n---\n\n", "no text after the front matter"),
        (
            "scripts.html",
            "<html><body><script>var x = 1;</script><div> </div></body></html>",
            "no text found in this page",
        ),
        # acceptance s11 c9/empty.html: a menu alone was an article "x" (its <title>) reading "menu"
        (
            "empty.html",
            '<html><head><meta charset="utf-8"><title>x</title></head><body><nav>menu</nav></body></html>',
            "no text found in this page",
        ),
        # a footer alone, and a header and navigation (whose items the extractor gives as one line)
        (
            "footer.html",
            "<html><head><title>Site</title></head><body><footer><p>(c) 2025 Harbour Gazette</p>"
            '<p><a href="/privacy">Privacy</a> <a href="/contact">Contact us</a></p></footer></body></html>',
            "no text found in this page",
        ),
        (
            "menus.htm",
            '<html><head><title>y</title></head><body><header><a href="/">Home</a></header>'
            "<nav><ul><li>News</li><li>Sport</li><li>Weather</li></ul></nav></body></html>",
            "no text found in this page",
        ),
    ],
)
def test_a_file_with_no_text_besides_its_markup_is_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str, data: str, reason: str
) -> None:
    corpus = tmp_path / "c"
    write(corpus, name, data)
    write(corpus, "good.txt", BODY)
    listed = _cli(capsys, corpus, tmp_path / "ix", "list")
    assert [r["doc"] for r in listed["articles"]] == ["good"]
    assert listed["skipped"] == [{"path": name, "reason": reason}]


@pytest.mark.parametrize(
    "name",
    [
        "waic-facts-mine.md",  # the reported file: the user's own notes, named like an export
        "waic-compare-a-b.md",
        "notes/WAIC-FACTS.md",
    ],
)
def test_a_file_named_like_an_export_is_read_and_a_real_export_is_skipped_with_its_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    corpus = tmp_path / "c"
    write(corpus, name, "Ordinary user notes about facts, not an export. " + BODY + "\n")
    write(corpus, "fact-sheet.md", EXPORT_MARK + "\n\n# Fact sheet\n\n| fact | status |\n")  # a real one, renamed
    listed = _cli(capsys, corpus, tmp_path / "ix", "list")
    assert [r["path"].removeprefix(str(corpus) + "/") for r in listed["articles"]] == [name]
    assert listed["skipped"] == [
        {"path": "fact-sheet.md", "reason": "an export written by waic-reader, not an article"}
    ]
    indexed = _cli(capsys, corpus, tmp_path / "ix2", "index")
    assert indexed["indexed"] == 1
    assert [s["path"] for s in indexed["skipped"]] == ["fact-sheet.md"]
