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
