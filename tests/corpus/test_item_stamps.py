"""An item of a feed or export has a stamp of its own (a digest of the item as parsed), not its
container file's: a record appended to an export of many leaves the others' listing rows and
index entries as they are (acceptance s12 #7: one line appended to a 20,000-record JSONL made
`list` read and analyse every record again, 56 s)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from waic_reader.index.analysis.analyser import Analyser
from waic_reader.index.corpus.reader import Corpus
from waic_reader.index.workspace import Workspace

N = 40


def _record(i: int, **extra: Any) -> dict[str, Any]:
    return {
        "id": f"r{i}",
        "title": f"Ferry report {i}",
        "source": "Harbour Wire",
        "published": "2025-03-14T08:00:00Z",
        "text": f"The ferry service {i} resumed on Tuesday after repairs to the pier, officials said.",
        **extra,
    }


def _jsonl(records: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(r) + "\n" for r in records)


def _csv(records: list[dict[str, Any]]) -> str:
    lines = ["id,title,source,published,text"]
    lines += [f'{r["id"]},{r["title"]},{r["source"]},{r["published"]},"{r["text"]}"' for r in records]
    return "\n".join(lines) + "\n"


def _rss(records: list[dict[str, Any]]) -> str:
    items = "".join(
        f"<item><guid>{r['id']}</guid><title>{r['title']}</title><pubDate>Fri, 14 Mar 2025 08:00:00 GMT</pubDate>"
        f"<description>{r['text']}</description></item>"
        for r in records
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Wire</title>{items}</channel></rss>'


FORMATS = {"api.jsonl": _jsonl, "api.csv": _csv, "wire.rss": _rss}


@pytest.fixture
def analysed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The docs the analyser is run on (a listing row made again runs it once)."""
    seen: list[str] = []
    analyse = Analyser.analyse

    def counted(self: Analyser, article: Any, *args: Any, **kwargs: Any) -> Any:
        seen.append(article.doc)
        return analyse(self, article, *args, **kwargs)

    monkeypatch.setattr(Analyser, "analyse", counted)
    return seen


@pytest.mark.parametrize("name", FORMATS)
def test_an_appended_record_is_the_only_row_made_again(tmp_path: Path, name: str, analysed: list[str]) -> None:
    corpus, index = tmp_path / "c", tmp_path / "ix"
    corpus.mkdir()
    write = FORMATS[name]
    (corpus / name).write_text(write([_record(i) for i in range(N)]), "utf-8")
    first = Workspace(corpus, index).list_rows()
    assert len(first) == N and len(analysed) == N
    analysed.clear()
    (corpus / name).write_text(write([_record(i) for i in range(N + 1)]), "utf-8")
    rows = Workspace(corpus, index).list_rows()
    assert len(rows) == N + 1
    assert len(analysed) == 1 and analysed[0].endswith("#r40"), analysed
    assert [r["title"] for r in rows[:N]] == [r["title"] for r in first]


def test_an_edited_record_is_made_again_and_the_rest_not(tmp_path: Path, analysed: list[str]) -> None:
    corpus, index = tmp_path / "c", tmp_path / "ix"
    corpus.mkdir()
    records = [_record(i) for i in range(N)]
    (corpus / "api.jsonl").write_text(_jsonl(records), "utf-8")
    Workspace(corpus, index).list_rows()
    analysed.clear()
    records[7] = _record(7, title="Ferry report 7, corrected")
    (corpus / "api.jsonl").write_text(_jsonl(records), "utf-8")
    rows = {r["doc"]: r for r in Workspace(corpus, index).list_rows()}
    assert analysed == ["api#r7"]
    assert rows["api#r7"]["title"] == "Ferry report 7, corrected"


def test_the_index_updates_only_the_appended_record(tmp_path: Path) -> None:
    corpus, index = tmp_path / "c", tmp_path / "ix"
    corpus.mkdir()
    (corpus / "api.jsonl").write_text(_jsonl([_record(i) for i in range(N)]), "utf-8")
    ws = Workspace(corpus, index)
    assert ws.ensure_index().indexed == N
    ws.index.close()
    (corpus / "api.jsonl").write_text(_jsonl([_record(i) for i in range(N + 1)]), "utf-8")
    ws = Workspace(corpus, index)
    report = ws.ensure_index()
    assert report.added == ["api#r40"] and report.updated == [] and report.removed == []
    assert ws.search("resumed").total == N + 1
    ws.index.close()


def test_an_item_is_read_from_its_container_as_it_is_now(tmp_path: Path) -> None:
    """The item's own stamp is no file stamp: reading it still goes by its container's."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "api.jsonl").write_text(_jsonl([_record(i) for i in range(3)]), "utf-8")
    listed = Corpus.scan(corpus)
    entry = listed.entries["api#r1"]
    st = (corpus / "api.jsonl").stat()
    assert entry.on_disk == (st.st_size, st.st_mtime_ns) and entry.size == 0
    assert listed.article("api#r1").title == "Ferry report 1"
    again = Corpus.scan(corpus)
    assert again.entries["api#r1"] == entry  # parsed again, the same item: the same stamp
