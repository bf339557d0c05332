"""Feeds' and exports' item keys are kept between runs (issue 17, scale: an export of 20,000
records was parsed again at every `list` and every start, 1.6–2.2 s). While the file is unchanged
the scan takes its keys and skipped items from ``<index_dir>/items.json``; an edited file is parsed
again; a damaged or tampered items.json is ignored. Reported input: a JSON Lines export; variants:
a CSV export with a skipped row, an RSS feed."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from waic_reader.index.corpus import reader
from waic_reader.index.corpus.item_index import ITEM_INDEX_FILE
from waic_reader.index.workspace import Workspace
from waic_reader.tui.cli.main import main

BODY = "The harbour council approved the ferry plan after a long debate about fares and routes."


def _jsonl(n: int) -> str:
    return "".join(
        json.dumps({"id": f"r{i}", "title": f"Story {i}", "text": f"{BODY} Item {i}."}) + "\n" for i in range(n)
    )


CSV = f"id,title,text\nc1,First,{BODY}\nc2,Second,\nc3,Third,{BODY}\n"
RSS = f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Courier</title>
<item><guid>https://example.org/news/ferry-plan</guid><title>Ferry plan</title><description>{BODY}</description></item>
<item><guid>https://example.org/news/fares</guid><title>Fares</title><description>{BODY}</description></item>
</channel></rss>"""


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The container files parsed, by name (every parse goes through read_container)."""
    seen: list[str] = []
    real = reader.read_container

    def counted(path: Path, root: Path, fmt: str):  # type: ignore[no-untyped-def]
        seen.append(path.name)
        return real(path, root, fmt)

    monkeypatch.setattr(reader, "read_container", counted)
    return seen


def _listing(ws: Workspace) -> tuple[list[str], list[tuple[str, str]]]:
    return list(ws.corpus.entries), [(s.path, s.reason) for s in ws.corpus.skipped]


@pytest.mark.parametrize(("name", "content"), [("dump.jsonl", _jsonl(30)), ("rows.csv", CSV), ("feed.rss", RSS)])
def test_unchanged_container_is_not_parsed_again(tmp_path: Path, parses: list[str], name: str, content: str) -> None:
    corpus, index = tmp_path / "c", tmp_path / "i"
    corpus.mkdir()
    (corpus / name).write_text(content, "utf-8")
    first = Workspace(corpus, index)
    assert parses == [name]
    assert (index / ITEM_INDEX_FILE).exists()
    second = Workspace(corpus, index)
    assert parses == [name]  # the keys came from items.json
    assert _listing(second) == _listing(first)
    # An article of a container known only from items.json still opens (parsed on demand).
    doc = next(iter(second.corpus.entries))
    assert BODY in second.corpus.article(doc).text


def test_skipped_records_are_kept_with_their_reasons(tmp_path: Path, parses: list[str]) -> None:
    corpus, index = tmp_path / "c", tmp_path / "i"
    corpus.mkdir()
    (corpus / "rows.csv").write_text(CSV, "utf-8")
    first = Workspace(corpus, index)
    second = Workspace(corpus, index)
    assert len(parses) == 1
    skipped = [s for s in second.corpus.skipped if s.path.startswith("rows.csv (")]
    assert skipped and skipped == [s for s in first.corpus.skipped if s.path.startswith("rows.csv (")]


def test_edited_container_is_parsed_again(tmp_path: Path, parses: list[str]) -> None:
    corpus, index = tmp_path / "c", tmp_path / "i"
    corpus.mkdir()
    dump = corpus / "dump.jsonl"
    dump.write_text(_jsonl(3), "utf-8")
    Workspace(corpus, index)
    dump.write_text(_jsonl(5), "utf-8")
    st = dump.stat()
    os.utime(dump, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))
    ws = Workspace(corpus, index)
    assert parses == ["dump.jsonl", "dump.jsonl"]
    assert len(ws.corpus.entries) == 5
    # And a rescan in the same session sees the next edit.
    dump.write_text(_jsonl(2), "utf-8")
    os.utime(dump, ns=(st.st_atime_ns, st.st_mtime_ns + 2 * 10**9))
    ws.rescan()
    assert len(ws.corpus.entries) == 2


@pytest.mark.parametrize(
    "tampered",
    [
        "not json",
        json.dumps({"version": "0:0", "files": {}}),
        # keys outside the doc-id alphabet, a path and a control character
        "KEYS:../../etc",
        "KEYS:a\u001b[31m",
        "KEYS:dup",
        json.dumps({"version": None, "files": []}),
        "[" * 100_000 + "]" * 100_000,  # nested too deep for the JSON parser (review s10)
    ],
)
def test_damaged_item_index_is_ignored(tmp_path: Path, parses: list[str], tampered: str) -> None:
    corpus, index = tmp_path / "c", tmp_path / "i"
    corpus.mkdir()
    (corpus / "dump.jsonl").write_text(_jsonl(4), "utf-8")
    expected = _listing(Workspace(corpus, index))
    path = index / ITEM_INDEX_FILE
    if tampered.startswith("KEYS:"):
        data = json.loads(path.read_text("utf-8"))
        key = tampered[5:]
        keys = ["r0", "r0", "r1", "r2"] if key == "dup" else [key, "r1", "r2", "r3"]
        data["files"]["dump.jsonl"][2] = keys
        path.write_text(json.dumps(data), "utf-8")
    else:
        path.write_text(tampered, "utf-8")
    assert _listing(Workspace(corpus, index)) == expected
    assert parses == ["dump.jsonl", "dump.jsonl"]


def test_list_json_is_the_same_from_the_item_index(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    corpus, index = tmp_path / "c", tmp_path / "i"
    corpus.mkdir()
    (corpus / "dump.jsonl").write_text(_jsonl(6), "utf-8")
    (corpus / "rows.csv").write_text(CSV, "utf-8")
    args = ["--corpus", str(corpus), "--index-dir", str(index), "list", "--json"]
    assert main(args) == 0
    first = json.loads(capsys.readouterr().out)
    assert main(args) == 0
    assert json.loads(capsys.readouterr().out) == first
    assert len(first["articles"]) == 8 and any("rows.csv (" in s["path"] for s in first["skipped"])


@pytest.mark.parametrize("name", ["listing.json", "timeline.json", "figures.json"])
def test_caches_nested_too_deep_are_made_again(tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str) -> None:
    """Review s10: a cache file nested too deep for the JSON parser made every `list` or
    `timeline` fail with a RecursionError until the user deleted it; it is made again."""
    corpus, index = tmp_path / "c", tmp_path / "i"
    corpus.mkdir()
    (corpus / "dump.jsonl").write_text(_jsonl(3), "utf-8")
    for command in ("list", "timeline"):
        assert main(["--corpus", str(corpus), "--index-dir", str(index), command, "--json"]) == 0
    capsys.readouterr()
    (index / name).write_text("[" * 100_000 + "]" * 100_000, "utf-8")
    for command in ("list", "timeline"):
        assert main(["--corpus", str(corpus), "--index-dir", str(index), command, "--json"]) == 0
        assert len(json.loads(capsys.readouterr().out)["articles"]) == 3
