"""A record's outlet given as an object: its ``name`` (or ``title``), else an ``id`` that is a word
("reuters"); a numeric id is a database key, no outlet, and said in a note (acceptance s10 #10:
EDGE/exports/weird.jsonl line 2, ``"source": {"id": 1}``, gave the outlet "1")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.corpus.reader import Corpus

TEXT = "The harbour council approved the ferry plan after a long debate about fares and routes."


@pytest.mark.parametrize(
    ("source", "outlet"),
    [
        ({"id": 1}, None),  # the reported record
        ({"id": 17, "url": "https://example.org"}, None),
        ({"id": "the-courier"}, "the-courier"),
        ({"id": 7, "name": "Reuters"}, "Reuters"),
        ({"id": None, "title": "Harbour Gazette"}, "Harbour Gazette"),
    ],
)
def test_outlet_objects(tmp_path: Path, source: dict[str, object], outlet: str | None) -> None:
    (tmp_path / "dump.jsonl").write_text(json.dumps({"title": "Ferry plan", "text": TEXT, "source": source}) + "\n")
    corpus = Corpus.scan(tmp_path)
    article = corpus.article(next(iter(corpus.entries)))
    assert article.outlet == outlet or (outlet is None and article.outlet_derived)
    if outlet is None:
        assert any("source" in note for note in article.notes)


@pytest.mark.parametrize("source", [{"id": None, "name": ""}, {"id": None, "name": None}, {"title": "  "}])
def test_an_outlet_object_that_says_it_has_no_name_is_no_outlet_and_no_note(
    tmp_path: Path, source: dict[str, object]
) -> None:
    """Acceptance s10b: NewsAPI's {"id": null, "name": ""} got the note "must be text, not a mapping"."""
    (tmp_path / "dump.jsonl").write_text(json.dumps({"title": "Ferry plan", "text": TEXT, "source": source}) + "\n")
    corpus = Corpus.scan(tmp_path)
    article = corpus.article(next(iter(corpus.entries)))
    assert article.outlet is None or article.outlet_derived
    assert not any("source" in note for note in article.notes)
