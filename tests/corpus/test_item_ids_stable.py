"""Item doc ids do not cascade (acceptance, session 8): an item whose own guid or id is free
always gets it, and a repeated or missing one falls back to a key no own id can take, so
removing an item changes no other item's id."""

from __future__ import annotations

import json
from pathlib import Path

from waic_reader.index.corpus.reader import Corpus

BODY = "The harbour council approved the ferry plan on Friday after a long debate."


def jsonl(*ids: str | None) -> str:
    return "".join(json.dumps({"text": f"{BODY} ({n})"} | ({"id": i} if i else {})) + "\n" for n, i in enumerate(ids))


def rss(*guids: str | None) -> str:
    items = "".join(
        f"<item><title>Item {n}</title>{f'<guid>{g}</guid>' if g else ''}<description>{BODY} ({n})</description></item>"
        for n, g in enumerate(guids)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{items}</channel></rss>'


def ids(folder: Path) -> dict[str, str]:
    """Doc id → the article's text (which says which record it is)."""
    corpus = Corpus.scan(folder)
    return {doc: corpus.article(doc).text for doc in corpus.docs}


def test_the_reported_jsonl_keeps_each_records_own_id_after_the_first_is_removed(tmp_path: Path) -> None:
    (tmp_path / "d.jsonl").write_text(jsonl("x", "x", "2", "3"), "utf-8")
    before = ids(tmp_path)
    assert list(before) == ["d#x", "d#x-2", "d#2", "d#3"]
    assert before["d#2"].endswith("(2)") and before["d#3"].endswith("(3)")  # the records whose ids are 2, 3
    (tmp_path / "d.jsonl").write_text(jsonl("x", "2", "3"), "utf-8")  # the first record removed
    after = ids(tmp_path)
    assert after["d#2"] == before["d#2"].replace("(2)", "(1)") and after["d#3"].endswith("(2)")


def test_a_feed_item_without_guid_never_takes_an_items_own_guid(tmp_path: Path) -> None:
    # the first item has no guid: its number, 1, is the second item's own guid
    (tmp_path / "w.rss").write_text(rss(None, "1", "b"), "utf-8")
    before = ids(tmp_path)
    assert list(before) == ["w#n1", "w#1", "w#b"]
    (tmp_path / "w.rss").write_text(rss("1", "b"), "utf-8")
    assert list(ids(tmp_path)) == ["w#1", "w#b"]  # the items with guids keep their ids


def test_repeated_ids_never_cascade_into_later_records(tmp_path: Path) -> None:
    (tmp_path / "r.jsonl").write_text(jsonl("a", "a", "a-2", "a", None, "5"), "utf-8")
    docs = list(ids(tmp_path))
    # 'a-2' is a record's own id, so the second 'a' falls back further; the id-less record's
    # number, 5, is taken by the last record's own id
    assert docs == ["r#a", "r#a-3", "r#a-2", "r#a-4", "r#n5", "r#5"]
    (tmp_path / "r.jsonl").write_text(jsonl("a-2", "a", None, "5"), "utf-8")
    assert list(ids(tmp_path)) == ["r#a-2", "r#a", "r#3", "r#5"]


def test_a_query_value_of_a_path_guid_never_takes_an_items_own_guid(tmp_path: Path) -> None:
    # acceptance s9b #6 (d4/feeds/latin1.xml): the first guid is a path with a query, not a
    # script's; its key is the path's last segment, and the item whose guid is "2" keeps "2"
    (tmp_path / "f.xml").write_text(rss("lj/2025/03/14/naufrage?x=1&amp;y=2", "dup", "dup", "2", None), "utf-8")
    docs = ids(tmp_path)
    assert list(docs) == ["f#naufrage", "f#dup", "f#dup-2", "f#2", "f#5"]
    assert docs["f#2"].endswith("(3)")


def test_a_scripts_query_value_yields_to_an_items_own_guid_wherever_it_stands(tmp_path: Path) -> None:
    # "article.php?id=7" is named by its query value, 7; a later item's whole guid is "7"
    (tmp_path / "s.rss").write_text(rss("https://ex.example/article.php?id=7", "b", "7"), "utf-8")
    docs = ids(tmp_path)
    assert list(docs) == ["s#7-2", "s#b", "s#7"]
    assert docs["s#7"].endswith("(2)")
    (tmp_path / "s.rss").write_text(rss("https://ex.example/article.php?id=7", "b"), "utf-8")
    assert list(ids(tmp_path)) == ["s#7", "s#b"]  # nobody else's id: the link's value is the key


def test_a_urls_last_segment_yields_to_a_records_own_id(tmp_path: Path) -> None:
    (tmp_path / "r.jsonl").write_text(
        jsonl("https://news.example/world/story", "story", "https://news.example/x/story"), "utf-8"
    )
    docs = ids(tmp_path)
    assert list(docs) == ["r#story-2", "r#story", "r#story-3"]
    assert docs["r#story"].endswith("(1)")
