"""A news API's truncation marker ("… [+2345 chars]", NewsAPI's content) is the export's note,
not the article's text nor a figure (acceptance s9b #16: "2345 chars" was a fact)."""

from __future__ import annotations

import json
from pathlib import Path

from waic_reader.index.corpus.reader import Corpus
from waic_reader.index.workspace import Workspace

TEXT = "A ferry capsized off Halvik, killing at least 12 people, the coast guard said on Friday"


def article(tmp_path: Path, name: str, content: str):  # type: ignore[no-untyped-def]
    (tmp_path / name).write_text(content, "utf-8")
    corpus = Corpus.scan(tmp_path)
    return corpus.article(corpus.docs[0])


def test_the_newsapi_marker_is_taken_off_and_said_in_a_note(tmp_path: Path) -> None:
    data = {"articles": [{"title": "Ferry", "url": "https://n.example/ferry", "content": f"{TEXT}… [+2345 chars]"}]}
    a = article(tmp_path, "newsapi.json", json.dumps(data))
    assert a.text == f"{TEXT}…"
    assert a.notes == ["newsapi.json (record 1): the source cut this text (2,345 more characters not in the file)"]
    facts = Workspace(tmp_path).fact_sheet().facts
    assert all("chars" not in v.text for f in facts for v in f.values)


def test_a_characters_marker_in_json_lines_and_in_a_feed_item(tmp_path: Path) -> None:
    a = article(tmp_path, "r.jsonl", json.dumps({"id": "r1", "text": f"{TEXT}. [+1,024 characters]"}) + "\n")
    assert a.text == f"{TEXT}." and "1,024 more characters" in a.notes[0]
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><guid>i1</guid>'
        f"<description>{TEXT}... [+310 chars]</description></item></channel></rss>"
    )
    (tmp_path / "r.jsonl").unlink()
    b = article(tmp_path, "w.rss", feed)
    assert b.text == f"{TEXT}..." and "310 more characters" in b.notes[-1]


def test_a_bracketed_count_inside_the_text_stays(tmp_path: Path) -> None:
    a = article(tmp_path, "r.jsonl", json.dumps({"id": "r1", "text": f"{TEXT} [+5 chars] and more."}) + "\n")
    assert a.text.endswith("[+5 chars] and more.") and not a.notes
