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
    assert a.text == TEXT
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
    assert b.text == TEXT and "310 more characters" in b.notes[-1]


def test_a_bracketed_count_inside_the_text_stays(tmp_path: Path) -> None:
    a = article(tmp_path, "r.jsonl", json.dumps({"id": "r1", "text": f"{TEXT} [+5 chars] and more."}) + "\n")
    assert a.text.endswith("[+5 chars] and more.") and not a.notes


# t13ar N16: the marker is the ellipsis and the bracket together; "officials said. …" kept the
# ellipsis as the article's last word. The reported record, and two variants of the layout.
REPORTED = {
    "articles": [
        {
            "_id": {"$oid": "65f0a1"},
            "headline": "Hospital hackers leak staff rota",
            "maintext": "The BlackTarn gang leaked a staff rota from Kessington Valley Health on Friday, "
            "officials said. … [+2345 chars]",
            "source": {"id": "x", "name": "Wire Nine"},
        }
    ]
}


def test_the_reported_marker_leaves_no_ellipsis(tmp_path: Path) -> None:
    a = article(tmp_path, "api.json", json.dumps(REPORTED))
    assert a.text.endswith("officials said.")
    assert "2,345 more characters" in a.notes[0]


def test_three_dots_without_a_space_before_the_bracket_go_too(tmp_path: Path) -> None:
    text = "Flood barriers held along the Orrin for a third night, the agency reported"
    a = article(tmp_path, "r.jsonl", json.dumps({"id": "r9", "text": f"{text}...[+87 chars]"}) + "\n")
    assert a.text == text and "87 more characters" in a.notes[0]


def test_a_sentence_ending_in_dots_keeps_its_full_stop(tmp_path: Path) -> None:
    feed = (
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><item><guid>i2</guid>'
        "<description>Talks resumed in Vessby on Monday.…  [+1,200 characters]</description>"
        "</item></channel></rss>"
    )
    b = article(tmp_path, "w.rss", feed)
    assert b.text == "Talks resumed in Vessby on Monday." and "1,200 more characters" in b.notes[-1]
